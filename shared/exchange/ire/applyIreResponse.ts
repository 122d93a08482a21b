/**
 * Maps an IRE response back onto the model: each `result.items[]` entry names
 * the payload item(s) it answers by `inputIndices`; the payload item names its
 * element by `internal_id` or `sys_object_source_info.source_native_key` (or,
 * for a payload Mapwright did not write, by class and name). The sys_id IRE
 * gives is stored in the element's `sn:sys_id` attribute; what IRE said
 * (operation, errors, warnings) comes back as a report per item.
 */
import { copyRecord, setEntry } from '../../model/internal/records';
import type { Element, Id, ModelDocument } from '../../model/types';
import { describe, isObject, type JsonObject } from '../common/json';
import { looksLikeSysId, SYS_ID_KEY } from '../common/reserved';
import { elementById } from '../common/values';

export interface IreMessage {
  code: string;
  message: string;
}

export interface IreItemReport {
  /** Index of the payload item. */
  index: number;
  elementId?: Id;
  className?: string;
  operation?: string;
  sysId?: string;
  errors: IreMessage[];
  warnings: IreMessage[];
}

export type IreResponseResult =
  | { ok: true; doc: ModelDocument; items: IreItemReport[]; relations: IreItemReport[]; updated: number }
  | { ok: false; error: string };

function messages(value: unknown): IreMessage[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((entry) => ({
    code:
      typeof entry['error'] === 'string'
        ? entry['error']
        : typeof entry['code'] === 'string'
          ? entry['code']
          : '',
    message: typeof entry['message'] === 'string' ? entry['message'] : '',
  }));
}

function indices(entry: JsonObject): number[] {
  const raw = entry['inputIndices'];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0,
  );
}

/** The element a payload item stands for. */
function elementOf(
  doc: ModelDocument,
  item: unknown,
  byClassAndName: Map<string, Element[]>,
): Element | undefined {
  if (!isObject(item)) return undefined;
  const source = item['sys_object_source_info'];
  const keys = [item['internal_id'], isObject(source) ? source['source_native_key'] : undefined];
  for (const key of keys) {
    const element = typeof key === 'string' ? elementById(doc, key) : undefined;
    if (element) return element;
  }
  const values = item['values'];
  const name = isObject(values) ? values['name'] : undefined;
  if (typeof item['className'] !== 'string' || typeof name !== 'string') return undefined;
  const candidates = byClassAndName.get(`${item['className']}\u0000${name.trim().toLowerCase()}`) ?? [];
  return candidates.length === 1 ? candidates[0] : undefined;
}

function resultOf(response: unknown): JsonObject | undefined {
  if (!isObject(response)) return undefined;
  return isObject(response['result']) ? response['result'] : response;
}

export function applyIreResponse(doc: ModelDocument, payload: unknown, response: unknown): IreResponseResult {
  const result = resultOf(response);
  if (!result || !Array.isArray(result['items']))
    return {
      ok: false,
      error: `An IRE response has “result.items”; this has ${describe(result?.['items'])}.`,
    };
  if (!isObject(payload) || !Array.isArray(payload['items']))
    return { ok: false, error: 'The payload the response answers must be an IRE payload with “items”.' };
  const payloadItems: unknown[] = payload['items'];

  const byClassAndName = new Map<string, Element[]>();
  for (const element of Object.values(doc.elements)) {
    const key = `${element.table}\u0000${element.name.trim().toLowerCase()}`;
    const list = byClassAndName.get(key);
    if (list) list.push(element);
    else byClassAndName.set(key, [element]);
  }

  const sysIds = new Map<Id, string>();
  const reports: IreItemReport[] = [];
  for (const entry of result['items'].filter(isObject)) {
    const operation = typeof entry['operation'] === 'string' ? entry['operation'] : undefined;
    const sysId = typeof entry['sysId'] === 'string' ? entry['sysId'] : undefined;
    for (const index of indices(entry)) {
      const element = elementOf(doc, payloadItems[index], byClassAndName);
      const report: IreItemReport = {
        index,
        errors: messages(entry['errors']),
        warnings: messages(entry['warnings']),
      };
      if (element) report.elementId = element.id;
      if (typeof entry['className'] === 'string') report.className = entry['className'];
      if (operation) report.operation = operation;
      if (sysId) report.sysId = sysId;
      reports.push(report);
      if (element && sysId && looksLikeSysId(sysId)) sysIds.set(element.id, sysId);
    }
  }
  const relations: IreItemReport[] = (Array.isArray(result['relations']) ? result['relations'] : [])
    .filter(isObject)
    .flatMap((entry) =>
      indices(entry).map((index) => {
        const report: IreItemReport = {
          index,
          errors: messages(entry['errors']),
          warnings: messages(entry['warnings']),
        };
        if (typeof entry['operation'] === 'string') report.operation = entry['operation'];
        return report;
      }),
    );

  let elements = doc.elements;
  let updated = 0;
  for (const [id, sysId] of sysIds) {
    const element = elements[id] as Element;
    if (element.attributes[SYS_ID_KEY] === sysId) continue;
    if (updated === 0) elements = copyRecord(elements);
    const attributes = { ...element.attributes };
    setEntry(attributes, SYS_ID_KEY, sysId);
    setEntry(elements, id, { ...element, attributes });
    updated += 1;
  }
  return { ok: true, doc: updated === 0 ? doc : { ...doc, elements }, items: reports, relations, updated };
}
