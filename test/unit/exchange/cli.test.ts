/**
 * The command line: `main` in-process with an in-memory machine for every
 * case, and the real `node bin/mapwright.mjs` for the built bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../bin/cli';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { exportImportSet, exportIre, openNative, saveNative } from '../../../shared/exchange';
import { fixture, FIXTURES, REPO, servicenow } from './support/files';
import { MemoryIo } from './support/memoryIo';
import { runStageModel } from './support/runStageModel';

const RUN = fixture('run-stage.csdm.json');
const ERRORS = fixture('with-errors.csdm.json');

function machine(): MemoryIo {
  const io = new MemoryIo({
    '/in/run.csdm.json': RUN,
    '/in/errors.csdm.json': ERRORS,
    '/in/broken.json': fixture('broken-payload.txt'),
    '/in/request.json': servicenow('ire_rest_request_0.json'),
  });
  for (const file of exportImportSet(runStageModel(), CATALOGUE).files)
    io.writeFile(`/in/bundle/${file.path}`, file.bytes);
  return io;
}

function run(args: string[], io = machine()): { code: number; io: MemoryIo } {
  return { code: main(args, io), io };
}

/** One line on stderr, no stack trace. */
function oneLineError(io: MemoryIo): string {
  expect(io.err.trim().split('\n')).toHaveLength(1);
  expect(io.err).not.toMatch(/\n\s+at /);
  expect(io.err.startsWith('mapwright: ')).toBe(true);
  return io.err.trim();
}

