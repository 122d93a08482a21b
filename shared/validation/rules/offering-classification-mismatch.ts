/**
 * Walk: an offering's service_classification must match its parent's, or
 * ServiceNow lists a business offering among technical ones (and the other way round).
 */
import type { Catalogue } from '../../csdm/types';
import type { Element } from '../../model/types';
import { elementFinding } from '../finding';
import { named, namedLower } from '../phrases';
import { parentServices } from '../relations';
import { compareIds } from '../sorted-ids';
import type { ElementRule } from '../types';

/** The stored classification, or the one its kind implies when none is stored. */
function classificationOf(catalogue: Catalogue, element: Element): string | undefined {
  return element.attributes.service_classification || catalogue.kinds[element.kind].serviceClassification;
}

export const offeringClassificationMismatch: ElementRule = {
  id: 'offering-classification-mismatch',
  stage: 'Walk',
  severity: 'warning',
  title: 'Offerings classified like their parent service',
  subject: 'element',
  kinds: ['business_offering', 'technical_offering'],
  scope: { kind: 'neighbours' },
  check(ctx, offering) {
    // By id, so the findings come in the same order however the links were drawn.
    const parents = parentServices(ctx, offering);
    if (parents.length === 0) return null;
    if (parents.length > 1) parents.sort((a, b) => compareIds(a.id, b.id));
    const own = classificationOf(ctx.catalogue, offering);
    const findings = [];
    for (const parent of parents) {
      const expected = classificationOf(ctx.catalogue, parent);
      if (expected === undefined || expected === own) continue;
      findings.push(
        elementFinding(
          offeringClassificationMismatch,
          offering,
          `${named(ctx.catalogue, offering)} is classified “${own ?? 'none'}” but its parent ${namedLower(ctx.catalogue, parent)} is “${expected}”.`,
          `Set its service classification to “${expected}”, or move it under a service of the right class.`,
          { action: 'set-field', elementId: offering.id, column: 'service_classification', value: expected },
        ),
      );
    }
    return findings;
  },
};
