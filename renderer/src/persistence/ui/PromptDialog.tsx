/** Asks for one line of text (a model name, a version label); Enter confirms, Escape cancels. */
import { useId, useState } from 'react';
import { ModalDialog } from './ModalDialog';

export function PromptDialog(props: {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  /** Shown under the field. */
  hint?: string;
  /** An empty answer is refused with this text; unset: empty is allowed. */
  requiredMessage?: string;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const confirm = () => {
    if (props.requiredMessage && value.trim() === '') {
      setError(props.requiredMessage);
      return;
    }
    props.onConfirm(value.trim());
  };
  return (
    <ModalDialog
      title={props.title}
      open
      onCancel={props.onCancel}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <label className="prompt-field">
        <span>{props.label}</span>
        <input
          type="text"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
      </label>
      {props.hint && <p className="prompt-hint muted">{props.hint}</p>}
      {error && (
        <p id={errorId} className="prompt-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
