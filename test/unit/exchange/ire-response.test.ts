/** IRE responses mapped back onto the model: ServiceNow's own response examples. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { applyIreResponse, exportIre, importAny, SYS_ID_KEY } from '../../../shared/exchange';
import type { ModelDocument } from '../../../shared/model/types';
import { deepFreeze } from '../shared/model/helpers';
import { counterIds } from './support/arbitraries';
import { json, servicenow } from './support/files';

function imported(text: string): ModelDocument {
  const result = importAny(text, { newId: counterIds() });
  if (!result.ok) return expect.fail(result.error);
  return deepFreeze(result.doc);
}

const byName = (doc: ModelDocument, name: string) =>
  Object.values(doc.elements).find((e) => e.name === name)!;

describe('applyIreResponse with the request example and its responses', () => {
  const doc = imported(servicenow('ire_rest_request_0.json'));
  const payload = exportIre(doc, CATALOGUE);

  it.each(['ire_rest_response_0.json', 'ire_rest_response_3.json'])(
    '%s: stores each UPDATE sysId on its element',
    (file) => {
      const result = applyIreResponse(doc, payload, json(servicenow(file)));
      if (!result.ok) return expect.fail(result.error);
      expect(result.updated).toBe(2);
      expect(byName(result.doc, 'lnux101').attributes[SYS_ID_KEY]).toBe('539747cac0a801640163e60735fbbf6e');
      expect(byName(result.doc, 'IP-Switch-1').attributes[SYS_ID_KEY]).toBe(
        '304481257f701200bee45f19befa915b',
      );
      expect(
        result.items.map(({ index, operation, elementId }) => ({ index, operation, elementId })),
      ).toEqual([
        { index: 0, operation: 'UPDATE', elementId: byName(doc, 'lnux101').id },
        { index: 1, operation: 'UPDATE', elementId: byName(doc, 'IP-Switch-1').id },
      ]);
      expect(result.relations).toEqual([{ index: 0, operation: 'INSERT', errors: [], warnings: [] }]);
      // The input document is untouched (it is frozen), and applying again changes nothing.
      expect(byName(doc, 'lnux101').attributes[SYS_ID_KEY]).toBeUndefined();
      const again = applyIreResponse(result.doc, payload, json(servicenow(file)));
      expect(again.ok && again.updated).toBe(0);
      expect(again.ok && again.doc).toBe(result.doc);
    },
  );

  it('maps by class and name when the payload has no internal ids (the request as ServiceNow wrote it)', () => {
    const result = applyIreResponse(
      doc,
      json(servicenow('ire_rest_request_0.json')),
      json(servicenow('ire_rest_response_0.json')),
    );
    if (!result.ok) return expect.fail(result.error);
    expect(byName(result.doc, 'IP-Switch-1').attributes[SYS_ID_KEY]).toBe('304481257f701200bee45f19befa915b');
  });
});

describe('applyIreResponse for a computer (responses 1, 2, 4, 5)', () => {
  // The payload item the responses quote in their warning message.
  const request = {
    items: [
      {
        className: 'cmdb_ci_computer',
        values: {
          discovery_source: 'ServiceNow',
          company: 'My Company',
          cpu_core_count: '6',
          ram: '8192',
          manufacturer: 'DELL',
          name: 'ncomputer3367',
        },
        sys_object_source_info: { source_name: 'ServiceNow', source_native_key: 'ncomputer3367' },
      },
    ],
  };
  const doc = imported(JSON.stringify(request));
  const payload = exportIre(doc, CATALOGUE);

  it.each(['ire_rest_response_1.json', 'ire_rest_response_4.json'])(
    '%s: INSERT_AS_PARTIAL stores no sys_id and reports MISSING_MATCHING_ATTRIBUTES',
    (file) => {
      const result = applyIreResponse(doc, payload, json(servicenow(file)));
      if (!result.ok) return expect.fail(result.error);
      expect(result.updated).toBe(0);
      expect(result.doc).toBe(doc);
      expect(result.items).toHaveLength(1);
      expect(result.items[0]).toMatchObject({
        index: 0,
        elementId: 'ncomputer3367',
        operation: 'INSERT_AS_PARTIAL',
        sysId: 'Unknown',
        errors: [],
      });
      expect(result.items[0]?.warnings[0]?.code).toBe('MISSING_MATCHING_ATTRIBUTES');
    },
  );

  it.each(['ire_rest_response_2.json', 'ire_rest_response_5.json'])(
    '%s: INSERT stores the new sysId',
    (file) => {
      const result = applyIreResponse(doc, payload, json(servicenow(file)));
      if (!result.ok) return expect.fail(result.error);
      expect(result.doc.elements['ncomputer3367']?.attributes[SYS_ID_KEY]).toBe(
        'ff5c79151bb45010593876a61a4bcb64',
      );
      expect(result.items[0]).toMatchObject({ operation: 'INSERT', elementId: 'ncomputer3367' });
    },
  );

  it('refuses what is not a response, or a payload without items', () => {
    expect(applyIreResponse(doc, payload, { nope: 1 })).toEqual({
      ok: false,
      error: expect.stringMatching(/result\.items/),
    });
    expect(applyIreResponse(doc, {}, json(servicenow('ire_rest_response_2.json')))).toMatchObject({
      ok: false,
    });
  });

  it('reports an item error IRE gives', () => {
    const response = {
      result: {
        items: [
          {
            className: 'cmdb_ci_computer',
            operation: 'NO_CHANGE',
            sysId: 'Unknown',
            inputIndices: [0],
            errors: [{ error: 'MISSING_DEPENDENCY', message: 'needs a host' }],
          },
        ],
      },
    };
    const result = applyIreResponse(doc, payload, response);
    expect(result.ok && result.items[0]?.errors).toEqual([
      { code: 'MISSING_DEPENDENCY', message: 'needs a host' },
    ]);
  });
});
