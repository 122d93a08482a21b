import { describe, expect, it } from 'vitest';
import { fragmentFromText, fragmentToText } from '../../../../shared/model/fragmentText';
import type { ModelFragment } from '../../../../shared/model/types';

const fragment: ModelFragment = {
  elements: [
    {
      id: 'a',
      kind: 'server',
      table: 'cmdb_ci_linux_server',
      name: '<b>web01</b>',
      attributes: { operational_status: '1' },
    },
    {
      id: 'b',
      kind: 'service_instance',
      table: 'cmdb_ci_service_discovered',
      name: 'Payroll PROD',
      attributes: {},
    },
  ],
  links: [{ id: 'l', type: 'Depends on::Used by', from: 'b', to: 'a' }],
  placements: { a: { x: 0, y: 100, width: 200, height: 72 }, b: { x: 0, y: 0, width: 200, height: 72 } },
};

describe('clipboard fragment text', () => {
  it('round-trips a fragment, markup in names included', () => {
    expect(fragmentFromText(fragmentToText(fragment))).toEqual(fragment);
  });

  it('ignores text that is not a fragment', () => {
    expect(fragmentFromText('hello')).toBeNull();
    expect(fragmentFromText('{"format":"mapwright/fragment"')).toBeNull();
    expect(fragmentFromText(JSON.stringify({ format: 'mapwright/fragment', version: 99 }))).toBeNull();
  });

  it('refuses unknown kinds and broken placements', () => {
    const badKind = JSON.parse(fragmentToText(fragment)) as { elements: { kind: string }[] };
    badKind.elements[0]!.kind = 'spaceship';
    expect(fragmentFromText(JSON.stringify(badKind))).toBeNull();
    const badPlacement = JSON.parse(fragmentToText(fragment)) as {
      placements: Record<string, { width: number }>;
    };
    badPlacement.placements.a!.width = -1;
    expect(fragmentFromText(JSON.stringify(badPlacement))).toBeNull();
  });
});
