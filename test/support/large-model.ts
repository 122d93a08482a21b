/**
 * A realistic large model for speed and equivalence tests and the benchmark
 * (test/bench): blocks of one
 * business service with regional offerings and subscribers, one technical
 * service with offerings and a dynamic CI group, service instances with their
 * business applications, applications and databases on servers: about 41
 * elements and 61 links a block (~1.5 links per element), plus a shared
 * Foundation pool. A seeded share of the data is flawed the way real CMDB
 * data is (missing owners, orphan servers, CSDM 4 link types, duplicate
 * names, lifecycle disagreements), so the rules have findings to report.
 */
import { CATALOGUE } from '../../shared/csdm/catalogue';
import type { KindId } from '../../shared/csdm/kinds';
import { layeredPlacements } from '../../shared/exchange/common/layout';
import { LINK } from '../../shared/csdm/data/linkTypes';
import type { Id, ModelDocument } from '../../shared/model/types';
import { DocBuilder } from '../unit/shared/validation/support/doc-builder';

/** mulberry32: a small seeded generator, so the model is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LIVE = { life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use', operational_status: '1' };

export function buildLargeModel(targetElements: number, seed = 1): ModelDocument {
  const random = seeded(seed);
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const b = new DocBuilder(5);
  const pool = Math.max(4, Math.round(targetElements / 200));
  const users = Array.from({ length: pool }, (_, i) => b.add('user', `User ${i}`, { id: `user-${i}` }));
  const groups = Array.from({ length: pool }, (_, i) => b.add('group', `Group ${i}`, { id: `group-${i}` }));
  const companies = Array.from({ length: Math.ceil(pool / 2) }, (_, i) =>
    b.add('company', `Company ${i}`, { id: `company-${i}` }),
  );
  const made: Id[] = [...users, ...groups, ...companies];
  const ci = (kind: KindId, name: string, id: string, extra: Record<string, string> = {}): Id => {
    const lifecycle = chance(0.02) ? { ...LIVE, operational_status: '6' } : LIVE;
    const elementId = b.add(kind, name, { id, attributes: { ...lifecycle, ...extra } });
    made.push(elementId);
    return elementId;
  };
  const owned = (): Record<string, string> => (chance(0.03) ? {} : { owned_by: pick(users) });

  for (let block = 0; made.length < targetElements; block++) {
    const p = `b${block}`;
    const service = ci('business_service', `Business service ${block}`, `${p}-bs`, owned());
    const offerings = ['EMEA', 'Americas', 'APAC'].map((region) =>
      ci('business_offering', `Service ${block} ${region}`, `${p}-bo-${region}`, owned()),
    );
    const technical = ci('technical_service', `Technical service ${block}`, `${p}-ts`, owned());
    const techOfferings = ['Prod', 'Test'].map((env) =>
      ci('technical_offering', `Technical ${block} ${env}`, `${p}-to-${env}`, {
        ...owned(),
        support_group: pick(groups),
      }),
    );
    const group = ci('dynamic_ci_group', `Group ${block}`, `${p}-dcg`);
    const instances = Array.from({ length: 6 }, (_, i) =>
      ci('service_instance', `Instance ${block}.${i}`, `${p}-si-${i}`),
    );
    const apps = Array.from({ length: 3 }, (_, i) =>
      ci('business_application', `Application ${block}.${i}`, `${p}-ba-${i}`),
    );
    const software = Array.from({ length: 6 }, (_, i) =>
      ci('application', `app-${block}-${i}`, `${p}-app-${i}`),
    );
    const databases = Array.from({ length: 6 }, (_, i) => ci('database', `db-${block}-${i}`, `${p}-db-${i}`));
    const servers = Array.from({ length: 12 }, (_, i) =>
      // About 1% of servers reuse a name, as duplicated discovery data does.
      ci('server', chance(0.01) ? 'srv-duplicate' : `srv-${block}-${i}`, `${p}-srv-${i}`),
    );

    offerings.forEach((offering, i) => {
      b.link(service, offering);
      b.link(offering, pick(companies));
      b.link(offering, pick(groups));
      b.link(offering, instances[2 * i] ?? '');
      b.link(offering, instances[2 * i + 1] ?? '');
    });
    techOfferings.forEach((offering, i) => {
      b.link(technical, offering);
      b.link(offering, group);
      for (let k = 0; k < 3; k++) b.link(offering, instances[3 * i + k] ?? '');
    });
    instances.forEach((instance, i) => {
      const app = apps[Math.floor(i / 2)] ?? '';
      b.link(app, instance, chance(0.02) ? LINK.consumes : LINK.uses);
      b.link(instance, software[i] ?? '');
      b.link(instance, databases[i] ?? '');
    });
    servers.forEach((server, i) => {
      if (chance(0.02)) return; // an orphan server
      if (i < 6) b.link(software[i] ?? '', server);
      else b.link(databases[i - 6] ?? '', server);
      if (i % 2 === 0) b.link(group, server);
    });
  }
  return b.build();
}

/**
 * The large model as the editor shows it: every element placed in its one
 * view, in bands by CSDM layer (what an import does), under an id and name of
 * its own so several sizes can sit in one library.
 */
export function buildPlacedModel(
  targetElements: number,
  options: { id?: Id; name?: string; seed?: number } = {},
): ModelDocument {
  const doc = buildLargeModel(targetElements, options.seed);
  const [viewId] = doc.viewOrder;
  const view = viewId ? doc.views[viewId] : undefined;
  if (!viewId || !view) throw new Error('The large model has no view.');
  const placements = layeredPlacements(CATALOGUE, Object.values(doc.elements));
  return {
    ...doc,
    id: options.id ?? doc.id,
    name: options.name ?? `Large model (${targetElements} elements)`,
    views: { ...doc.views, [viewId]: { ...view, placements } },
  };
}
