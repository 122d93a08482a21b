/**
 * Random sequences of operations keep every invariant after every step, and
 * never mutate their input (inputs are deep-frozen, so a write throws).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import { linkRulesBetween } from '../../../../shared/csdm/queries/linkRulesBetween';
import { addElement } from '../../../../shared/model/addElement';
import { addToView } from '../../../../shared/model/addToView';
import { addView } from '../../../../shared/model/addView';
import { changeLinkType } from '../../../../shared/model/changeLinkType';
import { changeTable } from '../../../../shared/model/changeTable';
import { checkInvariants } from '../../../../shared/model/checkInvariants';
import { connect } from '../../../../shared/model/connect';
import { diffDocuments } from '../../../../shared/model/diffDocuments';
import { disconnect } from '../../../../shared/model/disconnect';
import { extractFragment } from '../../../../shared/model/extractFragment';
import { movePlacements } from '../../../../shared/model/movePlacements';
import { moveView } from '../../../../shared/model/moveView';
import { pasteFragment } from '../../../../shared/model/pasteFragment';
import { removeElements } from '../../../../shared/model/removeElements';
import { removeFromView } from '../../../../shared/model/removeFromView';
import { removeView } from '../../../../shared/model/removeView';
import { renameElement } from '../../../../shared/model/renameElement';
import { resizePlacement } from '../../../../shared/model/resizePlacement';
import { setAttribute } from '../../../../shared/model/setAttribute';
import { setSettings } from '../../../../shared/model/setSettings';
import type { Id, ModelDocument, OpResult } from '../../../../shared/model/types';
import { deepFreeze, emptyModel } from './helpers';

/** Kinds that link to each other a lot, so random connects often succeed. */
const KINDS: KindId[] = [
  'business_service',
  'business_offering',
  'technical_service',
  'technical_offering',
  'service_instance',
  'dynamic_ci_group',
  'business_application',
  'application',
  'server',
  'virtual_machine',
  'user',
  'group',
  'company',
  'business_capability',
  'service_portfolio',
];

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];
const nat = fc.nat({ max: 1000 });
const coord = fc.integer({ min: -5000, max: 5000 });

