// The concept lexicon as knowledge files: loaded into the snapshot, validated like everything else (file, line,
// field, what was expected and the fix).
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../server/knowledge/build.ts';
import { formatDiagnostic } from '../../../server/knowledge/report.ts';
import { FIXTURE_NOW, fixtureFiles } from '../../helpers/knowledge.ts';

const withLexicon = async (text: string) => {
  const files = await fixtureFiles();
  return buildSnapshot([...files, { path: 'lexicon/words.yaml', bytes: new TextEncoder().encode(text) }], {
    now: FIXTURE_NOW,
  });
};

describe('knowledge/lexicon/*.yaml', () => {
  it('loads concepts into the snapshot', async () => {
    const snapshot = await withLexicon(
      'concepts:\n  - id: id-card\n    words:\n      tr: [kimlik]\n      en: [ID card, kimlik]\n',
    );
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.lexicon).toEqual([{ id: 'id-card', words: { tr: ['kimlik'], en: ['ID card', 'kimlik'] } }]);
  });

  it('names the file, line and field of a broken concept', async () => {
    const snapshot = await withLexicon('concepts:\n  - id: Id Card\n    words:\n      tr: [kimlik]\n');
    const messages = snapshot.problems.map((p) => formatDiagnostic(p));
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.every((m) => m.startsWith('knowledge/lexicon/words.yaml:'))).toBe(true);
    expect(messages.join('\n')).toMatch(/concepts\[0\]\.id: .*lower-case letters/);
    expect(messages.join('\n')).toMatch(/concepts\[0\]\.words: .*at least two languages/);
    expect(snapshot.lexicon).toEqual([]);
  });
});

describe('notCovered topics in knowledge/lexicon/*.yaml', () => {
  it('loads them into the snapshot beside the concepts', async () => {
    const snapshot = await withLexicon(
      'notCovered:\n  - id: weather\n    words:\n      en: [weather forecast]\n      tr: [hava durumu]\n',
    );
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.notCovered).toEqual([{ id: 'weather', words: { en: ['weather forecast'], tr: ['hava durumu'] } }]);
    expect(snapshot.lexicon).toEqual([]);
  });

  it('tells content staff what a lexicon file must hold when it holds neither list', async () => {
    const snapshot = await withLexicon('topics:\n  - id: weather\n');
    const messages = snapshot.problems.map((p) => formatDiagnostic(p)).join('\n');
    expect(messages).toMatch(/^knowledge\/lexicon\/words\.yaml:/);
    expect(messages).toMatch(/topics/);
  });
});
