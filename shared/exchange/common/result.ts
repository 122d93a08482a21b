/** What every importer answers: a new document, or one clear reason naming where the input is wrong. */
import type { Id, ModelDocument } from '../../model/types';

/** Something an import kept but users should know (a link CSDM does not allow, an unresolved reference). */
export interface ImportWarning {
  message: string;
  elementId?: Id;
  linkId?: Id;
}

export type ImportFormat = 'native' | 'ire' | 'importset' | 'csv' | 'tableapi';

export type ImportResult =
  | { ok: true; doc: ModelDocument; format: ImportFormat; warnings: ImportWarning[] }
  | { ok: false; error: string };

/**
 * Thrown inside an importer to stop at the first problem; the importer's
 * entry point turns it into `{ ok: false, error }`. Never escapes shared/exchange.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Longest error message handed out; the parts quoting input are cut shorter where they are built. */
const MAX_MESSAGE = 2000;

export function fail(message: string): never {
  throw new InputError(message);
}

/**
 * Runs an importer so that nothing escapes: input problems become their
 * message, anything unexpected (a bug, a stack overflow on hostile input)
 * becomes a plain sentence. No partial document is ever returned.
 */
export function guarded(what: string, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: error.message.slice(0, MAX_MESSAGE) };
    const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 200)})` : '';
    return { ok: false, error: `${what.slice(0, 200)} could not be read${detail}.` };
  }
}
