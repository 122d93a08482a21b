/** CSDM 5 lifecycle stages and their statuses, exactly as csdm.md section 4 lists them. */
import type { LifecycleList } from '../types';

type StageStatuses = Readonly<Record<string, readonly string[]>>;

/** Services, offerings, applications, service instances. */
const LOGICAL: StageStatuses = {
  Ideation: ['Under Evaluation', 'Pilot'],
  Purchase: ['On Order', 'Preallocated'],
  Inventory: ['Available'],
  Design: ['Design', 'Chartered', 'Build'],
  Deploy: ['Test'],
  Operational: ['In Use', 'End of Support', 'Pending Retirement'],
  'End of Operation': ['On Hold'],
  'End of Life': ['Retired', 'Obsolete'],
};

/** Servers, network, storage. */
const PHYSICAL: StageStatuses = {
  Ideation: ['Under Evaluation', 'Pilot'],
  Purchase: ['On Order', 'Preallocated'],
  Design: ['Design', 'Chartered', 'Build'],
  Inventory: ['Available', 'Reserved', 'Preallocated', 'Pending Repair', 'Legal Hold', 'Quarantine'],
  Deploy: ['In Stock', 'Reserved', 'Pending Transfer', 'In Transit', 'Test'],
  Operational: ['Pending Fulfillment', 'In Use', 'In Maintenance', 'End of Support', 'Pending Retirement'],
  'End of Operation': [
    'Pending Evaluation',
    'Pending Return',
    'In Transit',
    'Pending Resale',
    'Pending Certificate',
    'Pending Disposal',
    'Pending Donation',
    'On Hold',
  ],
  Defective: ['In Stock', 'In Transit'],
  Missing: ['Lost', 'Stolen'],
  'End of Life': [
    'Pending Disposal',
    'In Transit',
    'Pending Certificate',
    'Disposed',
    'Donated',
    'RMA',
    'Sold',
    'Vendor Credit',
    'Buyout',
    'Lease Return',
  ],
};

export const LIFECYCLE: Readonly<Record<LifecycleList, StageStatuses>> = {
  logical: LOGICAL,
  physical: PHYSICAL,
};
