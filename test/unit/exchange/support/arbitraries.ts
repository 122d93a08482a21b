/**
 * Generated models for the round-trip properties: every kind and table,
 * attributes of every field type (choices, references to other elements,
 * raw unresolved references, free text with quotes, commas, line breaks and
 * any Unicode), extra columns an import brings, links CSDM allows, links it
 * does not (relationship types it does not know, catalogue types between the
 * wrong kinds), and views placing some of the elements.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { KIND_IDS, type KindId } from '../../../../shared/csdm/kinds';
import { linkRulesBetween } from '../../../../shared/csdm/queries/linkRulesBetween';
import { IRE_LOOKUP_KEY, IRE_RELATED_KEY, SYS_ID_KEY } from '../../../../shared/exchange';
import type { Element, Id, Link, ModelDocument, Placement, View } from '../../../../shared/model/types';

const GENERIC_TABLES = ['cmdb_ci', 'cmdb_ci_computer', 'cmdb_ci_printer', 'cmdb_ci_ups'];
const EXTRA_COLUMNS = [
  'host_name',
  'ip_address',
  'serial_number',
  'u_cost_centre',
  'os_version',
  'parent',
  'portfolio',
];
const REL_TYPES = ['IP Connection::IP Connection', 'Members::Member of', 'Sends data to::Receives data from'];

/** Text that survives JSON, CSV and UTF-8 unchanged: any Unicode, quotes, commas, line breaks. */
const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    'a, b',
    'say "hi"',
    'line\r\nbreak',
    'x\ny',
    ' padded ',
    '=SUM(A1)',
    'Ünïcødé ✓',
    '🚀 rocket',
  ),
);
/** A trimmed, non-empty name: what model operations keep. */
const name = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 14 })
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  },
  { weight: 1, arbitrary: fc.constantFrom('Payroll', 'srv-01', 'Email, Gold', 'He said "yes"', 'Café ☕') },
);

interface ElementSpec {
  kind: KindId;
  table: number;
  name: string;
  picks: number[];
  values: string[];
  extra: { column: string; value: string }[];
}

const elementSpec: fc.Arbitrary<ElementSpec> = fc.record({
  kind: fc.constantFrom(...KIND_IDS),
  table: fc.nat(),
  name,
  picks: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
  values: fc.array(text, { minLength: 20, maxLength: 20 }),
  extra: fc.array(
    fc.record({
      column: fc.oneof(fc.constantFrom(...EXTRA_COLUMNS), fc.stringMatching(/^u_[a-z_]{1,10}$/)),
      value: text,
    }),
    { maxLength: 3 },
  ),
});

interface LinkSpec {
  from: number;
  to: number;
  mode: 'allowed' | 'relationship' | 'catalogue';
  pick: number;
}

const linkSpec: fc.Arbitrary<LinkSpec> = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  mode: fc.constantFrom('allowed', 'allowed', 'allowed', 'relationship', 'catalogue'),
  pick: fc.nat(),
});

const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

function attributesFor(spec: ElementSpec, elements: readonly Element[]): Record<string, string> {
  const def = CATALOGUE.kinds[spec.kind];
  const attributes: Record<string, string> = {};
  if (def.serviceClassification && def.fields.some((f) => f.column === 'service_classification'))
    attributes['service_classification'] = def.serviceClassification;
  def.fields.forEach((field, i) => {
    const pick = spec.picks[i % spec.picks.length] ?? 0;
    if (field.readOnly || pick % 3 === 0) return;
    const value = spec.values[i % spec.values.length] ?? 'x';
    if (field.type === 'choice') {
      const choices = CATALOGUE.choiceLists[field.choiceList ?? ''] ?? [];
      attributes[field.column] = pick % 7 === 0 ? value : at(choices, pick).value;
    } else if (field.type === 'reference') {
      const targets = elements.filter((e) => field.references?.includes(e.kind));
      attributes[field.column] = targets.length > 0 && pick % 5 !== 0 ? at(targets, pick).id : value;
    } else attributes[field.column] = value;
  });
  for (const { column, value } of spec.extra) attributes[column] = value;
  // What imports keep under reserved keys: IRE lookup/related entries, a known sys_id.
  const reserved = spec.picks[19] ?? 0;
  if (def.isCi && reserved % 4 === 1)
    attributes[IRE_LOOKUP_KEY] = JSON.stringify([
      { className: 'cmdb_serial_number', values: { serial_number: spec.values[19] } },
    ]);
  if (def.isCi && reserved % 6 === 2)
    attributes[IRE_RELATED_KEY] = JSON.stringify([
      { className: 'cmdb_ci_network_adapter', values: { name: 'eth0' } },
    ]);
  if (reserved % 3 === 0)
    attributes[SYS_ID_KEY] = (reserved * 2654435761).toString(16).padStart(32, '0').slice(-32);
  return attributes;
}

