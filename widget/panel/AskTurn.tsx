// One exchange in the conversation: the question, then the server's reply. When the server is unsure the
// reply steps down — "Did you mean…?", then a tip to rephrase with topics, then people to contact — so a
// question never ends in nothing. Urgent questions get the emergency numbers before anything else. A question on an
// everyday topic Huquq does not cover (driving licences, the weather) is told so, rather than only "no sure answer".
import { useId, useState } from 'preact/hooks';
import type { AnswerSummary, AskResponse } from '../../server/api/contract.ts';
import type { Result } from '../api.ts';
import { AnswerCard } from './AnswerCard.tsx';
import { ErrorNotice, Loading } from './Async.tsx';
import { usePanel } from './context.ts';
import { EmergencyList } from './EmergencyList.tsx';
import { EntryById } from './EntryView.tsx';
import { OrganisationCard, WhoCanHelp } from './OrganisationCard.tsx';

export interface Turn {
  id: number;
  q: string;
  result?: Result<AskResponse>;
  slow?: boolean;
}

/** Another answer, by its title; its full text is fetched when the person opens it (/ask sends only the best in full). */
function OtherAnswer({ answer }: { answer: AnswerSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="other" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary lang={answer.lang}>{answer.title}</summary>
      {open && <EntryById id={answer.id} />}
    </details>
  );
}

function Answers({ response, onAskAgain }: { response: AskResponse; onAskAgain: () => void }) {
  const { t, navigate } = usePanel();
  const others = response.answers.slice(1);
  return (
    <>
      {response.answer && <AnswerCard entry={response.answer} />}
      <WhoCanHelp orgs={response.organisations} compact />
      {others.length > 0 && (
        <section class="others">
          <h4>{t('ask.otherAnswers')}</h4>
          {others.map((answer) => (
            <OtherAnswer answer={answer} />
          ))}
        </section>
      )}
      <div class="quick-replies">
        <button type="button" class="btn small" onClick={onAskAgain}>
          {t('ask.another')}
        </button>
        <button type="button" class="btn small" onClick={() => navigate({ view: 'help' })}>
          {t('ask.talk')}
        </button>
      </div>
    </>
  );
}

function NoAnswer({ response }: { response: AskResponse }) {
  const { t, ask, navigate } = usePanel();
  return (
    <div class="no-answer">
      <p>{t(response.notCovered ? 'ask.notCovered' : 'ask.noAnswer')}</p>
      <p class="tip">{t('ask.rephrase')}</p>
      {response.suggestions.length > 0 && (
        <ul class="chips topics-inline" aria-label={t('home.topics')}>
          {response.suggestions.map((category) => (
            <li>
              <button type="button" class="chip" lang={category.lang} onClick={() => ask(category.title)}>
                {category.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('ask.contacts')}</h4>
      {!response.urgent && <EmergencyList contacts={response.emergency} />}
      {response.organisations.map((org) => (
        <OrganisationCard org={org} compact />
      ))}
      <button type="button" class="btn wide" onClick={() => navigate({ view: 'help' })}>
        {t('help.heading')}
      </button>
    </div>
  );
}

function Reply({ response, onAskAgain }: { response: AskResponse; onAskAgain: () => void }) {
  const { t } = usePanel();
  const id = useId();
  // undefined: not asked yet; an id: the person confirmed that entry; null: "none of these".
  const [confirmed, setConfirmed] = useState<string | null | undefined>(undefined);
  const unsure = !response.answers.length && response.didYouMean.length > 0;
  return (
    <>
      {response.urgent && response.emergency.length > 0 && (
        <section class="urgent-box" aria-labelledby={`${id}-urgent`}>
          <h4 id={`${id}-urgent`}>{t('ask.urgent')}</h4>
          <EmergencyList contacts={response.emergency} />
        </section>
      )}
      {response.answers.length > 0 ? (
        <Answers response={response} onAskAgain={onAskAgain} />
      ) : unsure && confirmed === undefined ? (
        <div class="did-you-mean" role="group" aria-labelledby={`${id}-dym`}>
          {response.notCovered && <p>{t('ask.notCovered')}</p>}
          <h4 id={`${id}-dym`}>{t('ask.didYouMean')}</h4>
          {response.didYouMean.map((choice) => (
            <button type="button" class="option" onClick={() => setConfirmed(choice.id)}>
              {choice.title}
            </button>
          ))}
          <button type="button" class="btn" onClick={() => setConfirmed(null)}>
            {t('ask.noneOfThese')}
          </button>
        </div>
      ) : confirmed ? (
        <EntryById id={confirmed} open />
      ) : (
        <NoAnswer response={response} />
      )}
    </>
  );
}

export function AskTurn({ turn, retry, onAskAgain }: { turn: Turn; retry: () => void; onAskAgain: () => void }) {
  const { t } = usePanel();
  return (
    <li class="turn">
      <p class="bubble you">
        <span class="sr-only">{t('ask.youAsked')} </span>
        <bdi>{turn.q}</bdi>
      </p>
      <div class="reply">
        {!turn.result ? (
          <Loading slow={!!turn.slow} />
        ) : turn.result.ok ? (
          <Reply response={turn.result.data} onAskAgain={onAskAgain} />
        ) : (
          <ErrorNotice error={turn.result.error} retry={retry} />
        )}
      </div>
    </li>
  );
}
