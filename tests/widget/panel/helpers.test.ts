// The panel's pure helpers: time limits, routes, contact links, organisation filters, voices, translation notices.
import { describe, expect, it } from 'vitest';
import type { ApiOrganisation } from '../../../server/api/contract.ts';
import { contactHref } from '../../../widget/panel/contact-links.ts';
import { splitDeadlines } from '../../../widget/panel/deadlines.ts';
import { formatDate } from '../../../widget/panel/format.ts';
import { filterChoices, filterOrganisations } from '../../../widget/panel/organisation-filter.ts';
import { hashOf, routeFromHash } from '../../../widget/panel/route.ts';
import { voiceFor } from '../../../widget/panel/speech.ts';
import { translationNotices } from '../../../widget/panel/TranslationBanner.tsx';

const deadlines = (text: string) =>
  splitDeadlines(text)
    .filter((p) => p.deadline)
    .map((p) => p.text);

describe('splitDeadlines', () => {
  it('finds time limits in every script the answers use', () => {
    expect(deadlines('Object within 10 days, or go to court within 30 days.')).toEqual(['10 days', '30 days']);
    expect(deadlines('خلال 10 أيام أو خلال 30 يومًا')).toEqual(['10 أيام', '30 يومًا']);
    expect(deadlines('در ۱۰ روز اعتراض کنید')).toEqual(['۱۰ روز']);
    expect(deadlines('10 gün içinde itiraz edin; 3 ay sonra')).toEqual(['10 gün', '3 ay']);
    expect(deadlines('в течение 15 дней')).toEqual(['15 дней']);
    expect(deadlines('dans les 15 jours')).toEqual(['15 jours']);
  });

  it('leaves other numbers alone and keeps the text whole', () => {
    expect(deadlines('Law No. 6458, Article 80 and 81; call 112 now')).toEqual([]);
    const text = 'Call 112 within 2 hours.';
    expect(
      splitDeadlines(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});

describe('routes in the address bar', () => {
  it('round-trips entries, flows and lists', () => {
    for (const route of [
      { view: 'entry', id: 'ip-appeal-regular' },
      { view: 'flow', id: 'need-a-doctor' },
      { view: 'help' },
      { view: 'organisations' },
    ] as const) {
      expect(routeFromHash(hashOf(route))).toEqual(route);
    }
  });

  it('never puts a question in the URL and ignores junk', () => {
    expect(hashOf({ view: 'ask' })).toBe('');
    expect(routeFromHash('#/entry/<script>')).toEqual({ view: 'home' });
    expect(routeFromHash('')).toEqual({ view: 'home' });
  });
});

describe('contactHref', () => {
  it('makes links a phone can open', () => {
    expect(contactHref({ type: 'phone', value: '+90 (850) 218-48 30' })).toBe('tel:+908502184830');
    expect(contactHref({ type: 'whatsapp', value: '+90 555 000 11 22' })).toBe('https://wa.me/905550001122');
    expect(contactHref({ type: 'email', value: 'help@example.org' })).toBe('mailto:help@example.org');
    expect(contactHref({ type: 'address', value: 'Kızılay, Ankara' })).toBe(
      'https://www.openstreetmap.org/search?query=K%C4%B1z%C4%B1lay%2C%20Ankara',
    );
    expect(contactHref({ type: 'website', value: 'javascript:alert(1)' })).toBeUndefined();
  });
});

const org = (id: string, cities: string[], services: ApiOrganisation['services'], languages: string[]) =>
  ({ id, cities, services, languages }) as ApiOrganisation;

describe('organisation filters', () => {
  const orgs = [
    org('a', ['İstanbul'], ['legal-aid'], ['ar', 'tr']),
    org('b', [], ['health'], ['fa']),
    org('c', ['Ankara'], ['legal-aid', 'health'], ['tr']),
  ];

  it('match every filter that is set; nationwide organisations match every city', () => {
    expect(filterOrganisations(orgs, { city: 'İstanbul' }).map((o) => o.id)).toEqual(['a', 'b']);
    expect(filterOrganisations(orgs, { service: 'legal-aid', language: 'tr' }).map((o) => o.id)).toEqual(['a', 'c']);
    expect(filterOrganisations(orgs, { city: 'Ankara', language: 'ar' })).toEqual([]);
    expect(filterOrganisations(orgs, {})).toHaveLength(3);
  });

  it('offer the values that exist, sorted for the reader', () => {
    expect(filterChoices(orgs, 'tr')).toEqual({
      cities: ['Ankara', 'İstanbul'],
      services: ['health', 'legal-aid'],
      languages: ['ar', 'fa', 'tr'],
    });
  });
});

describe('voiceFor', () => {
  const voice = (lang: string) => ({ lang }) as SpeechSynthesisVoice;
  it('finds a voice by language, whatever the region', () => {
    expect(voiceFor('ar', [voice('en-US'), voice('ar-SA')])?.lang).toBe('ar-SA');
    expect(voiceFor('ps', [voice('en-US'), voice('fa-IR')])).toBeUndefined();
  });
});

describe('translationNotices', () => {
  it('says what the reader is looking at', () => {
    expect(translationNotices({ translation: 'original', translationReviewed: true })).toEqual([]);
    expect(translationNotices({ translation: 'translated', translationReviewed: true })).toEqual([]);
    expect(translationNotices({ translation: 'translated', translationReviewed: false })).toEqual([
      'answer.unreviewed',
    ]);
    expect(translationNotices({ translation: 'outdated', translationReviewed: false })).toEqual([
      'answer.outdated',
      'answer.unreviewed',
    ]);
    expect(translationNotices({ translation: 'fallback', translationReviewed: true })).toEqual(['answer.fallback']);
  });
});

describe('formatDate', () => {
  it("writes dates in the reader's language and digits", () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026');
    expect(formatDate('2026-11-22', 'tr')).toBe('22 Kasım 2026');
    expect(formatDate('2026-11-22', 'ar')).toMatch(/نوفمبر/);
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
