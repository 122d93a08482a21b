/**
 * The models in the local library as a table: name, last changed, elements,
 * findings; open (double-click or Enter), rename (F2), duplicate, delete
 * (Delete; asks first, and the notice afterwards offers Undo). Arrow keys
 * move between rows. Used by the start screen and the File › Model library
 * dialog.
 */
import { Copy, FolderOpen, Pencil, Trash2 } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Id } from '@shared/model/types';
import type { ModelHost } from '../persistence/modelHost';
import type { Library } from '../persistence/openLibrary';
import type { ModelSummary } from '../persistence/repository';
import { useLiveQuery } from '../persistence/useLiveQuery';
import { describeStorageError } from '../persistence/errors';
import { ConfirmDialog } from '../persistence/ui/ConfirmDialog';
import { DataTable } from '../persistence/ui/DataTable';
import { PromptDialog } from '../persistence/ui/PromptDialog';
import { TimeCell } from '../persistence/ui/TimeCell';

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

export function LibraryPanel({
  host,
  library,
  openModelId,
}: {
  host: ModelHost;
  library: Library;
  /** The model open in this window, marked in the list. */
  openModelId: Id | null;
}) {
  const models = useLiveQuery(() => library.models.listModels(), [library]);
  const [active, setActive] = useState(0);
  const [renaming, setRenaming] = useState<ModelSummary | null>(null);
  const [deleting, setDeleting] = useState<ModelSummary | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  if (models.state === 'loading') return <p className="library-empty muted">Reading the model library…</p>;
  if (models.state === 'failed') {
    return (
      <p className="library-empty" role="alert">
        {describeStorageError(models.error).message}
      </p>
    );
  }
  const list = models.value;
  if (list.length === 0) {
    return (
      <div className="library-empty">
        <p>
          <strong>No models yet.</strong>
        </p>
        <p className="muted">
          Start with an empty model, or with the sample to see how a CSDM service map looks.
        </p>
      </div>
    );
  }
  const current = Math.min(active, list.length - 1);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(list.length - 1, index));
    setActive(next);
    rows.current[next]?.focus();
  };
  const onRowKey = (event: KeyboardEvent, model: ModelSummary, index: number) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(list.length - 1),
      Enter: () => void host.open(model.id),
      F2: () => setRenaming(model),
      Delete: () => setDeleting(model),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  return (
    <>
      <DataTable
        label="Models"
        className="library-table"
        columns={[
          { label: 'Name' },
          { label: 'Last changed' },
          { label: 'Elements', numeric: true },
          { label: 'Findings', numeric: true },
        ]}
      >
        {list.map((model, index) => (
          <tr
            key={model.id}
            ref={(row) => {
              rows.current[index] = row;
            }}
            tabIndex={index === current ? 0 : -1}
            aria-label={model.name}
            aria-current={model.id === openModelId ? 'true' : undefined}
            className={model.id === openModelId ? 'is-open' : undefined}
            onFocus={() => setActive(index)}
            onKeyDown={(event) => onRowKey(event, model, index)}
            onDoubleClick={() => void host.open(model.id)}
          >
            <th scope="row">
              <span className="library-name">{model.name}</span>
              {model.id === openModelId && <span className="library-badge">Open</span>}
            </th>
            <TimeCell time={model.updatedAt} />
            <td className="numeric" aria-label={plural(model.elementCount, 'element')}>
              {model.elementCount.toLocaleString()}
            </td>
            <td className="numeric" aria-label={plural(model.findingCount, 'finding')}>
              {model.findingCount > 0 ? (
                <span className="library-findings">{model.findingCount.toLocaleString()}</span>
              ) : (
                <span className="muted">0</span>
              )}
            </td>
            <td className="row-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Open “${model.name}”`}
                title="Open (Enter)"
                onClick={() => void host.open(model.id)}
              >
                <FolderOpen aria-hidden size={15} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Rename “${model.name}”`}
                title="Rename (F2)"
                onClick={() => setRenaming(model)}
              >
                <Pencil aria-hidden size={15} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Duplicate “${model.name}”`}
                title="Duplicate"
                onClick={() => void host.duplicate(model.id)}
              >
                <Copy aria-hidden size={15} />
              </button>
              <button
                type="button"
                className="icon-button danger"
                aria-label={`Delete “${model.name}”`}
                title="Delete (Del)"
                onClick={() => setDeleting(model)}
              >
                <Trash2 aria-hidden size={15} />
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="library-hint muted">
        Double-click or Enter opens a model · F2 renames · Delete moves it to the bin, with Undo · every
        change is saved as you work
      </p>
      {renaming && (
        <PromptDialog
          title="Rename model"
          label="Name"
          initial={renaming.name}
          confirmLabel="Rename"
          requiredMessage="A model needs a name."
          onCancel={() => setRenaming(null)}
          onConfirm={(name) => {
            setRenaming(null);
            void host.rename(renaming.id, name);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete model"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void host.remove(deleting.id);
          }}
        >
          <p>
            The model, its {plural(deleting.elementCount, 'element')} and its saved versions leave the
            library. You can undo this right after.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
