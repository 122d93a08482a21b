/**
 * The width of a link label's text, measured once per text on a canvas.
 * React Flow's own edge label measures itself with getBBox after mounting:
 * a forced layout and a second render for every edge that scrolls into view,
 * a third of the scripting time of a zoom over 10,000 elements.
 */
export const LABEL_FONT_PX = 10;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export function labelWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) {
      // Semi-bold: the widest the label is drawn (on an impact path), so the background always covers it.
      context.font = `600 ${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`;
      width = context.measureText(text).width;
    } else {
      width = text.length * LABEL_FONT_PX * 0.6;
    }
    widths.set(text, width);
  }
  return width;
}
