import { describe, expect, it } from 'vitest';
import { leaks } from '../../../server/search/leakage.ts';
import { searchSnapshot } from './fixture.ts';

const noFile = () => undefined;
const ask = (q: string) => leaks(searchSnapshot(), [{ where: 'set.jsonl#q1', q }], noFile);

describe('leakage check', () => {
  it('warns about a summary holding 4 consecutive words of an eval question, naming file, field and question', () => {
    const found = ask('can I appeal to the commission within 10 days please');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      code: 'eval-leak',
      file: 'entries/tr/appeal/en.md',
      field: 'summary',
    });
    expect(found[0]!.message).toContain('set.jsonl#q1');
  });

  it('leaves 3 shared words alone', () => {
    expect(ask('commission within 10')).toHaveLength(0);
    expect(ask('commission within ten days')).toHaveLength(0);
  });

  it('does not count an official name the question uses as the knowledge does (an entry title or organisation name)', () => {
    const kb = searchSnapshot((k) => {
      const tr = k.entries!.find((e) => e.texts.tr?.title.startsWith('Sınır dışı etme kararı'))!.texts.tr!;
      // The summary repeats the title's official name, as summaries do.
      tr.summary = 'Sınır dışı etme kararı size tebliğ edildiyse 7 gün içinde idare mahkemesine başvurun.';
    });
    const question = (q: string) => leaks(kb, [{ where: 'set.jsonl#q1', q }], noFile);
    expect(question('sınır dışı etme kararı aldım ne yapmalıyım')).toHaveLength(0);
    expect(question('kararı size tebliğ edildiyse ne olur')).toHaveLength(1);
  });
});
