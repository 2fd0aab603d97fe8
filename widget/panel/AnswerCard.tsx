// One answer: title, summary with its time limits, the full text on demand, where it comes from, who can
// help, and what to do with it. Content keeps its own language and direction; the UI around it follows the reader.
import { useRef } from 'preact/hooks';
import type { ApiEntry } from '../../server/api/contract.ts';
import { dirOf } from '../languages.ts';
import { AnswerActions } from './AnswerActions.tsx';
import { usePanel } from './context.ts';
import { Deadlines } from './Deadlines.tsx';
import { formatDate } from './format.ts';
import { Isolated } from './Isolated.tsx';
import { WhoCanHelp } from './OrganisationCard.tsx';
import { TranslationBanner } from './TranslationBanner.tsx';

/** Who reviewed the answer, or, said plainly, that no lawyer has yet, with the way to one (issue 12). */
function LegalReview({ entry }: { entry: ApiEntry }) {
  const { t, lang, navigate } = usePanel();
  const review = entry.legalReview;
  // The name is isolated (U+2068…U+2069), so a Latin name keeps its place in a right-to-left sentence.
  const by = `\u2068${review?.by}\u2069`;
  if (review) return <p class="review">{t('answer.reviewedBy', { by, date: formatDate(review.date, lang) })}</p>;
  return (
    <p class="review">
      {t('answer.notReviewed')}{' '}
      <button type="button" class="link" onClick={() => navigate({ view: 'organisations', service: 'legal-aid' })}>
        {t('answer.getLegalHelp')}
      </button>
    </p>
  );
}

export function AnswerCard({ entry, open = false }: { entry: ApiEntry; open?: boolean }) {
  const { t, lang, navigate } = usePanel();
  const card = useRef<HTMLElement>(null);
  const titleId = `answer-${entry.id}`;
  const content = { lang: entry.lang, dir: dirOf(entry.lang) };
  return (
    <article class="card" ref={card} aria-labelledby={titleId}>
      <TranslationBanner entry={entry} />
      {entry.urgent && <p class="badge urgent">{t('answer.timeCritical')}</p>}
      <h3 class="card-title" id={titleId} {...content}>
        <Isolated text={entry.title} dir={content.dir} />
      </h3>
      <p class="summary" {...content}>
        <Deadlines text={entry.summary} dir={content.dir} />
      </p>
      <details class="more" open={open}>
        <summary>{t('answer.readMore')}</summary>
        <div class="entry-text" {...content} dangerouslySetInnerHTML={{ __html: entry.html }} />
        <dl class="facts">
          {entry.legalBasis.length > 0 && (
            <>
              <dt>{t('answer.legalBasis')}</dt>
              {entry.legalBasis.map((basis) => (
                <dd>
                  <bdi>{basis.instrument}</bdi>
                  {basis.article && <>, {t('answer.article', { article: basis.article })}</>}
                </dd>
              ))}
            </>
          )}
          {entry.sources.length > 0 && (
            <>
              <dt>{t('answer.sources')}</dt>
              {entry.sources.map((source) => (
                <dd>
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    <bdi>{source.title}</bdi>
                  </a>
                </dd>
              ))}
            </>
          )}
          <dt>{t('answer.updated')}</dt>
          <dd>{formatDate(entry.updated, lang)}</dd>
        </dl>
      </details>
      <LegalReview entry={entry} />
      <WhoCanHelp orgs={entry.organisations} compact />
      {entry.related.length > 0 && (
        <section data-noprint>
          <h4>{t('answer.related')}</h4>
          <ul class="links">
            {entry.related.map((link) => (
              <li>
                <button
                  type="button"
                  class="link"
                  lang={link.lang}
                  onClick={() => navigate({ view: 'entry', id: link.id })}
                >
                  {link.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AnswerActions entry={entry} card={card} />
    </article>
  );
}
