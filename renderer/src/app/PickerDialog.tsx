/**
 * A modal search-and-pick list driven from its search field: type to filter,
 * arrow keys to move, Enter to pick, Escape to close. Styled like the command
 * palette; used wherever users choose one of many (link targets, ...).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PickerItem {
  key: string;
  label: ReactNode;
  /** Text for screen readers when the label is not plain text. */
  text: string;
  icon?: ReactNode;
  detail?: string;
}

export function PickerDialog(props: {
  title: string;
  fieldLabel: string;
  placeholder: string;
  emptyText: (query: string) => string;
  items: (query: string) => PickerItem[];
  onPick: (key: string) => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { items: itemsFor } = props;
  const items = useMemo(() => itemsFor(query), [itemsFor, query]);
  const activeIndex = Math.min(active, items.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, items]);

  const pick = (item: PickerItem) => {
    dialogRef.current?.close();
    props.onPick(item.key);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && items.length > 0) {
      event.preventDefault();
      setActive((activeIndex + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[activeIndex];
      if (item) pick(item);
    }
  };

  return (
    <dialog ref={dialogRef} className="command-palette" aria-label={props.title} onClose={props.onClose}>
      <div className="command-search">
        <input
          role="combobox"
          aria-label={props.fieldLabel}
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? optionId(activeIndex) : undefined}
          placeholder={props.placeholder}
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoFocus
        />
      </div>
      <ul ref={listRef} id={listId} role="listbox" aria-label={props.title} className="command-list">
        {items.map((item, index) => (
          <li
            key={item.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            aria-label={item.text}
            className="command-option"
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={index === activeIndex ? undefined : () => setActive(index)}
            onClick={() => pick(item)}
          >
            {item.icon && <span className="command-icon">{item.icon}</span>}
            <span className="command-label">{item.label}</span>
            {item.detail && <span className="command-detail">{item.detail}</span>}
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="command-empty">{props.emptyText(query.trim())}</p>}
    </dialog>
  );
}
