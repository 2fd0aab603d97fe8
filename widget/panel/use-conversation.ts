// The conversation: its turns, and asking each question in the language and country of the moment, in the
// context of the previous answer (issue 11). Its own state, so <App> holds no refs for it (issue 15 item 9).
import { useRef, useState } from 'preact/hooks';
import type { AskResponse } from '../../server/api/contract.ts';
import type { Api } from '../api.ts';
import type { Lang } from '../languages.ts';
import type { Country } from '../storage.ts';
import type { Turn } from './AskTurn.tsx';
import { SLOW_MS } from './use-resource.ts';

export interface ConversationOptions {
  api: Api;
  lang: Lang;
  country?: Country;
  /** Called when a question is answered; the one given at the latest render is called. */
  onAnswer?(response: AskResponse): void;
}

export interface Conversation {
  turns: Turn[];
  /** Add a turn for `question` and ask it. */
  ask(question: string): void;
  /** Ask a turn's question again (after a failure). */
  retry(turn: Turn): void;
}

let turnIds = 0;

/** The conversation's turns and its stable `ask` and `retry`, which always use the latest options. */
export function useConversation(options: ConversationOptions): Conversation {
  const [turns, setTurns] = useState<Turn[]>([]);
  // `ask` may run long after the render that made it (the launcher keeps it, an answer arrives later): it reads
  // the language, country and callback of the latest render from here.
  const latest = useRef(options);
  latest.current = options;
  const [actions] = useState(() => {
    // A follow-up ("and under temporary protection?") is asked in the context of the latest answer.
    let lastAnswer: string | undefined;
    const update = (id: number, change: Partial<Turn>) =>
      setTurns((all) => all.map((turn) => (turn.id === id ? { ...turn, ...change } : turn)));
    const run = async (turn: Turn) => {
      update(turn.id, { result: undefined, slow: false });
      const slow = setTimeout(() => update(turn.id, { slow: true }), SLOW_MS);
      const { api, lang, country } = latest.current;
      const result = await api.ask(turn.q, lang, country, lastAnswer);
      clearTimeout(slow);
      update(turn.id, { result });
      if (!result.ok) return;
      lastAnswer = result.data.answers[0]?.id;
      latest.current.onAnswer?.(result.data);
    };
    return {
      ask(question: string) {
        const turn: Turn = { id: ++turnIds, q: question };
        setTurns((all) => [...all, turn]);
        void run(turn);
      },
      retry: (turn: Turn) => void run(turn),
    };
  });
  return { turns, ...actions };
}
