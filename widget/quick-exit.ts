// Quick exit, the "Exit this page" pattern from domestic-violence sites: a button, Esc pressed twice or Shift
// pressed three times leaves for a neutral page with location.replace, so Back does not return here.
import { forgetAll } from './storage.ts';

const WINDOW_MS = { Escape: 800, Shift: 1500 } as const;
const PRESSES = { Escape: 2, Shift: 3 } as const;

/** A keydown handler that calls `exit` on Esc twice or Shift three times in a row, each within a short window. */
export function exitKeys(exit: () => void, now: () => number = Date.now): (event: KeyboardEvent) => void {
  let key = '';
  let times: number[] = [];
  return (event) => {
    if (event.repeat) return;
    if (event.key !== key) times = [];
    key = event.key;
    if (key !== 'Escape' && key !== 'Shift') return;
    const t = now();
    times = [...times, t].filter((at) => t - at <= WINDOW_MS[key as 'Escape' | 'Shift']);
    if (times.length >= PRESSES[key as 'Escape' | 'Shift']) {
      times = [];
      exit();
    }
  };
}

/** Forget everything the widget stored and replace the page with the safe one. */
export function leave(safeUrl: string, location: Pick<Location, 'replace'>): void {
  forgetAll();
  location.replace(safeUrl);
}
