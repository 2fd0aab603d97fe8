// The answer card with the fake API's entries: content, time limits, sources, translation banners, feedback,
// sharing, read aloud and related links.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEntry } from '../../../server/api/contract.ts';
import { AnswerCard } from '../../../widget/panel/AnswerCard.tsx';
import { fakeApi, knowledge } from '../helpers/fake-api.ts';
import { APP_BASE, renderInPanel } from '../helpers/panel.tsx';

afterEach(() => document.body.replaceChildren());

const { appeal, appealAr, workPermit } = knowledge.entries;

describe('AnswerCard', () => {
  it('shows title, summary with its time limits, the full text on demand, legal basis, sources and the date it was updated', async () => {
    await renderInPanel(<AnswerCard entry={appeal} />);
    const card = screen.getByRole('article', { name: appeal.title });
    expect(within(card).getByRole('heading', { level: 3, name: appeal.title })).toBeTruthy();
    expect([...card.querySelectorAll('.summary strong.deadline')].map((s) => s.textContent)).toEqual([
      '10 days',
      '30 days',
    ]);
    expect(within(card).getByText('Time limits apply: act quickly')).toBeTruthy();
    const more = card.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(within(card).getByText('Read the full answer').tagName).toBe('SUMMARY');
    expect(card.querySelector('.entry-text')!.innerHTML).toContain('<strong>within 10 days</strong>');
    expect(within(card).getByText('Legal basis')).toBeTruthy();
    expect(card.textContent).toContain('Article 80');
    const source = within(card).getByRole('link', { name: appeal.sources[0]!.title });
    expect(source.getAttribute('href')).toBe(appeal.sources[0]!.url);
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(card).getByText('Updated').tagName).toBe('DT');
    expect(within(card).getByText('Updated').nextElementSibling!.textContent).toBe('November 22, 2026');
  });

  it('says calmly that no lawyer has reviewed the answer yet, and opens the organisations with legal aid first', async () => {
    expect(appeal.legalReview).toBeNull();
    const view = await renderInPanel(<AnswerCard entry={appeal} />);
    const card = screen.getByRole('article', { name: appeal.title });
    expect(within(card).getByText('This answer has not yet been reviewed by a lawyer.').closest('details')).toBeNull();
    expect(card.textContent).not.toMatch(/checked by lawyers|Reviewed by/);
    fireEvent.click(within(card).getByRole('button', { name: 'Get free legal help' }));
    expect(view.routes).toEqual([{ view: 'organisations', service: 'legal-aid' }]);
  });

  it("names the lawyer who reviewed the answer and the date, in the reader's language", async () => {
    const reviewed = { ...appeal, legalReview: { by: 'Example Bar Legal Aid', date: '2027-01-15' } };
    await renderInPanel(<AnswerCard entry={reviewed} />);
    expect(screen.getByText('Reviewed by \u2068Example Bar Legal Aid\u2069 on January 15, 2027')).toBeTruthy();
    expect(screen.queryByText('This answer has not yet been reviewed by a lawyer.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Get free legal help' })).toBeNull();
  });

  it('keeps the content in its own language and direction inside an English interface', async () => {
    await renderInPanel(<AnswerCard entry={appealAr} />);
    const title = screen.getByRole('heading', { level: 3 });
    expect(title.getAttribute('lang')).toBe('ar');
    expect(title.getAttribute('dir')).toBe('rtl');
  });

  it('warns about an unreviewed translation and links to the English original', async () => {
    expect(appealAr.translationReviewed).toBe(false);
    const view = await renderInPanel(<AnswerCard entry={appealAr} />, { lang: 'ar' });
    expect(screen.getByText('لم يراجع هذه الترجمةَ متحدثٌ أصلي باللغة بعد.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'اقرأ النص الأصلي (English)' }));
    expect(view.routes).toEqual([{ view: 'entry', id: appeal.id, lang: 'en' }]);
  });

  it('says when the answer is in a fallback language', async () => {
    // The entry as the API sends it when the reader's language has no text (the API's choice of fallback is
    // tested in tests/server/api).
    const fallback: ApiEntry = { ...workPermit, translation: 'fallback' };
    await renderInPanel(<AnswerCard entry={fallback} />, { lang: 'so' });
    expect(screen.getByText(/Jawaabtan weli laguma hayo luqaddaada/)).toBeTruthy();
    // Not time-critical, so no badge.
    expect(screen.queryByText('Time limits apply: act quickly')).toBeNull();
  });

  it('posts "Was this helpful?" and thanks the person', async () => {
    const api = fakeApi();
    await renderInPanel(<AnswerCard entry={appeal} />, { api });
    const group = screen.getByRole('group', { name: 'Was this helpful?' });
    fireEvent.click(within(group).getByRole('button', { name: 'No' }));
    await screen.findByText('Thank you for your feedback.');
    expect(api.calls.feedback).toEqual([[{ entryId: appeal.id, helpful: false, lang: 'en' }]]);
  });

  it('shares a link to the full-page mode, shown to copy when there is no share sheet or clipboard', async () => {
    await renderInPanel(<AnswerCard entry={appeal} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to this answer' })) as HTMLInputElement;
    expect(link.value).toBe(`${APP_BASE}?lang=en#/entry/${appeal.id}`);
  });

  it('offers read aloud only when the device has a voice for the language', async () => {
    await renderInPanel(<AnswerCard entry={appealAr} />, { lang: 'ar' });
    // jsdom has no speech synthesis at all: no voice, so no button.
    expect(screen.queryByRole('button', { name: 'قراءة بصوت عالٍ' })).toBeNull();
    expect(screen.getByRole('button', { name: 'طباعة' })).toBeTruthy();
  });

  it('links related answers and lists the organisations that help', async () => {
    const view = await renderInPanel(<AnswerCard entry={appeal} />);
    const related = appeal.related[0]!;
    fireEvent.click(screen.getByRole('button', { name: related.title }));
    expect(view.routes).toEqual([{ view: 'entry', id: related.id }]);
    expect(screen.getByRole('heading', { name: 'Who can help' })).toBeTruthy();
    expect(screen.getByText(knowledge.organisations.legalAid.name)).toBeTruthy();
    const phone = view.container.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(phone?.getAttribute('href')).toBe('tel:+902125550100');
  });
});

describe('read aloud with a voice', () => {
  it('reads the answer in its language and can be stopped', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    // A stand-in for the Web Speech API, which jsdom lacks: one Arabic voice.
    const voice = { lang: 'ar-SA', name: 'Arabic' } as SpeechSynthesisVoice;
    Object.assign(globalThis, {
      speechSynthesis: {
        getVoices: () => [voice],
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
        cancel: () => spoken.at(-1)?.onend?.(new Event('end') as SpeechSynthesisEvent),
        addEventListener() {},
        removeEventListener() {},
      },
      SpeechSynthesisUtterance: class {
        voice?: SpeechSynthesisVoice;
        lang = '';
        onend?: (e: Event) => void;
        onerror?: unknown;
        constructor(readonly text: string) {}
      },
    });
    try {
      await renderInPanel(<AnswerCard entry={appealAr} />, { lang: 'ar' });
      fireEvent.click(screen.getByRole('button', { name: 'قراءة بصوت عالٍ' }));
      expect(spoken).toHaveLength(1);
      expect(spoken[0]!.text.startsWith(appealAr.title)).toBe(true);
      expect(spoken[0]!.voice).toBe(voice);
      const stop = screen.getByRole('button', { name: 'إيقاف القراءة' });
      expect(stop.getAttribute('aria-pressed')).toBe('true');
      fireEvent.click(stop);
      await waitFor(() => expect(screen.getByRole('button', { name: 'قراءة بصوت عالٍ' })).toBeTruthy());
    } finally {
      delete (globalThis as Record<string, unknown>).speechSynthesis;
      delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
    }
  });
});
