/** The palette: every kind the catalogue offers, grouped by CSDM domain, with a filter box. */
import { useMemo, useState } from 'react';
import { CATALOGUE, kindsByPaletteGroup, searchKinds } from '@shared/csdm';
import { KindIcon } from '../canvas/KindIcon';
import { addAtViewCentre } from '../canvas/viewCentre';
import { useActionContext } from '../actions/actionContext';
import { PALETTE_DRAG_TYPE } from './paletteDrag';


const ALL_SECTIONS = kindsByPaletteGroup(CATALOGUE);

export function PalettePanel() {
  const ctx = useActionContext();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    if (!filter.trim()) return ALL_SECTIONS;
    const hits = new Set(searchKinds(CATALOGUE, filter));
    return ALL_SECTIONS.map(({ group, kinds }) => ({ group, kinds: kinds.filter((kind) => hits.has(kind)) })).filter(
      (section) => section.kinds.length > 0,
    );
  }, [filter]);

  return (
    <aside className="side-panel palette" aria-label="Palette">
      <div className="palette-filter">
        <input
          type="search"
          aria-label="Filter palette"
          placeholder="Filter…"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {groups.length === 0 && <p className="empty-note">No kind matches “{filter}”.</p>}
      {groups.map(({ group, kinds }) => (
        <section key={group} aria-label={group}>
          <h2 className="panel-heading">{group}</h2>
          <ul className="palette-list">
            {kinds.map((kind) => (
              <li key={kind.id}>
                <button
                  type="button"
                  className="palette-entry"
                  aria-label={kind.label}
                  title={kind.formerLabel ? `${kind.label} (formerly ${kind.formerLabel})` : kind.label}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind.id);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => addAtViewCentre(ctx.editor, ctx.flow, kind.id)}
                >
                  <KindIcon icon={kind.icon} />
                  <span className="palette-label">{kind.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
