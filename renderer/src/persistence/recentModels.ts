/**
 * The library's recently opened models as a small external store, for
 * File › Open recent in both menus. A Dexie live query keeps it current when
 * a model is created, opened, renamed or deleted, in this window or another
 * (Dexie tells other windows itself). It reads only while someone listens:
 * the in-app menu bar in the browser build, the native menu's sync on the
 * desktop.
 */
import { liveQuery } from 'dexie';
import type { Library } from './openLibrary';
import type { ModelSummary } from './repository';

export interface RecentModels {
  /** The list as last read, most recently opened first; empty until the first read answers. */
  current(): readonly ModelSummary[];
  /**
   * Calls `onChange` when a model came, went, moved or was renamed: what the
   * menus show. Not for every save of the open model, which rewrites its row
   * (and so re-runs the query) a moment after each edit. Returns the
   * unsubscribe function.
   */
  subscribe(onChange: () => void): () => void;
}

const shown = (list: readonly ModelSummary[]) => JSON.stringify(list.map(({ id, name }) => [id, name]));

export function liveRecentModels(read: () => Promise<ModelSummary[]>): RecentModels {
  let list: readonly ModelSummary[] = [];
  const listeners = new Set<() => void>();
  let stopQuery: (() => void) | null = null;
  const start = () => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => {
        const changed = shown(value) !== shown(list);
        list = value;
        if (changed) listeners.forEach((listener) => listener());
      },
      // The last list stays; the start screen and the library dialog say what is wrong with storage.
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  };
  return {
    current: () => list,
    subscribe(onChange) {
      listeners.add(onChange);
      stopQuery ??= start();
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0) return;
        stopQuery?.();
        stopQuery = null;
      };
    },
  };
}

const NO_RECENT_MODELS: RecentModels = { current: () => [], subscribe: () => () => undefined };

/** One live list per library (per window), however many editors come and go; none without a library. */
const byLibrary = new WeakMap<Library, RecentModels>();

export function recentModelsOf(library: Library | null): RecentModels {
  if (!library) return NO_RECENT_MODELS;
  let recent = byLibrary.get(library);
  if (!recent) {
    recent = liveRecentModels(() => library.models.recentModels());
    byLibrary.set(library, recent);
  }
  return recent;
}
