/** Size limits on what import accepts, so a hostile or mistaken file cannot exhaust memory. */

export interface ExchangeLimits {
  /** Largest input accepted, in bytes (a string counts its UTF-16 length). */
  maxInputBytes: number;
  /** Largest uncompressed size of one zip entry, declared or actual. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all zip entries together. */
  maxTotalBytes: number;
  /** Most entries a zip may hold. */
  maxEntries: number;
  /** Deepest nesting of IRE `lookup` / `related` entries kept. */
  maxDepth: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ExchangeLimits = {
  maxInputBytes: 100 * MB,
  maxEntryBytes: 200 * MB,
  maxTotalBytes: 400 * MB,
  maxEntries: 10_000,
  maxDepth: 32,
};

export function limitsWith(overrides: Partial<ExchangeLimits> | undefined): ExchangeLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** "100 MB", "512 KB", "12 bytes" */
export function sizeInWords(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
