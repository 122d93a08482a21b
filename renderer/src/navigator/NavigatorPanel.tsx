/**
 * The navigator: the whole model as a tree (WAI-ARIA tree pattern), portfolios
 * over services over offerings, then everything else by kind. Each row shows
 * the kind icon, the name and in how many views the element appears. Click or
 * Enter brings an element into sight on the canvas; dragging a row onto the
 * canvas shows that element in the view on screen. A search box narrows the
 * tree to matches and their ancestors.
 *
 * The tree is rebuilt only when elements or links change (not on drags), and
 * the counts only when a view gains or loses elements (useViewMembership).
 */
import { ChevronRight, EyeOff, FolderX, Layers, SlidersHorizontal } from 'lucide-react';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { CATALOGUE, isKindId } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { focusElement } from '../canvas/focusElement';
import { KindIcon } from '../canvas/KindIcon';
import { useDocument, useSession } from '../editor/EditorContext';
import { foundationUi } from '../foundation/foundationUi';
import {
  buildNavigatorTree,
  filterTree,
  FOUNDATION_GROUP,
  UNFILED_GROUP,
  visibleRows,
  type Row,
  type TreeNode,
} from './buildTree';
import { ELEMENT_DRAG_TYPE } from './elementDrag';
import { useViewMembership } from './useViewMembership';
import './navigator.css';

const NO_VIEWS: readonly string[] = [];
const TYPEAHEAD_MS = 700;
const INDENT = 12;

/** The text a row shows (an offering named after its service shows the rest of its name). */
const shownLabel = (node: TreeNode): string =>
  node.type === 'element' ? (node.shortLabel ?? node.label) : node.label;

const rowKey = (row: Row): string => (row.type === 'node' ? row.node.key : row.key);

function viewsText(names: readonly string[]): string {
  if (names.length === 0) return 'In no view: drag it onto the canvas to show it';
  return `In ${names.length} view${names.length === 1 ? '' : 's'}: ${names.join(', ')}`;
}

function GroupIcon({ node }: { node: TreeNode }) {
  if (node.type !== 'group') return null;
  if (node.groupId.startsWith('kind:')) {
    const kind = node.groupId.slice('kind:'.length);
    return isKindId(kind) ? <KindIcon icon={CATALOGUE.kinds[kind].icon} /> : null;
  }
  const Icon = node.groupId === UNFILED_GROUP ? FolderX : Layers;
  return <Icon aria-hidden className="nav-group-icon" />;
}

interface RowProps {
  row: Row;
  id: string;
  focusable: boolean;
  selected: boolean;
  matched: boolean;
  views: readonly string[];
  onActivate: (row: Row) => void;
  onToggle: (row: Row) => void;
  onManageFoundation: () => void;
}

