/**
 * The exchange dialogs of the open model (Export…, Export image…), and the
 * link from its editor to the window's imports, so File › Open file… and
 * Import… reach them. Rendered by the workbench.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../editor/EditorContext';
import { useModelHost } from '../persistence/HostContext';
import { exchangeUi } from './exchangeUi';
import { ExportDialog } from './ExportDialog';
import { ImageExportDialog } from './ImageExportDialog';
import { importControllerFor, setEditorImports } from './importController';
import './exchange.css';

export function ExchangeDialogs() {
  const editor = useEditor();
  const host = useModelHost();
  const dialog = useStore(exchangeUi(editor), (state) => state.dialog);

  useEffect(() => {
    if (!host) return;
    setEditorImports(editor, importControllerFor(host));
    return () => setEditorImports(editor, null);
  }, [editor, host]);

  if (dialog === 'export') return <ExportDialog />;
  if (dialog === 'image') return <ImageExportDialog />;
  return null;
}
