/** Free text, long text, number or date: typed into a draft, committed on Enter or leaving the field. */
import { useId, type KeyboardEvent } from 'react';
import { FieldRow } from './FieldRow';
import { MIXED, type FieldValue } from './multiEdit';
import { MIXED_TEXT, type FieldEditorProps } from './fieldProps';
import { useDraft } from './useDraft';

export function TextField({ field, value, onCommit }: FieldEditorProps) {
  const id = useId();
  const mixed = value === MIXED;
  const stored = mixed ? '' : value;
  const draft = useDraft(stored);
  const commit = () => {
    // A mixed field left empty keeps everyone's own value.
    if (draft.text === stored || (mixed && draft.text === '')) return;
    onCommit(draft.text.trim() === '' ? '' : draft.text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const multiline = event.currentTarget instanceof HTMLTextAreaElement;
    if (event.key === 'Escape') {
      // Back to the stored value; the field keeps focus so leaving it commits nothing.
      draft.revert();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    className: 'prop-input',
    value: draft.text,
    placeholder: mixed ? MIXED_TEXT : undefined,
    maxLength: field.maxLength,
    'aria-required': field.required,
    onChange: (event: { target: { value: string } }) => draft.setText(event.target.value),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldRow id={id} label={field.label} required={field.required} hint={hintOf(field.maxLength, value)}>
      {field.type === 'text' ? (
        <textarea {...common} rows={2} />
      ) : (
        <input {...common} type={field.type === 'number' || field.type === 'date' ? field.type : 'text'} />
      )}
    </FieldRow>
  );
}

function hintOf(maxLength: number | undefined, value: FieldValue): string | undefined {
  if (value === MIXED) return 'The selected elements have different values';
  return maxLength !== undefined ? `At most ${maxLength} characters` : undefined;
}
