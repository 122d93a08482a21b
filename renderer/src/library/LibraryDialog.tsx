/** File › Open model… / Model library: the library over the open model. */
import { FilePlus2, LayoutTemplate } from 'lucide-react';
import type { ModelHost } from '../persistence/modelHost';
import type { Library } from '../persistence/openLibrary';
import { ModalDialog } from '../persistence/ui/ModalDialog';
import { LibraryNotice } from './LibraryNotice';
import { LibraryPanel } from './LibraryPanel';
import './library.css';

export function LibraryDialog({
  host,
  library,
  openModelId,
  onClose,
}: {
  host: ModelHost;
  library: Library;
  openModelId: string | null;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      title="Model library"
      open
      onCancel={onClose}
      className="library-dialog"
      actions={
        <>
          <button type="button" className="button with-icon" onClick={() => void host.newEmptyModel()}>
            <FilePlus2 aria-hidden size={15} /> New empty model
          </button>
          <button type="button" className="button with-icon" onClick={() => void host.newFromSample()}>
            <LayoutTemplate aria-hidden size={15} /> New from sample
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <LibraryPanel host={host} library={library} openModelId={openModelId} />
      <LibraryNotice host={host} />
    </ModalDialog>
  );
}
