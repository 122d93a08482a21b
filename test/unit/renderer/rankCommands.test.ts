import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { ACTIONS } from '../../../renderer/src/actions/registry';
import type { Action } from '../../../renderer/src/actions/types';
import {
  highlightRanges,
  rankCommands,
  wordPrefixScore,
  type CommandItem,
} from '../../../renderer/src/commands/rankCommands';

const labels = (items: CommandItem[]) => items.map((item) => item.label);
const rank = (query: string, recent: string[] = [], actions: readonly Action[] = ACTIONS) =>
  rankCommands({ query, actions, catalogue: CATALOGUE, recent });

describe('wordPrefixScore', () => {
  it('ranks the whole label, its start, its words in order, then in any order', () => {
    expect(wordPrefixScore('Select all', 'select all')).toBe(0);
    expect(wordPrefixScore('Select all', 'sel')).toBe(1);
    expect(wordPrefixScore('Zoom to selection', 'zo sel')).toBe(2);
    expect(wordPrefixScore('Zoom to selection', 'sel zoom')).toBe(3);
  });

  it('needs every typed word to start a word of the label', () => {
    expect(wordPrefixScore('Select all', 'lect')).toBeUndefined();
    expect(wordPrefixScore('Select all', 'sel x')).toBeUndefined();
    expect(wordPrefixScore('Select all', '   ')).toBeUndefined();
  });

  it('ignores punctuation such as the ellipsis of a label', () => {
    expect(wordPrefixScore('Find…', 'find')).toBe(0);
    expect(wordPrefixScore('Remove from view (keep in model)', 'keep model')).toBe(2);
  });
});

describe('rankCommands', () => {
  it('puts the kind first for "bus off"', () => {
    expect(rank('bus off')[0]).toMatchObject({ type: 'kind', label: 'Add Business service offering' });
  });

  it('accepts "add" in front of a kind', () => {
    expect(rank('add tech serv')[0]).toMatchObject({ type: 'kind', label: 'Add Technical service' });
    const everyKind = rank('add').filter((item) => item.type === 'kind');
    expect(everyKind.length).toBeGreaterThan(15);
  });

  it('finds actions by the starts of their label words', () => {
    expect(labels(rank('sel al'))[0]).toBe('Select all');
    expect(labels(rank('zoom'))).toEqual(
      expect.arrayContaining(['Zoom in', 'Zoom out', 'Zoom to selection']),
    );
    expect(labels(rank('undo'))[0]).toBe('Undo');
  });

  it('ranks a better match first whatever its type', () => {
    // "Server" (a kind) starts with "ser"; no action does, so the kind leads.
    expect(rank('ser')[0]).toMatchObject({ type: 'kind', label: 'Add Server' });
    // "Rename" is a whole-label match, far better than any kind.
    expect(rank('rename')[0]).toMatchObject({ type: 'action', label: 'Rename' });
  });

  it('shows recently used commands first when nothing is typed, then actions, then kinds', () => {
    const items = rank('', ['edit.selectAll', 'add:server', 'no.longer.there']);
    expect(labels(items).slice(0, 2)).toEqual(['Select all', 'Add Server']);
    expect(items[2]).toMatchObject({ type: 'action', label: ACTIONS[0]?.label });
    expect(items.filter((item) => item.label === 'Select all')).toHaveLength(1);
    expect(items.at(-1)?.type).toBe('kind');
  });

  it('prefers the label that adds fewer words, even over a recently used one', () => {
    const items = rank('bus serv', ['add:business_offering']);
    expect(labels(items).slice(0, 2)).toEqual(['Add Business service', 'Add Business service offering']);
  });

  it('prefers a recently used command among equally good matches', () => {
    const zoom = labels(rank('zoom', ['view.zoomOut']));
    expect(zoom[0]).toBe('Zoom out');
  });

  it('offers only the actions it is given (the enabled ones)', () => {
    const withoutUndo = ACTIONS.filter((action) => action.id !== 'edit.undo');
    expect(labels(rank('undo', [], withoutUndo))).not.toContain('Undo');
  });

  it('finds nothing for words nothing starts with', () => {
    expect(rank('qqq')).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('marks the typed start of each matching word', () => {
    expect(highlightRanges('Add Business service offering', 'bus off')).toEqual([
      { text: 'Add ', match: false },
      { text: 'Bus', match: true },
      { text: 'iness service ', match: false },
      { text: 'off', match: true },
      { text: 'ering', match: false },
    ]);
  });

  it('leaves a label alone when nothing is typed', () => {
    expect(highlightRanges('Undo', '')).toEqual([{ text: 'Undo', match: false }]);
  });
});
