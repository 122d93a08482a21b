/** Subscribers of an offering: grouping, subscribing, creating and subscribing in one step, placing on the canvas. */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { exportImportSet } from '../../../../shared/exchange';
import { upstreamImpact } from '../../../../shared/graph';
import type { ModelDocument } from '../../../../shared/model/types';
import {
  createAndSubscribe,
  groupSubscribers,
  placeSubscribers,
  subscribe,
  subscriberKinds,
  subscribersNotInView,
  subscriptionLinks,
} from '../../../../renderer/src/inspector/subscribers/subscriptions';
import { modelWith, ok, reason, VIEW } from '../../shared/model/helpers';

function offeringModel(): ModelDocument {
  return modelWith(
    [
      { id: 'bs', kind: 'business_service', name: 'Email' },
      { id: 'bo', kind: 'business_offering', name: 'Email Gold' },
      { id: 'to', kind: 'technical_offering', name: 'Mail hosting' },
      { id: 'si', kind: 'service_instance', name: 'Email prod' },
      { id: 'zeta', kind: 'company', name: 'Zeta Corp' },
      { id: 'acme', kind: 'company', name: 'Acme' },
      { id: 'sales', kind: 'department', name: 'Sales' },
      { id: 'ldn', kind: 'location', name: 'London' },
      { id: 'ops', kind: 'group', name: 'Ops' },
      { id: 'alice', kind: 'user', name: 'Alice' },
    ],
    [
      ['l1', 'bs', 'bo', 'offering.parent'],
      ['l2', 'bo', 'si', 'Depends on::Used by'],
      ['s1', 'bo', 'alice', 'subscribed_by'],
      ['s2', 'bo', 'zeta', 'subscribed_by'],
      ['s3', 'bo', 'ldn', 'subscribed_by'],
      ['s4', 'bo', 'acme', 'subscribed_by'],
    ],
  );
}

const element = (doc: ModelDocument) => (id: string) => doc.elements[id];

describe('subscriberKinds', () => {
  it('lists company, department, location, group and user for both kinds of offering, nothing for others', () => {
    const five = ['company', 'department', 'location', 'group', 'user'];
    expect(subscriberKinds(CATALOGUE, 'business_offering')).toEqual(five);
    expect(subscriberKinds(CATALOGUE, 'technical_offering')).toEqual(five);
    expect(subscriberKinds(CATALOGUE, 'business_service')).toEqual([]);
    expect(subscriberKinds(CATALOGUE, 'server')).toEqual([]);
  });
});

describe('groupSubscribers', () => {
  it('groups by kind in catalogue order, each by name, leaving out empty groups and other links', () => {
    const doc = offeringModel();
    const links = Object.values(doc.links).filter((l) => l.from === 'bo');
    const groups = groupSubscribers(CATALOGUE, 'business_offering', links, element(doc));
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.element.name)])).toEqual([
      ['Companies', ['Acme', 'Zeta Corp']],
      ['Locations', ['London']],
      ['Users', ['Alice']],
    ]);
    expect(groups[0]!.entries[0]!.link.id).toBe('s4');
  });

  it('finds only the subscribed_by links out of the offering', () => {
    expect(
      subscriptionLinks(offeringModel().links, 'bo')
        .map((l) => l.id)
        .sort(),
    ).toEqual(['s1', 's2', 's3', 's4']);
    expect(subscriptionLinks(offeringModel().links, 'to')).toEqual([]);
  });
});

