/**
 * A CI of a class the catalogue does not know, created only by import. It
 * keeps the table it came with (any `cmdb_ci*` table; `cmdb_ci` when none is
 * given) so a round trip loses nothing, and it is treated as "other
 * infrastructure" by the link rules. The palette does not offer it.
 */
import type { KindDef } from '../types';
import { ciFields } from '../data/fields';

export const genericCi: KindDef = {
  id: 'generic_ci',
  label: 'Other CI',
  tables: ['cmdb_ci'],
  acceptsAnyTable: true,
  hiddenFromPalette: true,
  isCi: true,
  operational: true,
  domain: 'Service Delivery',
  stage: 'Crawl',
  paletteGroup: 'Infrastructure',
  icon: 'generic-ci',
  // Unknown class: the lifecycle list is unknown too, so its lifecycle fields are free text.
  fields: ciFields(undefined),
  layer: 6,
};
