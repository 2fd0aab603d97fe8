// What a person can do with an answer: say whether it helped, share it, hear it, print it.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiEntry } from '../../server/api/contract.ts';
import { dirOf } from '../languages.ts';
import { usePanel } from './context.ts';
import { printElement } from './print.ts';
import { speak, stopSpeaking, useVoice } from './speech.ts';

/** The full-page link that opens this answer in `lang`. */
const shareUrl = (appBase: string, id: string, lang: string) =>
  `${appBase}?lang=${encodeURIComponent(lang)}#/entry/${encodeURIComponent(id)}`;

function Helpful({ entry }: { entry: ApiEntry }) {
  const { t, api, lang } = usePanel();
  const [sent, setSent] = useState<'no' | 'sending' | 'done' | 'failed'>('no');
  const vote = async (helpful: boolean) => {
    setSent('sending');
    const result = await api.feedback({ entryId: entry.id, helpful, lang });
    setSent(result.ok ? 'done' : 'failed');
  };
  if (sent === 'done') return <p role="status">{t('answer.thanks')}</p>;
  return (
    <fieldset class="helpful">
      <legend>{t('answer.helpful')}</legend>
      <button type="button" class="btn small" disabled={sent === 'sending'} onClick={() => vote(true)}>
        {t('answer.yes')}
      </button>
      <button type="button" class="btn small" disabled={sent === 'sending'} onClick={() => vote(false)}>
        {t('answer.no')}
      </button>
      {sent === 'failed' && <span role="status">{t('answer.feedbackFailed')}</span>}
    </fieldset>
  );
}

function Share({ entry }: { entry: ApiEntry }) {
  const { t, host, lang } = usePanel();
  const [shown, setShown] = useState<'no' | 'copied' | 'link'>('no');
  const url = shareUrl(host.appBase, entry.id, lang);
  const share = async () => {
    try {
      if (navigator.share) return await navigator.share({ title: entry.title, url });
      await navigator.clipboard.writeText(url);
      setShown('copied');
    } catch {
      // No share sheet and no clipboard (or the person cancelled): show the link to copy by hand.
      setShown('link');
    }
  };
  return (
    <>
      <button type="button" class="btn small" onClick={share}>
        {t('answer.share')}
      </button>
      {shown === 'copied' && <span role="status">{t('answer.copied')}</span>}
      {shown === 'link' && (
        <input
          class="share-link"
          readOnly
          value={url}
          aria-label={t('answer.shareLink')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </>
  );
}

function ReadAloud({ entry }: { entry: ApiEntry }) {
  const { t } = usePanel();
  const voice = useVoice(entry.lang);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => stopSpeaking(), []);
  if (!voice) return null;
  const toggle = () => {
    if (speaking) return stopSpeaking();
    setSpeaking(true);
    speak(`${entry.title}. ${entry.summary} ${entry.text}`, voice, () => setSpeaking(false));
  };
  return (
    <button type="button" class="btn small" aria-pressed={speaking} onClick={toggle}>
      {speaking ? t('answer.stopReading') : t('answer.readAloud')}
    </button>
  );
}

export function AnswerActions({ entry, card }: { entry: ApiEntry; card: RefObject<HTMLElement | null> }) {
  const { t, host } = usePanel();
  const print = () => card.current && printElement(card.current, host.shadow, entry.lang, dirOf(entry.lang));
  return (
    <div class="actions" data-noprint>
      <Helpful entry={entry} />
      <div class="tools">
        <Share entry={entry} />
        <ReadAloud entry={entry} />
        <button type="button" class="btn small" onClick={print}>
          {t('answer.print')}
        </button>
      </div>
    </div>
  );
}
