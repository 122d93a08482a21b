/**
 * The keyboard shortcuts sheet ("?" or Ctrl/Cmd+/): every action that has a
 * shortcut, read from the action registry so it cannot go stale, plus the
 * canvas gestures and the keys of the find bar, palette and menu bar.
 */
import { Fragment } from 'react';
import { ACTIONS } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionGroup } from '../actions/types';
import { Dialog } from '../app/Dialog';

const GROUPS: readonly ActionGroup[] = ['File', 'Edit', 'View', 'Arrange', 'Help'];

/** A row: what it does, and the ways to do it (each a key combination or a gesture). */
interface Row {
  label: string;
  keys: readonly string[];
}

/** Ways are written with keys in brackets: "[Shift]+drag a box", "[Mod+Delete]". */
const GESTURES: readonly { title: string; rows: readonly Row[] }[] = [
  {
    title: 'Canvas',
    rows: [
      { label: 'Add an element', keys: ['Drag from the palette', 'click a palette entry'] },
      { label: 'Connect two elements', keys: ['Drag from a handle to the other element'] },
      { label: 'Select with a box', keys: ['[Shift]+drag'] },
      { label: 'Add to the selection', keys: ['[Shift]+click'] },
      { label: 'Rename', keys: ['Double-click', '[F2]'] },
      { label: 'Delete from model', keys: ['[Delete]'] },
      { label: 'Remove from view', keys: ['[Mod+Delete]'] },
      { label: 'Move the selection', keys: ['[←] [↑] [→] [↓]', 'with [Shift] for bigger steps'] },
      { label: 'Go from element to element', keys: ['[Tab]', '[Enter] to select'] },
      { label: 'Pan and zoom', keys: ['Drag the background', 'mouse wheel'] },
    ],
  },
  {
    title: 'Find bar',
    rows: [
      { label: 'Next match', keys: ['[Enter]', '[F3]'] },
      { label: 'Previous match', keys: ['[Shift+Enter]', '[Shift+F3]'] },
      { label: 'Close, back to the canvas', keys: ['[Escape]'] },
    ],
  },
  {
    title: 'Palette and menus',
    rows: [
      { label: 'Move through a list', keys: ['[↑] [↓]'] },
      { label: 'Run the highlighted command', keys: ['[Enter]'] },
      { label: 'Menu bar (browser)', keys: ['[Alt]', '[F10]'] },
      { label: 'Close', keys: ['[Escape]'] },
    ],
  },
];

/** One way of doing something: bracketed parts are keys, the rest is read as text. */
function Way({ text }: { text: string }) {
  return (
    <span className="shortcut-way">
      {text
        .split(/(\[[^\]]+\])/)
        .map((part, index) =>
          part.startsWith('[') ? (
            <kbd key={index}>{formatShortcut(part.slice(1, -1))}</kbd>
          ) : (
            part && <span key={index}>{part}</span>
          ),
        )}
    </span>
  );
}

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && <span className="shortcut-or">{key.startsWith('with ') ? ' ' : ' or '}</span>}
          <Way text={key} />
        </Fragment>
      ))}
    </>
  );
}

function Section({ title, rows }: { title: string; rows: readonly Row[] }) {
  return (
    <section className="shortcut-section" aria-label={title}>
      <h3>{title}</h3>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>
                <Keys keys={row.keys} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const sections = GROUPS.map((group) => ({
    title: group,
    rows: ACTIONS.filter((action) => action.group === group && action.shortcuts?.length).map((action) => ({
      label: action.label.replace(/…$/, ''),
      keys: (action.shortcuts ?? []).map((shortcut) => `[${shortcut}]`),
    })),
  })).filter((section) => section.rows.length > 0);
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose} className="shortcuts-dialog">
      <div className="shortcut-sheet">
        {[...sections, ...GESTURES].map((section) => (
          <Section key={section.title} title={section.title} rows={section.rows} />
        ))}
      </div>
    </Dialog>
  );
}
