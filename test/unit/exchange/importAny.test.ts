/** importAny: recognising the format from the content, and refusing what is too big or not a format at all. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  DEFAULT_LIMITS,
  exportCsvZip,
  exportImportSet,
  exportImportSetZip,
  exportIre,
  importAny,
  importFiles,
  saveNative,
  type ImportResult,
} from '../../../shared/exchange';
import { nativeModel } from '../../../shared/exchange/native/saveNative';
import { fixture, servicenow } from './support/files';
import { runStageModel } from './support/runStageModel';

const doc = runStageModel();

function format(result: ImportResult): string {
  return result.ok ? result.format : `error: ${result.error}`;
}

function error(result: ImportResult): string {
  if (result.ok) return expect.fail('expected a refusal');
  return result.error;
}

/** Sets the uncompressed size every central directory entry of a zip declares. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('recognising the format', () => {
  it.each<[string, () => string | Uint8Array, string | undefined, string]>([
    ['a native file', () => saveNative(doc), 'm.csdm.json', 'native'],
    ['a bare model (version 0)', () => fixture('legacy-v0.json'), 'legacy.json', 'native'],
    ['an IRE payload', () => JSON.stringify(exportIre(doc, CATALOGUE)), 'payload.json', 'ire'],
    ["ServiceNow's IRE request", () => servicenow('ire_rest_request_0.json'), undefined, 'ire'],
    ['an import-set bundle zip', () => exportImportSetZip(doc, CATALOGUE), 'bundle.zip', 'importset'],
    ['a CSV bundle zip', () => exportCsvZip(doc, CATALOGUE), 'bundle.zip', 'csv'],
    [
      'one import-set table',
      () => '{"records":[{"correlation_id":"x","name":"web"}]}',
      'cmdb_ci_win_server.json',
      'importset',
    ],
    [
      'one Table API export',
      () => '{"result":[{"sys_id":"1","name":"web"}]}',
      'cmdb_ci_win_server.json',
      'tableapi',
    ],
    [
      'a zip holding one native file',
      () => zipSync({ 'model.csdm.json': strToU8(saveNative(doc)) }),
      'm.zip',
      'native',
    ],
    [
      'UTF-8 bytes with a byte order mark',
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(saveNative(doc))]),
      undefined,
      'native',
    ],
  ])('%s', (_, input, fileName, expected) => {
    expect(format(importAny(input(), fileName ? { fileName } : {}))).toBe(expected);
  });

  it.each<[string, string | Uint8Array, string | undefined, RegExp]>([
    [
      'an IRE response',
      servicenow('ire_rest_response_0.json'),
      'response.json',
      /is an IRE response, not a model/,
    ],
    [
      'a bundle manifest alone',
      strToU8(JSON.stringify(exportImportSet(doc, CATALOGUE).manifest)),
      'manifest.json',
      /is the manifest of a bundle: open the whole bundle/,
    ],
    [
      'other JSON',
      '{"nodes": [], "edges": []}',
      'graph.json',
      /^graph\.json is not a format Mapwright reads .* an object with “nodes”, “edges”\.$/,
    ],
    ['a JSON number', '42', undefined, /^The input is not a format Mapwright reads .* it holds a number\.$/],
    ['an empty file', '   ', 'empty.json', /^empty\.json is empty\.$/],
    ['not JSON', 'name,type\nx,y', 'notes.txt', /^notes\.txt is not valid JSON/],
    [
      'binary noise',
      new Uint8Array([0, 159, 146, 150, 255, 1, 2]),
      'noise.bin',
      /^noise\.bin is not valid JSON/,
    ],
    ['records without a table name', '{"records": []}', 'rows.json', /its file name must be the table's/],
  ])('refuses %s', (_, input, fileName, message) => {
    expect(error(importAny(input, fileName ? { fileName } : {}))).toMatch(message);
  });
});

describe('size limits', () => {
  it('refuses input over 100 MB by default, and over a configured limit', () => {
    expect(DEFAULT_LIMITS.maxInputBytes).toBe(100 * 1024 * 1024);
    expect(
      error(importAny(saveNative(doc), { fileName: 'big.csdm.json', limits: { maxInputBytes: 1000 } })),
    ).toMatch(/^big\.csdm\.json is 12\.\d KB, over the import limit of 1000 bytes; it was not read\.$/);
    expect(
      error(
        importFiles([{ path: 'a.json', bytes: new Uint8Array(2000) }], {
          fileName: 'folder',
          limits: { maxInputBytes: 1000 },
        }),
      ),
    ).toMatch(/over the import limit/);
  });

  it('refuses a zip entry that would unpack beyond the entry limit (a zip bomb)', () => {
    const bomb = zipSync({ 'cmdb_ci_linux_server.json': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(error(importAny(bomb, { fileName: 'bomb.zip', limits: { maxEntryBytes: 1024 * 1024 } }))).toBe(
      'bomb.zip: cmdb_ci_linux_server.json would unpack to 8 MB, over the limit of 1 MB; it was not opened.',
    );
  });

  it('refuses a zip whose entries together unpack beyond the total limit', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`t${i}.json`, new Uint8Array(300_000)]),
    );
    expect(
      error(importAny(zipSync(entries), { fileName: 'many.zip', limits: { maxTotalBytes: 1_000_000 } })),
    ).toBe('many.zip would unpack to more than 976.6 KB; it was not opened.');
  });

  it('refuses a zip with too many entries', () => {
    const entries = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`t${i}.json`, strToU8('{}')]));
    expect(error(importAny(zipSync(entries), { fileName: 'lots.zip', limits: { maxEntries: 5 } }))).toBe(
      'lots.zip holds more than 5 files; it was not opened.',
    );
  });

  it('refuses a zip declaring a huge size before unpacking anything', () => {
    const lying = declareSize(exportImportSetZip(doc, CATALOGUE), 0xfffffff0);
    expect(error(importAny(lying, { fileName: 'lying.zip' }))).toMatch(
      /^lying\.zip: manifest\.json would unpack to 4096 MB, over the limit of 200 MB/,
    );
  });

  it('never unpacks an entry past the size it declares: one that would is cut short and refused as unreadable', () => {
    const zip = zipSync({ 'model.csdm.json': strToU8(saveNative(doc)) });
    expect(error(importAny(declareSize(zip, 100), { fileName: 'short.zip' }))).toMatch(
      /^short\.zip: model\.csdm\.json is not valid JSON/,
    );
  });

  it('refuses a truncated or corrupted zip as unreadable', () => {
    const zip = exportImportSetZip(doc, CATALOGUE);
    expect(error(importAny(zip.slice(0, zip.length - 30), { fileName: 'cut.zip' }))).toBe(
      'cut.zip is not a readable zip file.',
    );
  });
});

describe('sets of files', () => {
  it('refuses two files of one name in a bundle', () => {
    const files = exportImportSet(doc, CATALOGUE).files;
    const twice = [...files, { path: 'copy/sys_user.json', bytes: files[1]!.bytes }];
    expect(error(importFiles(twice, { fileName: 'bundle' }))).toBe(
      'bundle: The bundle holds two files named sys_user.json.',
    );
  });

  it('opens a folder holding one native file', () => {
    const result = importFiles([{ path: 'payroll.csdm.json', bytes: strToU8(saveNative(doc)) }], {
      fileName: 'models',
    });
    expect(result.ok && result.doc).toEqual(doc);
  });

  it('refuses a folder mixing formats', () => {
    const files = [
      { path: 'a.json', bytes: strToU8('{"result": []}') },
      { path: 'b.json', bytes: strToU8(JSON.stringify(nativeModel(doc))) },
    ];
    expect(error(importFiles(files, { fileName: 'mixed' }))).toMatch(
      /^mixed mixes files Mapwright cannot read together/,
    );
  });
});
