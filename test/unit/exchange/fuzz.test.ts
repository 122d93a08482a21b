/**
 * Every importer, fed thousands of generated and mutated inputs: random JSON,
 * near-valid payloads, valid files with one part broken, truncated text,
 * byte noise, zips with bad entries, huge strings, deep nesting. Each answer
 * is a whole, valid model or one clear error, within a time bound; nothing
 * throws, and no error comes with a document.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  exportCsv,
  exportImportSet,
  exportImportSetZip,
  exportIre,
  importAny,
  importFiles,
  openNative,
  saveNative,
  type ImportResult,
} from '../../../shared/exchange';
import { parseModelDocument } from '../../../shared/model/documentSchema';
import { fixture, servicenow } from './support/files';
import { runStageModel } from './support/runStageModel';

/** Far above what any of these inputs needs (a few ms), low enough to catch a runaway loop. */
const TIME_BOUND_MS = 2000;

function checked(run: () => ImportResult): ImportResult {
  const start = performance.now();
  let result: ImportResult | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS);
  const answer = result as ImportResult;
  if (answer.ok) {
    expect(Object.keys(answer).sort()).toEqual(['doc', 'format', 'ok', 'warnings']);
    // A whole model: it passes the same checks as a model file opened from disk.
    const reparsed = parseModelDocument(JSON.parse(JSON.stringify(answer.doc)), CATALOGUE);
    expect(reparsed.ok ? '' : reparsed.reason).toBe('');
  } else {
    expect(Object.keys(answer).sort()).toEqual(['error', 'ok']);
    expect(answer.error.length).toBeGreaterThan(10);
    expect(answer.error.length).toBeLessThanOrEqual(2100);
    expect(answer.error).not.toMatch(/\n\s+at /);
  }
  return answer;
}

const doc = runStageModel();
const SEEDS: Record<string, { text: string; fileName: string }> = {
  native: { text: saveNative(doc), fileName: 'model.csdm.json' },
  ire: { text: JSON.stringify(exportIre(doc, CATALOGUE)), fileName: 'payload.json' },
  ireFixture: { text: servicenow('ire_rest_request_0.json'), fileName: 'request.json' },
  legacy: { text: fixture('legacy-v0.json'), fileName: 'legacy.json' },
  tableApi: { text: fixture('tableapi/service_offering.json'), fileName: 'service_offering.json' },
  table: {
    text: new TextDecoder().decode(
      exportImportSet(doc, CATALOGUE).files.find((f) => f.path === 'service_offering.json')!.bytes,
    ),
    fileName: 'service_offering.json',
  },
  rel: {
    text: new TextDecoder().decode(
      exportImportSet(doc, CATALOGUE).files.find((f) => f.path === 'cmdb_rel_ci.json')!.bytes,
    ),
    fileName: 'cmdb_rel_ci.json',
  },
};
const SEED_NAMES = Object.keys(SEEDS);
const FILE_NAMES = [
  undefined,
  'x.json',
  'cmdb_ci_linux_server.json',
  'cmdb_rel_ci.json',
  'service_offering.json',
  'm.csdm.json',
  'rows.csv',
];

const HUGE = 'H'.repeat(300_000);
const replacement = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      HUGE,
      { [HUGE.slice(0, 5000)]: 'x' },
      [HUGE],
      -0,
      1e308,
      '__proto__',
      { __proto__: 1 },
      'constructor',
      '',
      ' ',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

type Mutation = {
  choices: number[];
  op: 'replace' | 'delete' | 'wrap' | 'stringify' | 'rename';
  value: unknown;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  choices: fc.array(fc.nat(), { minLength: 0, maxLength: 8 }),
  op: fc.constantFrom('replace', 'replace', 'delete', 'wrap', 'stringify', 'rename'),
  value: replacement,
});

