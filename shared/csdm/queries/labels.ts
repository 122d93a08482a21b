/** Kind names inside sentences: "a business service", "business service offerings", "an SDLC component". */
import type { KindDef } from '../types';

/** Lower-case each word except acronyms (CI, SDLC), which stay as users know them. */
function lowerWords(text: string): string {
  return text
    .split(' ')
    .map((word) => (/[A-Z].*[A-Z]/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

export function kindNoun(kind: KindDef): string {
  return lowerWords(kind.label);
}

export function kindPlural(kind: KindDef): string {
  return lowerWords(kind.pluralLabel ?? `${kind.label}s`);
}

/** The noun with "a"/"an"; acronyms read letter by letter ("an SDLC component"). */
export function withArticle(kind: KindDef): string {
  const noun = kindNoun(kind);
  const vowelSound = /^(?:[aeio]|u(?![a-z][aeiou]))/i.test(noun) || /^[FHLMNRSX][A-Z]/.test(noun);
  return `${vowelSound ? 'an' : 'a'} ${noun}`;
}

/** Sentence start: "A business service", "An application". */
export function withArticleCapitalised(kind: KindDef): string {
  const phrase = withArticle(kind);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "a, b and c" */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}