function linkFor(
  spec: LinkSpec,
  index: number,
  elements: readonly Element[],
  csdmVersion: 4 | 5,
): Link | undefined {
  if (elements.length < 2) return undefined;
  const from = at(elements, spec.from);
  const others = elements.filter((e) => e.id !== from.id);
  let to = at(others, spec.to);
  let type: string | undefined;
  if (spec.mode === 'allowed') {
    // A target the catalogue lets `from` link to, when there is one.
    const targets = others.filter(
      (e) => linkRulesBetween(CATALOGUE, { csdmVersion }, from.kind, e.kind).length > 0,
    );
    if (targets.length > 0) to = at(targets, spec.to);
    const rules = linkRulesBetween(CATALOGUE, { csdmVersion }, from.kind, to.kind);
    type = rules.length > 0 ? at(rules, spec.pick).type : undefined;
  } else if (spec.mode === 'relationship') {
    if (CATALOGUE.kinds[from.kind].isCi && CATALOGUE.kinds[to.kind].isCi) type = at(REL_TYPES, spec.pick);
  } else type = at(Object.keys(CATALOGUE.linkTypes), spec.pick);
  return type === undefined ? undefined : { id: `ln-${index}`, type, from: from.id, to: to.id };
}

export interface ModelOptions {
  maxElements?: number;
  maxLinks?: number;
}

export function modelArbitrary({
  maxElements = 24,
  maxLinks = 36,
}: ModelOptions = {}): fc.Arbitrary<ModelDocument> {
  return fc
    .record({
      name,
      csdmVersion: fc.constantFrom<4 | 5>(4, 5),
      sourceName: fc.oneof(fc.constant('Mapwright'), name),
      elements: fc.array(elementSpec, { maxLength: maxElements, size: 'medium' }),
      links: fc.array(linkSpec, { maxLength: maxLinks, size: 'medium' }),
      placed: fc.array(
        fc.tuple(fc.boolean(), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })),
        {
          minLength: 1,
          maxLength: 40,
        },
      ),
      secondView: fc.boolean(),
    })
    .map(
      ({
        name: modelName,
        csdmVersion,
        sourceName,
        elements: specs,
        links: linkSpecs,
        placed,
        secondView,
      }) => {
        const ids = specs.map((_, i) => `el-${i}`);
        const elements: Element[] = [];
        specs.forEach((spec, i) => {
          const def = CATALOGUE.kinds[spec.kind];
          const table = def.acceptsAnyTable ? at(GENERIC_TABLES, spec.table) : at(def.tables, spec.table);
          elements.push({ id: ids[i] as Id, kind: spec.kind, table, name: spec.name, attributes: {} });
        });
        // Attributes once every element exists, so references can point at any of them.
        for (const [i, spec] of specs.entries()) {
          const element = elements[i] as Element;
          element.attributes = attributesFor(
            spec,
            elements.filter((e) => e.id !== element.id),
          );
        }
        const links: Record<Id, Link> = {};
        linkSpecs.forEach((spec, i) => {
          const link = linkFor(spec, i, elements, csdmVersion);
          if (link) links[link.id] = link;
        });
        const placements = (offset: number): Record<Id, Placement> => {
          const out: Record<Id, Placement> = {};
          elements.forEach((e, i) => {
            const [shown, x, y] = at(placed, i + offset);
            if (shown) out[e.id] = { x, y, width: 200, height: 72 };
          });
          return out;
        };
        const views: Record<Id, View> = {
          'view-a': { id: 'view-a', name: 'Main view', placements: placements(0) },
        };
        if (secondView) views['view-b'] = { id: 'view-b', name: 'Detail', placements: placements(1) };
        const doc: ModelDocument = {
          id: 'model-gen',
          name: modelName,
          settings: { csdmVersion, sourceName },
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
          elements: Object.fromEntries(elements.map((e) => [e.id, e])),
          links,
          views,
          viewOrder: Object.keys(views),
        };
        return doc;
      },
    );
}

/** A counter id source, so imports in tests are reproducible. */
export function counterIds(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
