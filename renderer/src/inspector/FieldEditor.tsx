/** The right input for a catalogue field: text, long text, number, date, choice list or reference. */
import { ChoiceField } from './ChoiceField';
import { ReadOnlyField } from './ReadOnlyField';
import { ReferenceField } from './ReferenceField';
import { TextField } from './TextField';
import type { FieldEditorProps } from './fieldProps';

export function FieldEditor(props: FieldEditorProps) {
  if (props.field.readOnly) return <ReadOnlyField field={props.field} value={props.value} />;
  switch (props.field.type) {
    case 'choice':
      return <ChoiceField {...props} />;
    case 'reference':
      return <ReferenceField {...props} />;
    case 'string':
    case 'text':
    case 'number':
    case 'date':
      return <TextField {...props} />;
  }
}
