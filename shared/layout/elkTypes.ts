/**
 * The slice of ELK's JSON graph format that auto-layout uses. Declared here
 * (structurally the same as elkjs's own ElkNode) so shared/ never imports
 * elkjs: the renderer's worker hands these objects to elkjs unchanged.
 */

/** ELK layout options are strings, keyed by their full ids ("elk.direction"). */
export type ElkLayoutOptions = Record<string, string>;

export interface ElkLayoutNode {
  id: string;
  width: number;
  height: number;
  /** Filled in by ELK: the top-left corner relative to the root graph. */
  x?: number;
  y?: number;
  layoutOptions?: ElkLayoutOptions;
}

export interface ElkLayoutEdge {
  id: string;
  sources: [string];
  targets: [string];
}

/** The root graph sent to ELK; ELK answers with the same shape, positions filled in. */
export interface ElkLayoutGraph {
  id: string;
  layoutOptions: ElkLayoutOptions;
  children: ElkLayoutNode[];
  edges: ElkLayoutEdge[];
}
