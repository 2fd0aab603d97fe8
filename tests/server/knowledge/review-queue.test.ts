import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../server/knowledge/build.ts';
import { formatReviewQueue, reviewQueue, withoutLegalReview } from '../../../server/knowledge/review-queue.ts';
import { FIXTURE_NOW, fixtureFiles, fixtureSnapshot } from '../../helpers/knowledge.ts';

const text = (path: string, title: string) => ({
  path,
  bytes: new TextEncoder().encode(`---\ntitle: ${title}\nsummary: A summary.\n---\nA text.\n`),
});

/** The fixture (appeal: urgent, reviewed by a lawyer, ar unchecked; work: no review) with two unchecked work translations. */
async function snapshot() {
  const extra = [text('entries/tr/work/ar.md', 'تصريح العمل'), text('entries/tr/work/tr.md', 'Çalışma izni')];
  return buildSnapshot([...(await fixtureFiles()), ...extra], { now: FIXTURE_NOW });
}

describe('reviewQueue', () => {
  it('lists entries without a legal review, urgent first', async () => {
    const s = await snapshot();
    expect(withoutLegalReview(s)).toBe(1);
    expect(reviewQueue(s).entries).toEqual([{ folder: 'entries/tr/work', urgency: 'normal', title: 'Work permit' }]);
  });

  it('orders unchecked translations by urgency, then by the languages most read in the country', async () => {
    // The fixture's Türkiye lists readers [tr, ar]: tr comes first though "ar" sorts first; appeal/tr is checked already.
    expect(reviewQueue(await snapshot()).translations).toEqual([
      { file: 'entries/tr/appeal/ar.md', lang: 'ar', urgency: 'urgent', outdated: false },
      { file: 'entries/tr/work/tr.md', lang: 'tr', urgency: 'normal', outdated: true },
      { file: 'entries/tr/work/ar.md', lang: 'ar', urgency: 'normal', outdated: true },
    ]);
  });

  it('prints a plain list for reviewers', async () => {
    const s = await snapshot();
    expect(formatReviewQueue(reviewQueue(s), s.entries.size)).toBe(
      [
        'Legal review: 1 of 2 entries have not been reviewed by a lawyer (urgent first).',
        '  urgency  entry                      title',
        '  normal   knowledge/entries/tr/work  Work permit',
        '',
        'Translations: 3 have not been checked by a native speaker (urgent first, then the languages most read in the country).',
        '  urgency  lang  file                               note',
        '  urgent   ar    knowledge/entries/tr/appeal/ar.md',
        '  normal   tr    knowledge/entries/tr/work/tr.md    outdated: update it to the source text first',
        '  normal   ar    knowledge/entries/tr/work/ar.md    outdated: update it to the source text first',
      ].join('\n'),
    );
  });

  it('is empty when every entry and translation has been reviewed', async () => {
    const s = await fixtureSnapshot();
    const reviewed = { ...s, entries: new Map([['appeal', { ...s.entries.get('appeal')!, translations: {} }]]) };
    expect(reviewQueue(reviewed)).toEqual({ entries: [], translations: [] });
  });
});
