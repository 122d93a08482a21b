import { describe, expect, it, vi } from 'vitest';
import type { ElkLayoutGraph } from '@shared/layout/elkTypes';
import { removeFromView } from '@shared/model/removeFromView';
import type { ModelDocument } from '@shared/model/types';
import { createEditor } from '../../../../renderer/src/editor/createEditor';
import type { Editor } from '../../../../renderer/src/editor/EditorContext';
import { autoLayout } from '../../../../renderer/src/layout/autoLayout';
import type { LayoutRunner } from '../../../../renderer/src/layout/layoutClient';
import { layoutStatusOf } from '../../../../renderer/src/layout/layoutStatus';
import { layoutModel, VIEW } from '../../shared/layout/support';

function editorWith(doc: ModelDocument = threeUp()): Editor {
  const editor = createEditor(doc);
  editor.session.setState({ snapToGrid: false });
  return editor;
}

/** Drawn upside down: the server above the instance above the business service. */
function threeUp(): ModelDocument {
  return layoutModel(
    [
      { id: 'srv', kind: 'server', at: { x: 100, y: 40 } },
      { id: 'si', kind: 'service_instance', at: { x: 400, y: 300 } },
      { id: 'bs', kind: 'business_service', at: { x: 160, y: 600 } },
    ],
    [['si', 'srv']],
  );
}

/** A stand-in for ELK: stacks the nodes it is given in partition order, 200 px apart. */
const stacking: LayoutRunner = async (graph) => ({
  ...graph,
  children: [...graph.children]
    .sort(
      (a, b) =>
        Number(a.layoutOptions?.['elk.partitioning.partition']) -
        Number(b.layoutOptions?.['elk.partitioning.partition']),
    )
    .map((child, i) => ({ ...child, x: 0, y: i * 200 })),
});

const placements = (editor: Editor) => editor.document.getState().doc.views[VIEW]!.placements;
const history = (editor: Editor) => editor.document.temporal.getState().pastStates.length;
const notice = (editor: Editor) => editor.session.getState().notice;

describe('autoLayout', () => {
  it('moves every node in one undo step, starting at the old bounding box corner', async () => {
    const editor = editorWith();
    const onApplied = vi.fn();
    await expect(autoLayout(editor, 'view', { run: stacking, onApplied })).resolves.toBe(true);
    const moved = placements(editor);
    expect([moved.bs, moved.si, moved.srv].map((p) => [p!.x, p!.y])).toEqual([
      [100, 40],
      [100, 240],
      [100, 440],
    ]);
    expect(history(editor)).toBe(1);
    expect(notice(editor)).toMatchObject({
      tone: 'info',
      text: expect.stringMatching(/^Laid out 3 elements\./),
    });
    expect(onApplied).toHaveBeenCalledWith(expect.arrayContaining(['bs', 'si', 'srv']));
    editor.document.temporal.getState().undo();
    expect(placements(editor)).toEqual(threeUp().views[VIEW]!.placements);
  });

  it('snaps to the canvas grid when snapping is on', async () => {
    const editor = editorWith();
    editor.session.setState({ snapToGrid: true });
    await autoLayout(editor, 'view', { run: stacking });
    expect(Object.values(placements(editor)).every((p) => p.x % 16 === 0 && p.y % 16 === 0)).toBe(true);
  });

  it('shows that it is laying out, and refuses a second layout meanwhile', async () => {
    const editor = editorWith();
    let finish: (graph: ElkLayoutGraph) => void = () => undefined;
    let given: ElkLayoutGraph | undefined;
    const slow: LayoutRunner = (graph) => {
      given = graph;
      return new Promise((resolve) => (finish = resolve));
    };
    const first = autoLayout(editor, 'view', { run: slow });
    expect(layoutStatusOf(editor).getState().running).toBe('view');
    expect(notice(editor)?.text).toBe('Laying out…');
    await expect(autoLayout(editor, 'selection', { run: stacking })).resolves.toBe(false);
    expect(notice(editor)?.text).toBe('A layout is already running.');
    finish(await stacking(given!));
    await expect(first).resolves.toBe(true);
    expect(layoutStatusOf(editor).getState().running).toBeNull();
  });

  it('moves nothing and says why when the worker fails', async () => {
    const editor = editorWith();
    const before = editor.document.getState().doc;
    const failing: LayoutRunner = () => Promise.reject(new Error('the layout engine could not be started'));
    await expect(autoLayout(editor, 'view', { run: failing })).resolves.toBe(false);
    expect(editor.document.getState().doc).toBe(before);
    expect(history(editor)).toBe(0);
    expect(notice(editor)).toMatchObject({
      tone: 'error',
      text: 'Auto-layout failed: the layout engine could not be started. Nothing was moved.',
    });
    expect(layoutStatusOf(editor).getState().running).toBeNull();
  });

  it('moves nothing when the answer misses a node', async () => {
    const editor = editorWith();
    const before = editor.document.getState().doc;
    const partial: LayoutRunner = async (graph) => ({
      ...graph,
      children: graph.children.slice(1).map((c) => ({ ...c, x: 0, y: 0 })),
    });
    await expect(autoLayout(editor, 'view', { run: partial })).resolves.toBe(false);
    expect(editor.document.getState().doc).toBe(before);
    expect(notice(editor)?.tone).toBe('error');
  });

  it('leaves elements removed from the view while it worked where they are: removed', async () => {
    const editor = editorWith();
    const removing: LayoutRunner = async (graph) => {
      editor.document.getState().apply((doc) => removeFromView(doc, VIEW, ['bs']));
      return stacking(graph);
    };
    await expect(autoLayout(editor, 'view', { run: removing })).resolves.toBe(true);
    expect(Object.keys(placements(editor)).sort()).toEqual(['si', 'srv']);
    expect(notice(editor)?.text).toMatch(/^Laid out 2 elements/);
  });

  it('lays out only the selection and leaves the rest alone', async () => {
    const editor = editorWith();
    editor.session.getState().select(['si', 'srv']);
    await autoLayout(editor, 'selection', { run: stacking });
    const after = placements(editor);
    expect(after.bs).toEqual(threeUp().views[VIEW]!.placements.bs);
    expect([after.si, after.srv].map((p) => [p!.x, p!.y])).toEqual([
      [100, 40],
      [100, 240],
    ]);
  });

  it('refuses an empty selection without calling the worker', async () => {
    const editor = editorWith();
    const run = vi.fn(stacking);
    await expect(autoLayout(editor, 'selection', { run })).resolves.toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(notice(editor)?.tone).toBe('refusal');
  });
});
