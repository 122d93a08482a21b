/**
 * "Add subscriber": a search over the model's companies, departments,
 * locations, groups and users that do not subscribe to the offering yet, and,
 * for what was typed, "Create new <kind> “<name>”" entries that create the
 * Foundation record and subscribe it in one undo step.
 */
import { Plus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { CATALOGUE, kindPlural, listInWords, type KindId } from '@shared/csdm';
import { newId } from '@shared/model/ids';
import type { Element } from '@shared/model/types';
import { PickerDialog, type PickerItem } from '../../app/PickerDialog';
import { KindIcon } from '../../canvas/KindIcon';
import { useEditor } from '../../editor/EditorContext';
import { matchReferences } from '../referenceSearch';
import { createAndSubscribe, subscribe, subscriberKinds, subscriptionLinks } from './subscriptions';

const MAX_SHOWN = 100;
const EXISTING = 'existing:';
const CREATE = 'create:';

function describe(element: Element, elementOf: (id: string) => Element | undefined): string {
  const kind = CATALOGUE.kinds[element.kind].label;
  // A little context tells two "Sales" departments apart.
  const company = element.attributes['company'] ? elementOf(element.attributes['company'])?.name : undefined;
  const city = element.attributes['city'];
  const email = element.attributes['email'];
  const extra = company ?? city ?? email;
  return extra ? `${kind} · ${extra}` : kind;
}

export function SubscriberPicker({ offeringId, onClose }: { offeringId: string; onClose: () => void }) {
  const editor = useEditor();
  // The dialog is modal: the document does not change while it is open, so candidates are found once.
  const [{ offering, kinds, candidates, elementOf }] = useState(() => {
    const { doc } = editor.document.getState();
    const current = doc.elements[offeringId];
    const allowed = current ? subscriberKinds(CATALOGUE, current.kind) : [];
    const subscribed = new Set(subscriptionLinks(doc.links, offeringId).map((link) => link.to));
    return {
      offering: current,
      kinds: allowed,
      candidates: Object.values(doc.elements).filter(
        (e) => allowed.includes(e.kind) && !subscribed.has(e.id),
      ),
      elementOf: (id: string) => (Object.hasOwn(doc.elements, id) ? doc.elements[id] : undefined),
    };
  });

  const items = useCallback(
    (query: string): PickerItem[] => {
      const { matches } = matchReferences(candidates, kinds, query, undefined, MAX_SHOWN);
      const existing = matches.map((element): PickerItem => ({
        key: `${EXISTING}${element.id}`,
        text: `${element.name}, ${CATALOGUE.kinds[element.kind].label.toLowerCase()}`,
        label: element.name,
        icon: <KindIcon icon={CATALOGUE.kinds[element.kind].icon} />,
        detail: describe(element, elementOf),
      }));
      const name = query.trim();
      const create = name
        ? kinds.map((kind): PickerItem => {
            const label = CATALOGUE.kinds[kind].label.toLowerCase();
            return {
              key: `${CREATE}${kind}:${name}`,
              text: `Create new ${label} named “${name}”`,
              label: (
                <>
                  <span className="muted">Create new {label}</span> “{name}”
                </>
              ),
              icon: <Plus aria-hidden size={16} />,
              detail: 'New Foundation record',
            };
          })
        : [];
      return [...existing, ...create];
    },
    [candidates, kinds, elementOf],
  );

  const onPick = (key: string) => {
    const apply = editor.document.getState().apply;
    let refusal: string | null = null;
    if (key.startsWith(EXISTING)) {
      const subscriberId = key.slice(EXISTING.length);
      refusal = apply((doc) => subscribe(doc, CATALOGUE, offeringId, subscriberId, newId()));
    } else if (key.startsWith(CREATE)) {
      const rest = key.slice(CREATE.length);
      const colon = rest.indexOf(':');
      const kind = rest.slice(0, colon) as KindId;
      const name = rest.slice(colon + 1);
      refusal = apply((doc) =>
        createAndSubscribe(doc, CATALOGUE, offeringId, { id: newId(), kind, name, linkId: newId() }),
      );
    }
    if (refusal) editor.session.getState().notify('refusal', refusal);
  };

  const wanted = listInWords(
    kinds.map((kind) => kindPlural(CATALOGUE.kinds[kind])),
    'or',
  );
  return (
    <PickerDialog
      title={`Add a subscriber to ${offering?.name ?? 'the offering'}`}
      fieldLabel="Subscriber"
      placeholder="Search by name, or type a new name…"
      emptyText={() => `No ${wanted} in this model yet: type a name to create one.`}
      items={items}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
