import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { connectionOptions } from '../../../../shared/csdm/queries/connectionOptions';
import type { ConnectContext } from '../../../../shared/csdm/queries/canConnect';
import type { Element, Link } from '../../../../shared/model/types';

function context(elements: Element[], links: Link[] = [], csdmVersion: 4 | 5 = 5): ConnectContext {
  const byId = new Map(elements.map((element) => [element.id, element]));
  return {
    catalogue: CATALOGUE,
    settings: { csdmVersion },
    element: (id) => byId.get(id),
    linksInto: (id) => links.filter((link) => link.to === id),
  };
}

const element = (id: string, kind: Element['kind'], table: string): Element => ({
  id,
  kind,
  table,
  name: id,
  attributes: {},
});
const server = element('srv', 'server', 'cmdb_ci_linux_server');
const instance = element('si', 'service_instance', 'cmdb_ci_service_discovered');
const app = element('ba', 'business_application', 'cmdb_ci_business_app');
const service = element('bs', 'business_service', 'cmdb_ci_service_business');

describe('connectionOptions', () => {
  it('finds the parent whichever way the line was drawn', () => {
    const ctx = context([server, instance]);
    for (const [a, b] of [
      ['si', 'srv'],
      ['srv', 'si'],
    ] as const) {
      const result = connectionOptions(ctx, a, b);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.options.map((o) => [o.from, o.to, o.rule.type])).toEqual([
        ['si', 'srv', 'Depends on::Used by'],
      ]);
    }
  });

  it('follows the target CSDM version for business application -> service instance', () => {
    for (const [version, type] of [
      [4, 'Consumes::Consumed by'],
      [5, 'Uses::Used by'],
    ] as const) {
      const result = connectionOptions(context([app, instance], [], version), 'si', 'ba');
      expect(result.ok && result.options.map((o) => o.rule.type)).toEqual([type]);
    }
  });

  it('refuses a pair CSDM does not link, with the reason for the direction drawn', () => {
    const result = connectionOptions(context([service, server]), 'bs', 'srv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/business service/i);
  });
});
