/**
 * The button of a finding's quick fix, the same in the inspector and the
 * Health panel. One click applies a one-operation fix; "Add an offering"
 * creates the offering below its service, selected and ready to be named;
 * "Set parent…" and "Link a …" open a picker of the elements CSDM allows.
 * Every fix is one undo step.
 */
import { useCallback, useMemo, useState } from 'react';
import { CATALOGUE, type KindId } from '@shared/csdm';
import { newId } from '@shared/model/ids';
import type { Id } from '@shared/model/types';
import type { QuickFix } from '@shared/validation';
import { useActionContext } from '../actions/actionContext';
import type { ActionContext } from '../actions/types';
import { focusElement, viewShowing } from '../canvas/focusElement';
import { PickerDialog, type PickerItem } from '../app/PickerDialog';
import { KindIcon } from '../canvas/KindIcon';
import { linkAndPlace } from '../canvas/LinkToDialog';
import { addOfferingUnder, linkCandidatesOfKinds } from './fixOperations';
import { quickFixPlan, type QuickFixPlan } from './quickFixes';

type PickPlan = Extract<QuickFixPlan, { kind: 'pick-link' }>;

/**
 * "Add an offering": a new offering of the service's kind below it (in the
 * view that shows the service), selected and ready to be named. One undo step.
 */
export function addOffering(ctx: ActionContext, serviceId: Id): Id | null {
  const { editor } = ctx;
  const session = editor.session.getState();
  const viewId = viewShowing(editor.document.getState().doc, session.activeViewId, [serviceId]);
  const offeringId = newId();
  const refusal = editor.document
    .getState()
    .apply((doc) => addOfferingUnder(doc, serviceId, { offeringId, linkId: newId(), viewId }));
  if (refusal) {
    session.notify('refusal', refusal);
    return null;
  }
  focusElement(ctx, offeringId);
  editor.session.getState().startRenaming(offeringId);
  return offeringId;
}

export function QuickFixButton({ fix, kindOf }: { fix: QuickFix; kindOf: (id: Id) => KindId | undefined }) {
  const ctx = useActionContext();
  const [picking, setPicking] = useState(false);
  const plan = quickFixPlan(CATALOGUE, kindOf, fix);
  if (!plan) return null;

  const run = () => {
    const { editor } = ctx;
    switch (plan.kind) {
      case 'operation': {
        const refusal = editor.document.getState().apply(plan.operation);
        if (refusal) editor.session.getState().notify('refusal', refusal);
        return;
      }
      case 'add-offering':
        addOffering(ctx, plan.serviceId);
        return;
      case 'pick-link':
        setPicking(true);
        return;
      case 'rename':
        focusElement(ctx, plan.elementId);
        editor.session.getState().startRenaming(plan.elementId);
        return;
    }
  };

  return (
    <>
      <button type="button" className="finding-action" onClick={run}>
        {plan.label}
      </button>
      {picking && plan.kind === 'pick-link' && <LinkPicker plan={plan} onClose={() => setPicking(false)} />}
    </>
  );
}

const MAX_SHOWN = 200;

function LinkPicker({ plan, onClose }: { plan: PickPlan; onClose: () => void }) {
  const ctx = useActionContext();
  const { editor } = ctx;
  // Modal: the document cannot change while it is open, so candidates are found once.
  const [{ candidates, viewId, name }] = useState(() => {
    const { doc } = editor.document.getState();
    const view = viewShowing(doc, editor.session.getState().activeViewId, [plan.elementId]);
    return {
      viewId: view,
      name: doc.elements[plan.elementId]?.name ?? '',
      candidates: linkCandidatesOfKinds(doc, plan.elementId, plan.direction, plan.kinds, view),
    };
  });
  const items = useCallback(
    (query: string): PickerItem[] => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      return candidates
        .filter(({ other }) => {
          const text = `${other.name} ${CATALOGUE.kinds[other.kind].label}`.toLowerCase();
          return words.every((word) => text.includes(word));
        })
        .slice(0, MAX_SHOWN)
        .map(({ other, inView }) => ({
          key: other.id,
          text: other.name,
          label: other.name,
          icon: <KindIcon icon={CATALOGUE.kinds[other.kind].icon} />,
          detail: `${CATALOGUE.kinds[other.kind].label}${inView ? '' : ' · not in this view'}`,
        }));
    },
    [candidates],
  );
  const title = useMemo(() => `${plan.title} (${name})`, [plan.title, name]);

  const onPick = (key: string) => {
    const candidate = candidates.find(({ other }) => other.id === key);
    if (!candidate) return;
    const refusal = editor.document
      .getState()
      // Without a view showing the element the link is made and nothing is placed.
      .apply((doc) => linkAndPlace(doc, candidate.option, plan.elementId, viewId ?? ''));
    if (refusal) editor.session.getState().notify('refusal', refusal);
    else focusElement(ctx, plan.elementId);
  };

  return (
    <PickerDialog
      title={title}
      fieldLabel={plan.label.replace('…', '')}
      placeholder="Type a name or a kind…"
      emptyText={(query) =>
        query
          ? `Nothing CSDM allows here matches “${query}”.`
          : 'There is no element CSDM allows here yet: add one first.'
      }
      items={items}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
