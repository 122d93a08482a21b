/** MIME type of a palette drag, read by the canvas drop handler. */
export const PALETTE_DRAG_TYPE = 'application/x-mapwright-kind';
