/**
 * Element and link ids for an import: the input's own stable key where it has
 * a usable one (so a re-export updates the same ServiceNow records and a
 * round trip gives the same ids), a new id otherwise.
 */
import type { Id } from '../../model/types';

const MAX_ID_LENGTH = 256;

export function usableId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.trim() !== '' &&
    value.length <= MAX_ID_LENGTH &&
    value !== '__proto__' &&
    value === value.trim()
  );
}

export class IdPool {
  private readonly taken = new Set<Id>();

  constructor(private readonly newId: () => Id) {}

  /** The first usable, untaken candidate, or a new id. */
  claim(...candidates: unknown[]): Id {
    for (const candidate of candidates) {
      if (usableId(candidate) && !this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    return this.fresh();
  }

  fresh(): Id {
    for (;;) {
      const id = this.newId();
      if (!this.taken.has(id) && usableId(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }
}
