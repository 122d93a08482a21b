/**
 * The unload journal. When a page is hidden for good (reload, close, quit),
 * an IndexedDB transaction begun in `pagehide` is usually aborted as the
 * document goes away, so the last edits (up to the autosave delay) would be
 * lost. localStorage writes synchronously, so at `pagehide` the window also
 * puts the rows it has not saved yet there (a change set, never the whole
 * model), under its own tab id. The next start applies each journal in one
 * transaction, guarded like every save:
 *
 * - the save begun at unload landed (its id is on the model row): nothing to do;
 * - the model is still at the journal's base revision: apply the changes from there;
 * - a save that was in flight at unload landed and nothing else did: apply the rest on top of it;
 * - anything else (another window saved since): the journal is not applied, and the user is told.
 *
 * A window that lives on (back from the back-forward cache) drops its journal
 * at its next save.
 */
import type { UnloadJournal } from './autosave';
import { applyChangeSet } from './changeSet';
import type { MapwrightDb } from './db';

const PREFIX = 'mapwright.unsaved.';

/** localStorage, where the page may use it. */
export function journalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export type JournalOutcome = 'applied' | 'already saved' | 'stale' | 'gone' | 'unreadable';

export interface RecoveredJournal {
  modelId: string | null;
  outcome: JournalOutcome;
}

/** Returns whether the journal was written (localStorage may be full or unavailable). */
export function writeJournal(storage: Storage | undefined, tabId: string, journal: UnloadJournal): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + tabId, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(storage: Storage | undefined, tabId: string): void {
  try {
    storage?.removeItem(PREFIX + tabId);
  } catch {
    // Nothing to clear.
  }
}

function isJournal(data: unknown): data is UnloadJournal {
  if (typeof data !== 'object' || data === null) return false;
  const j = data as Partial<UnloadJournal>;
  return (
    typeof j.modelId === 'string' &&
    typeof j.baseRevision === 'number' &&
    typeof j.finalSaveId === 'string' &&
    typeof j.fromBase === 'object' &&
    j.fromBase !== null &&
    j.fromBase.model?.id === j.modelId
  );
}

/** Applies one journal in one transaction, under the rules in the header. */
export async function applyJournal(
  db: MapwrightDb,
  journal: UnloadJournal,
  now: string,
): Promise<JournalOutcome> {
  return db.transaction('rw', db.contentTables(), async (): Promise<JournalOutcome> => {
    const stored = await db.models.get(journal.modelId);
    if (!stored || stored.deletedAt) return 'gone';
    if (stored.lastSaveId === journal.finalSaveId) return 'already saved';
    const stamp = {
      revision: stored.revision + 1,
      findingCount: journal.findingCount ?? stored.findingCount,
      updatedAt: now,
      saveId: journal.finalSaveId,
    };
    if (stored.revision === journal.baseRevision) {
      await applyChangeSet(db, journal.fromBase, stored, stamp);
      return 'applied';
    }
    const { inFlight } = journal;
    if (inFlight && stored.lastSaveId === inFlight.saveId && stored.revision === journal.baseRevision + 1) {
      await applyChangeSet(db, inFlight.fromInFlight, stored, stamp);
      return 'applied';
    }
    return 'stale';
  });
}

/** Applies and removes every journal left by windows that went away. */
export async function recoverJournals(
  db: MapwrightDb,
  storage: Storage | undefined,
  now: () => string = () => new Date().toISOString(),
): Promise<RecoveredJournal[]> {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const results: RecoveredJournal[] = [];
  for (const key of keys) {
    let data: unknown;
    try {
      data = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      data = null;
    }
    if (!isJournal(data)) {
      results.push({ modelId: null, outcome: 'unreadable' });
      storage.removeItem(key);
      continue;
    }
    // Removed only once applied (or judged): a failure here leaves it for the next start.
    const outcome = await applyJournal(db, data, now());
    storage.removeItem(key);
    results.push({ modelId: data.modelId, outcome });
  }
  return results;
}
