/** Matching "Mod+Shift+Z"-style shortcuts against keyboard events, and showing them. */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Combo {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: string): Combo {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key.toLowerCase(),
  };
}

export function matchesShortcut(event: KeyboardEvent, shortcut: string, mac = isMac): boolean {
  const combo = parse(shortcut);
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (combo.mod !== mod || combo.alt !== event.altKey) return false;
  const key = event.key.toLowerCase();
  // "?" and "=" are typed with Shift on many layouts: for them the key decides, not the Shift state.
  const shiftFree = combo.key === '?' || combo.key === '=' || combo.key === '+';
  if (!shiftFree && combo.shift !== event.shiftKey) return false;
  if (key === combo.key || (combo.key === '=' && key === '+')) return true;
  // With Option held, macOS types a symbol ("¬" for Option+L): letters of Alt shortcuts are matched by key position.
  return combo.alt && /^[a-z]$/.test(combo.key) && event.code === `Key${combo.key.toUpperCase()}`;
}

export function formatShortcut(shortcut: string, mac = isMac): string {
  return shortcut
    .split('+')
    .map((part) => {
      if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
      if (part === 'Shift') return mac ? '⇧' : 'Shift';
      if (part === 'Alt') return mac ? '⌥' : 'Alt';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join(mac ? '' : '+');
}
