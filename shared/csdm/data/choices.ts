/**
 * Choice lists by id. Values are what ServiceNow stores (and what export
 * writes); labels are what the inspector shows.
 */
import type { Choice, LifecycleList } from '../types';
import { LIFECYCLE } from './lifecycle';

/** A list whose stored value is its label (ServiceNow does this for used_for, criticality, ...). */
const same = (...labels: string[]): Choice[] => labels.map((label) => ({ value: label, label }));

/** Choice list ids, so that field definitions cannot misspell them. */
export const CHOICE = {
  operationalStatus: 'operational_status',
  serviceClassification: 'service_classification',
  criticality: 'busines_criticality',
  usedFor: 'used_for',
  phase: 'portfolio_phase',
  consumerType: 'consumer_type',
  stage: (list: LifecycleList) => `life_cycle_stage.${list}`,
  status: (list: LifecycleList) => `life_cycle_stage_status.${list}`,
} as const;

function stageChoices(list: LifecycleList): Choice[] {
  return same(...Object.keys(LIFECYCLE[list]));
}

/** Every status of the list once; which stage allows which is checked against LIFECYCLE. */
function statusChoices(list: LifecycleList): Choice[] {
  return same(...new Set(Object.values(LIFECYCLE[list]).flat()));
}

export const CHOICE_LISTS: Readonly<Record<string, readonly Choice[]>> = {
  [CHOICE.operationalStatus]: [
    { value: '1', label: 'Operational' },
    { value: '2', label: 'Non-Operational' },
    { value: '3', label: 'Repair in Progress' },
    { value: '4', label: 'DR Standby' },
    { value: '5', label: 'Ready' },
    { value: '6', label: 'Retired' },
    { value: '7', label: 'Pipeline' },
    { value: '8', label: 'Catalog' },
    { value: '9', label: 'Not in Use' },
  ],
  [CHOICE.serviceClassification]: same('Business Service', 'Technical Service', 'Application Service'),
  [CHOICE.criticality]: same(
    '1 - most critical',
    '2 - somewhat critical',
    '3 - less critical',
    '4 - not critical',
  ),
  [CHOICE.usedFor]: same(
    'Production',
    'Staging',
    'QA',
    'Test',
    'Development',
    'Demonstration',
    'Training',
    'Disaster Recovery',
  ),
  // Portfolio choices: csdm.md gives the labels only; the stored values are not confirmed.
  [CHOICE.phase]: [
    { value: 'pipeline', label: 'Pipeline' },
    { value: 'catalog', label: 'Catalog' },
    { value: 'retired', label: 'Retired' },
  ],
  [CHOICE.consumerType]: [
    { value: 'internal', label: 'Internal' },
    { value: 'external', label: 'External' },
    { value: 'both', label: 'Internal and External' },
  ],
  [CHOICE.stage('logical')]: stageChoices('logical'),
  [CHOICE.stage('physical')]: stageChoices('physical'),
  [CHOICE.status('logical')]: statusChoices('logical'),
  [CHOICE.status('physical')]: statusChoices('physical'),
};
