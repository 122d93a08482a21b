/**
 * Round trips over generated models: export -> import -> export gives the
 * same IRE payload, the same import-set bundle and the same CSV bundle; the
 * native file gives back the identical model.
 */
import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  exportCsv,
  exportImportSet,
  exportIre,
  importAny,
  importFiles,
  openNative,
  saveNative,
  zipFiles,
  type ExportFile,
} from '../../../shared/exchange';
import { checkInvariants } from '../../../shared/model/checkInvariants';
import type { ModelDocument } from '../../../shared/model/types';
import { counterIds, modelArbitrary } from './support/arbitraries';

const NOW = '2026-03-01T12:00:00.000Z';

function imported(result: ReturnType<typeof importAny>): ModelDocument {
  if (!result.ok) return expect.fail(result.error);
  expect(checkInvariants(result.doc, CATALOGUE, { structuralOnly: true })).toEqual([]);
  return result.doc;
}

/** Files as text, the manifest's model id (a new document gets a new id) set aside. */
function texts(files: readonly ExportFile[]): Record<string, string> {
  return Object.fromEntries(
    files.map((f) => {
      const text = strFromU8(f.bytes);
      if (f.path !== 'manifest.json') return [f.path, text];
      const manifest = JSON.parse(text) as { model: { id: string } };
      manifest.model.id = '(model id)';
      return [f.path, JSON.stringify(manifest)];
    }),
  );
}

describe('round trips of generated models', () => {
  it('IRE payload: export -> import -> export is the same payload', () => {
    fc.assert(
      fc.property(modelArbitrary(), (doc) => {
        const first = exportIre(doc, CATALOGUE);
        const again = imported(
          importAny(JSON.stringify(first), {
            fileName: 'payload.json',
            newId: counterIds(),
            now: NOW,
            csdmVersion: doc.settings.csdmVersion,
          }),
        );
        expect(exportIre(again, CATALOGUE)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('import-set bundle (folder and zip): export -> import -> export is the same bundle', () => {
    fc.assert(
      fc.property(modelArbitrary(), fc.boolean(), (doc, asZip) => {
        const first = exportImportSet(doc, CATALOGUE, { now: NOW });
        const result = asZip
          ? importAny(zipFiles(first.files), { fileName: 'bundle.zip', newId: counterIds(), now: NOW })
          : importFiles(first.files, { fileName: 'bundle', newId: counterIds(), now: NOW });
        const again = imported(result);
        expect(texts(exportImportSet(again, CATALOGUE, { now: NOW }).files)).toEqual(texts(first.files));
        expect(again.settings).toEqual(doc.settings);
      }),
      { numRuns: 120 },
    );
  });

  it('CSV bundle: export -> import -> export is the same bundle', () => {
    fc.assert(
      fc.property(modelArbitrary(), (doc) => {
        const first = exportCsv(doc, CATALOGUE, { now: NOW });
        const again = imported(importFiles(first.files, { fileName: 'csv', newId: counterIds(), now: NOW }));
        expect(texts(exportCsv(again, CATALOGUE, { now: NOW }).files)).toEqual(texts(first.files));
      }),
      { numRuns: 100 },
    );
  });

  it('native file: save -> open gives the identical model, and saving it again the same text', () => {
    fc.assert(
      fc.property(modelArbitrary(), (doc) => {
        const text = saveNative(doc);
        const opened = openNative(text, CATALOGUE);
        if (!opened.ok) return expect.fail(opened.error);
        expect(opened.doc).toEqual(doc);
        expect(saveNative(opened.doc)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
