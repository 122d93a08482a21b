/** Node sizes known up front, so the canvas can skip mounting off-screen nodes. */
export const DEFAULT_NODE_SIZE = { width: 200, height: 72 } as const;
/** Smaller than this a node's label and icon no longer fit. */
export const MIN_NODE_SIZE = { width: 40, height: 24 } as const;
