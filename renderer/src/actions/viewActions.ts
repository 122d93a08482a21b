/** Viewing commands: zoom, fit, snap, theme, overlays. */
import type { Action } from './types';

const ZOOM = { duration: 200 };

export const VIEW_ACTIONS: readonly Action[] = [
  {
    id: 'view.commandPalette',
    label: 'Command palette…',
    group: 'View',
    shortcuts: ['Mod+K'],
    inTextFields: true,
    perform: ({ overlays }) => overlays.open('commandPalette'),
  },
  {
    id: 'edit.find',
    label: 'Find…',
    group: 'Edit',
    shortcuts: ['Mod+F'],
    inTextFields: true,
    perform: ({ overlays }) => overlays.open('find'),
  },
  { id: 'view.fitView', label: 'Fit view', group: 'View', shortcuts: ['Mod+1'], perform: ({ flow }) => void flow.fitView(ZOOM) },
  {
    id: 'view.zoomToSelection',
    label: 'Zoom to selection',
    group: 'View',
    shortcuts: ['Mod+2'],
    enabled: ({ editor }) => editor.session.getState().selectedElements.size > 0,
    perform: ({ editor, flow }) =>
      void flow.fitView({ ...ZOOM, nodes: [...editor.session.getState().selectedElements].map((id) => ({ id })) }),
  },
  { id: 'view.zoomIn', label: 'Zoom in', group: 'View', shortcuts: ['Mod+='], perform: ({ flow }) => void flow.zoomIn(ZOOM) },
  { id: 'view.zoomOut', label: 'Zoom out', group: 'View', shortcuts: ['Mod+-'], perform: ({ flow }) => void flow.zoomOut(ZOOM) },
  { id: 'view.resetZoom', label: 'Actual size', group: 'View', shortcuts: ['Mod+0'], perform: ({ flow }) => void flow.zoomTo(1, ZOOM) },
  {
    id: 'view.toggleSnap',
    label: 'Snap to grid',
    group: 'View',
    shortcuts: ["Mod+'"],
    perform: ({ editor }) => editor.session.getState().toggleSnapToGrid(),
  },
  { id: 'view.toggleTheme', label: 'Switch theme', group: 'View', perform: ({ overlays }) => overlays.toggleTheme() },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: ['?', 'Mod+/'],
    perform: ({ overlays }) => overlays.open('shortcuts'),
  },
  { id: 'help.about', label: 'About Mapwright', group: 'Help', perform: ({ overlays }) => overlays.open('about') },
];
