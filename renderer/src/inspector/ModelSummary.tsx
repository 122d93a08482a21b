/** Nothing selected: a hint, the model's own settings (name, target CSDM version, source name) and what it holds. */
import { useId, useMemo } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { renameModel } from '@shared/model/renameModel';
import { setSettings } from '@shared/model/setSettings';
import type { CsdmVersion, ModelDocument, OpResult } from '@shared/model/types';
import { useDocument } from '../editor/EditorContext';
import { sizeOf } from '../editor/sizeOf';
import { FieldRow } from './FieldRow';
import { KindCountList } from './KindCountList';
import { countByKind } from './kindCounts';
import { PropertySection } from './PropertySection';
import { useApply } from './useApply';
import { useDraft } from './useDraft';

function ModelTextField(props: {
  label: string;
  value: string;
  hint: string;
  operation: (doc: ModelDocument, text: string) => OpResult;
}) {
  const id = useId();
  const apply = useApply();
  const draft = useDraft(props.value);
  const commit = () => {
    if (draft.text === props.value) return;
    if (!apply((doc) => props.operation(doc, draft.text)) || draft.text.trim() === props.value)
      draft.revert();
  };
  return (
    <FieldRow id={id} label={props.label} hint={props.hint} required>
      <input
        id={id}
        className="prop-input"
        value={draft.text}
        aria-required
        onChange={(event) => draft.setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') draft.revert();
        }}
      />
    </FieldRow>
  );
}

function VersionField() {
  const id = useId();
  const apply = useApply();
  const version = useDocument((state) => state.doc.settings.csdmVersion);
  return (
    <FieldRow
      id={id}
      label="Target CSDM version"
      hint="Decides which link types are allowed (business application → service instance: Consumes in CSDM 4, Uses in CSDM 5)"
    >
      <select
        id={id}
        className="prop-input"
        value={version}
        onChange={(event) =>
          apply((doc) =>
            setSettings(doc, CATALOGUE, { csdmVersion: Number(event.target.value) as CsdmVersion }),
          )
        }
      >
        <option value={5}>CSDM 5</option>
        <option value={4}>CSDM 4</option>
      </select>
    </FieldRow>
  );
}

function Contents() {
  const elements = useDocument((state) => state.doc.elements);
  const linkCount = useDocument((state) => sizeOf(state.doc.links));
  const viewCount = useDocument((state) => state.doc.viewOrder.length);
  const counts = useMemo(() => countByKind(CATALOGUE, Object.values(elements)), [elements]);
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  return (
    <PropertySection title="Contents">
      <dl className="model-totals">
        <div>
          <dt>Elements</dt>
          <dd>{total}</dd>
        </div>
        <div>
          <dt>Links</dt>
          <dd>{linkCount}</dd>
        </div>
        <div>
          <dt>Views</dt>
          <dd>{viewCount}</dd>
        </div>
      </dl>
      {counts.length === 0 ? (
        <p className="prop-note">
          The model is empty. Drag a class from the palette onto the canvas to start.
        </p>
      ) : (
        <KindCountList counts={counts} label="Elements by kind" />
      )}
    </PropertySection>
  );
}

export function ModelSummary() {
  const name = useDocument((state) => state.doc.name);
  const sourceName = useDocument((state) => state.doc.settings.sourceName);
  return (
    <div className="inspector-body">
      <p className="inspector-hint">
        Select an element or a link to see and edit its details. Shift-click or drag with Shift to select
        several.
      </p>
      <PropertySection title="Model">
        <ModelTextField label="Model name" value={name} hint="The model's name" operation={renameModel} />
        <VersionField />
        <ModelTextField
          label="Source name"
          value={sourceName}
          hint="sys_object_source_info.source_name on exported records: ServiceNow recognises re-exports by it"
          operation={(doc, text) => setSettings(doc, CATALOGUE, { sourceName: text })}
        />
      </PropertySection>
      <Contents />
    </div>
  );
}
