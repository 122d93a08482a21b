/** The ModelDocument schema: what the sample and, later, the native file format are checked with. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { modelDocumentSchema, parseModelDocument } from '../../../../shared/model/documentSchema';
import type { ModelDocument } from '../../../../shared/model/types';
import { modelWith } from './helpers';

const sample: unknown = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../assets/samples/run-stage-sample.json'), 'utf8'),
);

function small(): ModelDocument {
  return modelWith(
    [
      { id: 'bs', kind: 'business_service', name: 'Payroll' },
      { id: 'bo', kind: 'business_offering', name: 'Payroll EMEA' },
    ],
    [['l1', 'bs', 'bo', 'offering.parent']],
  );
}

/** A deep copy to corrupt. */
function copy(): Record<string, unknown> & ModelDocument {
  return structuredClone(small()) as Record<string, unknown> & ModelDocument;
}

function reasonFor(data: unknown): string {
  const result = parseModelDocument(data, CATALOGUE);
  if (result.ok) return expect.fail('expected the document to be refused');
  return result.reason;
}

describe('parseModelDocument', () => {
  it('accepts the bundled sample', () => {
    const result = parseModelDocument(sample, CATALOGUE);
    expect(result.ok ? '' : result.reason).toBe('');
    expect(result.ok && Object.keys(result.doc.elements).length).toBeGreaterThan(40);
  });

  it('accepts a model built by the operations, unchanged', () => {
    const doc = small();
    const result = parseModelDocument(JSON.parse(JSON.stringify(doc)), CATALOGUE);
    expect(result).toEqual({ ok: true, doc });
  });

  it('refuses something that is not a model at all', () => {
    expect(reasonFor(null)).toMatch(/^This is not a valid Mapwright model: the model: /);
    expect(reasonFor([1, 2])).toMatch(/not a valid Mapwright model/);
    expect(reasonFor('model')).toMatch(/not a valid Mapwright model/);
  });

  it('names where a missing part or a wrong type is', () => {
    const noLinks = copy();
    delete (noLinks as Partial<ModelDocument>).links;
    expect(reasonFor(noLinks)).toMatch(/links: /);

    const badKind = copy();
    (badKind.elements.bs as unknown as Record<string, unknown>).kind = 'spaceship';
    expect(reasonFor(badKind)).toMatch(/elements\.bs\.kind: /);

    const badAttribute = copy();
    (badAttribute.elements.bs!.attributes as Record<string, unknown>).owned_by = 42;
    expect(reasonFor(badAttribute)).toMatch(/elements\.bs\.attributes\.owned_by: /);

    const badVersion = copy();
    (badVersion.settings as unknown as Record<string, unknown>).csdmVersion = 6;
    expect(reasonFor(badVersion)).toMatch(/settings\.csdmVersion: must be 4 or 5/);

    const badTime = copy();
    badTime.updatedAt = 'yesterday';
    expect(reasonFor(badTime)).toMatch(/updatedAt: must be an ISO 8601 date and time/);
  });

  it('refuses positions that are not finite numbers and sizes below the minimum', () => {
    const view = (doc: ModelDocument) => Object.values(doc.views)[0]!;
    const notANumber = copy();
    view(notANumber).placements.bs = { x: Number.NaN, y: 0, width: 200, height: 72 };
    expect(reasonFor(notANumber)).toMatch(/placements\.bs\.x: /);
    const tiny = copy();
    view(tiny).placements.bs = { x: 0, y: 0, width: 5, height: 72 };
    expect(reasonFor(tiny)).toMatch(/placements\.bs\.width: must be at least 40/);
    const asText = copy();
    (view(asText).placements as Record<string, unknown>).bs = { x: '10', y: 0, width: 200, height: 72 };
    expect(reasonFor(asText)).toMatch(/placements\.bs\.x: /);
  });

  it('refuses unknown keys instead of dropping them', () => {
    const extra = copy();
    (extra.elements.bs as unknown as Record<string, unknown>).colour = 'red';
    expect(reasonFor(extra)).toMatch(/elements\.bs: Unrecognized key: "colour"/);
    const top = { ...copy(), schema: 2 };
    expect(reasonFor(top)).toMatch(/the model: Unrecognized key: "schema"/);
  });

  it('refuses a model without views, or with a blank view name', () => {
    const noViews = copy();
    noViews.viewOrder = [];
    expect(reasonFor(noViews)).toMatch(/viewOrder: a model has at least one view/);
    const blank = copy();
    Object.values(blank.views)[0]!.name = '   ';
    expect(reasonFor(blank)).toMatch(/name: a view needs a name/);
  });

  it('refuses records that do not hold together, naming them', () => {
    const dangling = copy();
    dangling.links.l1 = { id: 'l1', type: 'offering.parent', from: 'bs', to: 'gone' };
    expect(reasonFor(dangling)).toBe(
      'This model does not hold together: link l1 ends at missing element gone.',
    );
    const misfiled = copy();
    misfiled.elements.bs = { ...misfiled.elements.bs!, id: 'other' };
    expect(reasonFor(misfiled)).toMatch(/element bs is stored under another id \(other\)/);
    const order = copy();
    order.viewOrder = ['nowhere'];
    expect(reasonFor(order)).toMatch(/the view order does not list exactly the views/);
  });

  it('refuses "__proto__" as an id rather than losing the record', () => {
    const text = JSON.stringify(small()).replace(
      '"elements":{',
      '"elements":{"__proto__":{"id":"__proto__","kind":"user","table":"sys_user","name":"X","attributes":{}},',
    );
    expect(reasonFor(JSON.parse(text))).toMatch(/elements: "__proto__" cannot be an id/);
  });

  it('lists at most five problems and counts the rest', () => {
    const many = copy();
    for (let i = 0; i < 8; i++) many.links[`x${i}`] = { id: `x${i}`, type: 't', from: 'nope', to: 'bs' };
    expect(reasonFor(many)).toMatch(/; and 3 more\.$/);
  });

  it('has the static type of a ModelDocument', () => {
    const parsed: ModelDocument = modelDocumentSchema.parse(small());
    expect(parsed.viewOrder).toHaveLength(1);
  });
});
