/** Providers: the open model's editor and React Flow's instance around the workbench. */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { EditorContext } from '../editor/EditorContext';
import { createEditor } from '../editor/createEditor';
import { initialModel } from '../samples/loadSample';
import { Workbench } from './Workbench';

export function App() {
  // The Run-stage sample on first start; `?model=empty` for an empty model (see loadSample.ts).
  const [editor] = useState(() => createEditor(initialModel()));
  return (
    <EditorContext.Provider value={editor}>
      <ReactFlowProvider>
        <Workbench />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
