/**
 * File commands for other files: Open file… (a model file or anything
 * importable, as a new model), Import…, Save As… (the model file), Export…
 * (a ServiceNow format, after pre-flight) and Export image…. "Open model…"
 * (Mod+O) stays the library's.
 */
import type { Action, ActionContext } from '../actions/types';
import { exchangeUi } from './exchangeUi';
import { errorCount, preflightNow, writeExport } from './exportModel';
import { importsFor } from './importController';

const canImport = ({ editor }: ActionContext): boolean => importsFor(editor) !== undefined;
const hasElements = ({ editor }: ActionContext): boolean => {
  const { doc } = editor.document.getState();
  const view = doc.views[editor.session.getState().activeViewId];
  return view !== undefined && Object.keys(view.placements).length > 0;
};

/** Saves the model file at once when it holds together; otherwise the export dialog says why not. */
export function saveAs(ctx: ActionContext): void {
  if (errorCount(preflightNow(ctx.editor, 'native')) > 0) {
    exchangeUi(ctx.editor).getState().showExport('native');
    return;
  }
  void writeExport(ctx, 'native');
}

export const EXCHANGE_ACTIONS: readonly Action[] = [
  {
    id: 'file.openFile',
    label: 'Open file…',
    group: 'File',
    shortcuts: ['Mod+Shift+O'],
    enabled: canImport,
    perform: ({ editor, platform }) => void importsFor(editor)?.pick(platform, 'open'),
  },
  {
    id: 'file.import',
    label: 'Import…',
    group: 'File',
    enabled: canImport,
    perform: ({ editor, platform }) => void importsFor(editor)?.pick(platform, 'import'),
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    group: 'File',
    shortcuts: ['Mod+Shift+S'],
    perform: saveAs,
  },
  {
    id: 'file.export',
    label: 'Export…',
    group: 'File',
    shortcuts: ['Mod+E'],
    perform: ({ editor }) => exchangeUi(editor).getState().showExport(),
  },
  {
    id: 'file.exportImage',
    label: 'Export image…',
    group: 'File',
    shortcuts: ['Mod+Shift+E'],
    enabled: hasElements,
    perform: ({ editor }) => exchangeUi(editor).getState().showImage(),
  },
];
