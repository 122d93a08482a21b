/**
 * Find (Ctrl/Cmd+F): a bar over the canvas, not a modal, so the diagram stays
 * usable while it is open. Searches names and attribute values as users read
 * them (shared/model/findElements); each match is selected and centred, in
 * its own view if need be. Enter / F3 next, Shift+Enter / Shift+F3 previous,
 * Escape closes and hands focus back to the canvas.
 */
import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { findElements, type FindHit } from '@shared/model/findElements';
import type { Id } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { focusCanvas, focusElement } from '../canvas/focusElement';
import { KindIcon } from '../canvas/KindIcon';
import { useDocument, useSession } from '../editor/EditorContext';

export function FindBar({ open, request, onClose }: { open: boolean; request: number; onClose: () => void }) {
  const ctx = useActionContext();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(-1);
  // Fixed when the query changes, so showing a match in another view does not reorder the matches.
  const [originView, setOriginView] = useState<Id | undefined>(undefined);
  const doc = useDocument((state) => state.doc);
  const activeViewId = useSession((state) => state.activeViewId);
  const hits = useMemo(
    () => (open ? findElements(doc, CATALOGUE, query, { preferViewId: originView }) : []),
    [open, doc, query, originView],
  );
  const current = index >= 0 && index < hits.length ? index : -1;

  // Every Ctrl/Cmd+F (also while open) puts the cursor in the field with the query selected.
  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [open, request]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const go = (to: number, list: readonly FindHit[] = hits) => {
    const hit = list[to];
    setIndex(hit ? to : -1);
    if (hit) focusElement(ctx, hit.elementId, { viewId: hit.viewId });
  };
  const step = (by: 1 | -1) => {
    if (hits.length === 0) return;
    go(current === -1 ? (by === 1 ? 0 : hits.length - 1) : (current + by + hits.length) % hits.length);
  };
  const close = () => {
    onClose();
    focusCanvas();
  };

  // F3 / Shift+F3 work wherever the focus is while the bar is open (the canvas included).
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F3' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      stepRef.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!open) return null;

  const onInputKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };
  const onBarKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const count =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? 'No matches'
        : `${current === -1 ? '–' : current + 1} of ${hits.length}`;

  return (
    <div className="find-bar" role="search" aria-label="Find in model" onKeyDown={onBarKeyDown}>
      <div className="find-row">
        <input
          ref={inputRef}
          type="search"
          aria-label="Find"
          aria-controls={listId}
          aria-describedby={`${listId}-count`}
          placeholder="Find by name or field value"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            const next = event.target.value;
            const view = ctx.editor.session.getState().activeViewId;
            setQuery(next);
            setOriginView(view);
            // As in a browser's find, typing goes to the first match.
            go(0, findElements(ctx.editor.document.getState().doc, CATALOGUE, next, { preferViewId: view }));
          }}
          onKeyDown={onInputKeyDown}
        />
        <span id={`${listId}-count`} className="find-count" aria-live="polite">
          {count}
        </span>
        <button
          type="button"
          className="tool-button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          disabled={hits.length === 0}
          onClick={() => step(-1)}
        >
          <ChevronUp aria-hidden />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Next match"
          title="Next match (Enter)"
          disabled={hits.length === 0}
          onClick={() => step(1)}
        >
          <ChevronDown aria-hidden />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Close find"
          title="Close (Escape)"
          onClick={close}
        >
          <X aria-hidden />
        </button>
      </div>
      {hits.length > 0 && (
        <ul ref={listRef} id={listId} className="find-results" aria-label="Matches">
          {hits.map((hit, i) => {
            const element = doc.elements[hit.elementId];
            if (!element) return null;
            const kind = CATALOGUE.kinds[element.kind];
            const where =
              hit.viewId === null
                ? 'not in any view'
                : hit.viewId !== activeViewId
                  ? `in view ${doc.views[hit.viewId]?.name ?? ''}`
                  : null;
            return (
              <li key={hit.elementId}>
                <button
                  type="button"
                  className="find-result"
                  aria-current={i === current}
                  onClick={() => go(i)}
                >
                  <KindIcon icon={kind.icon} size={14} />
                  <span className="find-result-text">
                    <span className="find-result-name">{element.name}</span>
                    <span className="find-result-detail">
                      {hit.match.kind === 'attribute' ? `${hit.match.label}: ${hit.match.text}` : kind.label}
                    </span>
                  </span>
                  {where && <span className="find-result-where">{where}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