/** Any generated value as text (`String` throws on objects like `{ toString: null }`). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

/** A copy of `root` with one place changed: walk down by `choices`, then apply `op` there. */
function mutate(root: unknown, { choices, op, value }: Mutation): unknown {
  const copy = structuredClone(root) as unknown;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let current: unknown = copy;
  for (const choice of choices) {
    if (typeof current !== 'object' || current === null) break;
    const keys = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    if (keys.length === 0) break;
    parent = current as Record<string, unknown>;
    key = keys[choice % keys.length];
    current = (current as Record<string | number, unknown>)[key as string];
  }
  if (parent === undefined || key === undefined) return op === 'wrap' ? [copy] : value;
  const target = parent as Record<string | number, unknown>;
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else Reflect.deleteProperty(target, key);
  } else if (op === 'wrap') target[key] = [current];
  else if (op === 'stringify') target[key] = JSON.stringify(current) ?? null;
  else if (op === 'rename' && !Array.isArray(parent)) {
    Reflect.deleteProperty(target, key);
    Object.defineProperty(target, asText(value).slice(0, 100), {
      value: current,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else target[key] = value;
  return copy;
}

describe('fuzzing importAny with JSON', () => {
  it('random JSON values of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(...FILE_NAMES), (value, fileName) => {
        checked(() => importAny(JSON.stringify(value) ?? 'null', fileName ? { fileName } : {}));
      }),
      { numRuns: 1500 },
    );
  });

  it('near-valid IRE payloads, bundles tables and Table API files', () => {
    const tables = [
      'cmdb_ci_linux_server',
      'service_offering',
      'core_company',
      'cmdb_ci_widget',
      'u_x',
      '',
      'cmdb_rel_ci',
    ];
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const values = fc.dictionary(
      fc.constantFrom(
        'name',
        'service_classification',
        'owned_by',
        'company',
        'parent',
        'sys_class_name',
        '__proto__',
        'x:y',
        'ip',
      ),
      cell,
    );
    const item = fc.record(
      {
        className: fc.oneof(fc.constantFrom(...tables), fc.jsonValue({ maxDepth: 1 })),
        internal_id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer()),
        values,
        lookup: fc.jsonValue({ maxDepth: 3 }),
      },
      { requiredKeys: ['className'] },
    );
    const relation = fc.record(
      {
        parent: fc.integer({ min: -1, max: 4 }),
        child: fc.integer({ min: -1, max: 4 }),
        parent_id: fc.constantFrom('a', 'b', 'zz'),
        child_id: fc.constantFrom('a', 'b', 'c'),
        type: fc.constantFrom('Runs on::Runs', 'Depends on::Used by', 'x', ''),
      },
      { requiredKeys: [] },
    );
    const reference = fc.record(
      {
        referenced: fc.constantFrom('a', 'b', 'c'),
        referencedBy: fc.constantFrom('a', 'b', 'q'),
        referenceField: fc.constantFrom('parent', 'company', 'u_x', ''),
      },
      { requiredKeys: [] },
    );
    const shape = fc.oneof(
      fc.record(
        {
          items: fc.array(item, { maxLength: 5 }),
          relations: fc.array(relation, { maxLength: 4 }),
          referenceItems: fc.array(reference, { maxLength: 3 }),
        },
        { requiredKeys: ['items'] },
      ),
      fc.record({ records: fc.array(values, { maxLength: 5 }) }),
      fc.record({
        result: fc.array(
          fc.dictionary(
            fc.constantFrom('sys_id', 'name', 'sys_class_name', 'parent', 'owned_by', 'child', 'type'),
            fc.oneof(cell, fc.record({ value: cell, display_value: cell, link: cell }, { requiredKeys: [] })),
          ),
          { maxLength: 5 },
        ),
      }),
    );
    fc.assert(
      fc.property(shape, fc.constantFrom(...FILE_NAMES), (value, fileName) => {
        checked(() => importAny(JSON.stringify(value), fileName ? { fileName } : {}));
      }),
      { numRuns: 1500 },
    );
  });

  it('valid files with one place broken', () => {
    const parsed = Object.fromEntries(
      SEED_NAMES.map((name) => [name, JSON.parse(SEEDS[name]!.text) as unknown]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_NAMES),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (seed, mutations) => {
          const broken = mutations.reduce((value, m) => mutate(value, m), parsed[seed]);
          checked(() => importAny(JSON.stringify(broken) ?? 'null', { fileName: SEEDS[seed]!.fileName }));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('valid files cut short or with characters spliced in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEED_NAMES),
        fc.nat(),
        fc.string({ maxLength: 6 }),
        fc.boolean(),
        (seed, at, insert, cut) => {
          const { text, fileName } = SEEDS[seed]!;
          const position = at % (text.length + 1);
          const broken = cut
            ? text.slice(0, position)
            : text.slice(0, position) + insert + text.slice(position);
          checked(() => importAny(broken, { fileName }));
          checked(() => importAny(strToU8(broken), { fileName }));
        },
      ),
      { numRuns: 800 },
    );
  });

  it('native files only through openNative', () => {
    const parsed = JSON.parse(SEEDS['native']!.text) as unknown;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), (mutations) => {
        const text = JSON.stringify(mutations.reduce((value, m) => mutate(value, m), parsed)) ?? 'null';
        let result: ReturnType<typeof openNative> | undefined;
        expect(() => (result = openNative(text, CATALOGUE))).not.toThrow();
        if (result && !result.ok) expect(result.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 800 },
    );
  });
});

