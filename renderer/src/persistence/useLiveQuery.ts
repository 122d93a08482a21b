/**
 * A Dexie live query as React state: re-read whenever the rows it read
 * change, in this window or another (Dexie tells other windows itself).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveResult<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

export function useLiveQuery<T>(query: (() => Promise<T>) | null, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    if (!query) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) => setResult({ state: 'failed', error }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
