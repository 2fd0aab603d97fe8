// The conversation: every question asked since the panel opened, each with its reply, and the box for the next.
import { useRef } from 'preact/hooks';
import { AskTurn, type Turn } from './AskTurn.tsx';
import { usePanel } from './context.ts';
import { QuestionBox } from './QuestionBox.tsx';
import { ViewHeading } from './ViewHeading.tsx';

export function Ask({ turns, retry }: { turns: readonly Turn[]; retry: (turn: Turn) => void }) {
  const { t } = usePanel();
  const input = useRef<HTMLInputElement | null>(null);
  const askAgain = () => input.current?.focus();
  return (
    <div class="view ask">
      <ViewHeading hidden>{t('ask.heading')}</ViewHeading>
      <ol class="conversation">
        {turns.map((turn) => (
          <AskTurn key={turn.id} turn={turn} retry={() => retry(turn)} onAskAgain={askAgain} />
        ))}
      </ol>
      <QuestionBox inputRef={(element) => (input.current = element)} />
    </div>
  );
}
