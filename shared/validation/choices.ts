/** Choice lookups through the catalogue: the label users know for a stored value. */
import type { KindId } from '../csdm/kinds';
import type { Catalogue, Choice } from '../csdm/types';

/** The choices of a kind's choice field, or undefined when the field is not a choice there. */
export function choicesOf(catalogue: Catalogue, kind: KindId, column: string): readonly Choice[] | undefined {
  const field = catalogue.kinds[kind].fields.find((f) => f.column === column);
  return field?.type === 'choice' && field.choiceList ? catalogue.choiceLists[field.choiceList] : undefined;
}

/** "1" -> "Operational"; the value itself when it is not a known choice. */
export function choiceLabel(catalogue: Catalogue, kind: KindId, column: string, value: string): string {
  return choicesOf(catalogue, kind, column)?.find((choice) => choice.value === value)?.label ?? value;
}
