/**
 * "Link to…": the keyboard way to draw a link. Lists what the catalogue lets
 * the selected element link to, read from its side ("Depends on Payroll PROD",
 * "offering of Payroll Processing"); picking one creates the link and, if the
 * other element is not in this view, places it beside the selected one.
 */
import { useCallback, useState } from 'react';
import { CATALOGUE } from '@shared/csdm';
import type { ConnectionOption } from '@shared/csdm/queries/connectionOptions';
import { linkCandidates } from '@shared/csdm/queries/linkCandidates';
import { addToView } from '@shared/model/addToView';
import { connect } from '@shared/model/connect';
import { newId } from '@shared/model/ids';
import { freeSpot } from '@shared/layout/freeSpot';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { PickerDialog, type PickerItem } from '../app/PickerDialog';
import { useEditor } from '../editor/EditorContext';
import { KindIcon } from './KindIcon';
import { connectContext } from './connectContext';

const MAX_SHOWN = 200;
const GAP = 48;

function optionKey(option: ConnectionOption): string {
  return `${option.from}|${option.rule.type}|${option.to}`;
}

function matches(text: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = text.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Connect, and place the other end near the selected element when this view lacks it: one undo step. */
export function linkAndPlace(doc: ModelDocument, option: ConnectionOption, selectedId: string, viewId: string): OpResult {
  const linked = connect(doc, CATALOGUE, { id: newId(), from: option.from, to: option.to, type: option.rule.type });
  if (!linked.ok) return linked;
  const otherId = option.from === selectedId ? option.to : option.from;
  const view = linked.doc.views[viewId];
  const anchor = view?.placements[selectedId];
  if (!view || !anchor || view.placements[otherId]) return linked;
  // Parents sit above their children, as in the CSDM layers.
  const y = option.from === selectedId ? anchor.y + anchor.height + GAP : anchor.y - anchor.height - GAP;
  const spot = freeSpot({ ...DEFAULT_NODE_SIZE, x: anchor.x, y }, Object.values(view.placements));
  return addToView(linked.doc, viewId, { [otherId]: spot });
}

interface Candidate {
  key: string;
  option: ConnectionOption;
  /** The link read from the selected element's side: "Depends on", "offering of". */
  verb: string;
  otherName: string;
  kindLabel: string;
  icon: string;
  inView: boolean;
}

function candidatesFor(doc: ModelDocument, selectedId: string, viewId: string): Candidate[] {
  const view = doc.views[viewId];
  return linkCandidates(connectContext(doc), selectedId, Object.values(doc.elements))
    .flatMap((option) => {
      const outgoing = option.from === selectedId;
      const other = doc.elements[outgoing ? option.to : option.from];
      if (!other) return [];
      const type = CATALOGUE.linkTypes[option.rule.type];
      const kind = CATALOGUE.kinds[other.kind];
      return [
        {
          key: optionKey(option),
          option,
          verb: (outgoing ? type?.label : type?.reverseLabel) ?? option.rule.type,
          otherName: other.name,
          kindLabel: kind.label,
          icon: kind.icon,
          inView: Boolean(view?.placements[other.id]),
        },
      ];
    })
    .sort((a, b) => Number(b.inView) - Number(a.inView) || a.otherName.localeCompare(b.otherName));
}

export function LinkToDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  // The dialog is modal: the document cannot change while it is open, so candidates are found once.
  const [{ selectedId, viewId, candidates, name }] = useState(() => {
    const { doc } = editor.document.getState();
    const session = editor.session.getState();
    const [id] = session.selectedElements;
    return {
      selectedId: id,
      viewId: session.activeViewId,
      name: id ? doc.elements[id]?.name : undefined,
      candidates: id ? candidatesFor(doc, id, session.activeViewId) : [],
    };
  });

  const items = useCallback(
    (query: string): PickerItem[] =>
      candidates
        .filter((candidate) => matches(`${candidate.verb} ${candidate.otherName} ${candidate.kindLabel}`, query))
        .slice(0, MAX_SHOWN)
        .map((candidate) => ({
          key: candidate.key,
          text: `${candidate.verb} ${candidate.otherName}`,
          label: (
            <>
              <span className="muted">{candidate.verb}</span> {candidate.otherName}
            </>
          ),
          icon: <KindIcon icon={candidate.icon} />,
          detail: `${candidate.kindLabel}${candidate.inView ? '' : ' · not in this view'}`,
        })),
    [candidates],
  );

  const onPick = (key: string) => {
    const candidate = candidates.find((entry) => entry.key === key);
    if (!candidate || !selectedId) return;
    const refusal = editor.document
      .getState()
      .apply((doc) => linkAndPlace(doc, candidate.option, selectedId, viewId));
    if (refusal) editor.session.getState().notify('refusal', refusal);
  };

  return (
    <PickerDialog
      title={`Link ${name ?? ''} to…`}
      fieldLabel="Link to"
      placeholder="Type a name, a kind or a link type…"
      emptyText={(query) =>
        query ? `Nothing CSDM allows matches “${query}”.` : 'CSDM allows no further link from this element.'
      }
      items={items}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