describe('subscribe and createAndSubscribe', () => {
  it('subscribes an existing record with a subscribed_by link, once', () => {
    const doc = ok(subscribe(offeringModel(), CATALOGUE, 'to', 'ops', 'n1'));
    expect(doc.links['n1']).toEqual({ id: 'n1', type: 'subscribed_by', from: 'to', to: 'ops' });
    expect(reason(subscribe(doc, CATALOGUE, 'to', 'ops', 'n2'))).toBe(
      '"Ops" already subscribes to "Mail hosting".',
    );
  });

  it('refuses what CSDM does not allow to subscribe', () => {
    expect(reason(subscribe(offeringModel(), CATALOGUE, 'bo', 'si', 'n1'))).toBeTruthy();
    expect(reason(subscribe(offeringModel(), CATALOGUE, 'bs', 'ops', 'n1'))).toBeTruthy();
  });

  it('creates a Foundation record and subscribes it in one change', () => {
    const before = offeringModel();
    const doc = ok(
      createAndSubscribe(before, CATALOGUE, 'bo', {
        id: 'new',
        kind: 'department',
        name: '  Finance ',
        linkId: 'n1',
      }),
    );
    expect(doc.elements['new']).toMatchObject({
      kind: 'department',
      table: 'cmn_department',
      name: 'Finance',
    });
    expect(doc.links['n1']).toMatchObject({ from: 'bo', to: 'new', type: 'subscribed_by' });
    expect(Object.keys(before.elements)).not.toContain('new');
    expect(
      reason(
        createAndSubscribe(before, CATALOGUE, 'bo', { id: 'x', kind: 'server', name: 'S', linkId: 'n' }),
      ),
    ).toBe('A server cannot subscribe to an offering.');
    expect(
      reason(createAndSubscribe(before, CATALOGUE, 'bo', { id: 'x', kind: 'user', name: ' ', linkId: 'n' })),
    ).toBe('A name is required.');
  });

  it('flows into impact analysis and the import-set export as a service_subscribe_* row', () => {
    const doc = ok(
      createAndSubscribe(offeringModel(), CATALOGUE, 'bo', {
        id: 'fin',
        kind: 'department',
        name: 'Finance',
        linkId: 'n1',
      }),
    );
    const impact = upstreamImpact(doc, CATALOGUE, 'si');
    const subscribers = JSON.stringify(impact);
    expect(subscribers).toContain('Finance');

    const bundle = exportImportSet(doc, CATALOGUE, { now: '2026-01-01T00:00:00.000Z' });
    const file = bundle.files.find((f) => f.path === 'service_subscribe_department.json');
    const rows = (JSON.parse(strFromU8(file!.bytes)) as { records: Record<string, string>[] }).records;
    expect(rows).toContainEqual(
      expect.objectContaining({
        correlation_id: 'n1',
        cmdb_ci_service: 'Email Gold',
        cmn_department: 'Finance',
      }),
    );
  });
});

describe('placeSubscribers', () => {
  it('places the missing subscribers in a row below the offering, without covering anything, in one change', () => {
    const doc = offeringModel();
    expect(subscribersNotInView(doc, CATALOGUE, 'bo', VIEW)).toEqual([]);
    // Take the subscribers out of the view: they are in the model, not on the canvas.
    const view = doc.views[VIEW]!;
    const placements = Object.fromEntries(
      Object.entries(view.placements).filter(([id]) => !['acme', 'zeta', 'ldn', 'alice'].includes(id)),
    );
    const bare = { ...doc, views: { ...doc.views, [VIEW]: { ...view, placements } } };
    expect(subscribersNotInView(bare, CATALOGUE, 'bo', VIEW)).toEqual(['acme', 'zeta', 'ldn', 'alice']);

    const placed = ok(placeSubscribers(bare, CATALOGUE, 'bo', VIEW)).views[VIEW]!.placements;
    const offering = placements['bo']!;
    const boxes = ['acme', 'zeta', 'ldn', 'alice'].map((id) => placed[id]!);
    for (const box of boxes) expect(box.y).toBeGreaterThan(offering.y + offering.height);
    // No two boxes overlap each other or anything that was there.
    const all = Object.values(placed);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!];
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    }
    expect(
      reason(placeSubscribers(ok(placeSubscribers(bare, CATALOGUE, 'bo', VIEW)), CATALOGUE, 'bo', VIEW)),
    ).toBe('Every subscriber of "Email Gold" is already in this view.');
  });

  it('refuses when the offering is not in the view or has no subscribers', () => {
    const doc = offeringModel();
    expect(reason(placeSubscribers(doc, CATALOGUE, 'to', VIEW))).toBe(
      '"Mail hosting" has no subscribers yet.',
    );
    const view = doc.views[VIEW]!;
    const withoutOffering = {
      ...doc,
      views: { ...doc.views, [VIEW]: { ...view, placements: { si: view.placements['si']! } } },
    };
    expect(reason(placeSubscribers(withoutOffering, CATALOGUE, 'bo', VIEW))).toBe(
      '"Email Gold" is not in this view: add it to the view first.',
    );
  });
});
