/** A modal dialog on the native <dialog> element: focus trapping and Escape come with it. */
import { useEffect, useRef, type ReactNode } from 'react';

export function Dialog(props: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
  /** Extra class for the <dialog>, e.g. to make it wider. */
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      aria-label={props.title}
      onClose={props.onClose}
    >
      <h2 className="dialog-title">{props.title}</h2>
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">
        {props.actions}
        <button type="button" className="button" onClick={props.onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
