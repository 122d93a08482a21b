import { describe, expect, it } from 'vitest';
import {
  alignLeft,
  ARRANGE_ACTIONS,
  autoLayoutSelection,
  autoLayoutView,
  distributeHorizontally,
} from '../../../../renderer/src/actions/arrangeActions';
import { ACTIONS, isEnabled, runAction } from '../../../../renderer/src/actions/registry';
import type { ActionContext } from '../../../../renderer/src/actions/types';
import { createEditor } from '../../../../renderer/src/editor/createEditor';
import { layoutStatusOf } from '../../../../renderer/src/layout/layoutStatus';
import { layoutModel, VIEW } from '../../shared/layout/support';

function context(): ActionContext {
  const editor = createEditor(
    layoutModel([
      { id: 'a', kind: 'server', at: { x: 100, y: 0 } },
      { id: 'b', kind: 'server', at: { x: 40, y: 200, width: 240 } },
      { id: 'c', kind: 'server', at: { x: 700, y: 400 } },
      { id: 'off', kind: 'server', unplaced: true },
    ]),
  );
  return {
    editor,
    flow: {} as ActionContext['flow'],
    platform: {} as ActionContext['platform'],
    overlays: { open: () => undefined, toggleTheme: () => undefined },
  };
}

const placements = (ctx: ActionContext) => ctx.editor.document.getState().doc.views[VIEW]!.placements;

describe('arrange actions', () => {
  it('are registered in the Arrange group with unique ids and the shortcuts they advertise', () => {
    for (const action of ARRANGE_ACTIONS) {
      expect(ACTIONS).toContain(action);
      expect(action.group).toBe('Arrange');
    }
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    const shortcuts = ACTIONS.flatMap((a) => a.shortcuts ?? []);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(autoLayoutView.shortcuts).toEqual(['Mod+Shift+L']);
  });

  it('align needs two placed elements selected, distribute three', () => {
    const ctx = context();
    const { select } = ctx.editor.session.getState();
    select(['a', 'off']);
    expect(isEnabled(alignLeft, ctx)).toBe(false);
    expect(isEnabled(autoLayoutSelection, ctx)).toBe(false);
    select(['a', 'b']);
    expect(isEnabled(alignLeft, ctx)).toBe(true);
    expect(isEnabled(autoLayoutSelection, ctx)).toBe(true);
    expect(isEnabled(distributeHorizontally, ctx)).toBe(false);
    select(['a', 'b', 'c']);
    expect(isEnabled(distributeHorizontally, ctx)).toBe(true);
  });

  it('auto-layout waits while a layout runs', () => {
    const ctx = context();
    expect(isEnabled(autoLayoutView, ctx)).toBe(true);
    layoutStatusOf(ctx.editor).setState({ running: 'view' });
    expect(isEnabled(autoLayoutView, ctx)).toBe(false);
  });

  it('aligns in one undo step, and adds no step when already aligned', () => {
    const ctx = context();
    ctx.editor.session.getState().select(['a', 'b', 'c']);
    expect(runAction(alignLeft, ctx)).toBe(true);
    expect(Object.values(placements(ctx)).map((p) => p.x)).toEqual([40, 40, 40]);
    expect(ctx.editor.document.temporal.getState().pastStates).toHaveLength(1);
    runAction(alignLeft, ctx);
    expect(ctx.editor.document.temporal.getState().pastStates).toHaveLength(1);
  });
});
