/**
 * One link: from, type, to. The type offers what the catalogue allows between
 * the two kinds in the model's CSDM version; an imported type it does not
 * allow stays visible, flagged. Changing it keeps the link's id and ends.
 */
import { Crosshair, Link2, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { CATALOGUE } from '@shared/csdm';
import { changeLinkType } from '@shared/model/changeLinkType';
import { disconnect } from '@shared/model/disconnect';
import type { Element, Id } from '@shared/model/types';
import { KindIcon } from '../canvas/KindIcon';
import { useJumpTo } from '../canvas/focusElement';
import { useDocument, useEditor } from '../editor/EditorContext';
import { FieldRow } from './FieldRow';
import { LinkFindings } from './LinkFindings';
import { linkStorageText, linkTypeLabel, linkTypeOptions } from './linkDescriptions';
import { PropertySection } from './PropertySection';
import { useApply } from './useApply';

function LinkEnd({ label, element }: { label: string; element: Element | undefined }) {
  const id = useId();
  const jumpTo = useJumpTo();
  if (!element) {
    return (
      <FieldRow id={id} label={label}>
        <input id={id} className="prop-input is-readonly" value="(missing element)" readOnly />
      </FieldRow>
    );
  }
  const kind = CATALOGUE.kinds[element.kind];
  return (
    <FieldRow id={id} label={label}>
      <div className="link-end">
        <KindIcon icon={kind.icon} size={14} />
        <input id={id} className="prop-input is-readonly" value={element.name} title={kind.label} readOnly />
        <button
          type="button"
          className="icon-button"
          aria-label={`Go to ${element.name}`}
          title={`Go to ${element.name}`}
          onClick={() => jumpTo(element.id)}
        >
          <Crosshair aria-hidden />
        </button>
      </div>
    </FieldRow>
  );
}

export function LinkInspector({ linkId }: { linkId: Id }) {
  const editor = useEditor();
  const apply = useApply();
  const typeId = useId();
  const link = useDocument((state) => state.doc.links[linkId]);
  const from = useDocument((state) => (link ? state.doc.elements[link.from] : undefined));
  const to = useDocument((state) => (link ? state.doc.elements[link.to] : undefined));
  const csdmVersion = useDocument((state) => state.doc.settings.csdmVersion);
  if (!link) return null;

  const settings = { csdmVersion };
  const options = from && to ? linkTypeOptions(CATALOGUE, settings, from.kind, to.kind, link.type) : [];
  const storage =
    from && to ? linkStorageText(CATALOGUE, settings, from.kind, to.kind, link.type) : undefined;
  const allowed = storage !== undefined;
  const remove = () => {
    if (apply((doc) => disconnect(doc, [link.id]))) editor.session.getState().select([]);
  };

  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <span className="inspector-header-icon">
          <Link2 aria-hidden />
        </span>
        <div className="inspector-header-text">
          <div className="inspector-header-kind">Link</div>
          <div className="inspector-header-name">
            {from?.name} {linkTypeLabel(CATALOGUE, link.type, 'outgoing')} {to?.name}
          </div>
          <div className="inspector-header-meta">
            {to?.name} {linkTypeLabel(CATALOGUE, link.type, 'incoming').toLowerCase()} {from?.name}
          </div>
        </div>
      </header>
      <LinkFindings linkId={link.id} ends={[from, to]} />
      <PropertySection title="Link">
        <LinkEnd label="From (parent)" element={from} />
        <FieldRow
          id={typeId}
          label="Link type"
          hint="What the link means; only the types CSDM allows between these classes"
        >
          <select
            id={typeId}
            className={`prop-input${allowed ? '' : ' is-invalid'}`}
            value={link.type}
            onChange={(event) => apply((doc) => changeLinkType(doc, CATALOGUE, link.id, event.target.value))}
          >
            {options.map((option) => (
              <option key={option.type} value={option.type}>
                {option.allowed ? option.label : `${option.label} (not a CSDM link)`}
              </option>
            ))}
          </select>
        </FieldRow>
        <LinkEnd label="To (child)" element={to} />
        <div className="prop-row">
          <span className="prop-label">Stored as</span>
          <div className="prop-control prop-static">
            {allowed ? (
              storage
            ) : (
              <span
                className="badge badge-danger"
                title="The catalogue allows no link of this type between these classes"
              >
                Not a CSDM link
              </span>
            )}
          </div>
        </div>
      </PropertySection>
      <div className="inspector-actions">
        <button type="button" className="button danger" onClick={remove}>
          <Trash2 aria-hidden /> Delete link
        </button>
      </div>
    </div>
  );
}