const command = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    kind: nat,
    table: nat,
    name: fc.string(),
    view: nat,
    x: coord,
    y: coord,
  }),
  fc.record({ op: fc.constant('remove' as const), picks: fc.array(nat, { maxLength: 3 }) }),
  { weight: 5, arbitrary: fc.record({ op: fc.constant('connectAllowed' as const), n: nat }) },
  fc.record({ op: fc.constant('connectAny' as const), from: nat, to: nat, type: nat }),
  fc.record({ op: fc.constant('disconnect' as const), n: nat }),
  fc.record({ op: fc.constant('changeLinkType' as const), n: nat, type: nat }),
  fc.record({ op: fc.constant('rename' as const), n: nat, name: fc.string() }),
  fc.record({ op: fc.constant('changeTable' as const), n: nat, table: nat }),
  fc.record({ op: fc.constant('setAttribute' as const), n: nat, field: nat, value: nat, text: fc.string() }),
  fc.record({
    op: fc.constant('paste' as const),
    picks: fc.array(nat, { maxLength: 4 }),
    view: nat,
    x: coord,
    y: coord,
  }),
  fc.record({ op: fc.constant('move' as const), view: nat, n: nat, x: coord, y: coord }),
  fc.record({
    op: fc.constant('resize' as const),
    view: nat,
    n: nat,
    w: fc.integer({ min: 0, max: 600 }),
    h: nat,
  }),
  fc.record({ op: fc.constant('addView' as const), name: fc.string() }),
  fc.record({ op: fc.constant('removeView' as const), view: nat }),
  fc.record({ op: fc.constant('moveView' as const), view: nat, to: fc.integer({ min: -1, max: 4 }) }),
  fc.record({ op: fc.constant('addToView' as const), view: nat, n: nat, x: coord, y: coord }),
  fc.record({ op: fc.constant('removeFromView' as const), view: nat, n: nat }),
  fc.record({ op: fc.constant('toggleVersion' as const) }),
);

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** Runs one command against the document; ids come from a counter so runs are reproducible. */
function run(doc: ModelDocument, c: Command, nextId: () => Id): OpResult {
  const elementIds = Object.keys(doc.elements);
  const linkIds = Object.keys(doc.links);
  const viewIds = doc.viewOrder;
  const element = (n: number) => pick(elementIds, n) ?? 'missing';
  const view = (n: number) => pick(viewIds, n) ?? 'missing';
  switch (c.op) {
    case 'add': {
      const kind = pick(KINDS, c.kind) ?? 'server';
      const table = pick(CATALOGUE.kinds[kind].tables, c.table);
      return addElement(doc, CATALOGUE, {
        id: nextId(),
        kind,
        table,
        name: c.name,
        placement: { viewId: view(c.view), x: c.x, y: c.y },
      });
    }
    case 'remove':
      return removeElements(doc, c.picks.map(element));
    case 'connectAllowed': {
      const pairs = elementIds.flatMap((from) =>
        elementIds.flatMap((to) => {
          const a = doc.elements[from];
          const b = doc.elements[to];
          return a && b && linkRulesBetween(CATALOGUE, doc.settings, a.kind, b.kind).length > 0
            ? [[from, to] as const]
            : [];
        }),
      );
      const pair = pick(pairs, c.n);
      return connect(doc, CATALOGUE, {
        id: nextId(),
        from: pair?.[0] ?? 'missing',
        to: pair?.[1] ?? 'missing',
      });
    }
    case 'connectAny':
      return connect(doc, CATALOGUE, {
        id: nextId(),
        from: element(c.from),
        to: element(c.to),
        type: pick(Object.keys(CATALOGUE.linkTypes), c.type),
      });
    case 'disconnect':
      return disconnect(doc, [pick(linkIds, c.n) ?? 'missing']);
    case 'changeLinkType':
      return changeLinkType(
        doc,
        CATALOGUE,
        pick(linkIds, c.n) ?? 'missing',
        pick(Object.keys(CATALOGUE.linkTypes), c.type) ?? '',
      );
    case 'rename':
      return renameElement(doc, element(c.n), c.name);
    case 'changeTable': {
      const target = doc.elements[element(c.n)];
      const tables = Object.values(CATALOGUE.kinds).flatMap((k) => k.tables);
      return changeTable(
        doc,
        CATALOGUE,
        element(c.n),
        (target && pick(CATALOGUE.kinds[target.kind].tables, c.table)) ?? pick(tables, c.table) ?? '',
      );
    }
    case 'setAttribute': {
      const target = doc.elements[element(c.n)];
      const field = target ? pick(CATALOGUE.kinds[target.kind].fields, c.field) : undefined;
      if (!field) return setAttribute(doc, CATALOGUE, element(c.n), 'version', c.text);
      const choices = field.choiceList ? (CATALOGUE.choiceLists[field.choiceList] ?? []) : [];
      const value =
        field.type === 'choice'
          ? (pick(choices, c.value)?.value ?? '')
          : field.type === 'reference'
            ? element(c.value)
            : c.text;
      return setAttribute(doc, CATALOGUE, element(c.n), field.column, value);
    }
    case 'paste': {
      const fragment = deepFreeze(extractFragment(doc, view(c.view), c.picks.map(element)));
      return pasteFragment(doc, CATALOGUE, fragment, {
        newId: nextId,
        viewId: view(c.view),
        offset: { x: c.x, y: c.y },
      });
    }
    case 'move':
      return movePlacements(doc, view(c.view), { [element(c.n)]: { x: c.x, y: c.y } });
    case 'resize':
      return resizePlacement(doc, view(c.view), element(c.n), { width: c.w, height: c.h });
    case 'addView':
      return addView(doc, { id: nextId(), name: c.name });
    case 'removeView':
      return removeView(doc, view(c.view));
    case 'moveView':
      return moveView(doc, view(c.view), c.to);
    case 'addToView':
      return addToView(doc, view(c.view), { [element(c.n)]: { x: c.x, y: c.y } });
    case 'removeFromView':
      return removeFromView(doc, view(c.view), [element(c.n)]);
    case 'toggleVersion':
      return setSettings(doc, CATALOGUE, { csdmVersion: doc.settings.csdmVersion === 5 ? 4 : 5 });
  }
}

describe('model operations under random use', () => {
  it('keep the invariants after every step and never mutate their input', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 80 }), (commands) => {
        let counter = 0;
        const nextId = () => `id-${++counter}`;
        let doc = deepFreeze(emptyModel());
        for (const c of commands) {
          const snapshot = JSON.stringify(doc);
          const result = run(doc, c, nextId);
          expect(JSON.stringify(doc)).toBe(snapshot);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            continue;
          }
          expect(checkInvariants(result.doc, CATALOGUE), `${c.op} broke an invariant`).toEqual([]);
          // Records the diff does not report keep their identity.
          const diff = diffDocuments(doc, result.doc);
          const put = new Set(diff.elements.put);
          for (const id of Object.keys(result.doc.elements)) {
            if (!put.has(id)) expect(result.doc.elements[id]).toBe(doc.elements[id]);
          }
          doc = deepFreeze(result.doc);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reach interesting documents (many links, several views)', () => {
    let counter = 0;
    const nextId = () => `id-${++counter}`;
    let doc = emptyModel();
    const samples = fc.sample(command, { numRuns: 1000, seed: 42 });
    const succeeded = new Set<string>();
    for (const c of samples) {
      const result = run(doc, c, nextId);
      if (!result.ok) continue;
      succeeded.add(c.op);
      doc = result.doc;
    }
    // Every kind of operation succeeded at least once, so the property test exercises them all.
    expect([...succeeded].sort()).toEqual(
      [
        'add',
        'remove',
        'connectAllowed',
        'disconnect',
        'changeLinkType',
        'rename',
        'changeTable',
        'setAttribute',
        'paste',
        'move',
        'resize',
        'addView',
        'removeView',
        'moveView',
        'addToView',
        'removeFromView',
        'toggleVersion',
      ].sort(),
    );
    expect(Object.keys(doc.elements).length).toBeGreaterThan(5);
    expect(Object.keys(doc.links).length).toBeGreaterThan(3);
    expect(checkInvariants(doc, CATALOGUE)).toEqual([]);
  });
});
