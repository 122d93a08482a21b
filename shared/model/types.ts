/**
 * The document an architect edits: elements, the links between them, and the
 * views (diagrams) that place elements. Plain data only: it is stored in
 * IndexedDB row by row, exported, diffed for autosave and kept in undo history.
 */
import type { KindId } from '../csdm/kinds';

export type Id = string;

/** Which CSDM release the model targets; it decides the business application -> service instance link type. */
export type CsdmVersion = 4 | 5;

export interface ModelSettings {
  csdmVersion: CsdmVersion;
  /** `sys_object_source_info.source_name` on every exported IRE item. */
  sourceName: string;
}

/**
 * One record: a CI (service, offering, server, ...) or a non-CI record
 * (portfolio, Foundation company/department/location/group/user, commitment).
 */
export interface Element {
  /** Stable UUID; also the export's `source_native_key` / coalesce key. */
  id: Id;
  kind: KindId;
  /** Exact ServiceNow table, one of the kind's family (or any table for an imported generic CI). */
  table: string;
  name: string;
  /**
   * Column name -> value, as ServiceNow stores it (choice values, not labels).
   * Reference fields hold the id of the referenced element of this model.
   */
  attributes: Record<string, string>;
}

/**
 * A directed link, parent (consumer) -> child (what it needs), as in cmdb_rel_ci.
 * `type` is a link type id of the catalogue: for relationship rows that is the
 * exact cmdb_rel_type name ("Depends on::Used by"); for other storage forms a
 * catalogue id such as "offering.parent". Imported data may carry a type the
 * catalogue does not allow: it is kept and flagged by validation, never dropped.
 */
export interface Link {
  id: Id;
  type: string;
  from: Id;
  to: Id;
}

export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A diagram of part of the model. Removing an element from a view does not delete it. */
export interface View {
  id: Id;
  name: string;
  /** Element id -> where it sits in this view. */
  placements: Record<Id, Placement>;
}

export interface ModelDocument {
  id: Id;
  name: string;
  settings: ModelSettings;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  elements: Record<Id, Element>;
  links: Record<Id, Link>;
  views: Record<Id, View>;
  /** Tab order of the views; every model has at least one view. */
  viewOrder: Id[];
}

/** What every model operation returns: the new document, or a refusal in the users' words. */
export type OpResult = { ok: true; doc: ModelDocument } | { ok: false; reason: string };

/** Where to put an element in a view; size defaults to the standard node size. */
export interface PlacementInput {
  viewId: Id;
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/**
 * What copy puts on the clipboard and paste takes back: some elements, the
 * links among them, and where they sat in the view they were copied from.
 */
export interface ModelFragment {
  elements: Element[];
  links: Link[];
  /** Element id -> placement in the source view. */
  placements: Record<Id, Placement>;
}
