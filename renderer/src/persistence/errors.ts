/**
 * Storage failures in the users' words. IndexedDB reports a full disk as a
 * QuotaExceededError, sometimes only as the `inner` error of an AbortError
 * (Dexie's documentation says to look there), so the cause chain is searched.
 */

export type StorageProblemKind = 'quota' | 'blocked' | 'unavailable' | 'damaged' | 'other';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** One sentence for the status bar and dialogs. */
  message: string;
}

/** Thrown when the database upgrade waits for another window (Dexie's 'blocked' event). */
export class UpgradeBlockedError extends Error {
  override name = 'UpgradeBlockedError';
  constructor() {
    super('Close other Mapwright windows to finish upgrading.');
  }
}

/** A stored model whose rows do not make a valid document. */
export class DamagedModelError extends Error {
  override name = 'DamagedModelError';
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const next =
      (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    current = next;
  }
  return chain;
}

const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';

export function isQuotaError(error: unknown): boolean {
  return causes(error).some((cause) => nameOf(cause) === 'QuotaExceededError');
}

export function describeStorageError(error: unknown): StorageProblem {
  const names = causes(error).map(nameOf);
  if (names.includes('QuotaExceededError')) {
    return { kind: 'quota', message: 'The disk or the browser storage for Mapwright is full.' };
  }
  if (names.includes('UpgradeBlockedError')) {
    return { kind: 'blocked', message: 'Close other Mapwright windows to finish upgrading.' };
  }
  if (names.includes('DamagedModelError')) {
    return {
      kind: 'damaged',
      message: error instanceof Error ? error.message : 'The stored model is damaged.',
    };
  }
  if (
    names.some((name) =>
      [
        'OpenFailedError',
        'MissingAPIError',
        'InvalidStateError',
        'VersionError',
        'DatabaseClosedError',
        'UnknownError',
      ].includes(name),
    )
  ) {
    return { kind: 'unavailable', message: 'Mapwright cannot open its local model library in this window.' };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return { kind: 'other', message: `Storing the model failed${detail}.` };
}
