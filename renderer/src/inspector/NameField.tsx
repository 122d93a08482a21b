/** The element's name: committed on Enter or leaving the field, Escape reverts, a refusal is told and reverted. */
import { useId } from 'react';
import { renameElement } from '@shared/model/renameElement';
import type { Element } from '@shared/model/types';
import { FieldRow } from './FieldRow';
import { useApply } from './useApply';
import { useDraft } from './useDraft';

export function NameField({ element }: { element: Element }) {
  const id = useId();
  const apply = useApply();
  const draft = useDraft(element.name);
  const commit = () => {
    if (draft.text === element.name) return;
    if (!apply((doc) => renameElement(doc, element.id, draft.text))) draft.revert();
    // Accepted with surrounding spaces: the stored (trimmed) name may equal the old one.
    else if (draft.text.trim() === element.name) draft.revert();
  };
  return (
    <FieldRow id={id} label="Name" required>
      <input
        id={id}
        className="prop-input prop-name"
        value={draft.text}
        aria-required
        spellCheck={false}
        onChange={(event) => draft.setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') draft.revert();
        }}
      />
    </FieldRow>
  );
}
