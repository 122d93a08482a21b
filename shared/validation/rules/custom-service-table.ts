/**
 * Run: services kept in custom tables (u_..., or classes CSDM does not define)
 * fall out of the dashboard, service-aware lists and impact; CSDM wants the base classes.
 */
import type { Catalogue } from '../../csdm/types';
import { listInWords } from '../../csdm/queries/labels';
import { PASS, elementFinding } from '../finding';
import { SERVICE_LIKE } from '../kind-sets';
import { named } from '../phrases';
import type { ElementRule } from '../types';

const LOOKS_LIKE_SERVICE = /service|_svc(_|$)/i;

/** "cmdb_ci_service_business (business service)" for each kind with a service classification. */
function baseServiceTables(catalogue: Catalogue): string[] {
  return Object.values(catalogue.kinds)
    .filter((kind) => kind.serviceClassification && kind.tables[0])
    .map((kind) => `${kind.tables[0]} (${kind.label.toLowerCase()})`);
}

export const customServiceTable: ElementRule = {
  id: 'custom-service-table',
  stage: 'Run',
  severity: 'warning',
  title: 'Services in base tables',
  subject: 'element',
  kinds: [...SERVICE_LIKE, 'generic_ci'],
  scope: { kind: 'element' },
  check(ctx, element) {
    const kind = ctx.catalogue.kinds[element.kind];
    if (element.kind === 'generic_ci') {
      // An imported class the catalogue does not know: only those that look like services matter here.
      if (!LOOKS_LIKE_SERVICE.test(element.table)) return null;
      return [
        elementFinding(
          customServiceTable,
          element,
          `${named(ctx.catalogue, element)} is a service in table ${element.table}, which is not a CSDM service class.`,
          `Recreate it in a base class: ${listInWords(baseServiceTables(ctx.catalogue), 'or')}.`,
        ),
      ];
    }
    const base = kind.tables[0];
    if (kind.tables.includes(element.table) || !base) return PASS;
    return [
      elementFinding(
        customServiceTable,
        element,
        `${named(ctx.catalogue, element)} is kept in table ${element.table} instead of a base table of its class.`,
        `Move it to ${base}.`,
        { action: 'change-table', elementId: element.id, table: base },
      ),
    ];
  },
};
