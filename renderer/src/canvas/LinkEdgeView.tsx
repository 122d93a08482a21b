/** A link: a curve from parent (consumer) to child, arrow at the child, labelled with the link type. */
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { CATALOGUE } from '@shared/csdm';
import type { LinkEdge } from './deriveEdges';
import { LinkLabel } from './LinkLabel';

/** The label users read: "Depends on", "offered as"; unknown imported types show as stored. */
export function linkLabel(type: string): string {
  return CATALOGUE.linkTypes[type]?.label ?? type;
}

function LinkEdgeView(props: EdgeProps<LinkEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const type = props.data?.link.type ?? '';
  const known = type in CATALOGUE.linkTypes;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={known ? undefined : 'is-unknown-link'}
        interactionWidth={16}
      />
      <LinkLabel x={labelX} y={labelY} text={linkLabel(type)} />
    </>
  );
}

export const EDGE_TYPES = { link: memo(LinkEdgeView) };
