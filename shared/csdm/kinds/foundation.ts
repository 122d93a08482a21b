/**
 * Foundation reference data: not CIs, loaded through import sets. Other kinds
 * reference these by element id; export writes their names. Columns beyond
 * csdm.md are the base-platform ones and deliberately few.
 */
import type { KindDef } from '../types';

const foundation = {
  isCi: false,
  operational: false,
  domain: 'Foundation',
  stage: 'Foundation',
  paletteGroup: 'Foundation',
  // Below everything: they hang off the offerings that they subscribe to.
  layer: 7,
} as const;

export const company: KindDef = {
  ...foundation,
  id: 'company',
  label: 'Company',
  pluralLabel: 'Companies',
  tables: ['core_company'],
  icon: 'company',
  fields: [{ column: 'parent', label: 'Parent company', type: 'reference', references: ['company'] }],
};

export const department: KindDef = {
  ...foundation,
  id: 'department',
  label: 'Department',
  tables: ['cmn_department'],
  icon: 'department',
  fields: [
    { column: 'company', label: 'Company', type: 'reference', references: ['company'] },
    { column: 'dept_head', label: 'Department head', type: 'reference', references: ['user'] },
  ],
};

export const location: KindDef = {
  ...foundation,
  id: 'location',
  label: 'Location',
  tables: ['cmn_location'],
  icon: 'location',
  // The Foundation health check asks for locations with parents.
  fields: [
    { column: 'parent', label: 'Parent location', type: 'reference', references: ['location'] },
    { column: 'city', label: 'City', type: 'string' },
    { column: 'country', label: 'Country', type: 'string' },
  ],
};

export const group: KindDef = {
  ...foundation,
  id: 'group',
  label: 'Group',
  tables: ['sys_user_group'],
  icon: 'group',
  fields: [
    { column: 'manager', label: 'Manager', type: 'reference', references: ['user'] },
    { column: 'email', label: 'Email', type: 'string' },
  ],
};

export const user: KindDef = {
  ...foundation,
  id: 'user',
  label: 'User',
  tables: ['sys_user'],
  icon: 'user',
  fields: [
    { column: 'email', label: 'Email', type: 'string' },
    { column: 'department', label: 'Department', type: 'reference', references: ['department'] },
    { column: 'company', label: 'Company', type: 'reference', references: ['company'] },
  ],
};
