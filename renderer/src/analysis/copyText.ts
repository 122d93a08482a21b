/**
 * Put text on the clipboard from a user's click. Electron denies the
 * permission-based Clipboard API, so this copies the old way: a hidden
 * read-only textarea, selected, and `document.execCommand('copy')`. The app's
 * own copy listener leaves text fields alone, so it does not interfere.
 */
export function copyText(text: string, doc: Document = document): boolean {
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  doc.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus({ preventScroll: true });
  return copied;
}
