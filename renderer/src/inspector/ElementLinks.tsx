/**
 * The element's links, read from its side: "Depends on → Payroll PROD" for
 * links it is the parent of, "Used by ← Payroll EMEA" for links into it. Each
 * entry selects the link, goes to the other element, or removes the link.
 */
import { Crosshair, Unlink } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { CATALOGUE } from '@shared/csdm';
import { disconnect } from '@shared/model/disconnect';
import type { Element, Id, Link } from '@shared/model/types';
import { useJumpTo } from '../canvas/focusElement';
import { useDocument, useEditor } from '../editor/EditorContext';
import { describeElementLinks, type LinkEntry } from './linkDescriptions';
import { PropertySection } from './PropertySection';
import { useApply } from './useApply';

/** The last answer per links record: the store asks on every edit, the walk runs only when links changed. */
const answered = new WeakMap<Readonly<Record<Id, Link>>, { elementId: Id; found: Link[] }>();

function linksOf(links: Readonly<Record<Id, Link>>, elementId: Id): Link[] {
  const last = answered.get(links);
  if (last?.elementId === elementId) return last.found;
  const found: Link[] = [];
  for (const id in links) {
    const link = links[id];
    if (link && (link.from === elementId || link.to === elementId)) found.push(link);
  }
  answered.set(links, { elementId, found });
  return found;
}

function LinkRow({ entry }: { entry: LinkEntry }) {
  const editor = useEditor();
  const apply = useApply();
  const jumpTo = useJumpTo();
  const arrow = entry.direction === 'outgoing' ? '→' : '←';
  const otherName = entry.other?.name ?? '(missing element)';
  const text = `${entry.label} ${arrow} ${otherName}`;
  return (
    <li className={`link-entry${entry.allowed ? '' : ' is-invalid'}`}>
      <button
        type="button"
        className="link-entry-text"
        aria-label={text}
        title={
          entry.allowed
            ? `${text}: select this link (${entry.link.type})`
            : `${text}: "${entry.link.type}" is not a CSDM link between these classes`
        }
        onClick={() => editor.session.getState().select([], [entry.link.id])}
      >
        <span className="link-entry-type">{entry.label}</span>
        <span className="link-entry-arrow" aria-hidden>
          {arrow}
        </span>
        <span className="link-entry-other">{otherName}</span>
      </button>
      {entry.other && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Go to ${otherName}`}
          title={`Go to ${otherName}`}
          onClick={() => entry.other && jumpTo(entry.other.id)}
        >
          <Crosshair aria-hidden />
        </button>
      )}
      <button
        type="button"
        className="icon-button danger"
        aria-label={`Remove link ${text}`}
        title="Remove this link"
        onClick={() => apply((doc) => disconnect(doc, [entry.link.id]))}
      >
        <Unlink aria-hidden />
      </button>
    </li>
  );
}

function LinkGroup({ title, hint, entries }: { title: string; hint: string; entries: LinkEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="link-group">
      <h4 className="link-group-title" title={hint}>
        {title}
      </h4>
      <ul className="link-list">
        {entries.map((entry) => (
          <LinkRow key={entry.link.id} entry={entry} />
        ))}
      </ul>
    </div>
  );
}

export function ElementLinks({ element }: { element: Element }) {
  // Link objects keep their identity while unchanged, so this re-renders only when this element's links change.
  const links = useDocument(useShallow((state) => linksOf(state.doc.links, element.id)));
  const others = useDocument(
    useShallow((state) =>
      links.map((link) => state.doc.elements[link.from === element.id ? link.to : link.from]),
    ),
  );
  const csdmVersion = useDocument((state) => state.doc.settings.csdmVersion);
  const byId = new Map(others.flatMap((other) => (other ? [[other.id, other] as const] : [])));
  const { outgoing, incoming } = describeElementLinks(CATALOGUE, { csdmVersion }, element, links, (id) =>
    byId.get(id),
  );
  return (
    <PropertySection title="Links" count={links.length}>
      {links.length === 0 ? (
        <p className="prop-note">No links yet. Draw one from the handle at the bottom of the node.</p>
      ) : (
        <>
          <LinkGroup
            title="Outgoing"
            hint="Links this element is the parent (consumer) of"
            entries={outgoing}
          />
          <LinkGroup
            title="Incoming"
            hint="Links this element is the child (what is needed) of"
            entries={incoming}
          />
        </>
      )}
    </PropertySection>
  );
}
