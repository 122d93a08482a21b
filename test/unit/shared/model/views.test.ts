/** Views and placements: addView, renameView, removeView, moveView, addToView, removeFromView, movePlacements, resizePlacement. */
import { describe, expect, it } from 'vitest';
import { addToView } from '../../../../shared/model/addToView';
import { addView } from '../../../../shared/model/addView';
import { movePlacements } from '../../../../shared/model/movePlacements';
import { moveView } from '../../../../shared/model/moveView';
import { removeFromView } from '../../../../shared/model/removeFromView';
import { removeView } from '../../../../shared/model/removeView';
import { renameView } from '../../../../shared/model/renameView';
import { resizePlacement } from '../../../../shared/model/resizePlacement';
import { VIEW, deepFreeze, emptyModel, ok, reason, serviceMap } from './helpers';

describe('views', () => {
  it('adds, renames, reorders and removes views', () => {
    let doc = ok(addView(deepFreeze(emptyModel()), { id: 'v2', name: ' Infra ' }));
    expect(doc.views['v2']).toEqual({ id: 'v2', name: 'Infra', placements: {} });
    expect(doc.viewOrder).toEqual([VIEW, 'v2']);
    doc = ok(renameView(doc, 'v2', 'Infrastructure'));
    expect(doc.views['v2']?.name).toBe('Infrastructure');
    doc = ok(moveView(doc, 'v2', 0));
    expect(doc.viewOrder).toEqual(['v2', VIEW]);
    doc = ok(removeView(doc, VIEW));
    expect(doc.viewOrder).toEqual(['v2']);
    expect(Object.keys(doc.views)).toEqual(['v2']);
  });

  it('never removes the last view', () => {
    expect(reason(removeView(emptyModel(), VIEW))).toBe('A model keeps at least one view.');
  });

  it('refuses bad names, duplicate ids, missing views and positions', () => {
    const doc = emptyModel();
    expect(reason(addView(doc, { id: VIEW, name: 'x' }))).toBe(
      'A view with this id is already in the model.',
    );
    expect(reason(addView(doc, { id: 'v2', name: ' ' }))).toBe('A view needs a name.');
    expect(reason(renameView(doc, VIEW, ''))).toBe('A view needs a name.');
    expect(reason(renameView(doc, 'nope', 'x'))).toBe('That view is no longer in the model.');
    expect(reason(removeView(doc, 'nope'))).toBe('That view is no longer in the model.');
    expect(reason(moveView(doc, VIEW, 3))).toBe('There is no such position among the views.');
    expect(ok(renameView(doc, VIEW, 'Main view'))).toBe(doc);
  });
});

describe('placements', () => {
  const withView = deepFreeze(ok(addView(serviceMap(), { id: 'v2', name: 'Infra' })));

  it('adds elements to a view and removes them without deleting them', () => {
    const doc = ok(
      addToView(withView, 'v2', { srv: { x: 5, y: 6 }, si: { x: 0, y: 0, width: 300, height: 100 } }),
    );
    expect(doc.views['v2']?.placements).toEqual({
      srv: { x: 5, y: 6, width: 200, height: 72 },
      si: { x: 0, y: 0, width: 300, height: 100 },
    });
    expect(doc.views[VIEW]).toBe(withView.views[VIEW]);
    const hidden = ok(removeFromView(doc, 'v2', ['srv']));
    expect(Object.keys(hidden.views['v2']?.placements ?? {})).toEqual(['si']);
    expect(hidden.elements['srv']).toBe(withView.elements['srv']);
  });

  it('refuses to add what is missing, already placed, or badly placed', () => {
    expect(reason(addToView(withView, VIEW, { srv: { x: 0, y: 0 } }))).toBe(
      '"mail01" is already in this view.',
    );
    expect(reason(addToView(withView, 'v2', { ghost: { x: 0, y: 0 } }))).toBe(
      'That element is no longer in the model.',
    );
    expect(reason(addToView(withView, 'v2', { srv: { x: Infinity, y: 0 } }))).toBe(
      'A position must be a finite number and a size positive.',
    );
    expect(reason(addToView(withView, 'nope', { srv: { x: 0, y: 0 } }))).toBe(
      'That view is no longer in the model.',
    );
    expect(reason(addToView(withView, 'v2', {}))).toBe('Nothing to add to the view.');
    expect(reason(removeFromView(withView, 'v2', ['srv']))).toBe('Those elements are not in this view.');
  });

  it('moves several placements at once, keeping sizes', () => {
    const doc = ok(movePlacements(withView, VIEW, { bs: { x: 40, y: 50 }, bo: { x: 1, y: 2 } }));
    expect(doc.views[VIEW]?.placements['bs']).toEqual({ x: 40, y: 50, width: 200, height: 72 });
    expect(doc.views[VIEW]?.placements['si']).toBe(withView.views[VIEW]?.placements['si']);
    expect(ok(movePlacements(withView, VIEW, { bs: { x: 0, y: 0 } }))).toBe(withView);
    expect(reason(movePlacements(withView, 'v2', { bs: { x: 0, y: 0 } }))).toBe(
      'That element is not in this view.',
    );
    expect(reason(movePlacements(withView, VIEW, { bs: { x: NaN, y: 0 } }))).toBe(
      'A position must be a finite number.',
    );
  });

  it('resizes within the minimum size', () => {
    const doc = ok(resizePlacement(withView, VIEW, 'bs', { width: 260, height: 90 }));
    expect(doc.views[VIEW]?.placements['bs']).toEqual({ x: 0, y: 0, width: 260, height: 90 });
    expect(reason(resizePlacement(withView, VIEW, 'bs', { width: 10, height: 90 }))).toBe(
      'An element is at least 40 by 24 pixels.',
    );
    expect(reason(resizePlacement(withView, 'v2', 'bs', { width: 100, height: 90 }))).toBe(
      'That element is not in this view.',
    );
  });
});
