/** UTF-8 without TextEncoder/TextDecoder (shared/ is compiled without DOM or Node types): fflate's codecs. */
import { strFromU8, strToU8 } from 'fflate';
import { fail } from './result';

export function utf8(text: string): Uint8Array {
  return strToU8(text);
}

/** Text of UTF-8 bytes, without a leading byte order mark. */
export function fromUtf8(bytes: Uint8Array, where: string): string {
  let text: string;
  try {
    text = strFromU8(bytes);
  } catch {
    fail(`${where} is not UTF-8 text.`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
