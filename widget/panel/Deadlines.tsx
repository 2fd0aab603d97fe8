// A text with its time limits in <strong>.
import { splitDeadlines } from './deadlines.ts';

export function Deadlines({ text }: { text: string }) {
  return (
    <>
      {splitDeadlines(text).map((piece) => (piece.deadline ? <strong class="deadline">{piece.text}</strong> : piece.text))}
    </>
  );
}
