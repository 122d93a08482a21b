import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { IRE_LOOKUP_KEY, IRE_RELATED_KEY, SYS_ID_KEY } from '@shared/exchange/common/reserved';
import { importedFields } from '../../../../renderer/src/inspector/importedFields';

const columns = (kind: keyof typeof CATALOGUE.kinds, attributes: Record<string, string>) =>
  importedFields(CATALOGUE.kinds[kind], attributes).map((field) => field.column);

describe('importedFields', () => {
  it('lists the columns an unknown class brought along, sorted, as text fields', () => {
    const fields = importedFields(CATALOGUE.kinds.generic_ci, { u_rack: 'R12', asset_tag: 'A-1' });
    expect(fields).toEqual([
      { column: 'asset_tag', label: 'asset_tag', type: 'string' },
      { column: 'u_rack', label: 'u_rack', type: 'string' },
    ]);
  });

  it('leaves out the reserved keys that keep the ServiceNow identity', () => {
    const attributes = {
      u_rack: 'R12',
      [SYS_ID_KEY]: '0123456789abcdef0123456789abcdef',
      [IRE_LOOKUP_KEY]: '[]',
      [IRE_RELATED_KEY]: '[]',
      'x:anything': 'reserved too',
    };
    expect(columns('generic_ci', attributes)).toEqual(['u_rack']);
  });

  it('leaves out the catalogue fields, which the inspector shows in their groups', () => {
    const catalogued = CATALOGUE.kinds.generic_ci.fields[0]!.column;
    expect(columns('generic_ci', { [catalogued]: 'x', u_rack: 'R12' })).toEqual(['u_rack']);
  });

  it('is empty for a kind the catalogue knows', () => {
    expect(columns('business_service', { u_rack: 'R12', [SYS_ID_KEY]: 'x' })).toEqual([]);
  });
});
