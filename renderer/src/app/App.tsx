/**
 * Providers: the model host (the local library and autosave; it opens the
 * model this window had, else the last one opened, the Run-stage sample on
 * first start, or a new empty model for `?model=empty`), then the open
 * model's editor and React Flow's instance around the workbench.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { EditorContext } from '../editor/EditorContext';
import { ModelHostView } from '../persistence/ModelHostView';
import { Workbench } from './Workbench';

export function App() {
  return (
    <ModelHostView>
      {(editor) => (
        <EditorContext.Provider value={editor}>
          <ReactFlowProvider>
            <Workbench />
          </ReactFlowProvider>
        </EditorContext.Provider>
      )}
    </ModelHostView>
  );
}
