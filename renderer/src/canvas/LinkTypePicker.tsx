/** When a drawn connection fits more than one link type, the user picks one. */
import { CATALOGUE } from '@shared/csdm';
import { useEditor, useSession } from '../editor/EditorContext';
import { Dialog } from '../app/Dialog';
import { createLink } from './useConnecting';

export function LinkTypePicker() {
  const editor = useEditor();
  const pending = useSession((state) => state.pendingConnection);
  const close = () => editor.session.getState().setPendingConnection(null);
  const { doc } = editor.document.getState();
  return (
    <Dialog title="Which link?" open={pending !== null} onClose={close}>
      <p>More than one CSDM link fits these two elements. Choose one:</p>
      <div className="choice-list" role="group" aria-label="Link types">
        {pending?.options.map((option) => {
          const from = doc.elements[option.from]?.name ?? '';
          const to = doc.elements[option.to]?.name ?? '';
          const label = CATALOGUE.linkTypes[option.rule.type]?.label ?? option.rule.type;
          return (
            <button
              key={`${option.from}-${option.to}-${option.rule.type}`}
              type="button"
              className="button choice"
              onClick={() => createLink(editor, option)}
            >
              <strong>{from}</strong> {label} <strong>{to}</strong>
              <span className="muted"> ({option.rule.type})</span>
            </button>
          );
        })}
      </div>
    </Dialog>
  );
}
