/**
 * Quick fixes of validation findings, in one place for every panel that shows
 * findings (inspector, Health panel). `quickFixAction` covers the fixes that
 * are one model operation away, as a button label and the operation;
 * `quickFixPlan` adds those that need more: a new offering under a service,
 * a pick from a list (parent service, element to link), a rename. A set-field
 * fix without a known value has no button: the user chooses the value, and
 * the finding's fix text says which field.
 */
import { fieldOf } from '@shared/csdm/queries/tables';
import type { KindId } from '@shared/csdm/kinds';
import { kindNoun, withArticle } from '@shared/csdm/queries/labels';
import type { Catalogue } from '@shared/csdm/types';
import { changeLinkType } from '@shared/model/changeLinkType';
import { changeTable } from '@shared/model/changeTable';
import { disconnect } from '@shared/model/disconnect';
import { setAttribute } from '@shared/model/setAttribute';
import type { Id, ModelDocument, OpResult } from '@shared/model/types';
import type { QuickFix } from '@shared/validation';
import { SERVICE_OF } from './fixOperations';

export interface QuickFixAction {
  label: string;
  operation: (doc: ModelDocument) => OpResult;
}

/** `kindOf` tells the kind of an element the fix names, for the field's label and choice labels. */
export function quickFixAction(
  catalogue: Catalogue,
  kindOf: (id: Id) => KindId | undefined,
  fix: QuickFix,
): QuickFixAction | undefined {
  switch (fix.action) {
    case 'set-field': {
      const { elementId, column, value } = fix;
      const kind = kindOf(elementId);
      const field = kind ? fieldOf(catalogue, kind, column) : undefined;
      // Without a value the user has to choose one; a read-only field cannot be set at all.
      if (value === undefined || !field || field.readOnly) return undefined;
      const choices = field.choiceList ? catalogue.choiceLists[field.choiceList] : undefined;
      const shown = choices?.find((choice) => choice.value === value)?.label ?? value;
      return {
        label: `Set ${field.label.toLowerCase()} to “${shown}”`,
        operation: (doc) => setAttribute(doc, catalogue, elementId, column, value),
      };
    }
    case 'change-link-type': {
      const { linkId, type } = fix;
      return {
        label: `Change the link to “${catalogue.linkTypes[type]?.label ?? type}”`,
        operation: (doc) => changeLinkType(doc, catalogue, linkId, type),
      };
    }
    case 'delete-link': {
      const { linkId } = fix;
      return { label: 'Delete the link', operation: (doc) => disconnect(doc, [linkId]) };
    }
    case 'change-table': {
      const { elementId, table } = fix;
      return { label: `Move to ${table}`, operation: (doc) => changeTable(doc, catalogue, elementId, table) };
    }
    case 'add-offering':
    case 'set-parent':
    case 'add-link':
    case 'rename':
      return undefined;
  }
}

export type QuickFixPlan =
  | ({ kind: 'operation' } & QuickFixAction)
  /** Create an offering under the service (addOfferingUnder), select it and start naming it. */
  | { kind: 'add-offering'; label: string; serviceId: Id }
  /** Pick an element of `kinds` and link it as parent ('in') or child ('out'). */
  | {
      kind: 'pick-link';
      label: string;
      title: string;
      elementId: Id;
      direction: 'in' | 'out';
      kinds: readonly KindId[];
    }
  /** Rename in place on the canvas. */
  | { kind: 'rename'; label: string; elementId: Id };

/** The button a finding's quick fix gets, or undefined when there is none to offer. */
export function quickFixPlan(
  catalogue: Catalogue,
  kindOf: (id: Id) => KindId | undefined,
  fix: QuickFix,
): QuickFixPlan | undefined {
  const single = quickFixAction(catalogue, kindOf, fix);
  if (single) return { kind: 'operation', ...single };
  switch (fix.action) {
    case 'add-offering':
      return { kind: 'add-offering', label: 'Add an offering', serviceId: fix.elementId };
    case 'set-parent': {
      const offeringKind = kindOf(fix.elementId);
      const service = offeringKind ? SERVICE_OF[offeringKind] : undefined;
      if (!service) return undefined;
      return {
        kind: 'pick-link',
        label: 'Set parent…',
        title: `Choose its parent ${kindNoun(catalogue.kinds[service])}`,
        elementId: fix.elementId,
        direction: 'in',
        kinds: [service],
      };
    }
    case 'add-link': {
      const first = fix.kinds[0];
      if (!first) return undefined;
      const noun = withArticle(catalogue.kinds[first]);
      return {
        kind: 'pick-link',
        label: `Link ${noun}…`,
        title: fix.direction === 'in' ? `Choose ${noun} that uses it` : `Choose ${noun} it needs`,
        elementId: fix.elementId,
        direction: fix.direction,
        kinds: fix.kinds,
      };
    }
    case 'rename':
      return { kind: 'rename', label: 'Rename', elementId: fix.elementId };
    default:
      return undefined;
  }
}
