/** A choice list field: the list's labels, "—" for none; a stored value the list lacks (imported) stays visible. */
import { useId } from 'react';
import { CATALOGUE, type Choice } from '@shared/csdm';
import { FieldRow } from './FieldRow';
import { MIXED } from './multiEdit';
import { MIXED_TEXT, type FieldEditorProps } from './fieldProps';

const MIXED_OPTION = '\u0000mixed';

export function ChoiceSelect(props: {
  id: string;
  value: FieldEditorProps['value'];
  choices: readonly Choice[];
  onCommit: (value: string) => void;
  disabled?: boolean;
  /** Shown on a stored value the list does not offer. */
  unknownNote?: string;
}) {
  const { id, value, choices, onCommit } = props;
  const unknown = value !== MIXED && value !== '' && !choices.some((choice) => choice.value === value);
  return (
    <select
      id={id}
      className={`prop-input${unknown ? ' is-invalid' : ''}`}
      value={value === MIXED ? MIXED_OPTION : value}
      disabled={props.disabled}
      onChange={(event) => {
        if (event.target.value !== MIXED_OPTION) onCommit(event.target.value);
      }}
    >
      {value === MIXED && (
        <option value={MIXED_OPTION} disabled>
          {MIXED_TEXT}
        </option>
      )}
      <option value="">—</option>
      {unknown && (
        <option value={value}>
          {value} ({props.unknownNote ?? 'not a choice'})
        </option>
      )}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

export function ChoiceField({ field, value, onCommit }: FieldEditorProps) {
  const id = useId();
  const choices = (field.choiceList && CATALOGUE.choiceLists[field.choiceList]) || [];
  return (
    <FieldRow id={id} label={field.label} required={field.required}>
      <ChoiceSelect id={id} value={value} choices={choices} onCommit={onCommit} />
    </FieldRow>
  );
}
