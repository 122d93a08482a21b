/**
 * A modal dialog for persistence's questions (native <dialog>: focus stays
 * inside, Escape cancels). Unlike the app's general Dialog it has no built-in
 * Close button: each dialog names its own choices, and the first field or
 * the `initialFocus` element gets the focus. `dismissible: false` makes a
 * choice mandatory (Escape does nothing), for conflicts nothing may skip.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

export function ModalDialog(props: {
  title: string;
  open: boolean;
  onCancel: () => void;
  children: ReactNode;
  actions: ReactNode;
  /** Receives the focus on open; default: the first field, else the first button. */
  initialFocus?: RefObject<HTMLElement | null>;
  dismissible?: boolean;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  onSubmit?: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { open, initialFocus } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const target =
        initialFocus?.current ??
        dialog.querySelector<HTMLElement>('input, select, textarea') ??
        dialog.querySelector<HTMLElement>('.dialog-actions button');
      target?.focus();
      if (target instanceof HTMLInputElement) target.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);
  const dismissible = props.dismissible ?? true;
  // A form only where there is something to submit: dialogs opened from another dialog must not nest forms.
  const content = (
    <>
      <h2 className="dialog-title" id={titleId}>
        {props.title}
      </h2>
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">{props.actions}</div>
    </>
  );
  return (
    <dialog
      ref={ref}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      role={props.role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape in a dialog opened from this one is that dialog's.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        if (dismissible) props.onCancel();
      }}
    >
      {props.onSubmit ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            event.stopPropagation();
            props.onSubmit?.();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}
