import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { checkInvariants } from '../../../../shared/model/checkInvariants';
import { connect } from '../../../../shared/model/connect';
import { setSettings } from '../../../../shared/model/setSettings';
import { deepFreeze, ok, reason, serviceMap } from './helpers';

describe('setSettings', () => {
  it('retypes business application -> service instance links when the CSDM version changes', () => {
    const v5 = deepFreeze(ok(connect(serviceMap(5), CATALOGUE, { id: 'ba-si', from: 'ba', to: 'si' })));
    expect(v5.links['ba-si']?.type).toBe('Uses::Used by');
    const v4 = ok(setSettings(v5, CATALOGUE, { csdmVersion: 4 }));
    expect(v4.settings.csdmVersion).toBe(4);
    expect(v4.links['ba-si']?.type).toBe('Consumes::Consumed by');
    expect(v4.links['l1']).toBe(v5.links['l1']);
    expect(checkInvariants(v4, CATALOGUE)).toEqual([]);
    expect(ok(setSettings(v4, CATALOGUE, { csdmVersion: 5 })).links['ba-si']?.type).toBe('Uses::Used by');
  });

  it('changes the source name without touching links, and nothing when nothing changes', () => {
    const base = serviceMap();
    const doc = ok(setSettings(base, CATALOGUE, { sourceName: ' Acme EA ' }));
    expect(doc.settings).toEqual({ csdmVersion: 5, sourceName: 'Acme EA' });
    expect(doc.links).toBe(base.links);
    expect(ok(setSettings(base, CATALOGUE, { csdmVersion: 5 }))).toBe(base);
  });

  it('refuses an unknown version or an empty source name', () => {
    expect(reason(setSettings(serviceMap(), CATALOGUE, { csdmVersion: 3 as 4 }))).toBe(
      'Mapwright targets CSDM 4 or CSDM 5.',
    );
    expect(reason(setSettings(serviceMap(), CATALOGUE, { sourceName: ' ' }))).toBe(
      'A source name is required: ServiceNow recognises re-exported records by it.',
    );
  });
});
