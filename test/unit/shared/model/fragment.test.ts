/** Copy (extractFragment) and paste (pasteFragment). */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { extractFragment } from '../../../../shared/model/extractFragment';
import { pasteFragment, type PasteResult } from '../../../../shared/model/pasteFragment';
import { setAttribute } from '../../../../shared/model/setAttribute';
import type { ModelDocument, ModelFragment } from '../../../../shared/model/types';
import { VIEW, deepFreeze, emptyModel, ok, serviceMap } from './helpers';

const prefixed = (prefix: string) => (old: string) => `${prefix}${old}`;

function pasted(result: PasteResult): ModelDocument {
  if (!result.ok) return expect.fail(result.reason);
  return result.doc;
}

describe('extractFragment', () => {
  it('takes the elements, the links among them and their placements', () => {
    const fragment = extractFragment(serviceMap(), VIEW, ['bo', 'si', 'ghost']);
    expect(fragment.elements.map((e) => e.id)).toEqual(['bo', 'si']);
    expect(fragment.links.map((l) => l.id)).toEqual(['l2']);
    expect(fragment.placements).toEqual({
      bo: { x: 300, y: 0, width: 200, height: 72 },
      si: { x: 600, y: 0, width: 200, height: 72 },
    });
  });
});

describe('pasteFragment', () => {
  const base = deepFreeze(ok(setAttribute(serviceMap(), CATALOGUE, 'si', 'owned_by', 'alice')));

  it('pastes copies under new ids with their inner links, offset in the view', () => {
    const fragment = deepFreeze(extractFragment(base, VIEW, ['bs', 'bo', 'si']));
    const result = pasteFragment(base, CATALOGUE, fragment, {
      newId: prefixed('c-'),
      viewId: VIEW,
      offset: { x: 20, y: 30 },
    });
    const doc = pasted(result);
    expect(result.ok && result.idMap).toEqual({ bs: 'c-bs', bo: 'c-bo', si: 'c-si', l1: 'c-l1', l2: 'c-l2' });
    expect(doc.elements['c-bo']).toMatchObject({ kind: 'business_offering', name: 'Email Gold' });
    expect(doc.links['c-l1']).toEqual({ id: 'c-l1', type: 'offering.parent', from: 'c-bs', to: 'c-bo' });
    expect(doc.views[VIEW]?.placements['c-si']).toEqual({ x: 620, y: 30, width: 200, height: 72 });
    // References to records of this model stay; originals are untouched.
    expect(doc.elements['c-si']?.attributes['owned_by']).toBe('alice');
    expect(doc.elements['si']).toBe(base.elements['si']);
    expect(Object.keys(doc.links)).toHaveLength(5);
  });

  it('follows references between pasted elements and drops references this model lacks', () => {
    const source = ok(setAttribute(serviceMap(), CATALOGUE, 'ops', 'manager', 'alice'));
    const fragment = extractFragment(source, VIEW, ['ops', 'alice', 'si']);
    const target = emptyModel();
    const doc = pasted(
      pasteFragment(target, CATALOGUE, fragment, {
        newId: prefixed('n-'),
        viewId: VIEW,
        offset: { x: 0, y: 0 },
      }),
    );
    expect(doc.elements['n-ops']?.attributes['manager']).toBe('n-alice');
    const lonely = extractFragment(source, VIEW, ['ops']);
    const alone = pasted(
      pasteFragment(target, CATALOGUE, lonely, {
        newId: prefixed('m-'),
        viewId: VIEW,
        offset: { x: 0, y: 0 },
      }),
    );
    expect(alone.elements['m-ops']?.attributes).toEqual({});
  });

  it('drops links the target’s CSDM version does not allow', () => {
    const v4 = ok(
      pasteFragment(
        emptyModel(4),
        CATALOGUE,
        {
          elements: [
            {
              id: 'a',
              kind: 'business_application',
              table: 'cmdb_ci_business_app',
              name: 'A',
              attributes: {},
            },
            {
              id: 's',
              kind: 'service_instance',
              table: 'cmdb_ci_service_discovered',
              name: 'S',
              attributes: {},
            },
          ],
          links: [{ id: 'l', type: 'Uses::Used by', from: 'a', to: 's' }],
          placements: {},
        },
        { newId: prefixed('x-'), viewId: VIEW, offset: { x: 10, y: 10 } },
      ),
    );
    expect(v4.links).toEqual({});
    expect(v4.views[VIEW]?.placements['x-a']).toEqual({ x: 10, y: 10, width: 200, height: 72 });
  });

  it('refuses an empty or foreign clipboard, a missing view and clashing ids', () => {
    const opts = { newId: prefixed('p-'), viewId: VIEW, offset: { x: 0, y: 0 } };
    const empty: ModelFragment = { elements: [], links: [], placements: {} };
    expect(pasteFragment(base, CATALOGUE, empty, opts)).toEqual({
      ok: false,
      reason: 'There is nothing to paste.',
    });
    const foreign: ModelFragment = {
      elements: [{ id: 'x', kind: 'server', table: 'incident', name: 'x', attributes: {} }],
      links: [],
      placements: {},
    };
    expect(pasteFragment(base, CATALOGUE, foreign, opts)).toEqual({
      ok: false,
      reason: 'The clipboard holds something Mapwright cannot paste here: the table "incident".',
    });
    const fragment = extractFragment(base, VIEW, ['bs']);
    expect(pasteFragment(base, CATALOGUE, fragment, { ...opts, viewId: 'nope' }).ok).toBe(false);
    expect(pasteFragment(base, CATALOGUE, fragment, { ...opts, newId: () => 'bo' })).toEqual({
      ok: false,
      reason: 'A pasted element would reuse an id already in the model.',
    });
  });
});
