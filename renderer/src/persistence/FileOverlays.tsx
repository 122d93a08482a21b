/** The File dialogs of an open model (library, rename, save version, versions) and the save problems. */
import { useStore } from 'zustand';
import { renameModel } from '@shared/model/renameModel';
import { LibraryDialog } from '../library/LibraryDialog';
import { ConflictDialog } from './ConflictDialog';
import { describeStorageError } from './errors';
import type { ModelHost } from './modelHost';
import type { OpenModel } from './openModel';
import { StorageBanner } from './StorageBanner';
import { PromptDialog } from './ui/PromptDialog';
import { VersionsDialog } from './VersionsDialog';

export function FileOverlays({ host, open }: { host: ModelHost; open: OpenModel }) {
  const overlay = useStore(host.store, (state) => state.overlay);
  const library = useStore(host.store, (state) => state.library);
  const close = () => host.setOverlay(null);
  const { editor } = open;
  const notify = editor.session.getState().notify;

  return (
    <>
      <StorageBanner />
      <ConflictDialog />
      {overlay === 'library' && library && (
        <LibraryDialog host={host} library={library} openModelId={open.modelId} onClose={close} />
      )}
      {overlay === 'renameModel' && (
        <PromptDialog
          title="Rename model"
          label="Name"
          initial={editor.document.getState().doc.name}
          confirmLabel="Rename"
          requiredMessage="A model needs a name."
          onCancel={close}
          onConfirm={(name) => {
            close();
            const refused = editor.document.getState().apply((doc) => renameModel(doc, name));
            if (refused) notify('refusal', refused);
          }}
        />
      )}
      {overlay === 'saveVersion' && library && (
        <PromptDialog
          title="Save version"
          label="Label"
          initial=""
          hint="A version keeps the model as it is now, for example “before the workshop”. Restore it any time from File › Versions…"
          confirmLabel="Save version"
          requiredMessage="Give the version a label, so you can find it again."
          onCancel={close}
          onConfirm={(label) => {
            close();
            library.versions.saveVersion(editor.document.getState().doc, label).then(
              (version) => notify('info', `Saved version “${version.label}”.`),
              (error: unknown) =>
                notify('error', `Saving the version failed. ${describeStorageError(error).message}`),
            );
          }}
        />
      )}
      {overlay === 'versions' && library && (
        <VersionsDialog library={library} editor={editor} onClose={close} />
      )}
    </>
  );
}
