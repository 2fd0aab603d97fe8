// The events partners can listen to with Huquq.on(); a tiny emitter so the launcher carries no library.

export type EventName = 'open' | 'close' | 'answer' | 'flow-step' | 'language';
export type Listener = (detail: Record<string, unknown>) => void;

export interface Emitter {
  /** Subscribe; returns a function that unsubscribes. */
  on(event: EventName, fn: Listener): () => void;
  emit(event: EventName, detail?: Record<string, unknown>): void;
}

/** An emitter whose failing listeners are reported but never break the widget or the other listeners. */
export function createEmitter(): Emitter {
  const listeners = new Map<EventName, Set<Listener>>();
  return {
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(fn));
      return () => set.delete(fn);
    },
    emit(event, detail = {}) {
      for (const fn of listeners.get(event) ?? []) {
        try {
          fn(detail);
        } catch (error) {
          console.error(`[huquq] a listener for "${event}" failed`, error);
        }
      }
    },
  };
}
