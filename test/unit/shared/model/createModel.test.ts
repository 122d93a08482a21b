import { describe, expect, it } from 'vitest';
import { createModel, touchModel } from '../../../../shared/model/createModel';
import { newId } from '../../../../shared/model/ids';
import { NOW } from './helpers';

describe('createModel', () => {
  it('creates an empty CSDM 5 model with one "Main view"', () => {
    const doc = createModel({ id: 'm', name: ' Email ', now: NOW, viewId: 'v' });
    expect(doc).toEqual({
      id: 'm',
      name: 'Email',
      settings: { csdmVersion: 5, sourceName: 'Mapwright' },
      createdAt: NOW,
      updatedAt: NOW,
      elements: {},
      links: {},
      views: { v: { id: 'v', name: 'Main view', placements: {} } },
      viewOrder: ['v'],
    });
  });

  it('takes settings and names a nameless model', () => {
    const doc = createModel({ id: 'm', name: '', now: NOW, viewId: 'v', settings: { csdmVersion: 4 } });
    expect(doc.settings).toEqual({ csdmVersion: 4, sourceName: 'Mapwright' });
    expect(doc.name).toBe('Untitled model');
  });

  it('stamps updatedAt only through touchModel', () => {
    const doc = createModel({ id: 'm', name: 'x', now: NOW, viewId: 'v' });
    expect(touchModel(doc, NOW)).toBe(doc);
    expect(touchModel(doc, '2025-03-02T00:00:00.000Z').updatedAt).toBe('2025-03-02T00:00:00.000Z');
  });
});

describe('newId', () => {
  it('returns distinct UUIDs', () => {
    const a = newId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(a);
  });
});
