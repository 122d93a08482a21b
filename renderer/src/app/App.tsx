/** Providers: the open model's editor and React Flow's instance around the workbench. */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { EditorContext } from '../editor/EditorContext';
import { createEditor, emptyModel } from '../editor/createEditor';
import { Workbench } from './Workbench';

export function App() {
  const [editor] = useState(() => createEditor(emptyModel()));
  return (
    <EditorContext.Provider value={editor}>
      <ReactFlowProvider>
        <Workbench />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
