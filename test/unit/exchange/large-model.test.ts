/** A 10,000-element model through every format and back; speed is measured by hand (see the README), not asserted closely here. */
import { isDeepStrictEqual } from 'node:util';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  exportImportSet,
  exportImportSetZip,
  exportIre,
  importAny,
  openNative,
  preflight,
  saveNative,
  type ExportFile,
} from '../../../shared/exchange';
import { buildLargeModel } from '../../support/large-model';

const NOW = '2026-03-01T12:00:00.000Z';

describe('a 10,000-element model', () => {
  const doc = buildLargeModel(10_000);

  it('round-trips through the IRE payload, the import-set zip and the native file', () => {
    // node's deep equality: the test runner's own is slow on structures this size.
    const payload = exportIre(doc, CATALOGUE);
    const fromIre = importAny(JSON.stringify(payload), { csdmVersion: doc.settings.csdmVersion });
    expect(fromIre.ok && isDeepStrictEqual(exportIre(fromIre.doc, CATALOGUE), payload)).toBe(true);

    const tables = (files: ExportFile[]) => files.slice(1).map((f) => `${f.path}\n${strFromU8(f.bytes)}`);
    const bundle = tables(exportImportSet(doc, CATALOGUE, { now: NOW }).files);
    const fromZip = importAny(exportImportSetZip(doc, CATALOGUE, { now: NOW }), { fileName: 'large.zip' });
    expect(
      fromZip.ok &&
        isDeepStrictEqual(tables(exportImportSet(fromZip.doc, CATALOGUE, { now: NOW }).files), bundle),
    ).toBe(true);

    const opened = openNative(saveNative(doc), CATALOGUE);
    expect(opened.ok && isDeepStrictEqual(opened.doc, doc)).toBe(true);
  }, 60_000);

  it('pre-flights in well under the time users wait for an export dialog', () => {
    const start = performance.now();
    const issues = preflight(doc, CATALOGUE, 'ire');
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(issues.some((i) => i.code === 'duplicate-name')).toBe(true);
  });
});
