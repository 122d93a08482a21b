import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { createModel } from '@shared/model/createModel';
import { addElement } from '@shared/model/addElement';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { createDocumentStore } from '../../../renderer/src/store/documentStore';
import { createValidationStore } from '../../../renderer/src/validation/validationStore';

const ok = (result: OpResult): ModelDocument => {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};

/** A business service without an offering: one finding at least. */
const service = { id: 's1', kind: 'business_service', name: 'Payroll' } as const;
const empty = () => createModel({ id: 'm', name: 'M', now: '2026-11-21T00:00:00Z', viewId: 'v' });

function withService(): ModelDocument {
  return ok(addElement(empty(), CATALOGUE, service));
}

describe('the validation store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks an opened model after it has been painted, not while it opens', () => {
    const validation = createValidationStore(createDocumentStore(withService()));
    expect(validation.getState().checked).toBe(false);
    expect(validation.getState().result.findings).toHaveLength(0);
    vi.runAllTimers();
    expect(validation.getState().checked).toBe(true);
    expect(validation.getState().result.findings.length).toBeGreaterThan(0);
  });

  it('checks at once when flushed (export, the library count)', () => {
    const validation = createValidationStore(createDocumentStore(withService()));
    validation.flush();
    expect(validation.getState().checked).toBe(true);
    expect(validation.getState().result.findings.length).toBeGreaterThan(0);
  });

  it('follows edits made before the first check', () => {
    const document = createDocumentStore(empty());
    const validation = createValidationStore(document);
    document.getState().apply((doc) => addElement(doc, CATALOGUE, service));
    vi.runAllTimers();
    const { doc, result } = validation.getState();
    expect(doc).toBe(document.getState().doc);
    expect(result.findings.some((finding) => finding.elementId === 's1')).toBe(true);
  });
});
