/**
 * File commands: models in the local library (new, open, rename), saving now
 * and saved versions. They run through the editor's model host
 * (persistence/fileHost.ts). Files (open, import, save as, export) are the
 * exchange module's (exchange/exchangeActions.ts).
 */
import { fileHostFor, type FileHost, type FileOverlay } from '../persistence/fileHost';
import type { Action, ActionContext } from './types';

const stored = ({ editor }: ActionContext): boolean => fileHostFor(editor)?.stored ?? false;
const hosted = ({ editor }: ActionContext): boolean => fileHostFor(editor) !== undefined;
const withHost =
  (run: (host: FileHost) => void) =>
  ({ editor }: ActionContext): void => {
    const host = fileHostFor(editor);
    if (host) run(host);
  };
const overlay = (which: FileOverlay) => withHost((host) => host.open(which));

export const FILE_ACTIONS: readonly Action[] = [
  {
    id: 'file.new',
    label: 'New model',
    group: 'File',
    shortcuts: ['Mod+N'],
    enabled: stored,
    perform: withHost((host) => host.newModel()),
  },
  {
    id: 'file.open',
    label: 'Open model…',
    group: 'File',
    shortcuts: ['Mod+O'],
    enabled: stored,
    perform: overlay('library'),
  },
  { id: 'file.library', label: 'Model library', group: 'File', enabled: stored, perform: overlay('library') },
  {
    id: 'file.save',
    label: 'Save now',
    group: 'File',
    shortcuts: ['Mod+S'],
    inTextFields: true,
    enabled: stored,
    perform: withHost((host) => host.saveNow()),
  },
  {
    id: 'file.renameModel',
    label: 'Rename model…',
    group: 'File',
    enabled: hosted,
    perform: overlay('renameModel'),
  },
  {
    id: 'file.saveVersion',
    label: 'Save version…',
    group: 'File',
    enabled: stored,
    perform: overlay('saveVersion'),
  },
  { id: 'file.versions', label: 'Versions…', group: 'File', enabled: stored, perform: overlay('versions') },
];
