/** Export image…: the current view or the selection as PNG or SVG, at 1×–3×, optionally light on white for slides. */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Id } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { useDocument, useEditor, useSession } from '../editor/EditorContext';
import { ModalDialog } from '../persistence/ui/ModalDialog';
import { exchangeUi, type ImageChoices } from './exchangeUi';
import { imageFileName } from './formats';
import { planImage, renderImage } from './imageExport';
import { sceneOf } from './svgImage';

const SCALES: readonly ImageChoices['scale'][] = [1, 2, 3];

export function ImageExportDialog() {
  const editor = useEditor();
  const { platform } = useActionContext();
  const ui = exchangeUi(editor);
  const choices = useStore(ui, (state) => state.image);
  const doc = useDocument((state) => state.doc);
  const viewId = useSession((state) => state.activeViewId);
  const selected = useSession((state) => state.selectedElements);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const view = doc.views[viewId];

  const selection = useMemo(() => {
    const placed = new Set<Id>();
    for (const id of selected) if (view && Object.hasOwn(view.placements, id)) placed.add(id);
    return placed;
  }, [selected, view]);
  const scope = choices.scope === 'selection' && selection.size > 0 ? 'selection' : 'view';
  const only = scope === 'selection' ? selection : undefined;

  // The size in pixels of the file as it will be written (a PNG too large for a canvas gets a lower scale).
  const size = useMemo(() => {
    const count = sceneOf(doc, viewId, only ? { only } : {}).nodes.length;
    if (count === 0) return { width: 0, height: 0, scale: choices.scale, count };
    const { image, scale } = planImage(
      { doc, viewId, ...(only ? { only } : {}), scale: choices.scale, light: choices.light },
      choices.type,
    );
    return { width: image.width, height: image.height, scale, count };
  }, [doc, viewId, only, choices.scale, choices.light, choices.type]);

  const close = () => ui.getState().close();
  const set = (changes: Partial<ImageChoices>) => ui.getState().setImage(changes);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const image = await renderImage(
        { doc, viewId, ...(only ? { only } : {}), scale: choices.scale, light: choices.light },
        choices.type,
      );
      const saved = await platform.saveFile({
        title: 'Export image',
        suggestedName: imageFileName(doc.name, view?.name ?? 'view', choices.type, scope === 'selection'),
        filters: [
          choices.type === 'png'
            ? { name: 'PNG image', extensions: ['png'] }
            : { name: 'SVG image', extensions: ['svg'] },
        ],
        bytes: image.bytes,
      });
      setBusy(false);
      if (!saved) return;
      close();
      const reduced =
        image.scale < choices.scale
          ? ` The view is too large for ${choices.scale}×; it was drawn at ${Math.round(image.scale * 100) / 100}×.`
          : '';
      editor.session.getState().notify('info', `Saved the image as ${saved.name}.${reduced}`);
    } catch (error) {
      setBusy(false);
      setProblem(`The image could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <ModalDialog
      title="Export image"
      open
      className="image-dialog"
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy || size.count === 0}
            onClick={() => void run()}
          >
            {busy ? 'Exporting…' : 'Export image'}
          </button>
        </>
      }
    >
      <fieldset className="image-options">
        <legend>Format</legend>
        <label>
          <input
            type="radio"
            name="image-type"
            checked={choices.type === 'png'}
            onChange={() => set({ type: 'png' })}
          />
          PNG
        </label>
        <label>
          <input
            type="radio"
            name="image-type"
            checked={choices.type === 'svg'}
            onChange={() => set({ type: 'svg' })}
          />
          SVG
        </label>
      </fieldset>
      <fieldset className="image-options">
        <legend>What</legend>
        <label>
          <input
            type="radio"
            name="image-scope"
            checked={scope === 'view'}
            onChange={() => set({ scope: 'view' })}
          />
          The view “{view?.name}”
        </label>
        <label>
          <input
            type="radio"
            name="image-scope"
            checked={scope === 'selection'}
            disabled={selection.size === 0}
            onChange={() => set({ scope: 'selection' })}
          />
          The selection{selection.size > 0 ? ` (${selection.size})` : ''}
        </label>
      </fieldset>
      <fieldset className="image-options">
        <legend>Scale</legend>
        {SCALES.map((scale) => (
          <label key={scale}>
            <input
              type="radio"
              name="image-scale"
              checked={choices.scale === scale}
              onChange={() => set({ scale })}
            />
            {scale}×
          </label>
        ))}
      </fieldset>
      <label className="image-light">
        <input
          type="checkbox"
          checked={choices.light}
          onChange={(event) => set({ light: event.target.checked })}
        />
        Light background for slides
      </label>
      <p className="muted image-size" aria-live="polite">
        {size.count === 0
          ? 'Nothing to draw: the view is empty.'
          : `${size.count} element${size.count === 1 ? '' : 's'}, ${size.width} × ${size.height} pixels${
              size.scale < choices.scale
                ? ` (at ${Math.round(size.scale * 100) / 100}×: ${choices.scale}× is too large for an image)`
                : ''
            }.`}
      </p>
      {problem && (
        <p className="prompt-error" role="alert">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
