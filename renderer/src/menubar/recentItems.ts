/**
 * The items of File › Open recent, from the library's list of recently
 * opened models: up to eight, most recent first, without the model open in
 * this window (it is already in front of the user), then "Clear recently
 * opened". Names are the users' own text: shown as text, never markup, and
 * shortened so a long one cannot stretch the menu across the screen.
 */
import type { Id } from '@shared/model/types';
import type { SubmenuItem } from './submenu';

export const RECENT_IN_MENU = 8;
/** Characters of a name shown before it is cut with "…" (the native menu takes at most 100). */
export const RECENT_LABEL_LENGTH = 50;
export const CLEAR_RECENT_ID = 'file.clearRecent';
const OPEN_RECENT_PREFIX = 'file.openRecent.';

export interface RecentModel {
  id: Id;
  name: string;
}

export interface RecentCommands {
  open: (id: Id) => void;
  clear: () => void;
}

export function recentItems(
  recent: readonly RecentModel[],
  openModelId: Id | null,
  commands: RecentCommands,
): SubmenuItem[] {
  const shown = new Set<string>();
  const models: SubmenuItem[] = [];
  for (const model of recent) {
    if (models.length === RECENT_IN_MENU) break;
    const id = recentCommandId(model.id);
    // Two model ids hashing alike (a 32-bit hash: about one chance in four billion) would make one item open the other's model.
    if (model.id === openModelId || shown.has(id)) continue;
    shown.add(id);
    const label = menuLabel(model.name);
    models.push({
      id,
      label,
      ...(label === model.name ? {} : { title: model.name }),
      enabled: true,
      run: () => commands.open(model.id),
    });
  }
  const clear: SubmenuItem = {
    id: CLEAR_RECENT_ID,
    label: 'Clear recently opened',
    enabled: models.length > 0,
    separateBefore: models.length > 0,
    run: commands.clear,
  };
  return [...models, clear];
}

/**
 * "file.openRecent." and seven letters hashed from the model id (FNV-1a):
 * menu command ids are letters and dots (shared/ipc/menu-commands.ts) and a
 * model id, from an imported file, can be anything. Derived from the model
 * rather than its place in the list, so a click on a menu drawn just before
 * the list changed still opens the model it showed.
 */
export function recentCommandId(modelId: Id): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < modelId.length; i += 1) {
    hash ^= modelId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let letters = '';
  for (let i = 0; i < 7; i += 1) {
    letters += String.fromCharCode(97 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return OPEN_RECENT_PREFIX + letters;
}

/**
 * A name as one line of menu text: line breaks and control characters (which
 * the native menu refuses) become spaces, and a long name is cut at a
 * character, not inside one, with "…".
 */
export function menuLabel(name: string, max = RECENT_LABEL_LENGTH): string {
  const line = name
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(line);
  if (characters.length === 0) return 'Untitled model';
  if (characters.length <= max) return line;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
