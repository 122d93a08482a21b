/**
 * Foundation data: the model's companies, departments, locations, groups and
 * users, a tab each, as editable tables. These are the records the
 * inspector's reference fields (owned by, support group, company, location,
 * ...) search and that subscribe to offerings. Every change is one model
 * operation, so it is validated and one undo step; deleting a record first
 * lists where it is used.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { CATALOGUE, type FieldDef, type KindId } from '@shared/csdm';
import { newId } from '@shared/model/ids';
import { renameElement } from '@shared/model/renameElement';
import { setAttribute } from '@shared/model/setAttribute';
import type { Element, Id, ModelDocument, OpResult } from '@shared/model/types';
import { Dialog } from '../app/Dialog';
import { KindIcon } from '../canvas/KindIcon';
import { useDocument, useEditor } from '../editor/EditorContext';
import { useDraft } from '../inspector/useDraft';
import {
  addFoundationRecord,
  deleteFoundationRecord,
  foundationKinds,
  foundationRows,
  usesOf,
  type Use,
} from './foundationRecords';
import { foundationUi } from './foundationUi';
import './foundation.css';

const KINDS = foundationKinds(CATALOGUE);
/** Rows drawn at most; the search narrows a longer list. */
const MAX_ROWS = 200;

const heading = (kind: KindId) => CATALOGUE.kinds[kind].pluralLabel ?? `${CATALOGUE.kinds[kind].label}s`;
const noun = (kind: KindId) => CATALOGUE.kinds[kind].label.toLowerCase();
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: Element, b: Element) => collator.compare(a.name, b.name);

interface Message {
  tone: 'error' | 'info';
  text: string;
}

/** Applies one operation; says what went wrong (the notice bar is behind the modal dialog). */
type Run = (operation: (doc: ModelDocument) => OpResult, success?: string) => boolean;

