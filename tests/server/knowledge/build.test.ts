import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { buildSnapshot } from '../../../server/knowledge/build.ts';
import { renderBody } from '../../../server/knowledge/markdown.ts';
import { formatDiagnostic } from '../../../server/knowledge/report.ts';
import { BROKEN, FIXTURE_NOW, fixtureFiles, fixtureSnapshot } from '../../helpers/knowledge.ts';

const messages = async (broken: string) => (await fixtureSnapshot(broken)).problems.map((p) => formatDiagnostic(p));

describe('buildSnapshot on the valid fixture', () => {
  it('loads every item without problems', async () => {
    const snapshot = await fixtureSnapshot();
    expect(snapshot.problems).toEqual([]);
    expect([...snapshot.entries.keys()].sort()).toEqual(['appeal', 'work']);
    expect([...snapshot.organisations.keys()]).toEqual(['legal-help']);
    expect([...snapshot.flows.keys()]).toEqual(['rejected']);
    expect(snapshot.languages.map((l) => l.code)).toEqual(['en', 'tr', 'ar']);
    expect(snapshot.emergency.map((c) => c.number)).toEqual(['112']);
  });

  it('marks source texts original and stamped translations translated', async () => {
    const appeal = (await fixtureSnapshot()).entries.get('appeal')!;
    expect(appeal.translations.en!.status).toBe('original');
    expect(appeal.translations.tr!.status).toBe('translated');
    expect(appeal.translations.tr!.reviewed).toBe(true);
    expect(appeal.translations.ar!.reviewed).toBe(false);
  });

  it('keeps the Markdown body, which renders to safe HTML and plain text', async () => {
    const en = renderBody((await fixtureSnapshot()).entries.get('appeal')!.translations.en!.body);
    expect(en.html).toContain('<strong>rejected</strong>');
    expect(en.html).toContain(
      '<a href="https://example.org/law" rel="noopener noreferrer" target="_blank">the law</a>',
    );
    expect(en.html).not.toContain('href="javascript');
    expect(en.text).toContain('If you were rejected, you can appeal.');
    expect(en.text).toContain('Call a lawyer.');
    expect(en.text).not.toContain('**');
  });

  it('is immutable and versioned by content', async () => {
    const a = await fixtureSnapshot();
    const b = buildSnapshot(await fixtureFiles('outdated-translation'), { now: FIXTURE_NOW });
    expect(Object.isFrozen(a.entries.get('appeal'))).toBe(true);
    expect(a.version).toMatch(/^[0-9a-f]{12}$/);
    expect(a.version).not.toBe(b.version);
    expect((await fixtureSnapshot()).version).toBe(a.version);
  });

  it('checks that the languages read in a country are languages Huquq has', async () => {
    const files = (await fixtureFiles()).filter((f) => f.path !== 'countries.yaml');
    const countries = {
      path: 'countries.yaml',
      bytes: new TextEncoder().encode('countries:\n  - code: TR\n    name: { en: Türkiye }\n    readers: [ar, xx]\n'),
    };
    expect(buildSnapshot([...files, countries], { now: FIXTURE_NOW }).problems.map((p) => formatDiagnostic(p))).toEqual(
      [
        'knowledge/countries.yaml:4: countries[0].readers[1]: "xx" is not one of the languages in languages.yaml — use one of "en", "tr", "ar", or add the language to languages.yaml first',
      ],
    );
  });

  it('skips drafts and the README', async () => {
    const files = await fixtureFiles();
    const draft = { path: 'organisations/_draft.yaml', bytes: new TextEncoder().encode('not: [valid') };
    const readme = { path: 'README.md', bytes: new TextEncoder().encode('# Hi') };
    expect(buildSnapshot([...files, draft, readme], { now: FIXTURE_NOW }).problems).toEqual([]);
  });

  it('warns when a legal review or a check of contacts is older than 12 months, never for a missing review', async () => {
    const later = buildSnapshot(await fixtureFiles(), { now: new Date('2028-01-01T00:00:00Z') });
    expect(later.problems.map((p) => formatDiagnostic(p))).toEqual([
      'knowledge/entries/tr/appeal/entry.yaml:14: legalReview.date: the last legal review was on 2026-11-01, more than 12 months ago — ask a lawyer to check the text against the current law, then set "legalReview" to their name and the date of that check',
      'knowledge/organisations/legal-help.yaml:12: reviewedAt: the contacts were last verified on 2026-11-01, more than 12 months ago — check that every phone number, address and web page still works, then set "reviewedAt" to the date of that check',
    ]);
    expect(later.entries.get('work')!.legalReview).toBeUndefined();
  });
});

describe('buildSnapshot on broken fixtures', () => {
  it('has a test for every broken fixture', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(expectedCodes).sort());
  });

  const expectedCodes: Record<string, string[]> = {
    'bad-url': ['schema', 'link-to-invalid', 'link-to-invalid', 'link-to-invalid'],
    'duplicate-id': ['duplicate-id'],
    'empty-file': ['empty-file'],
    'flow-cycle': ['flow-cycle'],
    'flow-unreachable': ['flow-unreachable'],
    'malformed-yaml': ['yaml-syntax', 'link-to-invalid', 'link-to-invalid', 'link-to-invalid'],
    'missing-field': ['schema', 'link-to-invalid'],
    'old-review-date': ['reviewed-at-renamed', 'link-to-invalid'],
    'not-utf8': ['not-utf8', 'missing-source-language', 'link-to-invalid'],
    'number-missing': ['translation-number-missing'],
    'outdated-translation': ['translation-outdated', 'translation-outdated'],
    'unknown-field': ['schema', 'link-to-invalid'],
    'unknown-language': ['unknown-language'],
    'unknown-reference': ['unknown-reference'],
    'wrong-folder': ['wrong-folder'],
    'wrong-type': ['schema', 'link-to-invalid'],
  };

  for (const [fixture, codes] of Object.entries(expectedCodes)) {
    it(`${fixture}: reports ${codes.join(', ')} with file, line and fix`, async () => {
      const snapshot = await fixtureSnapshot(fixture);
      expect(snapshot.problems.map((p) => p.code)).toEqual(codes);
      expect(await messages(fixture)).toMatchSnapshot();
    });
  }

  it('keeps serving everything that is still valid', async () => {
    const cycle = await fixtureSnapshot('flow-cycle');
    expect(cycle.flows.size).toBe(0);
    expect(cycle.entries.size).toBe(2);
    const missing = await fixtureSnapshot('missing-field');
    expect([...missing.entries.keys()]).toEqual(['appeal']);
    expect(missing.entries.get('appeal')!.related.entries).toEqual([]);
  });

  it('drops a dangling link but keeps the item that has it', async () => {
    const snapshot = await fixtureSnapshot('unknown-reference');
    expect(snapshot.entries.get('appeal')!.related.entries).toEqual([]);
    expect(snapshot.problems[0]!.hint).toContain('did you mean "work"?');
  });

  it('marks translations of a changed source text outdated', async () => {
    const appeal = (await fixtureSnapshot('outdated-translation')).entries.get('appeal')!;
    expect(appeal.translations.tr!.status).toBe('outdated');
    expect(appeal.translations.ar!.status).toBe('outdated');
  });
});
