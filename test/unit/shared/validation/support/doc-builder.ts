/**
 * Builds documents directly, as an import would: rules must judge data the
 * model operations would refuse (links CSDM forbids, dangling references,
 * custom tables). Ids are readable so failures name the element.
 */
import { CATALOGUE } from '../../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../../shared/csdm/kinds';
import { linkRulesBetween } from '../../../../../shared/csdm/queries/linkRulesBetween';
import { createModel } from '../../../../../shared/model/createModel';
import type { CsdmVersion, Element, Id, Link, ModelDocument } from '../../../../../shared/model/types';

export interface AddOptions {
  id?: Id;
  table?: string;
  attributes?: Record<string, string>;
}

export class DocBuilder {
  private readonly elements: Record<Id, Element> = {};
  private readonly links: Record<Id, Link> = {};
  private linkCount = 0;

  constructor(private readonly csdmVersion: CsdmVersion = 5) {}

  /** Adds an element; its id is the name in kebab case unless given. */
  add(kind: KindId, name: string, options: AddOptions = {}): Id {
    const id = options.id ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (this.elements[id]) throw new Error(`Duplicate test id ${id}`);
    const def = CATALOGUE.kinds[kind];
    const classification: Record<string, string> = def.serviceClassification
      ? { service_classification: def.serviceClassification }
      : {};
    this.elements[id] = {
      id,
      kind,
      table: options.table ?? def.tables[0] ?? 'cmdb_ci',
      name,
      attributes: { ...classification, ...options.attributes },
    };
    return id;
  }

  /** Links parent -> child; without a type, the catalogue's first type for the pair (it must have one). */
  link(from: Id, to: Id, type?: string, id?: Id): Id {
    const linkId = id ?? `link-${++this.linkCount}`;
    const parent = this.elements[from];
    const child = this.elements[to];
    const chosen =
      type ??
      (parent && child
        ? linkRulesBetween(CATALOGUE, { csdmVersion: this.csdmVersion }, parent.kind, child.kind)[0]?.type
        : undefined);
    if (!chosen) throw new Error(`No link type for ${from} -> ${to}`);
    this.links[linkId] = { id: linkId, type: chosen, from, to };
    return linkId;
  }

  build(): ModelDocument {
    const doc = createModel({
      id: 'model',
      name: 'Test model',
      now: '2026-01-01T00:00:00.000Z',
      viewId: 'view',
      settings: { csdmVersion: this.csdmVersion },
    });
    return { ...doc, elements: { ...this.elements }, links: { ...this.links } };
  }
}
