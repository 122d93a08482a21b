/**
 * The start screen, shown when no model is open: start a model (empty or
 * from the sample), reopen a recent one, or pick from the whole library.
 */
import { FilePlus2, FolderOpen, LayoutTemplate } from 'lucide-react';
import { importControllerFor } from '../exchange/importController';
import { usePlatform } from '../platform/PlatformContext';
import { useColorScheme } from '../theme/useColorScheme';
import type { ModelHost } from '../persistence/modelHost';
import type { Library } from '../persistence/openLibrary';
import { relativeTime, exactTime } from '../persistence/relativeTime';
import { useLiveQuery } from '../persistence/useLiveQuery';
import { LibraryNotice } from './LibraryNotice';
import { LibraryPanel } from './LibraryPanel';
import './library.css';

export function StartScreen({ host, library }: { host: ModelHost; library: Library }) {
  useColorScheme();
  const platform = usePlatform();
  const recent = useLiveQuery(() => library.models.recentModels(), [library]);
  const count = useLiveQuery(() => library.db.models.filter((row) => !row.deletedAt).count(), [library]);
  const recentModels = recent.state === 'ready' ? recent.value.slice(0, 6) : [];
  return (
    <div className="start-screen">
      <header className="start-header">
        <img src="./mapwright.svg" alt="" width={22} height={22} />
        <span className="start-brand">Mapwright</span>
        <span className="start-tagline muted">CSDM service maps</span>
      </header>
      <div className="start-body">
        <aside className="start-side" aria-label="Start">
          <h2 className="start-heading">Start</h2>
          <button type="button" className="start-action" onClick={() => void host.newEmptyModel()}>
            <FilePlus2 aria-hidden size={18} />
            <span>
              <span className="start-action-title">New empty model</span>
              <span className="start-action-detail muted">One empty view to draw on</span>
            </span>
          </button>
          <button type="button" className="start-action" onClick={() => void host.newFromSample()}>
            <LayoutTemplate aria-hidden size={18} />
            <span>
              <span className="start-action-title">New from sample</span>
              <span className="start-action-detail muted">
                The Run-stage service map of a finance company
              </span>
            </span>
          </button>
          <button
            type="button"
            className="start-action"
            onClick={() => void importControllerFor(host).pick(platform, 'open')}
          >
            <FolderOpen aria-hidden size={18} />
            <span>
              <span className="start-action-title">Open file…</span>
              <span className="start-action-detail muted">
                A model file, an IRE payload, a bundle or a Table API export; or drop one here
              </span>
            </span>
          </button>
          {recentModels.length > 0 && (
            <>
              <h2 className="start-heading">Recent</h2>
              <ul className="start-recent" aria-label="Recent models">
                {recentModels.map((model) => (
                  <li key={model.id}>
                    <button
                      type="button"
                      className="start-recent-item"
                      aria-label={`Open recent model “${model.name}”`}
                      onClick={() => void host.open(model.id)}
                    >
                      <span className="start-recent-name">{model.name}</span>
                      <span className="start-recent-time muted" title={exactTime(model.updatedAt)}>
                        {relativeTime(model.updatedAt)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
        <main className="start-main" aria-label="Model library">
          <div className="start-main-header">
            <h1>Model library</h1>
            {count.state === 'ready' && (
              <span className="muted">
                {count.value} model{count.value === 1 ? '' : 's'} stored on this computer
              </span>
            )}
          </div>
          <LibraryPanel host={host} library={library} openModelId={null} />
        </main>
      </div>
      <LibraryNotice host={host} />
    </div>
  );
}
