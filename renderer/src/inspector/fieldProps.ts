/** What every field editor of the inspector receives. */
import type { FieldDef } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import type { FieldValue } from './multiEdit';

export interface FieldEditorProps {
  field: FieldDef;
  /** The stored value ('' when empty), or MIXED across a multi-selection. */
  value: FieldValue;
  /** Set the field; '' clears it. */
  onCommit: (value: string) => void;
  /** The element being edited, never offered as its own reference. */
  selfId?: Id;
}

export const MIXED_TEXT = '(mixed)';
