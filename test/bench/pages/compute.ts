/**
 * The compute page: generates models, seeds the app's library through the
 * app's own repository, and times the shared code (validation, exchange)
 * in this production build. Every timing is taken here, in the page.
 */
import { Dexie } from 'dexie';
import { CATALOGUE } from '@shared/csdm';
import { exportImportSetZip, exportIre } from '@shared/exchange';
import { diffDocuments } from '@shared/model/diffDocuments';
import { renameElement } from '@shared/model/renameElement';
import type { ModelDocument } from '@shared/model/types';
import { validate, validateIncremental } from '@shared/validation';
import { SCHEMA_V2 } from '../../../renderer/src/persistence/db';
import { openLibraryDb } from '../../../renderer/src/persistence/openLibrary';
import { ModelRepository } from '../../../renderer/src/persistence/repository';
import { allRows, modelRow } from '../../../renderer/src/persistence/rows';
import { buildPlacedModel } from '../../support/large-model';
import { STASH, type ComputeApi } from './api';

const models = new Map<string, ModelDocument>();
const encoder = new TextEncoder();

function model(id: string): ModelDocument {
  const doc = models.get(id);
  if (!doc) throw new Error(`No generated model ${id}`);
  return doc;
}

/** Collects garbage between repetitions when the browser allows it (--js-flags=--expose-gc). */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function time(run: () => void): number {
  settle();
  const start = performance.now();
  run();
  return performance.now() - start;
}

function repeat<T>(reps: number, run: () => T): { ms: number[]; last: T } {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < reps; i++) ms.push(time(() => (last = run())));
  return { ms, last: last as T };
}

let library: Promise<ModelRepository> | null = null;
const repository = (): Promise<ModelRepository> =>
  (library ??= openLibraryDb().then((db) => new ModelRepository(db)));

const api: ComputeApi = {
  generate(size, id) {
    const doc = buildPlacedModel(size, { id, name: `Bench ${size}` });
    models.set(id, doc);
    const view = doc.views[doc.viewOrder[0] ?? ''];
    return {
      elements: Object.keys(doc.elements).length,
      links: Object.keys(doc.links).length,
      placements: view ? Object.keys(view.placements).length : 0,
    };
  },

  async seed(id) {
    const start = performance.now();
    await (await repository()).createModel(model(id));
    return performance.now() - start;
  },

  async removeStored(id) {
    const { db } = await repository();
    await db.transaction('rw', db.contentTables(), async () => {
      for (const table of [db.elements, db.links, db.views, db.placements]) {
        await table.where('modelId').equals(id).delete();
      }
      await db.models.delete(id);
    });
  },

  validateFull(id, reps) {
    const doc = model(id);
    const { ms, last } = repeat(reps, () => validate(doc, CATALOGUE));
    return { ms, findings: last.findings.length };
  },

  validateIncremental(id, reps) {
    let doc = model(id);
    let result = validate(doc, CATALOGUE);
    const ids = Object.keys(doc.elements);
    const reDiff: number[] = [];
    const withDiff: number[] = [];
    const diffMs: number[] = [];
    for (let i = 0; i < 2 * reps; i++) {
      // A rename in the middle of the model: the name index and duplicate-name rule have work to do.
      const target = ids[Math.floor(ids.length / 2) + i] ?? '';
      const edited = renameElement(doc, target, `Renamed ${i}`);
      if (!edited.ok) throw new Error(edited.reason);
      const prevDoc = doc;
      const prevResult = result;
      doc = edited.doc;
      if (i < reps) {
        reDiff.push(time(() => (result = validateIncremental(prevResult, prevDoc, doc, CATALOGUE))));
      } else {
        let diff = diffDocuments(prevDoc, doc);
        diffMs.push(time(() => (diff = diffDocuments(prevDoc, doc))));
        withDiff.push(
          time(() => (result = validateIncremental(prevResult, prevDoc, doc, CATALOGUE, { diff }))),
        );
      }
    }
    return { reDiff, withDiff, diff: diffMs };
  },

  exportIre(id, reps) {
    const doc = model(id);
    // What a user gets: the payload as the file's text (the CLI writes it the same way).
    const { ms, last } = repeat(reps, () => `${JSON.stringify(exportIre(doc, CATALOGUE), null, 2)}\n`);
    return { ms, bytes: encoder.encode(last).length };
  },

  exportBundle(id, reps) {
    const doc = model(id);
    const now = new Date().toISOString();
    const { ms, last } = repeat(reps, () => exportImportSetZip(doc, CATALOGUE, { now }));
    return { ms, bytes: last.length };
  },

  stringify(id, reps) {
    const doc = model(id);
    const { ms, last } = repeat(reps, () => JSON.stringify(doc));
    return { ms, bytes: encoder.encode(last).length };
  },

  async stashIre(id, url) {
    const text = `${JSON.stringify(exportIre(model(id), CATALOGUE), null, 2)}\n`;
    const cache = await caches.open(STASH);
    await cache.put(url, new Response(text, { headers: { 'content-type': 'application/json' } }));
    return encoder.encode(text).length;
  },

  async bulkPut(id, reps) {
    const doc = model(id);
    const rows = allRows(doc);
    const row = modelRow(doc, { revision: 1, findingCount: 0, updatedAt: new Date().toISOString() });
    // The app's schema and durability, without the app's code.
    const raw = new Dexie('mapwright-bench-raw', { chromeTransactionDurability: 'strict' });
    raw.version(1).stores(SCHEMA_V2);
    await raw.open();
    const tables = ['models', 'elements', 'links', 'views', 'placements'].map((name) => raw.table(name));
    const ms: number[] = [];
    try {
      for (let i = 0; i < reps; i++) {
        await raw.transaction('rw', tables, async () => {
          for (const table of tables) await table.clear();
        });
        settle();
        const start = performance.now();
        await raw.transaction('rw', tables, async () => {
          await raw.table('models').put(row);
          await raw.table('elements').bulkPut(rows.elements);
          await raw.table('links').bulkPut(rows.links);
          await raw.table('views').bulkPut(rows.views);
          await raw.table('placements').bulkPut(rows.placements);
        });
        ms.push(performance.now() - start);
      }
    } finally {
      raw.close();
      await Dexie.delete('mapwright-bench-raw');
    }
    return ms;
  },

  drop(id) {
    models.delete(id);
  },
};

window.__bench = api;
