/**
 * Field sets shared by many kinds (csdm.md section 3). Kinds compose them so a
 * column is defined once: every CI gets `ciFields`, every service-like table
 * (they all extend cmdb_ci_service) adds `serviceFields`.
 */
import type { FieldDef, LifecycleList } from '../types';
import { CHOICE } from './choices';

const user = (column: string, label: string): FieldDef => ({
  column,
  label,
  type: 'reference',
  references: ['user'],
});
const group = (column: string, label: string): FieldDef => ({
  column,
  label,
  type: 'reference',
  references: ['group'],
});

/** Lifecycle fields; without a known list (imported unknown class) they are free text. */
function lifecycleFields(list: LifecycleList | undefined): FieldDef[] {
  if (!list) {
    return [
      { column: 'life_cycle_stage', label: 'Life cycle stage', type: 'string' },
      { column: 'life_cycle_stage_status', label: 'Life cycle stage status', type: 'string' },
    ];
  }
  return [
    { column: 'life_cycle_stage', label: 'Life cycle stage', type: 'choice', choiceList: CHOICE.stage(list) },
    {
      column: 'life_cycle_stage_status',
      label: 'Life cycle stage status',
      type: 'choice',
      choiceList: CHOICE.status(list),
    },
  ];
}

/** The columns every CI has. */
export function ciFields(list: LifecycleList | undefined): FieldDef[] {
  return [
    { column: 'short_description', label: 'Description', type: 'text' },
    user('owned_by', 'Owned by'),
    user('managed_by', 'Managed by'),
    group('managed_by_group', 'Managed by group'),
    group('support_group', 'Support group'),
    group('assignment_group', 'Change Group'),
    group('change_control', 'Approval group'),
    { column: 'company', label: 'Company', type: 'reference', references: ['company'] },
    { column: 'location', label: 'Location', type: 'reference', references: ['location'] },
    // Product models are Foundation data the editor does not place, so the model is kept as text.
    { column: 'model_id', label: 'Model', type: 'string' },
    {
      column: 'operational_status',
      label: 'Operational status',
      type: 'choice',
      choiceList: CHOICE.operationalStatus,
    },
    ...lifecycleFields(list),
  ];
}

/** Columns of cmdb_ci_service and the tables extending it (services, offerings, service instances). */
export function serviceFields(): FieldDef[] {
  return [
    {
      column: 'service_classification',
      label: 'Service classification',
      type: 'choice',
      choiceList: CHOICE.serviceClassification,
      readOnly: true,
    },
    {
      column: 'busines_criticality',
      label: 'Business criticality',
      type: 'choice',
      choiceList: CHOICE.criticality,
    },
    { column: 'used_for', label: 'Used for', type: 'choice', choiceList: CHOICE.usedFor },
    { column: 'version', label: 'Version', type: 'string' },
    // ServiceNow numbers records on insert (BSN...); an imported number is kept.
    { column: 'number', label: 'Number', type: 'string' },
  ];
}

/**
 * Service portfolio fields on business and technical services and offerings.
 * csdm.md names them but not their columns: these column names are not confirmed.
 */
export function portfolioFields(): FieldDef[] {
  return [
    { column: 'portfolio_status', label: 'Phase', type: 'choice', choiceList: CHOICE.phase },
    { column: 'consumer_type', label: 'Consumer type', type: 'choice', choiceList: CHOICE.consumerType },
    user('delivery_manager', 'Delivery manager'),
    user('business_relation_manager', 'Business relation manager'),
  ];
}
