/**
 * How an element looks on the canvas: class icon, kind, name, table, lifecycle
 * and findings. Memoised: it renders again only when its own node object changes.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { BENCH, benchNodeRender } from '../bench/benchHooks';
import { useSession } from '../editor/EditorContext';
import { KindIcon } from './KindIcon';
import type { ElementNode } from './deriveNodes';
import { RenameField } from './RenameField';

function ElementNodeView({ id, data, type, selected }: NodeProps<ElementNode>) {
  if (BENCH) benchNodeRender(id);
  const { element, findingCount } = data;
  const kind = CATALOGUE.kinds[element.kind];
  const renaming = useSession((state) => state.renamingId === id);
  const stage = element.attributes.life_cycle_stage;
  return (
    <div
      className={`element-node family-${type}${selected ? ' is-selected' : ''}${findingCount > 0 ? ' has-findings' : ''}`}
    >
      <Handle type="target" position={Position.Top} aria-label={`Link into ${element.name}`} />
      <div className="element-node-header">
        <KindIcon icon={kind.icon} size={14} />
        <span className="element-node-kind">{kind.label}</span>
        {findingCount > 0 && (
          <span className="finding-badge" title={`${findingCount} finding${findingCount === 1 ? '' : 's'}`}>
            {findingCount}
          </span>
        )}
      </div>
      {renaming ? (
        <RenameField elementId={id} name={element.name} />
      ) : (
        <div className="element-node-name" title={element.name}>
          {element.name}
        </div>
      )}
      <div className="element-node-footer">
        <span className="element-node-table">{element.table}</span>
        {stage && <span className="lifecycle-badge">{stage}</span>}
      </div>
      <Handle type="source" position={Position.Bottom} aria-label={`Link from ${element.name}`} />
      {/* The whole node accepts a dropped connection; CSS enables it only while one is drawn. */}
      <Handle
        type="target"
        id="body"
        position={Position.Top}
        className="node-drop-target"
        isConnectableStart={false}
        aria-hidden
      />
    </div>
  );
}

export const ElementNodeMemo = memo(ElementNodeView);

/** One node type per kind family, declared once outside any component (React Flow's advice). */
export const NODE_TYPES = {
  consumption: ElementNodeMemo,
  delivery: ElementNodeMemo,
  design: ElementNodeMemo,
  infrastructure: ElementNodeMemo,
  foundation: ElementNodeMemo,
};
