/**
 * Who subscribes to an offering (the "Subscribed by" related list of a
 * service offering: companies, departments, locations, groups and users).
 * Subscriptions are 'subscribed_by' links, offering -> Foundation record, so
 * impact analysis and the import-set export (service_subscribe_* rows) read
 * them without knowing about this panel. Pure functions over the document.
 */
import { LINK, type Catalogue, type KindId } from '@shared/csdm';
import { freeSpot } from '@shared/layout/freeSpot';
import { addElement } from '@shared/model/addElement';
import { addToView } from '@shared/model/addToView';
import { connect } from '@shared/model/connect';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import type { Element, Id, Link, ModelDocument, OpResult, Placement } from '@shared/model/types';

/** The kinds that may subscribe to an offering of this kind, in catalogue order; empty for other kinds. */
export function subscriberKinds(catalogue: Catalogue, offeringKind: KindId): KindId[] {
  const kinds: KindId[] = [];
  for (const rule of catalogue.linkRules) {
    if (rule.type === LINK.subscribedBy && rule.from === offeringKind && !kinds.includes(rule.to))
      kinds.push(rule.to);
  }
  return kinds;
}

export interface SubscriberEntry {
  link: Link;
  element: Element;
}

export interface SubscriberGroup {
  kind: KindId;
  /** "Companies", "Departments", ... */
  heading: string;
  entries: SubscriberEntry[];
}

const byName = (a: SubscriberEntry, b: SubscriberEntry): number =>
  a.element.name.localeCompare(b.element.name, undefined, { sensitivity: 'base' }) ||
  (a.element.id < b.element.id ? -1 : a.element.id > b.element.id ? 1 : 0);

/** The 'subscribed_by' links out of an offering. */
export function subscriptionLinks(links: Readonly<Record<Id, Link>>, offeringId: Id): Link[] {
  const found: Link[] = [];
  for (const id in links) {
    const link = links[id];
    if (link && link.from === offeringId && link.type === LINK.subscribedBy) found.push(link);
  }
  return found;
}

/**
 * The offering's subscribers by kind: company, department, location, group,
 * user (the catalogue's order), then any other kind an import brought; each by
 * name. Empty groups are left out.
 */
export function groupSubscribers(
  catalogue: Catalogue,
  offeringKind: KindId,
  links: readonly Link[],
  elementOf: (id: Id) => Element | undefined,
): SubscriberGroup[] {
  const order = subscriberKinds(catalogue, offeringKind);
  const groups = new Map<KindId, SubscriberEntry[]>();
  for (const link of links) {
    if (link.type !== LINK.subscribedBy) continue;
    const element = elementOf(link.to);
    if (!element) continue;
    const list = groups.get(element.kind);
    if (list) list.push({ link, element });
    else groups.set(element.kind, [{ link, element }]);
  }
  const kinds = [...order, ...[...groups.keys()].filter((kind) => !order.includes(kind))];
  return kinds.flatMap((kind) => {
    const entries = groups.get(kind);
    if (!entries) return [];
    const def = catalogue.kinds[kind];
    return [{ kind, heading: def.pluralLabel ?? `${def.label}s`, entries: entries.sort(byName) }];
  });
}

/** Subscribe an existing record to an offering; refused for a kind that cannot subscribe or a second time. */
export function subscribe(
  doc: ModelDocument,
  catalogue: Catalogue,
  offeringId: Id,
  subscriberId: Id,
  linkId: Id,
): OpResult {
  const offering = doc.elements[offeringId];
  const subscriber = doc.elements[subscriberId];
  if (offering && subscriber) {
    const already = subscriptionLinks(doc.links, offeringId).some((link) => link.to === subscriberId);
    if (already)
      return { ok: false, reason: `"${subscriber.name}" already subscribes to "${offering.name}".` };
  }
  return connect(doc, catalogue, { id: linkId, from: offeringId, to: subscriberId, type: LINK.subscribedBy });
}

export interface NewSubscriber {
  id: Id;
  kind: KindId;
  name: string;
  linkId: Id;
}

/** Create a Foundation record and subscribe it to the offering: one change, so one undo step. */
export function createAndSubscribe(
  doc: ModelDocument,
  catalogue: Catalogue,
  offeringId: Id,
  input: NewSubscriber,
): OpResult {
  if (!doc.elements[offeringId]) return { ok: false, reason: 'That offering is no longer in the model.' };
  if (!subscriberKinds(catalogue, doc.elements[offeringId].kind).includes(input.kind)) {
    return {
      ok: false,
      reason: `A ${catalogue.kinds[input.kind].label.toLowerCase()} cannot subscribe to an offering.`,
    };
  }
  const added = addElement(doc, catalogue, { id: input.id, kind: input.kind, name: input.name });
  if (!added.ok) return added;
  return subscribe(added.doc, catalogue, offeringId, input.id, input.linkId);
}

/** Space between the offering and the row of subscribers below it, and between subscribers. */
const BELOW = 72;
const GAP = 24;
const GRID = 16;
const snap = (value: number) => Math.round(value / GRID) * GRID;

/** The offering's subscribers that a view does not show, in the order the inspector lists them. */
export function subscribersNotInView(
  doc: ModelDocument,
  catalogue: Catalogue,
  offeringId: Id,
  viewId: Id,
): Id[] {
  const offering = doc.elements[offeringId];
  const placements = doc.views[viewId]?.placements ?? {};
  if (!offering) return [];
  const groups = groupSubscribers(catalogue, offering.kind, subscriptionLinks(doc.links, offeringId), (id) =>
    Object.hasOwn(doc.elements, id) ? doc.elements[id] : undefined,
  );
  const ids = groups.flatMap((group) => group.entries.map((entry) => entry.element.id));
  return ids.filter((id, index) => ids.indexOf(id) === index && !Object.hasOwn(placements, id));
}

/**
 * Shows the offering's subscribers that the view lacks in a row below the
 * offering, each at the nearest free spot, so the canvas draws them linked to
 * it. Refused when the offering is not in the view or nothing is missing.
 */
export function placeSubscribers(
  doc: ModelDocument,
  catalogue: Catalogue,
  offeringId: Id,
  viewId: Id,
): OpResult {
  const offering = doc.elements[offeringId];
  const view = doc.views[viewId];
  if (!offering || !view) return { ok: false, reason: 'That offering is no longer in the model.' };
  const anchor = Object.hasOwn(view.placements, offeringId) ? view.placements[offeringId] : undefined;
  if (!anchor)
    return { ok: false, reason: `"${offering.name}" is not in this view: add it to the view first.` };
  const missing = subscribersNotInView(doc, catalogue, offeringId, viewId);
  if (missing.length === 0) {
    const none = subscriptionLinks(doc.links, offeringId).length === 0;
    return {
      ok: false,
      reason: none
        ? `"${offering.name}" has no subscribers yet.`
        : `Every subscriber of "${offering.name}" is already in this view.`,
    };
  }
  const { width, height } = DEFAULT_NODE_SIZE;
  const rowWidth = missing.length * width + (missing.length - 1) * GAP;
  const startX = anchor.x + anchor.width / 2 - rowWidth / 2;
  const y = snap(anchor.y + anchor.height + BELOW);
  const occupied: Placement[] = Object.values(view.placements);
  const positions: Record<Id, Placement> = {};
  missing.forEach((id, index) => {
    const wish = { x: snap(startX + index * (width + GAP)), y, width, height };
    const spot = freeSpot(wish, occupied);
    const placement = { x: spot.x, y: spot.y, width, height };
    occupied.push(placement);
    positions[id] = placement;
  });
  return addToView(doc, viewId, positions);
}
