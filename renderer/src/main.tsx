import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/frame.css';
import './styles/canvas.css';
import './styles/inspector.css';
import './styles/commands.css';
import { App } from './app/App';
import { PlatformContext } from './platform/PlatformContext';
import { selectPlatform } from './platform/selectPlatform';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <PlatformContext.Provider value={selectPlatform()}>
      <App />
    </PlatformContext.Provider>
  </StrictMode>,
);
