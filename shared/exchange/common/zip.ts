/**
 * Zip files in and out with fflate's synchronous API (no DOM, no Node).
 * Writing is deterministic: entries in the given order, one fixed
 * modification time, so the same model always gives the same bytes.
 * Reading refuses zip bombs: too many entries, an entry whose declared size
 * is over the limit, or all entries together over the limit. fflate inflates
 * each entry into a buffer of exactly its declared size, so an entry that
 * would inflate beyond what it declares cannot grow past that buffer.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { ExchangeLimits } from './limits';
import { sizeInWords } from './limits';
import { clip } from './json';
import { fail, InputError } from './result';

export interface ExportFile {
  /** Relative path with forward slashes: `manifest.json`, `cmdb_rel_ci.json`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Noon on 1 January 2000 in the local time zone: zip stores local DOS time,
 * so a local-time date gives the same stored bytes on every machine.
 */
function fixedTime(): Date {
  return new Date(2000, 0, 1, 12, 0, 0);
}

export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const entries: Zippable = {};
  const mtime = fixedTime();
  for (const file of files) {
    if (Object.hasOwn(entries, file.path)) throw new Error(`Two files named ${file.path} in one zip.`);
    entries[file.path] = [file.bytes, { level: 6, mtime }];
  }
  return zipSync(entries, { level: 6, mtime });
}

/** A zip starts with a local file header, or (empty) with the end of central directory record. */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

/** Entries of a zip by path (directories left out), or an InputError naming what is wrong. */
export function readZip(bytes: Uint8Array, where: string, limits: ExchangeLimits): Map<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let refusal: string | undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        count += 1;
        if (count > limits.maxEntries) refusal = `${where} holds more than ${limits.maxEntries} files`;
        else if (file.compression !== 0 && file.compression !== 8)
          refusal = `${where}: ${clip(file.name)} uses a compression method Mapwright does not read`;
        else if (file.originalSize > limits.maxEntryBytes || file.originalSize < 0)
          refusal = `${where}: ${clip(file.name)} would unpack to ${sizeInWords(file.originalSize)}, over the limit of ${sizeInWords(limits.maxEntryBytes)}`;
        else if ((total += file.originalSize) > limits.maxTotalBytes)
          refusal = `${where} would unpack to more than ${sizeInWords(limits.maxTotalBytes)}`;
        if (refusal) throw new InputError(`${refusal}; it was not opened.`);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail(`${where} is not a readable zip file.`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(entries)) {
    if (data.length > limits.maxEntryBytes)
      fail(`${where}: ${clip(path)} is larger than the limit; it was not opened.`);
    files.set(path, data);
  }
  return files;
}
