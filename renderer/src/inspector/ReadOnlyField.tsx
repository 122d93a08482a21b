/** A field the kind or ServiceNow sets (service classification): shown, selectable, not editable. */
import { useId } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { FieldRow } from './FieldRow';
import { MIXED } from './multiEdit';
import { MIXED_TEXT, type FieldEditorProps } from './fieldProps';

export function ReadOnlyField({ field, value }: Pick<FieldEditorProps, 'field' | 'value'>) {
  const id = useId();
  const choices = field.choiceList ? CATALOGUE.choiceLists[field.choiceList] : undefined;
  const text =
    value === MIXED ? MIXED_TEXT : (choices?.find((choice) => choice.value === value)?.label ?? value) || '—';
  return (
    <FieldRow
      id={id}
      label={field.label}
      hint={`${field.label} is set by ServiceNow or follows from the class`}
    >
      <input id={id} className="prop-input is-readonly" value={text} readOnly aria-readonly />
    </FieldRow>
  );
}
