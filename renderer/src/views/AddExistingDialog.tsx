/**
 * "Add existing elements to view…": the model's elements that the view on
 * screen does not show yet, searchable, to tick and add in one undo step.
 * Adding to a view never creates or copies an element: the same element then
 * appears in both views.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { CATALOGUE } from '@shared/csdm';
import type { Element, Id } from '@shared/model/types';
import { Dialog } from '../app/Dialog';
import { useDocument, useEditor, useSession } from '../editor/EditorContext';
import { addExistingToView } from './viewCommands';
import { viewUi } from './viewUi';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

/** Longer lists are cut here: a search narrows them. */
const MAX_SHOWN = 300;

const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(element: Element, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const kind = CATALOGUE.kinds[element.kind];
  const text = normalise(`${element.name} ${kind.label} ${element.table}`);
  return words.every((word) => text.includes(word));
}

function AddExistingOpen({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  const flow = useCanvasFlow();
  const viewId = useSession((state) => state.activeViewId);
  const viewName = useDocument((state) => state.doc.views[viewId]?.name ?? '');
  const placements = useDocument((state) => state.doc.views[viewId]?.placements);
  const elements = useDocument((state) => state.doc.elements);
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState<ReadonlySet<Id>>(new Set());
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => search.current?.focus(), []);

  const missing = useMemo(
    () =>
      Object.values(elements)
        .filter((element) => !placements || !Object.hasOwn(placements, element.id))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    [elements, placements],
  );
  const found = useMemo(() => {
    const words = normalise(query).split(/\s+/).filter(Boolean);
    return missing.filter((element) => matches(element, words));
  }, [missing, query]);
  const shown = found.slice(0, MAX_SHOWN);

  const toggle = (id: Id) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const add = () => {
    // Ticked elements another edit has meanwhile placed (or deleted) are left out.
    const stillMissing = new Set(missing.map((element) => element.id));
    const ids = [...checked].filter((id) => stillMissing.has(id));
    if (ids.length > 0 && addExistingToView({ editor, flow }, ids)) onClose();
  };

  return (
    <Dialog
      title="Add existing elements to view"
      open
      onClose={onClose}
      actions={
        <button type="button" className="button primary" disabled={checked.size === 0} onClick={add}>
          Add
        </button>
      }
    >
      <div className="add-existing-dialog">
        <p className="muted">
          Elements of the model that “{viewName}” does not show. Adding them shows the same elements here too;
          nothing is copied.
        </p>
        <input
          ref={search}
          className="add-existing-search"
          type="search"
          aria-label="Search elements"
          placeholder="Search elements by name, kind or table"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && checked.size > 0) add();
          }}
        />
        <div className="add-existing-tools">
          <span aria-live="polite">
            {found.length === 0
              ? missing.length === 0
                ? 'Every element of the model is already in this view.'
                : 'No element matches.'
              : found.length > MAX_SHOWN
                ? `Showing ${MAX_SHOWN} of ${found.length}; search to narrow the list.`
                : `${found.length} element${found.length === 1 ? '' : 's'}`}
          </span>
          <span className="spacer" />
          <span>{checked.size} selected</span>
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() =>
              setChecked((current) => new Set([...current, ...shown.map((element) => element.id)]))
            }
          >
            Select all shown
          </button>
          <button
            type="button"
            className="button"
            disabled={checked.size === 0}
            onClick={() => setChecked(new Set())}
          >
            Clear
          </button>
        </div>
        <ul className="add-existing-list" aria-label="Elements not in this view">
          {shown.map((element) => (
            <li key={element.id}>
              <label className="add-existing-item">
                <input
                  type="checkbox"
                  checked={checked.has(element.id)}
                  onChange={() => toggle(element.id)}
                />
                <span className="add-existing-name">{element.name}</span>
                <span className="add-existing-kind">{CATALOGUE.kinds[element.kind].label}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}

/** Mounted while open, so each opening starts with an empty search and nothing ticked. */
export function AddExistingDialog() {
  const editor = useEditor();
  const ui = viewUi(editor);
  const open = useStore(ui, (state) => state.addExistingOpen);
  return open ? <AddExistingOpen onClose={() => ui.getState().setAddExistingOpen(false)} /> : null;
}
