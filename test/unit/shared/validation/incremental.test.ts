import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { Catalogue } from '../../../../shared/csdm/types';
import { diffDocuments } from '../../../../shared/model/diffDocuments';
import type { ModelDocument } from '../../../../shared/model/types';
import { validate, validateIncremental } from '../../../../shared/validation/engine';
import { DocBuilder } from './support/doc-builder';
import { buildLargeModel } from '../../../support/large-model';
import { applyEdit, editArbitrary, type Edit } from './support/random-edits';
import { buildRunModel } from './support/run-model';

/** The Run model, a large-model sample, and a capability chain one level too deep: every rule has subjects. */
function mixedModel(): ModelDocument {
  const run = buildRunModel();
  const large = buildLargeModel(300, 7);
  const b = new DocBuilder();
  const levels = Array.from({ length: 7 }, (_, i) => b.add('business_capability', `Capability ${i}`));
  levels.slice(1).forEach((id, i) => b.link(levels[i] ?? '', id, undefined, `cap-${i}`));
  b.link(b.add('business_application', 'Archive'), b.add('information_object', 'Records'), undefined, 'info');
  const extra = b.build();
  return {
    ...run,
    elements: { ...run.elements, ...large.elements, ...extra.elements },
    links: { ...run.links, ...large.links, ...extra.links },
  };
}

/** Runs the edits one by one, checking the incremental result against a full run after each. */
function checkEdits(start: ModelDocument, edits: readonly Edit[], catalogue: Catalogue = CATALOGUE): void {
  let doc = start;
  let result = validate(doc, catalogue);
  edits.forEach((edit, serial) => {
    const next = applyEdit(doc, edit, serial);
    result = validateIncremental(result, doc, next, catalogue);
    expect(result).toEqual(validate(next, catalogue));
    doc = next;
  });
}

describe('validateIncremental', () => {
  const base = mixedModel();

  it('equals a full validation after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 20 }), (edits) =>
        checkEdits(base, edits),
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('equals a full validation on a 50,000-element model after random edits', () => {
    const large = buildLargeModel(50_000);
    expect(Object.keys(large.elements).length).toBeGreaterThanOrEqual(50_000);
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 2, maxLength: 5 }), (edits) =>
        checkEdits(large, edits),
      ),
      // Each step runs a full 50k validation to compare with: few runs, the small-model property does the breadth.
      { numRuns: 2 },
    );
  }, 120_000);

  it('uses a diff the caller already has', () => {
    const edit: Edit = { op: 'rename', target: 3, name: 2 };
    const next = applyEdit(base, edit, 0);
    const result = validateIncremental(validate(base, CATALOGUE), base, next, CATALOGUE, {
      diff: diffDocuments(base, next),
    });
    expect(result).toEqual(validate(next, CATALOGUE));
  });

  it('still answers right from a result whose state has moved on, or for another catalogue', () => {
    const first = validate(base, CATALOGUE);
    const a = applyEdit(base, { op: 'add-link', from: 1, to: 2, type: 0 }, 0);
    const b = applyEdit(base, { op: 'remove-element', target: 5, withLinks: false }, 1);
    validateIncremental(first, base, a, CATALOGUE);
    // `first` was moved on to `a`; branching from it again (as undo then a new edit does) must not reuse that state.
    expect(validateIncremental(first, base, b, CATALOGUE)).toEqual(validate(b, CATALOGUE));
    const copy: Catalogue = { ...CATALOGUE };
    expect(validateIncremental(validate(base, CATALOGUE), base, b, copy)).toEqual(validate(b, copy));
  });

  it('gives the same result for a document that did not change', () => {
    const result = validate(base, CATALOGUE);
    expect(validateIncremental(result, base, base, CATALOGUE)).toEqual(result);
  });
});
