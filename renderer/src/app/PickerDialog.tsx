/**
 * A modal search-and-pick list driven from its search field: type to filter,
 * arrow keys to move, Enter to pick, Escape to close. Styled like the command
 * palette; used wherever users choose one of many (link targets, ...).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useListKeyboard } from './useListKeyboard';

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
  const [query, setQuery] = useState('');
  const { items: itemsFor } = props;
  const items = useMemo(() => itemsFor(query), [itemsFor, query]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const pick = (item: PickerItem) => {
    dialogRef.current?.close();
    props.onPick(item.key);
  };
  const { listRef, listId, activeIndex, optionId, setActive, fieldProps } = useListKeyboard({
    query,
    onQueryChange: setQuery,
    items,
    onChoose: pick,
  });

  return (
    <dialog ref={dialogRef} className="command-palette" aria-label={props.title} onClose={props.onClose}>
      <div className="command-search">
        <input {...fieldProps} aria-label={props.fieldLabel} placeholder={props.placeholder} autoFocus />
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
