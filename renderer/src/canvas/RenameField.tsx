/** Rename in place: Enter or leaving the field commits, Escape cancels. */
import { useState } from 'react';
import { renameElement } from '@shared/model/renameElement';
import { useEditor } from '../editor/EditorContext';

export function RenameField({ elementId, name }: { elementId: string; name: string }) {
  const editor = useEditor();
  const [value, setValue] = useState(name);
  const finish = (commit: boolean) => {
    const session = editor.session.getState();
    if (session.renamingId !== elementId) return;
    session.startRenaming(null);
    if (!commit || value.trim() === name) return;
    const refusal = editor.document.getState().apply((doc) => renameElement(doc, elementId, value));
    if (refusal) session.notify('refusal', refusal);
  };
  return (
    <input
      className="element-node-rename nodrag nopan"
      aria-label="Name"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
    />
  );
}
