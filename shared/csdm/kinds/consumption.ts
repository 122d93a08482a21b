/** Service Consumption and portfolio kinds (Run stage). */
import type { KindDef } from '../types';
import { ciFields, portfolioFields, serviceFields } from '../data/fields';

export const businessService: KindDef = {
  id: 'business_service',
  label: 'Business service',
  tables: ['cmdb_ci_service_business'],
  serviceClassification: 'Business Service',
  isCi: true,
  operational: true,
  domain: 'Service Consumption',
  stage: 'Run',
  paletteGroup: 'Service Consumption',
  icon: 'business-service',
  lifecycle: 'logical',
  fields: [...ciFields('logical'), ...serviceFields(), ...portfolioFields()],
  layer: 2,
};

export const businessOffering: KindDef = {
  id: 'business_offering',
  label: 'Business service offering',
  // Shared with technical offerings; service_classification tells them apart.
  tables: ['service_offering'],
  serviceClassification: 'Business Service',
  isCi: true,
  operational: true,
  domain: 'Service Consumption',
  stage: 'Run',
  paletteGroup: 'Service Consumption',
  icon: 'business-service-offering',
  lifecycle: 'logical',
  fields: [...ciFields('logical'), ...serviceFields(), ...portfolioFields()],
  layer: 2,
};

// Portfolio records are not CIs; csdm.md lists no columns for them, so these are kept modest.
export const servicePortfolio: KindDef = {
  id: 'service_portfolio',
  label: 'Service portfolio',
  tables: ['spm_service_portfolio'],
  isCi: false,
  operational: false,
  domain: 'Manage Portfolio',
  stage: 'Run',
  paletteGroup: 'Service Consumption',
  icon: 'service-portfolio',
  fields: [
    { column: 'description', label: 'Description', type: 'text' },
    { column: 'owner', label: 'Owner', type: 'reference', references: ['user'] },
  ],
  layer: 0,
};

/** Optional: files services under a portfolio category (portfolio -> node -> services). */
export const taxonomyNode: KindDef = {
  id: 'taxonomy_node',
  label: 'Taxonomy node',
  tables: ['spm_taxonomy_node'],
  isCi: false,
  operational: false,
  domain: 'Manage Portfolio',
  stage: 'Run',
  paletteGroup: 'Service Consumption',
  icon: 'taxonomy-node',
  fields: [{ column: 'description', label: 'Description', type: 'text' }],
  layer: 1,
};

/** Optional: what an offering commits to (availability, response time, ...). */
export const serviceCommitment: KindDef = {
  id: 'service_commitment',
  label: 'Service commitment',
  tables: ['service_commitment'],
  isCi: false,
  operational: false,
  domain: 'Service Consumption',
  stage: 'Run',
  paletteGroup: 'Service Consumption',
  icon: 'service-commitment',
  fields: [{ column: 'description', label: 'Description', type: 'text' }],
  layer: 3,
};
