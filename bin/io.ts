/**
 * What the CLI needs from the machine, as an interface: the real one uses
 * node:fs and the process streams; tests pass an in-memory one.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface CliIo {
  /** 'file', 'dir', or undefined when nothing is there. */
  kind(path: string): 'file' | 'dir' | undefined;
  size(path: string): number;
  readFile(path: string): Uint8Array;
  /** Every file under a folder (not hidden ones), as paths relative to it with forward slashes. */
  listFiles(dir: string): string[];
  writeFile(path: string, bytes: Uint8Array | string): void;
  mkdirp(path: string): void;
  join(...parts: string[]): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

function walk(root: string, dir: string, out: string[], limit: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, full, out, limit);
    else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
    if (out.length > limit) return;
  }
}

export function nodeIo(): CliIo {
  return {
    kind(path) {
      try {
        const stat = statSync(path);
        return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    size: (path) => statSync(path).size,
    readFile: (path) => new Uint8Array(readFileSync(path)),
    listFiles(dir) {
      const out: string[] = [];
      walk(dir, dir, out, 100_000);
      return out.sort();
    },
    writeFile(path, bytes) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    },
    mkdirp: (path) => void mkdirSync(path, { recursive: true }),
    join: (...parts) => join(...parts),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
