// A content text whose numbers and Latin runs keep their order in right-to-left languages (issue 12, item 2).
import { splitLtrRuns } from '../../server/knowledge/bidi.ts';

export function Isolated({ text, dir }: { text: string; dir: 'ltr' | 'rtl' }) {
  if (dir !== 'rtl') return <>{text}</>;
  return <>{splitLtrRuns(text).map((run) => (run.ltr ? <bdi dir="ltr">{run.text}</bdi> : run.text))}</>;
}
