/**
 * A link's label at (x, y): its text on a rounded background, sized without
 * measuring the DOM (see labelWidth). Keeps React Flow's class names, so its
 * styles and hit testing apply as to React Flow's own labels.
 */
import { LABEL_FONT_PX, labelWidth } from './labelWidth';

const PAD_X = 4;
const PAD_Y = 2;
const HEIGHT = LABEL_FONT_PX + 2 + 2 * PAD_Y;

export function LinkLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const width = labelWidth(text) + 2 * PAD_X;
  return (
    <g className="react-flow__edge-textwrapper" transform={`translate(${x} ${y})`}>
      <rect
        className="react-flow__edge-textbg"
        x={-width / 2}
        y={-HEIGHT / 2}
        width={width}
        height={HEIGHT}
        rx={3}
        ry={3}
      />
      <text className="react-flow__edge-text" textAnchor="middle" dy="0.33em">
        {text}
      </text>
    </g>
  );
}