describe('mapwright (in-process)', () => {
  it('prints the usage with --help, exit 0; without a command on stderr, exit 2', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.io.out).toMatch(
      /^Mapwright .*\n\nUsage:\n {2}mapwright validate <file\|folder> \[--csdm 4\|5\] \[--json\]/,
    );
    const bare = run([]);
    expect(bare.code).toBe(2);
    expect(bare.io.err).toMatch(/Usage:/);
    expect(run(['export', '--help']).code).toBe(0);
  });

  describe('validate', () => {
    it('exits 0 on a model without errors and summarises it', () => {
      const { code, io } = run(['validate', '/in/run.csdm.json']);
      expect(code).toBe(0);
      expect(io.out).toMatch(/^\/in\/run\.csdm\.json: native, 20 elements, 23 links, CSDM 5\n/);
      expect(io.out).toMatch(/\n0 errors, \d+ warnings, \d+ notes\n$/);
    });

    it('exits 1 when validation finds errors, listing them', () => {
      const { code, io } = run(['validate', '/in/errors.csdm.json']);
      expect(code).toBe(1);
      expect(io.out).toMatch(
        /^error {3}offering-without-parent: Business service offering “Email Gold” has no parent service/m,
      );
    });

    it('prints the --json report in its documented shape', () => {
      const { code, io } = run(['validate', '/in/errors.csdm.json', '--json']);
      expect(code).toBe(1);
      const report = JSON.parse(io.out) as Record<string, unknown>;
      expect(Object.keys(report)).toEqual(['format', 'elements', 'links', 'findings']);
      expect(report['format']).toBe('native');
      expect(report['elements']).toEqual({ application: 1, business_offering: 1 });
      expect(report['links']).toEqual({});
      const findings = report['findings'] as Record<string, unknown>[];
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'element', 'message']);
      expect(findings).toContainEqual({
        rule: 'offering-without-parent',
        severity: 'error',
        element: 'orphan',
        message: expect.any(String),
      });
    });

    it('counts kinds and link types in --json for any importable file, here a bundle folder', () => {
      const { code, io } = run(['validate', '/in/bundle', '--json']);
      expect(code).toBe(0);
      const report = JSON.parse(io.out) as {
        format: string;
        elements: Record<string, number>;
        links: Record<string, number>;
      };
      expect(report.format).toBe('importset');
      expect(report.elements['business_offering']).toBe(2);
      expect(report.links['Depends on::Used by']).toBe(4);
      expect(report.links['subscribed_by']).toBe(5);
    });

    it('validates against the CSDM version given with --csdm', () => {
      const five = JSON.parse(run(['validate', '/in/run.csdm.json', '--json']).io.out) as {
        findings: { rule: string }[];
      };
      const four = run(['validate', '/in/run.csdm.json', '--json', '--csdm', '4']);
      const rules = (JSON.parse(four.io.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
      expect(five.findings.map((f) => f.rule)).not.toContain('business-application-link-type');
      expect(rules).toContain('business-application-link-type');
    });

    it('prints import warnings on stderr, keeping stdout for the report', () => {
      const { code, io } = run(['validate', '/in/request.json', '--json']);
      expect(code).toBe(0);
      expect(io.err).toMatch(/^warning: relations\[0\]: .*IP Connection::IP Connection/);
      expect(() => JSON.parse(io.out) as unknown).not.toThrow();
    });

    it('refuses a file over the import limit before reading it', () => {
      const io = machine();
      io.size = () => 200 * 1024 * 1024;
      io.readFile = () => expect.fail('the file was read');
      expect(run(['validate', '/in/run.csdm.json'], io).code).toBe(2);
      expect(oneLineError(io)).toBe(
        'mapwright: /in/run.csdm.json is 200 MB, over the import limit of 100 MB; it was not read.',
      );
    });

    it.each<[string, string[], RegExp]>([
      [
        'a missing file',
        ['validate', '/in/nope.json'],
        /^mapwright: \/in\/nope\.json: no such file or folder\.$/,
      ],
      [
        'a file that is not JSON',
        ['validate', '/in/broken.json'],
        /^mapwright: broken\.json is not valid JSON/,
      ],
      [
        'a bad --csdm',
        ['validate', '/in/run.csdm.json', '--csdm', '6'],
        /^mapwright: --csdm must be 4 or 5, not "6"\. \(mapwright --help shows the usage\)$/,
      ],
      [
        'an unknown option',
        ['validate', '/in/run.csdm.json', '--fast'],
        /^mapwright: Unknown option '--fast'/,
      ],
      ['no file', ['validate'], /^mapwright: validate takes one file or folder\./],
      ['an unknown command', ['check', 'x'], /^mapwright: unknown command "check"; try mapwright --help\./],
    ])('exits 2 on %s, with one line on stderr', (_, args, message) => {
      const { code, io } = run(args);
      expect(code).toBe(2);
      expect(oneLineError(io)).toMatch(message);
      expect(io.out).toBe('');
    });
  });

  describe('export', () => {
    it('writes the IRE payload to the --out file', () => {
      const { code, io } = run([
        'export',
        '/in/run.csdm.json',
        '--format',
        'ire',
        '--out',
        '/out/payload.json',
      ]);
      expect(code).toBe(0);
      const opened = openNative(RUN, CATALOGUE);
      expect(JSON.parse(io.text('/out/payload.json'))).toEqual(opened.ok && exportIre(opened.doc, CATALOGUE));
      expect(io.out).toBe('Wrote the IRE payload to /out/payload.json\n');
    });

    it('writes the native file', () => {
      const { code, io } = run([
        'export',
        '/in/bundle',
        '--format',
        'native',
        '--out',
        '/out/model.csdm.json',
      ]);
      expect(code).toBe(0);
      expect(io.text('/out/model.csdm.json')).toMatch(
        /^\{\n {2}"format": "mapwright-model",\n {2}"version": 1,/,
      );
    });

    it('writes a bundle as a zip when --out ends in .zip', () => {
      const { code, io } = run([
        'export',
        '/in/run.csdm.json',
        '--format',
        'importset',
        '--out',
        '/out/bundle.zip',
      ]);
      expect(code).toBe(0);
      const entries = unzipSync(io.readFile('/out/bundle.zip'));
      expect(Object.keys(entries)[0]).toBe('manifest.json');
      expect(Object.keys(entries)).toContain('service_subscribe_company.json');
      expect(io.out).toBe('Wrote the import-set bundle (26 tables) to /out/bundle.zip\n');
    });

    it('writes a bundle as a folder otherwise', () => {
      const { code, io } = run(['export', '/in/run.csdm.json', '--format', 'csv', '--out', '/out/csv']);
      expect(code).toBe(0);
      const files = io.listFiles('/out/csv');
      expect(files).toContain('manifest.json');
      expect(files).toContain('cmdb_rel_ci.csv');
      expect(io.text('/out/csv/cmdb_rel_ci.csv').split('\r\n')[0]).toBe(
        'correlation_id,type,parent,parent_class,parent_correlation_id,child,child_class,child_correlation_id',
      );
    });

    it('prints pre-flight problems on stderr and still writes without --strict', () => {
      const { code, io } = run(['export', '/in/errors.csdm.json', '--format', 'ire', '--out', '/out/p.json']);
      expect(code).toBe(0);
      expect(io.err).toMatch(/^error: Business service offering “Email Gold” has no parent service/m);
      expect(io.err).toMatch(/^error: application “mail-app” is a dependent CI/m);
      expect(io.kind('/out/p.json')).toBe('file');
    });

    it('fails with exit 1 and writes nothing under --strict when pre-flight finds errors', () => {
      const { code, io } = run([
        'export',
        '/in/errors.csdm.json',
        '--format',
        'ire',
        '--out',
        '/out/p.json',
        '--strict',
      ]);
      expect(code).toBe(1);
      expect(io.err).toMatch(/\nmapwright: pre-flight found 2 errors; nothing was written \(--strict\)\.\n$/);
      expect(io.kind('/out/p.json')).toBeUndefined();
      expect(
        run(['export', '/in/run.csdm.json', '--format', 'ire', '--out', '/out/p.json', '--strict']).code,
      ).toBe(0);
    });

    it.each<[string, string[], RegExp]>([
      [
        'no --out',
        ['export', '/in/run.csdm.json', '--format', 'ire'],
        /^mapwright: --out names where to write\./,
      ],
      [
        'an unknown --format',
        ['export', '/in/run.csdm.json', '--format', 'xml', '--out', '/o'],
        /^mapwright: --format must be one of ire, importset, csv, native\./,
      ],
      [
        'an unreadable input',
        ['export', '/in/broken.json', '--format', 'ire', '--out', '/o.json'],
        /^mapwright: broken\.json is not valid JSON/,
      ],
      [
        'a folder as the IRE --out',
        ['export', '/in/run.csdm.json', '--format', 'ire', '--out', '/in/bundle'],
        /^mapwright: \/in\/bundle is a folder; give a file name/,
      ],
      [
        'a file as the bundle folder',
        ['export', '/in/run.csdm.json', '--format', 'csv', '--out', '/in/run.csdm.json'],
        /^mapwright: \/in\/run\.csdm\.json is a file; name a folder, or a path ending in \.zip\./,
      ],
    ])('exits 2 on %s', (_, args, message) => {
      const { code, io } = run(args);
      expect(code).toBe(2);
      expect(oneLineError(io)).toMatch(message);
    });
  });
});

