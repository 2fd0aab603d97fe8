// Dates and numbers in the reader's language through Intl (Arabic digits for Arabic, and so on).

/** "22 November 2026" for a YYYY-MM-DD date, in `lang`; the date itself if it cannot be read. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