describe('fuzzing bundles and zips', () => {
  const zip = exportImportSetZip(doc, CATALOGUE);
  const files = exportImportSet(doc, CATALOGUE).files;
  const csvFiles = exportCsv(doc, CATALOGUE).files;

  it('zips with flipped bytes, cut short, or with garbage appended', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        fc.constantFrom('flip', 'cut', 'append'),
        (flips, at, how) => {
          let bytes = zip.slice();
          if (how === 'flip') for (const [i, b] of flips) bytes[i % bytes.length] = b;
          else if (how === 'cut') bytes = bytes.slice(0, 4 + (at % bytes.length));
          else bytes = new Uint8Array([...bytes, ...flips.map(([, b]) => b)]);
          checked(() => importAny(bytes, { fileName: 'bundle.zip' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('zips of random entries (names, contents, folders)', () => {
    const name = fc.oneof(
      fc.constantFrom(
        'manifest.json',
        'cmdb_rel_ci.json',
        'service_offering.json',
        'sys_user.csv',
        'm.csdm.json',
        'dir/',
        'a/b/core_company.json',
        '.hidden',
        'README',
      ),
      // zipSync takes the entries as an object, which cannot hold one named "__proto__" (fflate then throws).
      fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text !== '__proto__'),
    );
    const content = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
      fc.constantFrom(
        SEEDS['native']!.text,
        SEEDS['table']!.text,
        SEEDS['rel']!.text,
        '{"format":"mapwright-importset","loadOrder":[{"table":"sys_user","file":"sys_user.json"}]}',
        'a,b\r\n1,2\r\n',
        '"unclosed',
      ),
      fc.uint8Array({ maxLength: 50 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    fc.assert(
      fc.property(fc.dictionary(name, content, { maxKeys: 5 }), fc.boolean(), (entries, compress) => {
        const zipped = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])), {
          level: compress ? 6 : 0,
        });
        checked(() => importAny(zipped, { fileName: 'random.zip' }));
        checked(() =>
          importFiles(
            Object.entries(entries).map(([path, text]) => ({ path, bytes: strToU8(text) })),
            { fileName: 'folder' },
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('bundles with one file broken or missing', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), mutation, fc.boolean(), (csv, pick, m, drop) => {
        const set = csv ? csvFiles : files;
        const index = pick % set.length;
        const target = set[index]!;
        const text = new TextDecoder().decode(target.bytes);
        const brokenText = target.path.endsWith('.csv')
          ? text.slice(0, (m.choices[0] ?? 0) % (text.length + 1)) + asText(m.value).slice(0, 20)
          : (JSON.stringify(mutate(JSON.parse(text), m)) ?? 'null');
        const changed = drop
          ? set.filter((_, i) => i !== index)
          : set.map((f, i) => (i === index ? { path: f.path, bytes: strToU8(brokenText) } : f));
        checked(() => importFiles(changed, { fileName: 'bundle' }));
      }),
      { numRuns: 600 },
    );
  });
});

describe('hostile sizes and shapes', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  it.each<[string, () => ImportResult]>([
    [
      'a 5 MB name',
      () =>
        importAny(
          JSON.stringify({
            items: [{ className: 'cmdb_ci_linux_server', values: { name: 'n'.repeat(5_000_000) } }],
          }),
        ),
    ],
    [
      'a 2 MB class name',
      () =>
        importAny(JSON.stringify({ items: [{ className: 'c'.repeat(2_000_000), values: { name: 'x' } }] })),
    ],
    [
      'a 1 MB column name',
      () =>
        importAny(
          JSON.stringify({
            items: [{ className: 'cmdb_ci_linux_server', values: { ['k'.repeat(1_000_000)]: { a: 1 } } }],
          }),
        ),
    ],
    [
      'lookup entries 100,000 levels deep',
      () =>
        importAny(
          `{"items":[{"className":"cmdb_ci_linux_server","values":{"name":"a"},"lookup":${deep(100_000)}}]}`,
        ),
    ],
    [
      'a value 100,000 levels deep',
      () => importAny(`{"items":[{"className":"cmdb_ci_linux_server","values":{"name":${deep(100_000)}}}]}`),
    ],
    [
      'a native model 100,000 levels deep',
      () => importAny(`{"format":"mapwright-model","version":1,"model":${deep(100_000)}}`),
    ],
    [
      'a Table API field 100,000 levels deep',
      () => importAny(`{"result":[{"name":{"value":${deep(100_000)}}}]}`, { fileName: 'sys_user.json' }),
    ],
    [
      '50,000 relations to missing items',
      () =>
        importAny(
          JSON.stringify({
            items: [{ className: 'cmdb_ci_linux_server', values: { name: 'a' } }],
            relations: Array.from({ length: 50_000 }, () => ({ parent: 0, child: 9, type: 'Runs on::Runs' })),
          }),
        ),
    ],
    [
      '20,000 items',
      () =>
        importAny(
          JSON.stringify({
            items: Array.from({ length: 20_000 }, (_, i) => ({
              className: 'cmdb_ci_linux_server',
              values: { name: `s${i}` },
            })),
          }),
        ),
    ],
    [
      'a zip with 5,000 tiny entries',
      () =>
        importAny(
          zipSync(
            Object.fromEntries(
              Array.from({ length: 5000 }, (_, i) => [`t${i}.json`, strToU8('{"records":[]}')]),
            ),
          ),
          { fileName: 'many.zip' },
        ),
    ],
  ])('%s', (_, run) => {
    checked(run);
  });
});
