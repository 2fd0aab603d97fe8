// Loads something from the API for a view, telling "slow" apart from "failed", with a retry.
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../api.ts';

/** After this long without an answer the person is told the connection is slow. */
export const SLOW_MS = 2500;

export interface Resource<T> {
  result?: Result<T>;
  slow: boolean;
  retry(): void;
}

/** Run `load` whenever `deps` change (or on retry); stale answers are dropped. */
export function useResource<T>(load: () => Promise<Result<T>>, deps: unknown[]): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ result?: Result<T>; slow: boolean }>({ slow: false });
  useEffect(() => {
    let current = true;
    setState({ slow: false });
    const timer = setTimeout(() => current && setState((s) => (s.result ? s : { slow: true })), SLOW_MS);
    void load().then((result) => {
      clearTimeout(timer);
      if (current) setState({ result, slow: false });
    });
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [...deps, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
