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

  it('warns about a lexicon phrase holding 4 consecutive words of an eval question, with its file and line', () => {
    const kb = searchSnapshot((k) => {
      k.lexicon = [{ id: 'wages', words: { en: ['wages', 'my boss does not pay'], tr: ['maaş'] } }];
      k.notCovered = [{ id: 'weather', words: { en: ['what is the weather like'], tr: ['hava durumu'] } }];
    });
    const concepts = 'concepts:\n  - id: wages\n    words:\n      en: [wages, my boss does not pay]\n';
    const topics = 'notCovered:\n  - id: weather\n    words:\n      en: [what is the weather like]\n';
    const source = (file: string) => ({ 'lexicon/concepts.yaml': concepts, 'lexicon/not-covered.yaml': topics })[file];
    const found = leaks(
      kb,
      [
        { where: 'set.jsonl#q1', q: 'my boss does not pay me, what can I do' },
        { where: 'set.jsonl#q2', q: 'what is the weather like in Van' },
      ],
      source,
      ['entries/tr/appeal/en.md', 'lexicon/concepts.yaml', 'lexicon/not-covered.yaml'],
    );
    expect(found.map((d) => [d.file, d.line, d.field])).toEqual([
      ['lexicon/concepts.yaml', 4, 'concepts[wages].words.en'],
      ['lexicon/not-covered.yaml', 4, 'notCovered[weather].words.en'],
    ]);
    expect(found[0]!.message).toContain('set.jsonl#q1');
  });
});
