/**
 * "Subscribed by" on a business or technical service offering: who consumes
 * it, grouped by company, department, location, group and user. Add existing
 * Foundation records or create new ones, remove subscriptions, and show the
 * subscribers on the canvas below the offering. Subscriptions are
 * 'subscribed_by' links, so impact analysis and the export see them as is.
 */
import { Network, UserPlus, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CATALOGUE } from '@shared/csdm';
import { disconnect } from '@shared/model/disconnect';
import type { Element } from '@shared/model/types';
import { useActionContext } from '../../actions/actionContext';
import { KindIcon } from '../../canvas/KindIcon';
import { useJumpTo } from '../../canvas/focusElement';
import { useDocument, useSession } from '../../editor/EditorContext';
import { fitViewWhenShown } from '../../views/viewCommands';
import { PropertySection } from '../PropertySection';
import { useApply } from '../useApply';
import { SubscriberPicker } from './SubscriberPicker';
import { groupSubscribers, placeSubscribers, subscriptionLinks } from './subscriptions';
import './subscribers.css';

export function SubscribersSection({ offering }: { offering: Element }) {
  const ctx = useActionContext();
  const apply = useApply();
  const jumpTo = useJumpTo();
  const [picking, setPicking] = useState(false);
  // Link and element objects keep their identity while unchanged: this renders again only when the subscribers change.
  const links = useDocument(useShallow((state) => subscriptionLinks(state.doc.links, offering.id)));
  const subscribers = useDocument(useShallow((state) => links.map((link) => state.doc.elements[link.to])));
  const groups = useMemo(() => {
    const byId = new Map(subscribers.flatMap((s) => (s ? [[s.id, s] as const] : [])));
    return groupSubscribers(CATALOGUE, offering.kind, links, (id) => byId.get(id));
  }, [offering.kind, links, subscribers]);
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);

  const viewId = useSession((state) => state.activeViewId);
  const inView = useDocument((state) =>
    Object.hasOwn(state.doc.views[viewId]?.placements ?? {}, offering.id),
  );
  const missing = useDocument((state) => {
    const placements = state.doc.views[viewId]?.placements ?? {};
    return new Set(links.map((link) => link.to).filter((id) => !Object.hasOwn(placements, id))).size;
  });

  const showOnCanvas = () => {
    const ids = links.map((link) => link.to);
    if (apply((doc) => placeSubscribers(doc, CATALOGUE, offering.id, viewId))) {
      fitViewWhenShown(ctx, viewId, [offering.id, ...ids]);
    }
  };
  const showTitle = !inView
    ? `“${offering.name}” is not in this view`
    : total === 0
      ? 'No subscribers yet'
      : missing === 0
        ? 'Every subscriber is already on the canvas'
        : `Place ${missing} subscriber${missing === 1 ? '' : 's'} below the offering in this view`;

  return (
    <PropertySection title="Subscribed by" count={total}>
      {total === 0 && (
        <p className="prop-note">
          No subscribers yet. Companies, departments, locations, groups and users that consume this offering;
          impact analysis reaches them and the export writes them to the service_subscribe_* tables.
        </p>
      )}
      {groups.map((group) => (
        <div key={group.kind} className="link-group subscriber-group" role="group" aria-label={group.heading}>
          <h4 className="link-group-title">
            {group.heading} <span className="subscriber-count">{group.entries.length}</span>
          </h4>
          <ul className="link-list">
            {group.entries.map(({ link, element }) => (
              <li key={link.id} className="link-entry subscriber-entry">
                <button
                  type="button"
                  className="link-entry-text"
                  title={`Go to ${element.name}`}
                  onClick={() => jumpTo(element.id)}
                >
                  <KindIcon icon={CATALOGUE.kinds[element.kind].icon} size={13} />
                  <span className="link-entry-other">{element.name}</span>
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={`Remove subscriber ${element.name}`}
                  title={`${element.name} no longer subscribes (the record stays in the model)`}
                  onClick={() => apply((doc) => disconnect(doc, [link.id]))}
                >
                  <X aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="subscriber-actions">
        <button type="button" className="button subscriber-button" onClick={() => setPicking(true)}>
          <UserPlus aria-hidden />
          Add subscriber…
        </button>
        <button
          type="button"
          className="button subscriber-button"
          aria-label="Show subscribers on the canvas"
          title={showTitle}
          disabled={!inView || missing === 0}
          onClick={showOnCanvas}
        >
          <Network aria-hidden />
          Show on canvas
        </button>
      </div>
      {picking && <SubscriberPicker offeringId={offering.id} onClose={() => setPicking(false)} />}
    </PropertySection>
  );
}
