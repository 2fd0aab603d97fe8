// Knowledge entries in the reader's language, saying honestly which translation they get.
import { LRUCache } from 'lru-cache';
import type { Entry, EntryTranslation, Snapshot } from '../../knowledge/snapshot.ts';
import type { ApiEntry, EntryLink, Translation } from '../contract.ts';
import { renderBody } from '../../knowledge/markdown.ts';
import { presentOrganisations } from './organisation.ts';
import { perSnapshot, type Reader } from './reader.ts';

/** The translation the reader gets: the first one along their chain, else the source-language original. */
function chooseTranslation(entry: Entry, reader: Reader): EntryTranslation | undefined {
  for (const lang of reader.chain) {
    const translation = entry.translations[lang];
    if (translation) return translation;
  }
  return entry.translations[entry.sourceLang] ?? Object.values(entry.translations)[0];
}

function translationStatus(chosen: EntryTranslation, reader: Reader): Translation {
  return chosen.lang === reader.lang ? chosen.status : 'fallback';
}

function entryLink(entry: Entry, reader: Reader): EntryLink | undefined {
  const chosen = chooseTranslation(entry, reader);
  return chosen && { id: entry.id, title: chosen.title, lang: chosen.lang };
}

/** Links to entries by id, skipping ids the snapshot does not have. */
export function entryLinks(kb: Snapshot, ids: readonly string[], reader: Reader): EntryLink[] {
  return ids.flatMap((id) => {
    const entry = kb.entries.get(id);
    const link = entry && entryLink(entry, reader);
    return link ? [link] : [];
  });
}

// /ask presents up to five entries per question, each the same for every reader of one language until the
// knowledge changes; keeping them saves most of the work (building one renders its Markdown: ~400-700 µs; a kept
// one: ~1 µs). Bounded, for very large knowledge bases; the least recently used goes first.
const presented = perSnapshot(() => new LRUCache<string, { entry: ApiEntry | undefined }>({ max: 5000 }));

/**
 * The full entry, or undefined when it has no text at all (the loader does not let that happen).
 * The result is shared between requests: copy it before changing anything.
 */
export function presentEntry(kb: Snapshot, entry: Entry, reader: Reader): ApiEntry | undefined {
  const cache = presented(kb);
  const key = `${reader.lang}:${entry.id}`;
  let kept = cache.get(key);
  if (!kept) {
    kept = { entry: buildEntryView(kb, entry, reader) };
    cache.set(key, kept);
  }
  return kept.entry;
}

function buildEntryView(kb: Snapshot, entry: Entry, reader: Reader): ApiEntry | undefined {
  const chosen = chooseTranslation(entry, reader);
  if (!chosen) return undefined;
  return {
    id: entry.id,
    kind: entry.kind,
    country: entry.country,
    category: entry.category,
    appliesTo: [...entry.appliesTo],
    urgent: entry.urgency === 'urgent',
    title: chosen.title,
    summary: chosen.summary,
    ...renderBody(chosen.body, kb.languages.find((l) => l.code === chosen.lang)?.dir),
    lang: chosen.lang,
    translation: translationStatus(chosen, reader),
    // The source-language text is not a translation, so there is nothing for a native speaker to check.
    translationReviewed: chosen.status === 'original' || chosen.reviewed,
    legalBasis: entry.legalBasis.map((b) => ({ ...b })),
    sources: entry.sources.map(({ title, url }) => ({ title, url })),
    updated: entry.updated,
    legalReview: entry.legalReview ? { ...entry.legalReview } : null,
    organisations: presentOrganisations(kb, entry.related.organisations, reader),
    related: entryLinks(kb, entry.related.entries, reader),
  };
}
