// The real guided flows, walked the way a person walks them: every answer that follows a rejection or a detention
// in Türkiye warns about the 7-day deportation appeal (issue 12, item 1), in every language it is written in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../../../server/knowledge/schema.ts';
import type { Snapshot } from '../../../server/knowledge/snapshot.ts';
import { loadKnowledge } from '../../../server/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../api/helpers/real.ts';

/** The word for "deportation" in each language, as the content writes it. */
const DEPORTATION: Record<string, RegExp> = {
  en: /deport/i,
  tr: /sınır dışı/i,
  ar: /ترحيل/,
  fa: /دیپورت|اخراج/,
  az: /deportasiya/i,
  ps: /اخراج|ډیپورټ/,
  ku: /dersînor/i,
  ru: /депортац/i,
  uk: /депортац/i,
  fr: /expulsion/i,
  so: /masaafur/i,
};
const bodyText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const SEVEN = /(^|[^0-9])7([^0-9]|$)/;

/** Does this text (in `lang`) carry the warning: a deportation decision has a 7-day limit? */
const warnsOf7Days = (text: string, lang: string) => SEVEN.test(text) && (DEPORTATION[lang]?.test(text) ?? false);

/** One answer as a person reaches it: the path of option labels, whether the path passed a rejection or a detention, and the country. */
interface Reached {
  path: string[];
  node: string;
  answer: Extract<Flow['nodes'][string], { answer: unknown }>['answer'];
  afterRejectionOrDetention: boolean;
  country: string | undefined;
}

/** Every path from the start to an answer (flows are trees without cycles; the checker guarantees it). */
function walk(flow: Flow): Reached[] {
  const out: Reached[] = [];
  const visit = (name: string, path: string[], flagged: boolean, country: string | undefined) => {
    const node = flow.nodes[name]!;
    if ('answer' in node) {
      out.push({ path, node: name, answer: node.answer, afterRejectionOrDetention: flagged, country });
      return;
    }
    for (const option of node.options) {
      const label = option.label.en ?? '';
      visit(option.next, [...path, label], flagged || /reject|detain/i.test(label), option.country ?? country);
    }
  };
  visit(flow.start, [], false, flow.countries.length === 1 ? flow.countries[0] : undefined);
  return out;
}

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await loadKnowledge(KNOWLEDGE_DIR);
}, 30_000);

describe('the 7-day deportation warning in the real flows', () => {
  it('recognises the warning and its absence', () => {
    expect(warnsOf7Days('If you got a deportation decision you have 7 days.', 'en')).toBe(true);
    expect(warnsOf7Days('You have only 15 days to go to court.', 'en')).toBe(false);
    expect(warnsOf7Days('Deportation: 17 days.', 'en')).toBe(false);
    expect(warnsOf7Days('إذا وصلك قرار ترحيل فلديك 7 أيام.', 'ar')).toBe(true);
  });

  it('is in every language of every answer reached after a rejection or a detention in Türkiye', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const flow of snapshot.flows.values()) {
      for (const reached of walk(flow)) {
        if (!reached.afterRejectionOrDetention || (reached.country !== undefined && reached.country !== 'TR')) continue;
        checked += 1;
        const where = `${flow.id}: ${reached.path.join(' → ')} → ${reached.node}`;
        const texts = Object.entries(reached.answer.text ?? {});
        if (texts.length > 0) {
          for (const [lang, text] of texts) if (!warnsOf7Days(text, lang)) missing.push(`${where} [${lang}]`);
          continue;
        }
        // An answer without its own text must link an entry that carries the warning in every language it has.
        const linked = reached.answer.entries.map((id) => snapshot.entries.get(id)!);
        const ok = linked.some((entry) =>
          Object.entries(entry.translations).every(([lang, t]) => warnsOf7Days(bodyText(t.body), lang)),
        );
        if (!ok) missing.push(`${where} (no text, no linked entry with the warning)`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  });

  it('is in every language of the appeal entries', () => {
    for (const id of ['ip-appeal-regular', 'ip-appeal-accelerated']) {
      const entry = snapshot.entries.get(id)!;
      expect(Object.keys(entry.translations)).toHaveLength(11);
      for (const [lang, t] of Object.entries(entry.translations))
        expect(warnsOf7Days(bodyText(t.body), lang), `${id} [${lang}]`).toBe(true);
    }
  });
});

describe('Azerbaijan in the real flows (issue 12, item 4)', () => {
  // The urgent, general flows serve both countries; topic flows (an ID deactivated in Türkiye, protection in
  // Azerbaijan) name their one country and are checked by the next test.
  const BOTH = [
    'apply-for-protection',
    'detained-or-deportation',
    'in-danger-now',
    'need-a-doctor',
    'received-rejection',
    'want-to-work',
  ];

  it('every general flow can be walked by a person in Azerbaijan', () => {
    for (const id of BOTH) expect(snapshot.flows.get(id)?.countries, id).toContain('AZ');
    for (const flow of snapshot.flows.values()) {
      if (!flow.countries.includes('AZ')) continue;
      expect(
        walk(flow).some((r) => r.country === 'AZ'),
        `${flow.id} has an answer for Azerbaijan`,
      ).toBe(true);
    }
  });

  it('after a country is chosen, every answer links only that country’s entries and organisations', () => {
    const wrong: string[] = [];
    for (const flow of snapshot.flows.values()) {
      for (const { path, node, answer, country } of walk(flow)) {
        if (country === undefined) continue;
        for (const id of answer.entries)
          if (snapshot.entries.get(id)?.country !== country)
            wrong.push(`${flow.id}/${node} (${path.join(' → ')}): entry ${id}`);
        for (const id of answer.organisations) {
          if (!snapshot.organisations.get(id)?.countries.includes(country))
            wrong.push(`${flow.id}/${node} (${path.join(' → ')}): organisation ${id}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
