/**
 * Column names csdm.md marks "not confirmed". They are configuration: logic
 * reads them from `catalogue.unconfirmed`, never spells them itself.
 */
import type { Catalogue } from '../types';

export const UNCONFIRMED: Catalogue['unconfirmed'] = {
  portfolioField: 'portfolio',
  capabilityParentField: 'parent',
  taxonomyNodeField: 'spm_taxonomy_node',
  taxonomyPortfolioField: 'portfolio',
};
