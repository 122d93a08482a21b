/**
 * Local text while the user types: the document changes once, on commit, so
 * typing is not an undo step per keystroke. When the stored value changes
 * underneath (undo, another edit), the draft follows it.
 */
import { useState } from 'react';

export interface Draft {
  text: string;
  setText: (text: string) => void;
  /** Back to the stored value (Escape, or a refused commit). */
  revert: () => void;
}

export function useDraft(value: string): Draft {
  const [text, setText] = useState(value);
  const [base, setBase] = useState(value);
  if (base !== value) {
    setBase(value);
    setText(value);
  }
  return { text, setText, revert: () => setText(value) };
}
