// Hands work to the feedback store off the request path: recording never slows or fails a person's request
// (issue 6). A failing store is logged once per outage, not once per request.
import type { FeedbackStore } from '../storage/types.ts';
import type { Logger } from './deps.ts';

export type Recorder = (what: string, task: (store: FeedbackStore) => void | Promise<void>) => void;

export function createRecorder(store: FeedbackStore | undefined, log: Logger): Recorder {
  let failing = false;
  return (what, task) => {
    if (!store) return;
    setImmediate(async () => {
      try {
        await task(store);
        failing = false;
      } catch (err) {
        if (failing) return;
        failing = true;
        log.warn('feedback store failed; requests are still answered, recording is skipped until it works again', {
          what,
          error: err instanceof Error ? err.message : String(err),
        });
      }
    });
  };
}
