/** Moving through a menu from the keyboard, the same in the menus of the bar and in a submenu. */

/** The index `index` steps round a list of `length` items (arrow keys go round). */
export const wrap = (index: number, length: number): number => (index + length) % length;

/** Whether a key types a letter (no Ctrl, Cmd or Alt): menus jump to the next item starting with it. */
export function isTypeAheadKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** The next label after `from` (going round) that starts with `letter`, whatever its case. */
export function nextByLetter(labels: readonly string[], from: number, letter: string): number | undefined {
  const wanted = letter.toLowerCase();
  return [...labels.keys()]
    .map((offset) => wrap(from + 1 + offset, labels.length))
    .find((index) => labels[index]?.toLowerCase().startsWith(wanted));
}
