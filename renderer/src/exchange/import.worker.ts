/**
 * Reads an imported file off the main thread, so a big bundle does not
 * freeze the window: the exchange code is pure (no DOM), and the document it
 * answers with is plain data that crosses back by structured clone.
 */
import type { ImportWorkerReply, ImportWorkerRequest } from './importProtocol';
import { parseImport } from './parseImport';

const reply = (message: ImportWorkerReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const { id, fileName, files } = event.data;
  reply({ type: 'result', id, result: parseImport(fileName, files) });
};

reply({ type: 'ready' });
