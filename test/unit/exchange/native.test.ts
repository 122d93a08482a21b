/** The native file (*.csdm.json): stable text, schema-checked open, migrations from older versions. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  importAny,
  MIGRATIONS,
  NATIVE_EXTENSION,
  NATIVE_FORMAT,
  NATIVE_VERSION,
  openNative,
  saveNative,
} from '../../../shared/exchange';
import type { ModelDocument } from '../../../shared/model/types';
import { utf8 } from '../../../shared/exchange/common/text';
import { fixture } from './support/files';
import { runStageModel } from './support/runStageModel';

const doc = runStageModel();

function opened(input: string | Uint8Array): { doc: ModelDocument; migratedFrom?: number } {
  const result = openNative(input, CATALOGUE);
  if (!result.ok) return expect.fail(result.error);
  return result;
}

function refusal(input: unknown): string {
  const result = openNative(typeof input === 'string' ? input : JSON.stringify(input), CATALOGUE);
  if (result.ok) return expect.fail('expected the file to be refused');
  return result.error;
}

const wrap = (model: unknown) => ({ format: NATIVE_FORMAT, version: NATIVE_VERSION, model });

describe('saving', () => {
  it('writes the wrapper, pretty JSON with a final newline, the model as in the committed fixture', () => {
    const text = saveNative(doc);
    expect(NATIVE_EXTENSION).toBe('.csdm.json');
    expect(
      text.startsWith(
        '{\n  "format": "mapwright-model",\n  "version": 1,\n  "model": {\n    "id": "model-run",',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    // The committed fixture holds the same file (formatted by prettier, as the repository's JSON is).
    expect(JSON.parse(text)).toEqual(JSON.parse(fixture('run-stage.csdm.json')));
    const reopened = openNative(fixture('run-stage.csdm.json'), CATALOGUE);
    expect(reopened.ok && saveNative(reopened.doc)).toBe(text);
  });

  it('orders keys stably: the same model gives the same text however its records were inserted', () => {
    const reversed: ModelDocument = {
      ...doc,
      elements: Object.fromEntries(
        Object.entries(doc.elements)
          .reverse()
          .map(([id, e]) => [
            id,
            { ...e, attributes: Object.fromEntries(Object.entries(e.attributes).reverse()) },
          ]),
      ),
      links: Object.fromEntries(Object.entries(doc.links).reverse()),
    };
    expect(saveNative(reversed)).toBe(saveNative(doc));
    const keys = Object.keys((JSON.parse(saveNative(doc)) as { model: { elements: object } }).model.elements);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('opening', () => {
  it('gives back the identical model', () => {
    expect(opened(saveNative(doc))).toEqual({ ok: true, doc });
    expect(opened(utf8(saveNative(doc))).doc).toEqual(doc);
  });

  it('opens the wrapper however it was written (compact, any key order)', () => {
    expect(opened(JSON.stringify({ model: doc, version: 1, format: 'mapwright-model' })).doc).toEqual(doc);
  });

  it('opens models holding links CSDM does not allow (imported data), leaving them to validation', () => {
    const odd: ModelDocument = {
      ...doc,
      links: {
        ...doc.links,
        odd: { id: 'odd', type: 'IP Connection::IP Connection', from: 'srv', to: 'bs' },
      },
    };
    expect(opened(saveNative(odd)).doc.links['odd']).toBeDefined();
  });

  it('refuses a newer version, another format, and a broken wrapper, saying so', () => {
    expect(refusal({ ...wrap(doc), version: 2 })).toBe(
      'This model was saved by a newer Mapwright (file version 2); this one opens versions up to 1.',
    );
    expect(refusal({ ...wrap(doc), format: 'drawio' })).toBe(
      'format: this is a “drawio” file, not “mapwright-model”.',
    );
    expect(refusal({ ...wrap(doc), version: '1' })).toBe('version must be a whole number, not text.');
    expect(refusal({ format: NATIVE_FORMAT, version: 1 })).toBe('model: the file holds no model.');
    expect(refusal(wrap(7))).toMatch(/^This is not a valid Mapwright model: the model: /);
    expect(refusal({ ...wrap(doc), extra: true })).toMatch(/^the file: Unrecognized key/i);
    expect(refusal('')).toBe('The model file is empty.');
    expect(refusal('{"format": ')).toMatch(/^The model file is not valid JSON/);
    expect(refusal('[1]')).toBe('A Mapwright model file holds an object, not an array.');
  });

  it('names where the model is wrong', () => {
    const bad = structuredClone(doc) as unknown as { elements: Record<string, { kind: string }> };
    bad.elements['srv']!.kind = 'spaceship';
    expect(refusal(wrap(bad))).toMatch(/^This is not a valid Mapwright model: elements\.srv\.kind: /);
    const dangling = {
      ...doc,
      links: { ...doc.links, x: { id: 'x', type: 'Runs on::Runs', from: 'app', to: 'gone' } },
    };
    expect(refusal(wrap(dangling))).toMatch(
      /^This model does not hold together: link x ends at missing element gone/,
    );
  });
});

describe('migrations', () => {
  it('has a step from every older version to the current one', () => {
    for (let v = 0; v < NATIVE_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('opens version 0, a bare model document, as the current version', () => {
    const legacy = fixture('legacy-v0.json');
    const result = opened(legacy);
    expect(result.migratedFrom).toBe(0);
    expect(result.doc).toEqual(JSON.parse(legacy));
    expect(Object.keys(result.doc.elements).sort()).toEqual(['bo-emea', 'bs', 'si', 'srv']);
    // Saved again it is the current version.
    expect(JSON.parse(saveNative(result.doc))).toMatchObject({ format: NATIVE_FORMAT, version: 1 });
  });

  it('migrates version 0 with the table entry: wrap the bare model', () => {
    expect(MIGRATIONS[0]!({ id: 'm' })).toEqual({ format: NATIVE_FORMAT, version: 1, model: { id: 'm' } });
  });

  it('is what importAny does for native files too, with a warning for a migrated one', () => {
    const result = importAny(fixture('legacy-v0.json'), { fileName: 'legacy.json' });
    expect(result.ok && result.format).toBe('native');
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'This model file was in an older form (version 0); it was brought up to date, and saving writes the current form.',
    ]);
    const current = importAny(saveNative(doc), { fileName: 'run.csdm.json' });
    expect(current.ok && current.doc).toEqual(doc);
  });
});
