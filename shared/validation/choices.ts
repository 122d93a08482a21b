/** Choice lookups through the catalogue: the label users know for a stored value. */
import type { KindId } from '../csdm/kinds';
import type { Catalogue, Choice } from '../csdm/types';

type ChoicesByColumn = Map<string, readonly Choice[] | undefined>;
const cache = new WeakMap<Catalogue, Map<KindId, ChoicesByColumn>>();

/** The choices of a kind's choice field, or undefined when the field is not a choice there; read once per catalogue. */
export function choicesOf(catalogue: Catalogue, kind: KindId, column: string): readonly Choice[] | undefined {
  let byKind = cache.get(catalogue);
  if (!byKind) {
    byKind = new Map();
    cache.set(catalogue, byKind);
  }
  let byColumn = byKind.get(kind);
  if (!byColumn) {
    byColumn = new Map();
    for (const field of catalogue.kinds[kind].fields) {
      if (field.type === 'choice' && field.choiceList)
        byColumn.set(field.column, catalogue.choiceLists[field.choiceList]);
    }
    byKind.set(kind, byColumn);
  }
  return byColumn.get(column);
}

/** "1" -> "Operational"; the value itself when it is not a known choice. */
export function choiceLabel(catalogue: Catalogue, kind: KindId, column: string, value: string): string {
  return choicesOf(catalogue, kind, column)?.find((choice) => choice.value === value)?.label ?? value;
}
