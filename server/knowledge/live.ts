// Keeps the served knowledge current: one atomic swap per valid change, the old snapshot kept on a bad one.
import { watch as watchFs } from 'node:fs';
import type { Logger } from '../log.ts';
import type { Diagnostic, Snapshot } from './snapshot.ts';
import { loadKnowledge } from './load.ts';
import { countBySeverity, formatDiagnostic } from './report.ts';

export interface LiveKnowledge<D> {
  snapshot(): Snapshot;
  /** What the server derives from the snapshot (the search index), swapped together with it. */
  derived(): D;
  /** Loads again; true when the new snapshot replaced the old one. */
  reload(): Promise<boolean>;
  /** Reloads on every change below the folder (debounced); returns a function that stops watching. */
  watch(debounceMs?: number): () => void;
}

const signature = (d: Diagnostic) => `${d.code}|${d.file}|${d.field ?? ''}|${d.message}`;

/** A change is served unless it brings errors the current snapshot did not have. */
function shouldSwap(current: Snapshot, next: Snapshot): boolean {
  const known = new Set(current.problems.filter((p) => p.severity === 'error').map(signature));
  return next.problems.every((p) => p.severity !== 'error' || known.has(signature(p)));
}

export async function createLiveKnowledge<D>(options: {
  dir: string;
  derive: (s: Snapshot) => D;
  log: Logger;
}): Promise<LiveKnowledge<D>> {
  const { dir, derive, log } = options;
  const first = await loadKnowledge(dir);
  let state = { snapshot: first, derived: derive(first) };
  logProblems(first, log, dir);

  const reload = async () => {
    const next = await loadKnowledge(dir);
    if (!shouldSwap(state.snapshot, next)) {
      log.error('knowledge change rejected: the previous knowledge stays live until the errors are fixed', {
        version: state.snapshot.version,
      });
      logProblems(next, log, dir);
      return false;
    }
    state = { snapshot: next, derived: derive(next) };
    log.info('knowledge reloaded', { version: next.version, ...countBySeverity(next.problems) });
    return true;
  };

  const watch = (debounceMs = 150) => {
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const watcher = watchFs(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(() =>
          reload().then(
            () => undefined,
            (err: unknown) => log.error('knowledge reload failed', { error: String(err) }),
          ),
        );
      }, debounceMs);
    });
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  };

  return { snapshot: () => state.snapshot, derived: () => state.derived, reload, watch };
}

function logProblems(snapshot: Snapshot, log: Logger, dir: string): void {
  for (const problem of snapshot.problems) {
    log[problem.severity === 'error' ? 'error' : 'warn']('knowledge problem', {
      problem: formatDiagnostic(problem, dir),
      code: problem.code,
    });
  }
  const { errors, warnings } = countBySeverity(snapshot.problems);
  log.info('knowledge loaded', {
    version: snapshot.version,
    entries: snapshot.entries.size,
    organisations: snapshot.organisations.size,
    flows: snapshot.flows.size,
    errors,
    warnings,
  });
}