const TreeRow = memo(function TreeRow(props: RowProps) {
  const { row, id, focusable, selected, matched, views } = props;
  const indent = { paddingLeft: 4 + (row.level - 1) * INDENT };
  if (row.type === 'more') {
    return (
      <div
        role="treeitem"
        id={id}
        data-key={row.key}
        aria-level={row.level}
        aria-disabled
        tabIndex={focusable ? 0 : -1}
        className="nav-row nav-more"
        style={indent}
      >
        {row.hidden} more: search to narrow the list
      </div>
    );
  }
  const { node } = row;
  const hasChildren = node.children.length > 0;
  const element = node.type === 'element';
  const kind = element ? CATALOGUE.kinds[node.kind] : undefined;
  const unplaced = element && views.length === 0;
  const description = element
    ? `${kind?.label ?? ''}. ${viewsText(views)}`
    : `${node.count} element${node.count === 1 ? '' : 's'}`;
  const classes = [
    'nav-row',
    element ? 'is-element' : 'is-group',
    selected && 'is-selected',
    matched && 'is-match',
    unplaced && 'is-unplaced',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="treeitem"
      id={id}
      data-key={node.key}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={hasChildren ? row.expanded : undefined}
      aria-selected={element ? selected : undefined}
      aria-label={node.label}
      aria-description={description}
      tabIndex={focusable ? 0 : -1}
      className={classes}
      style={indent}
      title={element ? `${node.label}\n${kind?.label ?? ''} · ${viewsText(views)}` : node.label}
      draggable={element}
      onDragStart={
        element
          ? (event) => {
              event.dataTransfer.setData(ELEMENT_DRAG_TYPE, node.elementId);
              event.dataTransfer.setData('text/plain', node.label);
              event.dataTransfer.effectAllowed = 'copy';
            }
          : undefined
      }
      onClick={() => props.onActivate(row)}
    >
      <span
        className={`nav-chevron${row.expanded ? ' is-open' : ''}`}
        aria-hidden
        onClick={
          hasChildren
            ? (event) => {
                event.stopPropagation();
                props.onToggle(row);
              }
            : undefined
        }
      >
        {hasChildren && <ChevronRight />}
      </span>
      {node.type === 'element' ? <KindIcon icon={node.icon} /> : <GroupIcon node={node} />}
      <span className="nav-label">{shownLabel(node)}</span>
      {node.type === 'group' && <span className="nav-count">{node.count}</span>}
      {node.type === 'group' && node.groupId === FOUNDATION_GROUP && (
        <button
          type="button"
          className="nav-manage"
          tabIndex={-1}
          aria-label="Foundation data…"
          title="Foundation data: manage companies, departments, locations, groups and users"
          onClick={(event) => {
            event.stopPropagation();
            props.onManageFoundation();
          }}
        >
          <SlidersHorizontal aria-hidden />
        </button>
      )}
      {element &&
        (unplaced ? (
          <EyeOff className="nav-noview" aria-hidden />
        ) : (
          <span className="nav-views" aria-hidden>
            {views.length}
          </span>
        ))}
    </div>
  );
});

