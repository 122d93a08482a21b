/**
 * The command palette (Ctrl/Cmd+K): type a few word starts, pick with the
 * arrow keys, Enter runs. Lists the enabled actions and "Add <kind>" for
 * every kind the catalogue search finds, recently used first.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { useActionContext } from '../actions/actionContext';
import { ACTIONS, isEnabled, runAction } from '../actions/registry';
import { formatShortcut, matchesShortcut } from '../actions/shortcuts';
import { useListKeyboard } from '../app/useListKeyboard';
import { addAtViewCentre } from '../canvas/viewCentre';
import { KindIcon } from '../canvas/KindIcon';
import { ActionIcon } from './actionIcons';
import { highlightRanges, rankCommands, type CommandItem } from './rankCommands';
import { loadRecentCommands, rememberCommand } from './recentCommands';

/** Opening the palette from the palette does nothing useful, so it is not offered. */
const NOT_OFFERED = new Set(['view.commandPalette']);

export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  // Mounted only while open, so every opening starts with an empty query and fresh enabled states.
  return open ? <PaletteDialog onClose={onClose} /> : null;
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const ctx = useActionContext();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [recent] = useState(loadRecentCommands);
  // The palette is modal: nothing changes what is enabled while it is open.
  const [actions] = useState(() =>
    ACTIONS.filter((action) => !NOT_OFFERED.has(action.id) && isEnabled(action, ctx)),
  );
  const items = useMemo(
    () => rankCommands({ query, actions, catalogue: CATALOGUE, recent }),
    [query, actions, recent],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Closing is reported once: at once when a command runs (so the palette can open again straight
  // away), and not again when the dialog's own close event follows.
  const closed = useRef(false);
  const finish = () => {
    if (closed.current) return;
    closed.current = true;
    onClose();
  };

  const run = (item: CommandItem) => {
    // Close first: the dialog hands focus back, then the command may move it (a new element's name field).
    dialogRef.current?.close();
    finish();
    rememberCommand(item.key);
    if (item.type === 'kind') addAtViewCentre(ctx.editor, ctx.flow, item.kind.id);
    else runAction(item.action, ctx);
  };

  // The palette's own keys, besides moving in the list and Enter.
  const onOtherKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') {
      // The list is driven from the field; Tab has nowhere useful to go.
      event.preventDefault();
    } else if (matchesShortcut(event.nativeEvent, 'Mod+K')) {
      event.preventDefault();
      dialogRef.current?.close();
    }
  };
  const { listRef, listId, activeIndex, optionId, setActive, fieldProps } = useListKeyboard({
    query,
    onQueryChange: setQuery,
    items,
    onChoose: run,
    pageStep: 8,
    onOtherKey,
  });

  return (
    <dialog ref={dialogRef} className="command-palette" aria-label="Command palette" onClose={finish}>
      <div className="command-search">
        <input
          {...fieldProps}
          aria-label="Command"
          placeholder="Type a command or a kind to add…"
          autoFocus
        />
      </div>
      <ul ref={listRef} id={listId} role="listbox" aria-label="Commands" className="command-list">
        {items.map((item, index) => (
          <CommandOption
            key={item.key}
            id={optionId(index)}
            item={item}
            query={query}
            selected={index === activeIndex}
            recent={query.trim() === '' && index < recent.length && recent.includes(item.key)}
            onPoint={() => setActive(index)}
            onRun={() => run(item)}
          />
        ))}
      </ul>
      {items.length === 0 && <p className="command-empty">No command or kind matches “{query.trim()}”.</p>}
      <div className="command-footer" aria-hidden>
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> to move
        </span>
        <span>
          <kbd>Enter</kbd> to run
        </span>
        <span>
          <kbd>Esc</kbd> to close
        </span>
      </div>
    </dialog>
  );
}

function CommandOption(props: {
  id: string;
  item: CommandItem;
  query: string;
  selected: boolean;
  recent: boolean;
  onPoint: () => void;
  onRun: () => void;
}) {
  const { item } = props;
  const shortcut = item.type === 'action' ? item.action.shortcuts?.[0] : undefined;
  const detail = props.recent
    ? 'Recently used'
    : item.type === 'kind'
      ? item.kind.paletteGroup
      : item.action.group;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.selected}
      className="command-option"
      // Keep focus in the search field; the click still runs the command.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={props.selected ? undefined : props.onPoint}
      onClick={props.onRun}
    >
      <span className="command-icon">
        {item.type === 'action' ? <ActionIcon action={item.action} /> : <KindIcon icon={item.kind.icon} />}
      </span>
      <span className="command-label">
        {highlightRanges(item.label, props.query).map((part, index) =>
          part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
        )}
      </span>
      <span className="command-detail">{detail}</span>
      {shortcut && <kbd className="command-shortcut">{formatShortcut(shortcut)}</kbd>}
    </li>
  );
}
