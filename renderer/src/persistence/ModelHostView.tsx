/**
 * The root of a window: opens the local library, then shows the start screen
 * or the open model (rendered by `children`, the workbench), with the File
 * dialogs, the conflict question and storage warnings around it. Unsaved
 * edits are written at once when the page is hidden or closed.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { exposeToBench } from '../bench/benchHooks';
import type { Editor } from '../editor/EditorContext';
import { StartScreen } from '../library/StartScreen';
import { usePlatform } from '../platform/PlatformContext';
import { useColorScheme } from '../theme/useColorScheme';
import { ImportLayer } from '../exchange/ImportLayer';
import { FileOverlays } from './FileOverlays';
import { HostContext } from './HostContext';
import { useShownUnsaved } from './useShownUnsaved';
import { ModelHost } from './modelHost';
import './persistence.css';
import type { OpenModel } from './openModel';

function forgetModelParameter(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('model');
  window.history.replaceState(window.history.state, '', url);
}

export function ModelHostView({ children }: { children: (editor: Editor) => ReactNode }) {
  const platform = usePlatform();
  const [host] = useState(
    () => new ModelHost({ platform, search: window.location.search, forgetModelParameter }),
  );
  const phase = useStore(host.store, (state) => state.phase);
  const blocked = useStore(host.store, (state) => state.blocked);
  const library = useStore(host.store, (state) => state.library);
  const open = useStore(host.store, (state) => state.open);

  useEffect(() => {
    exposeToBench(host);
    void host.boot();
  }, [host]);

  // Leaving the page (reload, close, quit): journal and write now, not in 300 ms. Hidden (another tab, a
  // laptop lid): write now.
  useEffect(() => {
    const onHide = () => host.pageHidden();
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) host.pageShown();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void host.flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [host]);

  let content: ReactNode;
  if (phase === 'opening') content = <OpeningScreen blocked={blocked} />;
  else if (phase === 'library' && library) content = <StartScreen host={host} library={library} />;
  else if (open) content = <OpenModelView key={open.modelId} host={host} open={open} render={children} />;
  else content = <OpeningScreen blocked={false} />;
  return (
    <HostContext.Provider value={host}>
      {content}
      {/* Open file…, Import… and dropped files: over the start screen or the open model. */}
      {phase !== 'opening' && <ImportLayer host={host} />}
    </HostContext.Provider>
  );
}

function OpenModelView({
  host,
  open,
  render,
}: {
  host: ModelHost;
  open: OpenModel;
  render: (editor: Editor) => ReactNode;
}) {
  return (
    <>
      <DocumentTitle open={open} />
      {render(open.editor)}
      <FileOverlays host={host} open={open} />
    </>
  );
}

/**
 * The window's title and unsaved mark. A component of its own: the save status changes twice per edit, and
 * only this should render again then, not the editor below OpenModelView.
 */
function DocumentTitle({ open }: { open: OpenModel }) {
  const platform = usePlatform();
  const name = useStore(open.editor.document, (state) => state.doc.name);
  const unsaved = useStore(open.autosaver?.status ?? NO_STATUS, (status) => status.state !== 'saved');
  const shownUnsaved = useShownUnsaved(unsaved);
  useEffect(() => {
    platform.setDocumentState({ title: name, dirty: open.autosaver ? shownUnsaved : true });
  }, [platform, name, shownUnsaved, open.autosaver]);
  return null;
}

const NO_STATUS = {
  getState: () => ({ state: 'saved' as const }),
  getInitialState: () => ({ state: 'saved' as const }),
  setState: () => undefined,
  subscribe: () => () => undefined,
};

function OpeningScreen({ blocked }: { blocked: boolean }) {
  useColorScheme();
  return (
    <div className="opening-screen" role={blocked ? 'alert' : undefined}>
      <img src="./mapwright.svg" alt="" width={40} height={40} />
      {blocked ? (
        <>
          <p className="opening-title">Close other Mapwright windows to finish upgrading</p>
          <p className="muted">
            This Mapwright stores models in a newer way. Another window still uses the older one; once it is
            closed, the upgrade finishes here by itself.
          </p>
        </>
      ) : (
        <p className="muted">Opening your models…</p>
      )}
    </div>
  );
}
