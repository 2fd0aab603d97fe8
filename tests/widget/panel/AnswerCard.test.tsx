// The answer card with real entries from the real API: content, time limits, sources, translation banners,
// feedback, sharing, read aloud and related links.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEntry } from '../../../server/api/contract.ts';
import { createApi } from '../../../widget/api.ts';
import { AnswerCard } from '../../../widget/panel/AnswerCard.tsx';
import { renderInPanel } from '../helpers/panel.tsx';
import { startHuquq, type Running } from '../helpers/servers.ts';

let huquq: Running & { feedback: Awaited<ReturnType<typeof startHuquq>>['feedback'] };
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(() => document.body.replaceChildren());

async function entry(id: string, lang: string): Promise<ApiEntry> {
  const result = await createApi(huquq.apiBase).entry(id, lang);
  if (!result.ok) throw new Error(`entry ${id} failed: ${result.error.kind}`);
  return result.data;
}

describe('AnswerCard', () => {
  it('shows title, summary with its time limits, the full text on demand, legal basis, sources and the date it was updated', async () => {
    const appeal = await entry('ip-appeal-regular', 'en');
    await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    const card = screen.getByRole('article', { name: appeal.title });
    expect(within(card).getByRole('heading', { level: 3, name: appeal.title })).toBeTruthy();
    expect([...card.querySelectorAll('.summary strong.deadline')].map((s) => s.textContent)).toEqual(['10 days', '30 days']);
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
    const appeal = await entry('ip-appeal-regular', 'en');
    expect(appeal.legalReview).toBeNull();
    const view = await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    const card = screen.getByRole('article', { name: appeal.title });
    expect(within(card).getByText('This answer has not yet been reviewed by a lawyer.').closest('details')).toBeNull();
    expect(card.textContent).not.toMatch(/checked by lawyers|Reviewed by/);
    fireEvent.click(within(card).getByRole('button', { name: 'Get free legal help' }));
    expect(view.routes).toEqual([{ view: 'organisations', service: 'legal-aid' }]);
  });

  it('names the lawyer who reviewed the answer and the date, in the reader\'s language', async () => {
    const appeal = { ...(await entry('ip-appeal-regular', 'en')), legalReview: { by: 'Example Bar Legal Aid', date: '2027-01-15' } };
    await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    expect(screen.getByText('Reviewed by \u2068Example Bar Legal Aid\u2069 on January 15, 2027')).toBeTruthy();
    expect(screen.queryByText('This answer has not yet been reviewed by a lawyer.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Get free legal help' })).toBeNull();
  });

  it('keeps the content in its own language and direction inside an English interface', async () => {
    const arabic = await entry('ip-appeal-regular', 'ar');
    await renderInPanel(<AnswerCard entry={arabic} />, { apiBase: huquq.apiBase });
    const title = screen.getByRole('heading', { level: 3 });
    expect(title.getAttribute('lang')).toBe('ar');
    expect(title.getAttribute('dir')).toBe('rtl');
  });

  it('warns about an unreviewed translation and links to the English original', async () => {
    const arabic = await entry('ip-appeal-regular', 'ar');
    expect(arabic.translationReviewed).toBe(false);
    const view = await renderInPanel(<AnswerCard entry={arabic} />, { apiBase: huquq.apiBase, lang: 'ar' });
    expect(screen.getByText('لم يراجع هذه الترجمةَ متحدثٌ أصلي باللغة بعد.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'اقرأ النص الأصلي (English)' }));
    expect(view.routes).toEqual([{ view: 'entry', id: 'ip-appeal-regular', lang: 'en' }]);
  });

  it('says when the answer is in a fallback language', async () => {
    // The entry as the API sends it when the reader's language has no text yet (which entries those are changes
    // with every translation; the API's choice of fallback is tested in tests/server/api).
    const fallback: ApiEntry = { ...(await entry('az-how-to-apply', 'en')), translation: 'fallback', lang: 'en' };
    await renderInPanel(<AnswerCard entry={fallback} />, { apiBase: huquq.apiBase, lang: 'so' });
    expect(screen.getByText(/Jawaabtan weli laguma hayo luqaddaada/)).toBeTruthy();
  });

  it('posts "Was this helpful?" and thanks the person', async () => {
    const appeal = await entry('ip-appeal-regular', 'en');
    await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    const group = screen.getByRole('group', { name: 'Was this helpful?' });
    fireEvent.click(within(group).getByRole('button', { name: 'No' }));
    await screen.findByText('Thank you for your feedback.');
    const insights = await huquq.feedback.insights();
    expect(insights.leastHelpful).toContainEqual(expect.objectContaining({ entryId: 'ip-appeal-regular', lang: 'en', notHelpful: 1 }));
  });

  it('shares a link to the full-page mode, shown to copy when there is no share sheet or clipboard', async () => {
    const appeal = await entry('ip-appeal-regular', 'en');
    await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to this answer' })) as HTMLInputElement;
    expect(link.value).toBe(`${huquq.base}?lang=en#/entry/ip-appeal-regular`);
  });

  it('offers read aloud only when the device has a voice for the language', async () => {
    const appeal = await entry('ip-appeal-regular', 'ar');
    await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase, lang: 'ar' });
    // jsdom has no speech synthesis at all: no voice, so no button.
    expect(screen.queryByRole('button', { name: 'قراءة بصوت عالٍ' })).toBeNull();
    expect(screen.getByRole('button', { name: 'طباعة' })).toBeTruthy();
  });

  it('links related answers and lists the organisations that help', async () => {
    const appeal = await entry('ip-appeal-regular', 'en');
    const view = await renderInPanel(<AnswerCard entry={appeal} />, { apiBase: huquq.apiBase });
    const related = appeal.related[0]!;
    fireEvent.click(screen.getByRole('button', { name: related.title }));
    expect(view.routes).toEqual([{ view: 'entry', id: related.id }]);
    expect(screen.getByRole('heading', { name: 'Who can help' })).toBeTruthy();
    const phone = view.container.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(phone?.href).toMatch(/^tel:\+?\d+$/);
  });
});

describe('read aloud with a voice', () => {
  it('reads the answer in its language and can be stopped', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    // A stand-in for the Web Speech API, which jsdom lacks: one Arabic voice.
    const voice = { lang: 'ar-SA', name: 'Arabic' } as SpeechSynthesisVoice;
    Object.assign(globalThis, {
      speechSynthesis: { getVoices: () => [voice], speak: (u: SpeechSynthesisUtterance) => spoken.push(u), cancel: () => spoken.at(-1)?.onend?.(new Event('end') as SpeechSynthesisEvent), addEventListener() {}, removeEventListener() {} },
      SpeechSynthesisUtterance: class { voice?: SpeechSynthesisVoice; lang = ''; onend?: (e: Event) => void; onerror?: unknown; constructor(readonly text: string) {} },
    });
    try {
      const arabic = await entry('ip-appeal-regular', 'ar');
      await renderInPanel(<AnswerCard entry={arabic} />, { apiBase: huquq.apiBase, lang: 'ar' });
      fireEvent.click(screen.getByRole('button', { name: 'قراءة بصوت عالٍ' }));
      expect(spoken).toHaveLength(1);
      expect(spoken[0]!.text.startsWith(arabic.title)).toBe(true);
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
