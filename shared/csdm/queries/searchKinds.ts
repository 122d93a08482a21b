/**
 * Command palette search over placeable kinds. A kind matches when every word
 * typed is the start of some word of its label (or former label or alias), so
 * "bus off" finds "Business service offering". Best matches first.
 */
import type { Catalogue, KindDef } from '../types';
import { placeableKinds } from './kindsByPaletteGroup';

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s/-]+/)
    .filter(Boolean);

/** Lower is better; undefined means no match. */
function nameScore(name: string, queryWords: readonly string[], query: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower === query) return 0;
  const nameWords = words(name);
  if (!queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) return undefined;
  if (lower.startsWith(query)) return 1;
  // Typed words that line up with the label's words in order read as the label itself.
  const inOrder = queryWords.every((q, i) => nameWords[i]?.startsWith(q) ?? false);
  return inOrder ? 2 : 3;
}

function kindScore(kind: KindDef, queryWords: readonly string[], query: string): number | undefined {
  const main = nameScore(kind.label, queryWords, query);
  if (main !== undefined) return main;
  // Other names rank after any match on the current label.
  const others = [kind.formerLabel, ...(kind.aliases ?? [])]
    .filter((name): name is string => name !== undefined)
    .map((name) => nameScore(name, queryWords, query))
    .filter((score): score is number => score !== undefined);
  return others.length > 0 ? 4 + Math.min(...others) : undefined;
}

export function searchKinds(catalogue: Catalogue, query: string): KindDef[] {
  const kinds = placeableKinds(catalogue);
  const queryWords = words(query);
  if (queryWords.length === 0) return kinds;
  const normalised = queryWords.join(' ');
  return kinds
    .map((kind, order) => ({ kind, order, score: kindScore(kind, queryWords, normalised) }))
    .filter((hit): hit is { kind: KindDef; order: number; score: number } => hit.score !== undefined)
    .sort(
      (a, b) =>
        a.score - b.score || words(a.kind.label).length - words(b.kind.label).length || a.order - b.order,
    )
    .map((hit) => hit.kind);
}
