/**
 * A reference field as a search combobox: type part of a name, pick a record
 * of an allowed kind with the mouse or the arrow keys and Enter. Shows the
 * referenced record's name, with buttons to clear the field and to go to the
 * record. The model's elements are read only while the list is open.
 */
import { Crosshair, X } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { CATALOGUE, kindPlural, listInWords, type KindId } from '@shared/csdm';
import type { Element } from '@shared/model/types';
import { useJumpTo } from '../canvas/focusElement';
import { useDocument } from '../editor/EditorContext';
import { FieldRow } from './FieldRow';
import { MIXED } from './multiEdit';
import { MIXED_TEXT, type FieldEditorProps } from './fieldProps';
import { matchReferences } from './referenceSearch';

const NO_MATCHES = { matches: [] as Element[], total: 0 };
const NO_KINDS: readonly KindId[] = [];

export function ReferenceField({ field, value, onCommit, selfId }: FieldEditorProps) {
  const id = useId();
  const listId = `${id}-list`;
  const kinds = field.references ?? NO_KINDS;
  const jumpTo = useJumpTo();
  const mixed = value === MIXED;
  const targetId = mixed ? '' : value;
  const target = useDocument((state) => (targetId ? state.doc.elements[targetId] : undefined));
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Subscribed to the elements only while the list is open.
  const elements = useDocument((state) => (open ? state.doc.elements : null));
  const { matches, total } = useMemo(
    () => (elements ? matchReferences(Object.values(elements), kinds, query, selfId) : NO_MATCHES),
    [elements, kinds, query, selfId],
  );
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (open && activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const shown = target ? target.name : targetId ? '(record not in this model)' : '';
  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const openWith = (text: string) => {
    setOpen(true);
    setQuery(text);
    setActive(0);
  };
  const choose = (element: Element | undefined) => {
    close();
    if (element && element.id !== targetId) onCommit(element.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openWith('');
        else setActive(Math.min(activeIndex + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive(Math.max(activeIndex - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (!open) break;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : matches.length - 1);
        break;
      case 'Enter':
        if (!open) break;
        event.preventDefault();
        choose(matches[activeIndex]);
        break;
      case 'Escape':
        if (!open) break;
        event.preventDefault();
        event.stopPropagation();
        close();
        break;
    }
  };

  const wanted = listInWords(
    kinds.map((kind) => kindPlural(CATALOGUE.kinds[kind])),
    'or',
  );
  return (
    <FieldRow
      id={id}
      label={field.label}
      required={field.required}
      hint={`${field.label}: one of the model's ${wanted}`}
    >
      <div className="ref-field">
        <input
          id={id}
          className="prop-input ref-input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={mixed ? MIXED_TEXT : `Search ${wanted}…`}
          value={open ? query : shown}
          onChange={(event) => openWith(event.target.value)}
          onClick={() => {
            if (!open) openWith('');
          }}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {targetId && (
          <button
            type="button"
            className="icon-button"
            aria-label="Clear"
            title={`Clear ${field.label}`}
            onClick={() => onCommit('')}
          >
            <X aria-hidden />
          </button>
        )}
        {target && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Go to ${target.name}`}
            title={`Go to ${target.name}`}
            onClick={() => jumpTo(target.id)}
          >
            <Crosshair aria-hidden />
          </button>
        )}
        {open && (
          <ul className="ref-listbox" id={listId} role="listbox" aria-label="Matches">
            {matches.map((element, index) => (
              <li
                key={element.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={`ref-option${index === activeIndex ? ' is-active' : ''}${element.id === targetId ? ' is-current' : ''}`}
                // Keep the focus in the input so its blur does not close the list before the click.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(element)}
              >
                <span className="ref-option-name">{element.name}</span>
                {kinds.length > 1 && (
                  <span className="ref-option-kind">{CATALOGUE.kinds[element.kind].label}</span>
                )}
              </li>
            ))}
            {matches.length === 0 && (
              <li className="ref-empty" role="presentation">
                {query.trim()
                  ? `No ${wanted} match "${query.trim()}".`
                  : `No ${wanted} in this model yet: add one from the palette.`}
              </li>
            )}
            {total > matches.length && (
              <li className="ref-empty" role="presentation">
                {total - matches.length} more: type more of the name.
              </li>
            )}
          </ul>
        )}
      </div>
    </FieldRow>
  );
}
