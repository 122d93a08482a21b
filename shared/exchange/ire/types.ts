/** The IRE payload (exchange.md section 1), as Mapwright writes it. */

export interface IreSourceInfo {
  source_name: string;
  source_native_key: string;
}

export interface IreItem {
  className: string;
  internal_id: string;
  values: Record<string, string>;
  sys_object_source_info: IreSourceInfo;
  /** Kept from an imported payload, written back unchanged. */
  lookup?: unknown[];
  related?: unknown[];
}

export interface IreRelation {
  parent_id: string;
  child_id: string;
  /** The exact cmdb_rel_type name. */
  type: string;
}

export interface IreReferenceItem {
  /** internal_id of the record pointed at (the offering's service). */
  referenced: string;
  /** internal_id of the record holding the reference field (the offering). */
  referencedBy: string;
  referenceField: string;
}

export interface IrePayload {
  items: IreItem[];
  relations: IreRelation[];
  referenceItems: IreReferenceItem[];
}
