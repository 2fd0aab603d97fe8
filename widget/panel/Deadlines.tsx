// A text with its time limits in <strong>, its numbers kept in order in right-to-left text.
import { splitDeadlines } from './deadlines.ts';
import { Isolated } from './Isolated.tsx';

export function Deadlines({ text, dir }: { text: string; dir: 'ltr' | 'rtl' }) {
  return (
    <>
      {splitDeadlines(text).map((piece) =>
        piece.deadline ? (
          <strong class="deadline">
            <Isolated text={piece.text} dir={dir} />
          </strong>
        ) : (
          <Isolated text={piece.text} dir={dir} />
        ),
      )}
    </>
  );
}
