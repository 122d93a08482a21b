/**
 * Cut, copy and paste through the system clipboard's own events, so the
 * keyboard, the native Edit menu and other windows all work; text fields keep
 * their normal behaviour.
 */
import { useEffect } from 'react';
import { extractFragment } from '@shared/model/extractFragment';
import { fragmentFromText, fragmentToText } from '@shared/model/fragmentText';
import { pasteFragmentInto } from '../canvas/pasteFragmentInto';
import { deleteSelection } from './editActions';
import { runAction } from './registry';
import type { ActionContext } from './types';

function inTextField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && (active.isContentEditable || ['INPUT', 'TEXTAREA'].includes(active.tagName));
}

export function useClipboard(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const { editor } = ctx;
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (inTextField() || !event.clipboardData) return;
      const session = editor.session.getState();
      if (session.selectedElements.size === 0) return;
      const fragment = extractFragment(editor.document.getState().doc, session.activeViewId, [...session.selectedElements]);
      event.clipboardData.setData('text/plain', fragmentToText(fragment));
      event.preventDefault();
      if (cut) runAction(deleteSelection, ctx);
    };
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (inTextField() || !event.clipboardData) return;
      const fragment = fragmentFromText(event.clipboardData.getData('text/plain'));
      if (!fragment) return;
      event.preventDefault();
      pasteFragmentInto(editor, fragment);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
