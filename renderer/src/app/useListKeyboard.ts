/**
 * The keyboard of a list driven from its search field (the command palette,
 * the pickers): focus stays in the field while the arrow keys move the active
 * option, Enter chooses it, and the active option is scrolled into sight.
 * Escape is left to the <dialog>, which closes on it by itself.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export function useListKeyboard<Item>(options: {
  /** The field's text, and what the list shows for it. */
  query: string;
  onQueryChange: (query: string) => void;
  items: readonly Item[];
  onChoose: (item: Item) => void;
  /** How far PageUp/PageDown move (stopping at the ends); without it they are left to the field. */
  pageStep?: number;
  /** Keys the list does not use, for the caller's own (Tab, the palette's own shortcut). */
  onOtherKey?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { query, onQueryChange, items, onChoose, pageStep, onOtherKey } = options;
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const [active, setActive] = useState(0);
  // The list can shrink under the active option as the query changes.
  const activeIndex = Math.min(active, items.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, items]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, number> = pageStep
      ? { ArrowDown: 1, ArrowUp: -1, PageDown: pageStep, PageUp: -pageStep }
      : { ArrowDown: 1, ArrowUp: -1 };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      if (items.length === 0) return;
      const next = activeIndex + step;
      // Arrows wrap round; a page stops at the first or last option.
      const paging = Math.abs(step) > 1;
      setActive(
        paging ? Math.max(0, Math.min(items.length - 1, next)) : (next + items.length) % items.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[activeIndex];
      if (item !== undefined) onChoose(item);
    } else {
      onOtherKey?.(event);
    }
  };

  return {
    listRef,
    listId,
    activeIndex,
    optionId,
    /** Pointing at an option makes it the active one. */
    setActive,
    /** Spread on the search field: it is the combobox that owns the list. */
    fieldProps: {
      value: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        onQueryChange(event.target.value);
        // A new query starts again at the first option.
        setActive(0);
      },
      role: 'combobox',
      'aria-expanded': true,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': items.length > 0 ? optionId(activeIndex) : undefined,
      spellCheck: false,
      autoComplete: 'off',
      onKeyDown,
    } as const,
  };
}
