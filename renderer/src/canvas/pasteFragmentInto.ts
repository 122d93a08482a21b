/** Paste (or duplicate) a fragment into the active view with new ids, and select what arrived. */
import { CATALOGUE } from '@shared/csdm';
import { newId } from '@shared/model/ids';
import { pasteFragment } from '@shared/model/pasteFragment';
import type { ModelDocument, ModelFragment, OpResult } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';

/** Pasted copies sit a little below and right of their originals, like every drawing tool. */
const PASTE_OFFSET = { x: 32, y: 32 };

export function pasteFragmentInto(editor: Editor, fragment: ModelFragment): void {
  const session = editor.session.getState();
  let pastedIds: string[] = [];
  const refusal = editor.document.getState().apply((doc: ModelDocument): OpResult => {
    const result = pasteFragment(doc, CATALOGUE, fragment, {
      newId: () => newId(),
      viewId: session.activeViewId,
      offset: PASTE_OFFSET,
    });
    if (result.ok) pastedIds = fragment.elements.flatMap((element) => result.idMap[element.id] ?? []);
    return result;
  });
  if (refusal) session.notify('refusal', refusal);
  else session.select(pastedIds);
}
