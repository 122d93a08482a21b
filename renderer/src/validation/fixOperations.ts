/**
 * Fixes that take more than one model operation, composed into one (so they
 * are one undo step), and the candidates of fixes that need the user's pick.
 * Pure: no React, no stores.
 */
import { CATALOGUE, kindNoun, type KindId } from '@shared/csdm';
import { linkCandidates } from '@shared/csdm/queries/linkCandidates';
import type { ConnectionOption } from '@shared/csdm/queries/connectionOptions';
import { LINK } from '@shared/csdm/data/linkTypes';
import { addElement } from '@shared/model/addElement';
import { connect } from '@shared/model/connect';
import { freeSpot } from '@shared/layout/freeSpot';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import type { Element, Id, ModelDocument, OpResult } from '@shared/model/types';
import { connectContext } from '../canvas/connectContext';

/** The offering kind of each service kind. */
export const OFFERING_OF: Partial<Record<KindId, KindId>> = {
  business_service: 'business_offering',
  technical_service: 'technical_offering',
};

/** The service kind an offering kind belongs to. */
export const SERVICE_OF: Partial<Record<KindId, KindId>> = {
  business_offering: 'business_service',
  technical_offering: 'technical_service',
};

/** What a new offering takes over from its service (ServiceNow's own defaults, csdm.md section 3). */
const INHERITED = ['owned_by', 'busines_criticality', 'delivery_manager', 'delegate'] as const;

/** Room between a service and its new offering, as between two CSDM layers of the sample. */
const BELOW = 108;

export interface NewOffering {
  offeringId: Id;
  linkId: Id;
  /** Where to place it (below the service); null or a view without the service: placed nowhere. */
  viewId: Id | null;
}

/**
 * A new offering under a service: the kind that matches the service
 * (business or technical), named "New … offering", with the service's owner,
 * criticality and delivery manager, linked with "offered as"
 * (`service_offering.parent`), and placed below the service at a free spot.
 */
export function addOfferingUnder(doc: ModelDocument, serviceId: Id, input: NewOffering): OpResult {
  const service = doc.elements[serviceId];
  if (!service) return { ok: false, reason: 'That service is no longer in the model.' };
  const kind = OFFERING_OF[service.kind];
  if (!kind) return { ok: false, reason: `“${service.name}” is not a service, so it has no offerings.` };
  const offeringKind = CATALOGUE.kinds[kind];
  const attributes: Record<string, string> = {};
  for (const column of INHERITED) {
    const value = service.attributes[column];
    if (value && offeringKind.fields.some((field) => field.column === column)) attributes[column] = value;
  }
  const view = input.viewId ? doc.views[input.viewId] : undefined;
  const anchor = view?.placements[serviceId];
  const placement =
    view && anchor
      ? {
          viewId: view.id,
          ...freeSpot(
            {
              ...DEFAULT_NODE_SIZE,
              x: Math.round(anchor.x + (anchor.width - DEFAULT_NODE_SIZE.width) / 2),
              y: anchor.y + anchor.height + BELOW,
            },
            Object.values(view.placements),
          ),
        }
      : undefined;
  const added = addElement(doc, CATALOGUE, {
    id: input.offeringId,
    kind,
    name: `New ${kindNoun(offeringKind)}`,
    attributes,
    ...(placement ? { placement } : {}),
  });
  if (!added.ok) return added;
  return connect(added.doc, CATALOGUE, {
    id: input.linkId,
    from: serviceId,
    to: input.offeringId,
    type: LINK.offeringParent,
  });
}

export interface LinkCandidate {
  /** The element at the other end. */
  other: Element;
  /** The link to draw (the catalogue's default type for the pair). */
  option: ConnectionOption;
  inView: boolean;
}

/**
 * Elements of `kinds` that `elementId` may be linked to, as its parent
 * (`direction` 'in': the candidate is the consumer) or its child ('out'),
 * one entry per element (the default link type), those in `viewId` first.
 */
export function linkCandidatesOfKinds(
  doc: ModelDocument,
  elementId: Id,
  direction: 'in' | 'out',
  kinds: readonly KindId[],
  viewId: Id | null,
): LinkCandidate[] {
  const wanted = new Set(kinds);
  const placements = viewId ? doc.views[viewId]?.placements : undefined;
  const candidates = new Map<Id, LinkCandidate>();
  const others = Object.values(doc.elements).filter((element) => wanted.has(element.kind));
  for (const option of linkCandidates(connectContext(doc), elementId, others)) {
    const otherId = direction === 'in' ? option.from : option.to;
    if ((direction === 'in' ? option.to : option.from) !== elementId || candidates.has(otherId)) continue;
    const other = doc.elements[otherId];
    if (!other) continue;
    candidates.set(otherId, {
      other,
      option,
      inView: Boolean(placements && Object.hasOwn(placements, otherId)),
    });
  }
  return [...candidates.values()].sort(
    (a, b) => Number(b.inView) - Number(a.inView) || a.other.name.localeCompare(b.other.name),
  );
}
