/** Design & Planning and Build & Integration kinds: CIs that describe, not operate. */
import type { KindDef } from '../types';
import { ciFields } from '../data/fields';

export const businessApplication: KindDef = {
  id: 'business_application',
  label: 'Business application',
  tables: ['cmdb_ci_business_app'],
  isCi: true,
  operational: false,
  domain: 'Design & Planning',
  stage: 'Crawl',
  paletteGroup: 'Design & Planning',
  icon: 'business-application',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  layer: 1,
};

export const businessCapability: KindDef = {
  id: 'business_capability',
  label: 'Business capability',
  tables: ['cmdb_ci_business_capability'],
  isCi: true,
  operational: false,
  domain: 'Design & Planning',
  stage: 'Fly',
  paletteGroup: 'Design & Planning',
  icon: 'business-capability',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  layer: 0,
};

export const informationObject: KindDef = {
  id: 'information_object',
  label: 'Information object',
  tables: ['cmdb_ci_information_object'],
  isCi: true,
  operational: false,
  domain: 'Design & Planning',
  stage: 'Fly',
  paletteGroup: 'Design & Planning',
  icon: 'information-object',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  // Beside the business applications that use it.
  layer: 1,
};

export const sdlcComponent: KindDef = {
  id: 'sdlc_component',
  label: 'SDLC component',
  tables: ['cmdb_ci_sdlc_component'],
  isCi: true,
  operational: true,
  domain: 'Build & Integration',
  stage: 'Crawl',
  paletteGroup: 'Design & Planning',
  icon: 'sdlc-component',
  lifecycle: 'logical',
  fields: ciFields('logical'),
  // Between the business application that contains it and the service instances it contains.
  layer: 3,
};
