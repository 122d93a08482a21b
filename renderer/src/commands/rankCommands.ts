/**
 * What the command palette lists for a query: actions whose label words start
 * with the typed words, and "Add <kind>" entries from the catalogue search.
 * Pure (no DOM, no stores) so the ranking is unit tested.
 */
import { searchKinds, type Catalogue, type KindDef } from '@shared/csdm';
import type { Action } from '../actions/types';

export type CommandItem =
  | { type: 'action'; key: string; label: string; action: Action }
  | { type: 'kind'; key: string; label: string; kind: KindDef };

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s/\-…().]+/)
    .filter(Boolean);

/**
 * How well typed words fit a label, lower is better, undefined when some word
 * starts no word of the label: 0 the whole label, 1 the label's start, 2 the
 * label's words in order (some may be skipped), 3 its words in any order.
 */
export function wordPrefixScore(label: string, query: string): number | undefined {
  const queryWords = words(query);
  if (queryWords.length === 0) return undefined;
  const labelWords = words(label);
  if (!queryWords.every((q) => labelWords.some((w) => w.startsWith(q)))) return undefined;
  const typed = queryWords.join(' ');
  const whole = labelWords.join(' ');
  if (whole === typed) return 0;
  if (whole.startsWith(typed)) return 1;
  return inOrder(queryWords, labelWords) ? 2 : 3;
}

/** Whether each typed word starts a label word after the one the previous typed word started. */
function inOrder(queryWords: readonly string[], labelWords: readonly string[]): boolean {
  let from = 0;
  for (const q of queryWords) {
    const at = labelWords.findIndex((w, i) => i >= from && w.startsWith(q));
    if (at === -1) return false;
    from = at + 1;
  }
  return true;
}

export const kindCommandKey = (kind: KindDef): string => `add:${kind.id}`;

const actionItem = (action: Action): CommandItem => ({
  type: 'action',
  key: action.id,
  label: action.label,
  action,
});
const kindItem = (kind: KindDef): CommandItem => ({
  type: 'kind',
  key: kindCommandKey(kind),
  label: `Add ${kind.label}`,
  kind,
});

export interface RankInput {
  query: string;
  /** The actions on offer (already filtered to the enabled ones), in menu order. */
  actions: readonly Action[];
  catalogue: Catalogue;
  /** Keys of recently run commands, most recent first. */
  recent: readonly string[];
}

/** Within one score, a label with fewer words beyond the typed ones fits better ("bus serv": the service before its offering). */
const tightness = (label: string, query: string) =>
  Math.min(0.99, 0.01 * Math.max(0, words(label).length - words(query).length));

/** Kinds the query names: "add" in front is optional; a match on an alias ranks below a label match. */
function kindHits(catalogue: Catalogue, query: string): { item: CommandItem; score: number }[] {
  const queryWords = words(query);
  const rest = queryWords[0] === 'add' ? queryWords.slice(1).join(' ') : query;
  if (rest.trim() === '') {
    return queryWords.length > 0
      ? searchKinds(catalogue, '').map((kind) => ({ item: kindItem(kind), score: 1 }))
      : [];
  }
  return searchKinds(catalogue, rest).map((kind) => {
    const score = wordPrefixScore(kind.label, rest);
    return { item: kindItem(kind), score: score === undefined ? 4 : score + tightness(kind.label, rest) };
  });
}

/**
 * The palette's list. Empty query: recently used commands, then every action,
 * then every kind. Otherwise matches by score (then by how few words a label
 * adds to the typed ones); on equal scores recently used first, then kinds
 * before actions (adding is what a typed noun usually means), then menu and
 * palette order.
 */
export function rankCommands({ query, actions, catalogue, recent }: RankInput): CommandItem[] {
  const recentRank = (key: string) => {
    const index = recent.indexOf(key);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };

  if (words(query).length === 0) {
    const all = [...actions.map(actionItem), ...searchKinds(catalogue, '').map(kindItem)];
    const recentItems = recent
      .map((key) => all.find((item) => item.key === key))
      .filter((item): item is CommandItem => item !== undefined);
    const recentKeys = new Set(recentItems.map((item) => item.key));
    return [...recentItems, ...all.filter((item) => !recentKeys.has(item.key))];
  }

  const actionHits = actions
    .map((action) => {
      const score = wordPrefixScore(action.label, query);
      return {
        item: actionItem(action),
        score: score === undefined ? undefined : score + tightness(action.label, query),
      };
    })
    .filter((hit): hit is { item: CommandItem; score: number } => hit.score !== undefined);
  const hits = [...kindHits(catalogue, query), ...actionHits].map((hit, order) => ({ ...hit, order }));
  const typeRank = (item: CommandItem) => (item.type === 'kind' ? 0 : 1);
  return hits
    .sort(
      (a, b) =>
        a.score - b.score ||
        recentRank(a.item.key) - recentRank(b.item.key) ||
        typeRank(a.item) - typeRank(b.item) ||
        a.order - b.order,
    )
    .map((hit) => hit.item);
}

/** Which typed words a label shows in bold: the start of each label word some typed word begins. */
export function highlightRanges(label: string, query: string): { text: string; match: boolean }[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [{ text: label, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  const pattern = /[^\s/\-…().]+/g;
  let last = 0;
  for (let found = pattern.exec(label); found; found = pattern.exec(label)) {
    const word = found[0];
    const length = Math.max(
      0,
      ...queryWords.filter((q) => word.toLowerCase().startsWith(q)).map((q) => q.length),
    );
    if (length === 0) continue;
    if (found.index > last) parts.push({ text: label.slice(last, found.index), match: false });
    parts.push({ text: word.slice(0, length), match: true });
    last = found.index + length;
  }
  if (last < label.length) parts.push({ text: label.slice(last), match: false });
  return parts;
}