export function NavigatorPanel() {
  const ctx = useActionContext();
  const { editor } = ctx;
  const baseId = useId();
  const treeRef = useRef<HTMLDivElement>(null);
  const elements = useDocument((state) => state.doc.elements);
  const links = useDocument((state) => state.doc.links);
  const tree = useMemo(() => buildNavigatorTree(elements, links, CATALOGUE), [elements, links]);
  const membership = useViewMembership();
  const selection = useSession((state) => state.selectedElements);

  const [query, setQuery] = useState('');
  const search = useDeferredValue(query.trim());
  const filtered = useMemo(() => filterTree(tree, search), [tree, search]);
  const searching = search !== '';

  // What the user opened or closed: kept apart while searching, so ending a search restores the tree.
  const [opened, setOpened] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [searchOpened, setSearchOpened] = useState<{ search: string; map: ReadonlyMap<string, boolean> }>({
    search: '',
    map: new Map(),
  });
  const searchMap = searchOpened.search === search ? searchOpened.map : undefined;
  const isExpanded = useCallback(
    (node: TreeNode): boolean =>
      searching
        ? (searchMap?.get(node.key) ?? filtered.expand.has(node.key))
        : (opened.get(node.key) ?? node.defaultExpanded),
    [searching, searchMap, filtered, opened],
  );
  const rows = useMemo(() => visibleRows(filtered.nodes, isExpanded), [filtered, isExpanded]);

  const setExpanded = useCallback(
    (node: TreeNode, open: boolean) => {
      if (searching) {
        setSearchOpened((state) => {
          const map = new Map(state.search === search ? state.map : []);
          map.set(node.key, open);
          return { search, map };
        });
      } else {
        setOpened((state) => new Map(state).set(node.key, open));
      }
    },
    [searching, search],
  );

  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const currentIndex = Math.max(
    0,
    rows.findIndex((row) => rowKey(row) === focusedKey),
  );
  // Moves the DOM focus after the render that shows the row (a child appears only once its parent opens).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    const target = treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    target?.focus();
  });
  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    const key = rowKey(row);
    setFocusedKey(key);
    pendingFocus.current = key;
  };

  const onToggle = useCallback(
    (row: Row) => {
      if (row.type !== 'node') return;
      setFocusedKey(row.node.key);
      setExpanded(row.node, !row.expanded);
    },
    [setExpanded],
  );
  const onActivate = useCallback(
    (row: Row) => {
      if (row.type !== 'node') return;
      setFocusedKey(row.node.key);
      if (row.node.type === 'element') focusElement(ctx, row.node.elementId);
      else if (row.node.children.length > 0) setExpanded(row.node, !row.expanded);
    },
    [ctx, setExpanded],
  );
  const onManageFoundation = useCallback(() => foundationUi(editor).getState().show(), [editor]);

  const typeahead = useRef({ text: '', at: 0 });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'treeitem') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The row that has the focus (a click or a screen reader may have moved it).
    const targetKey = event.target.dataset['key'];
    const targetIndex = rows.findIndex((candidate) => rowKey(candidate) === targetKey);
    const focusedIndex = targetIndex >= 0 ? targetIndex : currentIndex;
    const row = rows[focusedIndex];
    if (!row) return;
    const node = row.type === 'node' ? row.node : undefined;
    const handled = (): void => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return moveTo(focusedIndex + 1);
      case 'ArrowUp':
        handled();
        return moveTo(focusedIndex - 1);
      case 'Home':
        handled();
        return moveTo(0);
      case 'End':
        handled();
        return moveTo(rows.length - 1);
      case 'ArrowRight':
        handled();
        if (!node || node.children.length === 0 || row.type !== 'node') return;
        if (!row.expanded) setExpanded(node, true);
        else moveTo(focusedIndex + 1);
        return;
      case 'ArrowLeft': {
        handled();
        if (node && row.type === 'node' && row.expanded) return setExpanded(node, false);
        const parent = rows.findIndex((candidate) => rowKey(candidate) === row.parentKey);
        if (parent >= 0) moveTo(parent);
        return;
      }
      case 'Enter':
        handled();
        return onActivate(row);
    }
    // Type-ahead: the next row whose name starts with what was typed.
    if (event.key.length !== 1 || (event.key === ' ' && typeahead.current.text === '')) {
      if (event.key === ' ') {
        handled();
        onActivate(row);
      }
      return;
    }
    handled();
    const now = event.timeStamp;
    const state = typeahead.current;
    if (now - state.at > TYPEAHEAD_MS) state.text = '';
    state.text += event.key.toLowerCase();
    state.at = now;
    const start = state.text.length === 1 ? focusedIndex + 1 : focusedIndex;
    for (let step = 0; step < rows.length; step++) {
      const candidate = rows[(start + step) % rows.length];
      const shown = candidate?.type === 'node' ? shownLabel(candidate.node) : undefined;
      if (shown?.toLowerCase().startsWith(state.text)) {
        return moveTo((start + step) % rows.length);
      }
    }
  };

  return (
    <aside className="side-panel navigator" aria-label="Navigator">
      <div className="navigator-search">
        <input
          type="search"
          aria-label="Search the model"
          placeholder="Search elements…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && rows.length > 0) {
              event.preventDefault();
              moveTo(currentIndex);
            }
          }}
        />
      </div>
      {searching && (
        <p className="navigator-summary" aria-live="polite">
          {filtered.nodes.length === 0
            ? `Nothing matches “${search}”.`
            : `${filtered.matchCount} element${filtered.matchCount === 1 ? '' : 's'} match`}
        </p>
      )}
      <div
        ref={treeRef}
        role="tree"
        aria-label="Model elements"
        className="navigator-tree"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const key = event.target.dataset['key'];
          if (key !== undefined && key !== focusedKey) setFocusedKey(key);
        }}
      >
        {rows.map((row, index) => {
          const key = rowKey(row);
          const node = row.type === 'node' ? row.node : undefined;
          const elementId: Id | undefined = node?.type === 'element' ? node.elementId : undefined;
          return (
            <TreeRow
              key={key}
              id={`${baseId}-${index}`}
              row={row}
              focusable={index === currentIndex}
              selected={elementId !== undefined && selection.has(elementId)}
              matched={searching && node !== undefined && filtered.matched.has(node.key)}
              views={(elementId !== undefined && membership.get(elementId)) || NO_VIEWS}
              onActivate={onActivate}
              onToggle={onToggle}
              onManageFoundation={onManageFoundation}
            />
          );
        })}
      </div>
    </aside>
  );
}
