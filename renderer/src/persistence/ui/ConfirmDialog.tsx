/** A yes/no question before something that takes work away (delete a model, delete a version). */
import { useRef, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // The safe answer has the focus: Enter on a reflex does not delete.
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={props.title}
      open
      role="alertdialog"
      onCancel={props.onCancel}
      initialFocus={cancel}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={props.danger ? 'button danger' : 'button primary'}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
    </ModalDialog>
  );
}