/** A text cell: typed into a draft, committed on Enter or leaving it; Escape puts the stored value back. */
function CellText(props: {
  value: string;
  label: string;
  onCommit: (value: string) => boolean;
  className?: string;
}) {
  const draft = useDraft(props.value);
  const commit = () => {
    if (draft.text === props.value) return;
    if (!props.onCommit(draft.text.trim() === '' ? '' : draft.text)) draft.revert();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft.text !== props.value) {
      // Undo the typing; the dialog stays open.
      event.preventDefault();
      draft.revert();
    }
  };
  return (
    <input
      className={`foundation-cell${props.className ? ` ${props.className}` : ''}`}
      aria-label={props.label}
      value={draft.text}
      spellCheck={false}
      onChange={(event) => draft.setText(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}

/** Records a reference field may point at, by kind, sorted by name. */
function useCandidates(elements: Readonly<Record<Id, Element>>, fields: readonly FieldDef[]) {
  return useMemo(() => {
    const kinds = new Set(fields.flatMap((field) => field.references ?? []));
    const map = new Map<KindId, Element[]>();
    for (const element of Object.values(elements)) {
      if (!kinds.has(element.kind)) continue;
      const list = map.get(element.kind);
      if (list) list.push(element);
      else map.set(element.kind, [element]);
    }
    for (const list of map.values()) list.sort(byName);
    return map;
  }, [elements, fields]);
}

/**
 * A reference cell as a select of the allowed records. Its options are only
 * built once the cell is used (focus or press), so a long table of long lists
 * stays light.
 */
function CellReference(props: {
  field: FieldDef;
  value: string;
  label: string;
  selfId?: Id;
  candidates: ReadonlyMap<KindId, readonly Element[]>;
  elementOf: (id: Id) => Element | undefined;
  onCommit: (value: string) => boolean;
}) {
  const [active, setActive] = useState(false);
  const current = props.value ? props.elementOf(props.value) : undefined;
  const options = active
    ? (props.field.references ?? []).flatMap((kind) => props.candidates.get(kind) ?? [])
    : current
      ? [current]
      : [];
  return (
    <select
      className="foundation-cell foundation-select"
      aria-label={props.label}
      value={props.value}
      onFocus={() => setActive(true)}
      onMouseDown={() => setActive(true)}
      onChange={(event) => props.onCommit(event.target.value)}
    >
      <option value="">—</option>
      {props.value && !current && <option value={props.value}>(record not in this model)</option>}
      {options
        .filter((element) => element.id !== props.selfId)
        .map((element) => (
          <option key={element.id} value={element.id}>
            {element.name}
          </option>
        ))}
    </select>
  );
}

function UsesSummary({ uses }: { uses: readonly Use[] }) {
  if (uses.length === 0) {
    return (
      <span className="foundation-unused" title="Not used anywhere in the model">
        —
      </span>
    );
  }
  const lines = uses.map((use) =>
    use.type === 'field' ? `${use.element.name}: ${use.how}` : `${use.how} ${use.element.name}`,
  );
  return (
    <span className="foundation-uses-count" title={lines.join('\n')}>
      {uses.length} {uses.length === 1 ? 'use' : 'uses'}
    </span>
  );
}

function RecordRow(props: {
  element: Element;
  fields: readonly FieldDef[];
  uses: readonly Use[];
  candidates: ReadonlyMap<KindId, readonly Element[]>;
  elementOf: (id: Id) => Element | undefined;
  run: Run;
  onDelete: (id: Id) => void;
}) {
  const { element, fields, run } = props;
  return (
    <tr aria-label={element.name}>
      <td>
        <CellText
          value={element.name}
          label={`Name of ${element.name}`}
          className="is-name"
          onCommit={(name) => run((doc) => renameElement(doc, element.id, name))}
        />
      </td>
      {fields.map((field) => {
        const value = element.attributes[field.column] ?? '';
        const label = `${field.label} of ${element.name}`;
        const commit = (next: string) =>
          run((doc) => setAttribute(doc, CATALOGUE, element.id, field.column, next));
        return (
          <td key={field.column}>
            {field.type === 'reference' ? (
              <CellReference
                field={field}
                value={value}
                label={label}
                selfId={element.id}
                candidates={props.candidates}
                elementOf={props.elementOf}
                onCommit={commit}
              />
            ) : (
              <CellText value={value} label={label} onCommit={commit} />
            )}
          </td>
        );
      })}
      <td className="foundation-used">
        <UsesSummary uses={props.uses} />
      </td>
      <td className="foundation-row-actions">
        <button
          type="button"
          className="foundation-icon-button danger"
          aria-label={`Delete ${element.name}`}
          title={`Delete ${element.name}`}
          onClick={() => props.onDelete(element.id)}
        >
          <Trash2 aria-hidden />
        </button>
      </td>
    </tr>
  );
}

function NewRecordRow(props: {
  kind: KindId;
  fields: readonly FieldDef[];
  candidates: ReadonlyMap<KindId, readonly Element[]>;
  run: Run;
  onDone: () => void;
}) {
  const { kind, fields } = props;
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const add = () => {
    const trimmed = name.trim();
    const added = props.run(
      (doc) => addFoundationRecord(doc, CATALOGUE, { id: newId(), kind, name: trimmed, attributes: values }),
      `Added ${noun(kind)} “${trimmed}”.`,
    );
    if (added) props.onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onDone();
    }
  };
  return (
    <tr className="foundation-new-row" aria-label={`New ${noun(kind)}`} onKeyDown={onKeyDown}>
      <td>
        <input
          className="foundation-cell is-name"
          aria-label={`Name of the new ${noun(kind)}`}
          placeholder="Name (required)"
          value={name}
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
      </td>
      {fields.map((field) => {
        const label = `${field.label} of the new ${noun(kind)}`;
        const value = values[field.column] ?? '';
        const set = (next: string) => setValues((current) => ({ ...current, [field.column]: next }));
        return (
          <td key={field.column}>
            {field.type === 'reference' ? (
              <select
                className="foundation-cell foundation-select"
                aria-label={label}
                value={value}
                onChange={(event) => set(event.target.value)}
              >
                <option value="">—</option>
                {(field.references ?? [])
                  .flatMap((ref) => props.candidates.get(ref) ?? [])
                  .map((element) => (
                    <option key={element.id} value={element.id}>
                      {element.name}
                    </option>
                  ))}
              </select>
            ) : (
              <input
                className="foundation-cell"
                aria-label={label}
                placeholder={field.label}
                value={value}
                onChange={(event) => set(event.target.value)}
              />
            )}
          </td>
        );
      })}
      <td colSpan={2} className="foundation-new-actions">
        <button type="button" className="button primary foundation-small" onClick={add}>
          Add
        </button>
        <button type="button" className="button foundation-small" onClick={props.onDone}>
          Cancel
        </button>
      </td>
    </tr>
  );
}

function DeleteConfirm(props: {
  element: Element;
  uses: readonly Use[];
  onDelete: () => void;
  onCancel: () => void;
}) {
  const { element, uses } = props;
  const fields = uses.filter((use) => use.type === 'field');
  const links = uses.filter((use) => use.type === 'link');
  const kindLabel = (use: Use) => CATALOGUE.kinds[use.element.kind].label;
  return (
    <section className="foundation-confirm" role="group" aria-label={`Delete ${element.name}`}>
      <h3 className="foundation-confirm-title">
        <KindIcon icon={CATALOGUE.kinds[element.kind].icon} size={16} />
        Delete “{element.name}”?
      </h3>
      {uses.length === 0 ? (
        <p>It is not used anywhere in the model.</p>
      ) : (
        <>
          <p>
            It is used in {uses.length} {uses.length === 1 ? 'place' : 'places'}. Deleting it{' '}
            {fields.length > 0 && links.length > 0
              ? 'clears these fields and removes these links'
              : fields.length > 0
                ? fields.length === 1
                  ? 'clears this field'
                  : 'clears these fields'
                : links.length === 1
                  ? 'removes this link'
                  : 'removes these links'}
            :
          </p>
          <div className="foundation-uses" aria-label="Where it is used" role="group">
            {fields.length > 0 && (
              <>
                <h4>Referenced in fields</h4>
                <ul>
                  {fields.map((use) => (
                    <li key={`${use.element.id}:${use.how}`}>
                      <KindIcon icon={CATALOGUE.kinds[use.element.kind].icon} size={13} />
                      <strong>{use.element.name}</strong>
                      <span className="muted">{kindLabel(use)}</span>
                      <span className="foundation-use-how">{use.how}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {links.length > 0 && (
              <>
                <h4>Links</h4>
                <ul>
                  {links.map((use, index) => (
                    <li key={`${use.element.id}:${use.how}:${index}`}>
                      <KindIcon icon={CATALOGUE.kinds[use.element.kind].icon} size={13} />
                      <span className="foundation-use-how">{use.how}</span>
                      <strong>{use.element.name}</strong>
                      <span className="muted">{kindLabel(use)}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </>
      )}
      <p className="muted foundation-undo-hint">Undo brings it back, with its references and links.</p>
      <div className="foundation-confirm-actions">
        <button type="button" className="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={props.onDelete}>
          Delete {CATALOGUE.kinds[element.kind].label.toLowerCase()}
        </button>
      </div>
    </section>
  );
}

function RecordTable({ kind, run, message }: { kind: KindId; run: Run; message: Message | null }) {
  const doc = useDocument((state) => state.doc);
  const fields = CATALOGUE.kinds[kind].fields;
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Id | null>(null);
  const all = useMemo(() => foundationRows(CATALOGUE, doc.elements, kind, ''), [doc.elements, kind]);
  const rows = useMemo(
    () => (query.trim() ? foundationRows(CATALOGUE, doc.elements, kind, query) : all),
    [all, doc.elements, kind, query],
  );
  const candidates = useCandidates(doc.elements, fields);
  const elementOf = (id: Id) => (Object.hasOwn(doc.elements, id) ? doc.elements[id] : undefined);
  const shown = rows.slice(0, MAX_ROWS);
  const target = deleting ? elementOf(deleting) : undefined;

  if (target) {
    return (
      <DeleteConfirm
        element={target}
        uses={usesOf(doc, CATALOGUE, target.id)}
        onCancel={() => setDeleting(null)}
        onDelete={() => {
          run(
            (current) => deleteFoundationRecord(current, target.id),
            `Deleted ${noun(kind)} “${target.name}”.`,
          );
          setDeleting(null);
        }}
      />
    );
  }

  return (
    <>
      <div className="foundation-toolbar">
        <input
          type="search"
          className="foundation-search"
          aria-label={`Search ${heading(kind).toLowerCase()}`}
          placeholder={`Search ${heading(kind).toLowerCase()}…`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="foundation-total" aria-live="polite">
          {query.trim()
            ? `${rows.length} of ${all.length}`
            : `${all.length} ${all.length === 1 ? noun(kind) : heading(kind).toLowerCase()}`}
        </span>
        <button
          type="button"
          className="button primary foundation-add"
          onClick={() => setAdding(true)}
          disabled={adding}
        >
          <Plus aria-hidden />
          Add {noun(kind)}
        </button>
      </div>
      {message && (
        <p
          className={`foundation-message is-${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <div className="foundation-table-wrap">
        <table className="foundation-table" aria-label={heading(kind)}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {fields.map((field) => (
                <th scope="col" key={field.column}>
                  {field.label}
                </th>
              ))}
              <th scope="col">Used</th>
              <th scope="col">
                <span className="foundation-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {adding && (
              <NewRecordRow
                kind={kind}
                fields={fields}
                candidates={candidates}
                run={run}
                onDone={() => setAdding(false)}
              />
            )}
            {shown.map((element) => (
              <RecordRow
                key={element.id}
                element={element}
                fields={fields}
                uses={usesOf(doc, CATALOGUE, element.id)}
                candidates={candidates}
                elementOf={elementOf}
                run={run}
                onDelete={setDeleting}
              />
            ))}
            {rows.length === 0 && !adding && (
              <tr>
                <td colSpan={fields.length + 3} className="foundation-empty">
                  {query.trim()
                    ? `No ${noun(kind)} matches “${query.trim()}”.`
                    : `No ${heading(kind).toLowerCase()} in this model yet.`}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {rows.length > shown.length && (
          <p className="foundation-more">
            Showing {shown.length} of {rows.length}: search to narrow the list.
          </p>
        )}
      </div>
    </>
  );
}

function FoundationDataOpen({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  const ui = foundationUi(editor);
  const tab = useStore(ui, (state) => state.tab);
  const baseId = useId();
  const counts = useDocument((state) => {
    const count: Record<string, number> = {};
    for (const id in state.doc.elements) {
      const kind = state.doc.elements[id]?.kind;
      if (kind) count[kind] = (count[kind] ?? 0) + 1;
    }
    return KINDS.map((kind) => count[kind] ?? 0).join(',');
  });
  const countOf = (index: number) => Number(counts.split(',')[index] ?? 0);
  const [message, setMessage] = useState<Message | null>(null);

  const run: Run = (operation, success) => {
    const refusal = editor.document.getState().apply(operation);
    setMessage(refusal ? { tone: 'error', text: refusal } : success ? { tone: 'info', text: success } : null);
    return refusal === null;
  };
  const select = (kind: KindId) => {
    ui.getState().setTab(kind);
    setMessage(null);
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = KINDS[(KINDS.indexOf(tab) + step + KINDS.length) % KINDS.length];
    if (!next) return;
    select(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  return (
    <Dialog title="Foundation data" open onClose={onClose} className="foundation-dialog">
      <p className="muted foundation-intro">
        Reference records of this model: what owned by, support group, company, location and the other
        reference fields point at, and who subscribes to offerings. Changes are undoable.
      </p>
      <div role="tablist" aria-label="Record types" className="foundation-tabs">
        {KINDS.map((kind, index) => (
          <button
            key={kind}
            id={`${baseId}-tab-${kind}`}
            type="button"
            role="tab"
            aria-selected={kind === tab}
            aria-controls={`${baseId}-panel`}
            tabIndex={kind === tab ? 0 : -1}
            className="foundation-tab"
            onClick={() => select(kind)}
            onKeyDown={onTabKey}
          >
            <KindIcon icon={CATALOGUE.kinds[kind].icon} size={14} />
            {heading(kind)}
            <span className="foundation-tab-count">{countOf(index)}</span>
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="foundation-panel"
      >
        <RecordTable key={tab} kind={tab} run={run} message={message} />
      </div>
    </Dialog>
  );
}

/** Mounted while open, so each opening starts with an empty search. */
export function FoundationDataDialog() {
  const editor = useEditor();
  const ui = foundationUi(editor);
  const open = useStore(ui, (state) => state.open);
  return open ? <FoundationDataOpen onClose={() => ui.getState().close()} /> : null;
}
