/** Reading and writing the files the user picked in a dialog. */
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

export class FileProblem extends Error {
  override name = 'FileProblem';
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a whole regular file, refusing anything over the limit before
 * reading it (the size is taken from the open handle, so it is the file read).
 */
export async function readFileWithin(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileProblem(`"${basename(path)}" is not a file.`);
    if (info.size > maxBytes) {
      throw new FileProblem(
        `"${basename(path)}" is ${megabytes(info.size)}; Mapwright opens files up to ${megabytes(maxBytes)}.`,
      );
    }
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes)
      throw new FileProblem(`"${basename(path)}" grew past ${megabytes(maxBytes)} while reading.`);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await handle.close();
  }
}

/**
 * Writes next to the target and renames over it, so a crash or a full disk
 * never leaves a half-written model where the user's file was.
 */
export async function writeFileReplacing(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.mapwright-tmp`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** True when the bytes are valid UTF-8 (a byte-order mark is fine). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
