/** Messages between the renderer and the import worker. */
import type { ImportResult, InputFile } from '@shared/exchange';

export interface ImportWorkerRequest {
  id: number;
  /** Names the input in messages; a drop of several files is named after the first. */
  fileName: string;
  files: InputFile[];
}

export type ImportWorkerReply = { type: 'ready' } | { type: 'result'; id: number; result: ImportResult };
