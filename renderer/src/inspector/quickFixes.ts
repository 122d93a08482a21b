/**
 * The quick fixes of validation findings that are one model operation away,
 * as a button label and the operation. Fixes that need the user's choice (pick
 * a parent, add a link, fill in an owner) are not offered here: the finding's
 * fix text tells what to do.
 */
import { fieldOf } from '@shared/csdm/queries/tables';
import type { KindId } from '@shared/csdm/kinds';
import type { Catalogue } from '@shared/csdm/types';
import { changeLinkType } from '@shared/model/changeLinkType';
import { changeTable } from '@shared/model/changeTable';
import { disconnect } from '@shared/model/disconnect';
import { setAttribute } from '@shared/model/setAttribute';
import type { Id, ModelDocument, OpResult } from '@shared/model/types';
import type { QuickFix } from '@shared/validation';

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
