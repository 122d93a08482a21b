/** Editing commands: undo/redo, delete, select all, duplicate, rename, remove from view. */
import { disconnect } from '@shared/model/disconnect';
import { extractFragment } from '@shared/model/extractFragment';
import { pasteFragmentInto } from '../canvas/pasteFragmentInto';
import { removeElements } from '@shared/model/removeElements';
import { removeFromView } from '@shared/model/removeFromView';
import type { Action, ActionContext } from './types';

const hasSelection = ({ editor }: ActionContext) => {
  const { selectedElements, selectedLinks } = editor.session.getState();
  return selectedElements.size > 0 || selectedLinks.size > 0;
};
const hasSelectedElements = ({ editor }: ActionContext) => editor.session.getState().selectedElements.size > 0;

export const undo: Action = {
  id: 'edit.undo',
  label: 'Undo',
  group: 'Edit',
  shortcuts: ['Mod+Z'],
  enabled: ({ editor }) => editor.document.temporal.getState().pastStates.length > 0,
  perform: ({ editor }) => editor.document.temporal.getState().undo(),
};

export const redo: Action = {
  id: 'edit.redo',
  label: 'Redo',
  group: 'Edit',
  shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
  enabled: ({ editor }) => editor.document.temporal.getState().futureStates.length > 0,
  perform: ({ editor }) => editor.document.temporal.getState().redo(),
};

export const deleteSelection: Action = {
  id: 'edit.delete',
  label: 'Delete from model',
  group: 'Edit',
  shortcuts: ['Delete', 'Backspace'],
  enabled: hasSelection,
  perform: ({ editor }) => {
    const session = editor.session.getState();
    const elements = [...session.selectedElements];
    const links = [...session.selectedLinks];
    const refusal = editor.document.getState().apply((doc) => {
      // Links of deleted elements go with them; selected links between survivors are removed too.
      const afterLinks = links.length > 0 ? disconnect(doc, links.filter((id) => doc.links[id])) : { ok: true as const, doc };
      if (!afterLinks.ok || elements.length === 0) return afterLinks;
      return removeElements(afterLinks.doc, elements);
    });
    if (refusal) session.notify('refusal', refusal);
    else session.select([]);
  },
};

export const removeSelectionFromView: Action = {
  id: 'edit.removeFromView',
  label: 'Remove from view (keep in model)',
  group: 'Edit',
  shortcuts: ['Mod+Delete', 'Mod+Backspace'],
  enabled: hasSelectedElements,
  perform: ({ editor }) => {
    const session = editor.session.getState();
    const refusal = editor.document
      .getState()
      .apply((doc) => removeFromView(doc, session.activeViewId, [...session.selectedElements]));
    if (refusal) session.notify('refusal', refusal);
    else session.select([]);
  },
};

export const selectAll: Action = {
  id: 'edit.selectAll',
  label: 'Select all',
  group: 'Edit',
  shortcuts: ['Mod+A'],
  perform: ({ editor }) => {
    const session = editor.session.getState();
    const { doc } = editor.document.getState();
    const view = doc.views[session.activeViewId];
    if (!view) return;
    const placed = Object.keys(view.placements);
    const placedSet = new Set(placed);
    const links = Object.values(doc.links).filter((link) => placedSet.has(link.from) && placedSet.has(link.to));
    session.select(placed, links.map((link) => link.id));
  },
};

export const duplicate: Action = {
  id: 'edit.duplicate',
  label: 'Duplicate',
  group: 'Edit',
  shortcuts: ['Mod+D'],
  enabled: hasSelectedElements,
  perform: ({ editor }) => {
    const session = editor.session.getState();
    const { doc } = editor.document.getState();
    pasteFragmentInto(editor, extractFragment(doc, session.activeViewId, [...session.selectedElements]));
  },
};

export const rename: Action = {
  id: 'edit.rename',
  label: 'Rename',
  group: 'Edit',
  shortcuts: ['F2'],
  enabled: ({ editor }) => editor.session.getState().selectedElements.size === 1,
  perform: ({ editor }) => {
    const [id] = editor.session.getState().selectedElements;
    if (id) editor.session.getState().startRenaming(id);
  },
};

export const linkTo: Action = {
  id: 'edit.linkTo',
  label: 'Link to…',
  group: 'Edit',
  shortcuts: ['L'],
  enabled: ({ editor }) => editor.session.getState().selectedElements.size === 1,
  perform: ({ overlays }) => overlays.open('linkTo'),
};

export const EDIT_ACTIONS: readonly Action[] = [
  undo,
  redo,
  deleteSelection,
  removeSelectionFromView,
  selectAll,
  duplicate,
  rename,
  linkTo,
];