describe('node bin/mapwright.mjs (the built command)', () => {
  const bundle = resolve(REPO, 'out/cli/index.mjs');
  const bin = resolve(REPO, 'bin/mapwright.mjs');
  let tmp = '';

  /** Newest modification time of the sources the bundle is built from. */
  function newestSource(dir: string): number {
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
    return newest;
  }

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mapwright-cli-'));
    const stale =
      !existsSync(bundle) ||
      statSync(bundle).mtimeMs <
        Math.max(newestSource(resolve(REPO, 'bin')), newestSource(resolve(REPO, 'shared')));
    if (stale) {
      const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], {
        cwd: REPO,
        encoding: 'utf8',
      });
      expect(build.status, build.stderr).toBe(0);
    }
  }, 120_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const node = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: REPO, encoding: 'utf8' });

  it('answers --help, validates with exit codes 0, 1 and 2, and prints the --json report', () => {
    const help = node('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Mapwright 0\.1\.0: /);

    const clean = node('validate', resolve(FIXTURES, 'run-stage.csdm.json'), '--json');
    expect(clean.status).toBe(0);
    expect(Object.keys(JSON.parse(clean.stdout) as object)).toEqual([
      'format',
      'elements',
      'links',
      'findings',
    ]);

    expect(node('validate', resolve(FIXTURES, 'with-errors.csdm.json')).status).toBe(1);

    const broken = node('validate', resolve(FIXTURES, 'broken-payload.txt'));
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^mapwright: broken-payload\.txt is not valid JSON/);
  });

  it('exports a zip and a folder, and --strict stops on pre-flight errors', () => {
    const zip = join(tmp, 'run.zip');
    expect(
      node('export', resolve(FIXTURES, 'run-stage.csdm.json'), '--format', 'importset', '--out', zip).status,
    ).toBe(0);
    expect(
      JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(zip)))['manifest.json']!)) as unknown,
    ).toMatchObject({ format: 'mapwright-importset' });

    const folder = join(tmp, 'csv');
    expect(
      node('export', resolve(FIXTURES, 'run-stage.csdm.json'), '--format', 'csv', '--out', folder).status,
    ).toBe(0);
    expect(readdirSync(folder)).toContain('service_offering.csv');

    const strict = node(
      'export',
      resolve(FIXTURES, 'with-errors.csdm.json'),
      '--format',
      'ire',
      '--out',
      join(tmp, 'p.json'),
      '--strict',
    );
    expect(strict.status).toBe(1);
    expect(existsSync(join(tmp, 'p.json'))).toBe(false);

    const native = join(tmp, 'copy.csdm.json');
    expect(
      node('export', resolve(FIXTURES, 'run-stage.csdm.json'), '--format', 'native', '--out', native).status,
    ).toBe(0);
    expect(readFileSync(native, 'utf8')).toBe(saveNative(runStageModel()));
  });
});
