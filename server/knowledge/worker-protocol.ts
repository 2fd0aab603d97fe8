// What the loader (load.ts) and its helper threads (load-worker.ts) send each other.
import type { BuiltFolder, RawFolder } from './entry-folder.ts';

/** A helper thread's share of the work: consecutive entry folders of the knowledge folder `dir`. */
export interface WorkerJob {
  dir: string;
  languages: string[];
  folders: RawFolder[];
}

/** Built folders in batches, then `done`. */
export type WorkerMessage = { done: false; built: BuiltFolder[] } | { done: true };
