/**
 * Opening the local library: the database (upgraded if this Mapwright is
 * newer), the repository and version store on it, and the channel to other
 * windows. An upgrade waits while an older window keeps the database open;
 * the caller hears about it at once ("close other windows") and the open
 * finishes by itself when that window closes.
 */
import type { DexieOptions } from 'dexie';
import { DB_NAME, MapwrightDb } from './db';
import { UpgradeBlockedError } from './errors';
import { ModelRepository } from './repository';
import { createTabChannel, type TabChannel } from './tabSync';
import { VersionStore } from './versions';

export interface Library {
  db: MapwrightDb;
  models: ModelRepository;
  versions: VersionStore;
  channel: TabChannel;
}

export interface OpenLibraryEvents {
  /** The upgrade waits for another window to close. */
  onBlocked?: (error: UpgradeBlockedError) => void;
  /** A newer Mapwright in another window upgraded the database; this window's connection closed. */
  onVersionChange?: () => void;
}

export async function openLibraryDb(
  options: DexieOptions = {},
  onBlocked?: (error: UpgradeBlockedError) => void,
  name: string = DB_NAME,
): Promise<MapwrightDb> {
  const db = new MapwrightDb(name, options);
  db.on('blocked', () => onBlocked?.(new UpgradeBlockedError()));
  await db.open();
  return db;
}

export async function openLibrary(
  events: OpenLibraryEvents = {},
  options: DexieOptions = {},
): Promise<Library> {
  const db = await openLibraryDb(options, events.onBlocked);
  // Dexie's default answer to another window's upgrade is to close this connection; we also tell the user.
  db.on('versionchange', () => {
    events.onVersionChange?.();
  });
  return { db, models: new ModelRepository(db), versions: new VersionStore(db), channel: createTabChannel() };
}
