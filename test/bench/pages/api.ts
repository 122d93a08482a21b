/** What the benchmark's pages expose to the runner (page.evaluate), typed for both sides. */
import type { BenchApi } from '../../../renderer/src/bench/benchHooks';

/** Cache Storage bucket for payloads the compute page hands to the app page. */
export const STASH = 'mapwright-bench';

export interface Timed {
  /** One duration per repetition, in milliseconds. */
  ms: number[];
  /** Size of what was produced (UTF-8 bytes of the text, or of the zip). */
  bytes: number;
}

export interface ModelCounts {
  elements: number;
  links: number;
  placements: number;
}

export interface ComputeApi {
  /** Builds the seeded large model of `size` elements, placed in CSDM layers, and keeps it under `id`. */
  generate: (size: number, id: string) => ModelCounts;
  /** Stores the model in the app's library through the app's repository (ModelRepository.createModel). */
  seed: (id: string) => Promise<number>;
  /** Removes a model's rows from the library (between import runs). */
  removeStored: (id: string) => Promise<void>;
  validateFull: (id: string, reps: number) => { ms: number[]; findings: number };
  /** One rename per repetition, rechecked as the app does (re-diffing) and with the edit's diff passed in. */
  validateIncremental: (id: string, reps: number) => { reDiff: number[]; withDiff: number[]; diff: number[] };
  exportIre: (id: string, reps: number) => Timed;
  exportBundle: (id: string, reps: number) => Timed;
  stringify: (id: string, reps: number) => Timed;
  /** Puts the model's IRE payload (as a file's text) in Cache Storage under `url`, for the app page to read. */
  stashIre: (id: string, url: string) => Promise<number>;
  /** The same rows the app writes for the model, bulkPut with raw Dexie into a scratch database. */
  bulkPut: (id: string, reps: number) => Promise<number[]>;
  drop: (id: string) => void;
}

export interface BaselineApi {
  /** Start of the raw read -> canvas interactive, navigation start -> interactive, the read alone; ms (null until then). */
  opened: () => { openMs: number; fromNavigationMs: number; readMs: number } | null;
  elements: () => number;
}

declare global {
  interface Window {
    __bench?: ComputeApi;
    __baseline?: BaselineApi;
    __mapwrightBench?: BenchApi;
  }
}
