import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm/catalogue';
import type { ConnectContext } from '@shared/csdm/queries/canConnect';
import { linkCandidates } from '@shared/csdm/queries/linkCandidates';
import type { Element, Link } from '@shared/model/types';

const element = (id: string, kind: Element['kind'], table: string): Element => ({ id, kind, table, name: id, attributes: {} });
const elements = [
  element('bs', 'business_service', 'cmdb_ci_service_business'),
  element('bso', 'business_offering', 'service_offering'),
  element('bso2', 'business_offering', 'service_offering'),
  element('si', 'service_instance', 'cmdb_ci_service_discovered'),
  element('srv', 'server', 'cmdb_ci_linux_server'),
];

function context(links: Link[] = []): ConnectContext {
  const byId = new Map(elements.map((e) => [e.id, e]));
  return {
    catalogue: CATALOGUE,
    settings: { csdmVersion: 5 },
    element: (id) => byId.get(id),
    linksInto: (id) => links.filter((link) => link.to === id),
  };
}

const summary = (options: ReturnType<typeof linkCandidates>) => options.map((o) => `${o.from} ${o.rule.type} ${o.to}`);

describe('linkCandidates', () => {
  it('lists what an offering may link to, in both directions', () => {
    expect(summary(linkCandidates(context(), 'bso', elements))).toEqual([
      'bs offering.parent bso',
      'bso Depends on::Used by si',
    ]);
  });

  it('leaves out links that already exist and parents already taken', () => {
    const links: Link[] = [{ id: 'l', type: 'offering.parent', from: 'bs', to: 'bso' }];
    expect(summary(linkCandidates(context(links), 'bso', elements))).toEqual(['bso Depends on::Used by si']);
  });

  it('never offers the element itself, and nothing for unknown ids', () => {
    expect(summary(linkCandidates(context(), 'srv', elements))).toEqual(['si Depends on::Used by srv']);
    expect(linkCandidates(context(), 'missing', elements)).toEqual([]);
  });
});
