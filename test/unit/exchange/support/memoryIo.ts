/** An in-memory machine for the CLI: files, folders and the two output streams. */
import { posix } from 'node:path';
import type { CliIo } from '../../../../bin/io';

export class MemoryIo implements CliIo {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/']);
  out = '';
  err = '';

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(initial)) this.writeFile(path, content);
  }

  kind(path: string): 'file' | 'dir' | undefined {
    const p = posix.normalize(path);
    if (this.files.has(p)) return 'file';
    return this.dirs.has(p.replace(/\/$/, '') || '/') ? 'dir' : undefined;
  }

  size(path: string): number {
    return this.readFile(path).length;
  }

  readFile(path: string): Uint8Array {
    const bytes = this.files.get(posix.normalize(path));
    if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return bytes;
  }

  listFiles(dir: string): string[] {
    const prefix = `${posix.normalize(dir).replace(/\/$/, '')}/`;
    return [...this.files.keys()]
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length))
      .sort();
  }

  writeFile(path: string, content: Uint8Array | string): void {
    const p = posix.normalize(path);
    this.mkdirp(posix.dirname(p));
    this.files.set(p, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  mkdirp(path: string): void {
    let p = posix.normalize(path).replace(/\/$/, '');
    while (p && p !== '/' && p !== '.') {
      this.dirs.add(p);
      p = posix.dirname(p);
    }
  }

  join(...parts: string[]): string {
    return posix.join(...parts);
  }

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }

  text(path: string): string {
    return new TextDecoder().decode(this.readFile(path));
  }
}
