/** New ids for elements, links and views: UUIDs, which are also export source keys. */
import type { Id } from './types';

/** The part of Web Crypto we use; shared/ is compiled without DOM types, and Node and browsers both provide it. */
interface UuidSource {
  randomUUID(): string;
}

export function newId(): Id {
  const crypto = (globalThis as { crypto?: UuidSource }).crypto;
  if (!crypto) throw new Error('This runtime has no Web Crypto, so Mapwright cannot create ids.');
  return crypto.randomUUID();
}
