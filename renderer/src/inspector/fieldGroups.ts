/**
 * How the inspector groups a kind's fields. Presentation only: the fields and
 * their order come from the catalogue; this decides under which heading each
 * one sits. Foundation records have a handful of fields and show them together.
 */
import type { FieldDef, KindDef } from '@shared/csdm/types';

export type FieldGroupName = 'General' | 'Ownership & support' | 'Lifecycle' | 'Service details';

export const GROUP_ORDER: readonly FieldGroupName[] = [
  'General',
  'Ownership & support',
  'Lifecycle',
  'Service details',
];

const LIFECYCLE_COLUMNS = new Set(['operational_status', 'life_cycle_stage', 'life_cycle_stage_status']);

const SERVICE_COLUMNS = new Set([
  'service_classification',
  'busines_criticality',
  'used_for',
  'version',
  'number',
  'portfolio_status',
  'consumer_type',
  'environment',
]);

/** Kinds whose people and support fields read as "who owns and supports this". */
const OWNERSHIP_KINDS = new Set(['user', 'group', 'company', 'location']);

export function groupOf(kind: KindDef, field: FieldDef): FieldGroupName {
  if (!kind.isCi) return 'General';
  if (LIFECYCLE_COLUMNS.has(field.column)) return 'Lifecycle';
  if (SERVICE_COLUMNS.has(field.column)) return 'Service details';
  const refs = field.references ?? [];
  if (field.type === 'reference' && refs.length > 0 && refs.every((ref) => OWNERSHIP_KINDS.has(ref))) {
    return 'Ownership & support';
  }
  return 'General';
}

export interface FieldGroup {
  name: FieldGroupName;
  fields: FieldDef[];
}

/** The groups that have fields, in GROUP_ORDER, each keeping catalogue order. */
export function groupFields(kind: KindDef, fields: readonly FieldDef[] = kind.fields): FieldGroup[] {
  const byName = new Map<FieldGroupName, FieldDef[]>();
  for (const field of fields) {
    const name = groupOf(kind, field);
    const list = byName.get(name);
    if (list) list.push(field);
    else byName.set(name, [field]);
  }
  return GROUP_ORDER.flatMap((name) => {
    const list = byName.get(name);
    return list ? [{ name, fields: list }] : [];
  });
}
