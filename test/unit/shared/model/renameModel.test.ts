import { describe, expect, it } from 'vitest';
import { renameModel } from '../../../../shared/model/renameModel';
import { ok, reason, serviceMap } from './helpers';

describe('renameModel', () => {
  it('renames the model, trimmed, sharing every record', () => {
    const base = serviceMap();
    const doc = ok(renameModel(base, '  Email platform  '));
    expect(doc.name).toBe('Email platform');
    expect(doc.elements).toBe(base.elements);
    expect(doc.links).toBe(base.links);
    expect(doc.views).toBe(base.views);
    expect(doc.settings).toBe(base.settings);
  });

  it('returns the same document when the name does not change', () => {
    const base = serviceMap();
    expect(ok(renameModel(base, ` ${base.name} `))).toBe(base);
  });

  it('refuses an empty name', () => {
    expect(reason(renameModel(serviceMap(), '   '))).toBe('A model needs a name.');
  });
});
