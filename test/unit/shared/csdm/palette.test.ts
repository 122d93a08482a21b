/** The palette sections and the command palette's kind search. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { kindsByPaletteGroup } from '../../../../shared/csdm/queries/kindsByPaletteGroup';
import { searchKinds } from '../../../../shared/csdm/queries/searchKinds';

const labels = (query: string) => searchKinds(CATALOGUE, query).map((kind) => kind.label);

describe('kindsByPaletteGroup', () => {
  it('lists the sections in palette order with the accessible names users see', () => {
    const sections = kindsByPaletteGroup(CATALOGUE);
    expect(sections.map((s) => s.group)).toEqual([
      'Service Consumption',
      'Service Delivery',
      'Design & Planning',
      'Infrastructure',
      'Foundation',
    ]);
    const all = sections.flatMap((s) => s.kinds.map((k) => k.label));
    for (const name of [
      'Business service',
      'Business service offering',
      'Technical service',
      'Technical service offering',
      'Service instance',
      'Business application',
      'Server',
    ]) {
      expect(all).toContain(name);
    }
  });

  it('leaves out the generic CI, which only import creates', () => {
    const ids = kindsByPaletteGroup(CATALOGUE).flatMap((s) => s.kinds.map((k) => k.id));
    expect(ids).not.toContain('generic_ci');
    expect(ids).toHaveLength(Object.keys(CATALOGUE.kinds).length - 1);
  });
});

describe('searchKinds', () => {
  it('finds "Business service offering" first for "bus off"', () => {
    expect(labels('bus off')[0]).toBe('Business service offering');
  });

  it('matches every typed word as the start of a label word, ignoring case', () => {
    expect(labels('SERV')).toContain('Server');
    expect(labels('serv')).toContain('Business service');
    expect(labels('xyz')).toEqual([]);
    expect(labels('bus xyz')).toEqual([]);
  });

  it('ranks an exact label, then a label starting with the query', () => {
    expect(labels('server')[0]).toBe('Server');
    expect(labels('business service')[0]).toBe('Business service');
    expect(labels('bus')[0]).toBe('Business service');
    expect(labels('tech serv').slice(0, 2)).toEqual(['Technical service', 'Technical service offering']);
  });

  it('finds kinds by their former and CSDM 5 names after current labels', () => {
    expect(labels('application service')[0]).toBe('Service instance');
    expect(labels('technology management')[0]).toBe('Technical service');
  });

  it('returns every placeable kind for an empty query', () => {
    expect(labels('  ')).toHaveLength(Object.keys(CATALOGUE.kinds).length - 1);
  });
});
