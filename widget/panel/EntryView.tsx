// One answer on its own: from a suggestion, a "did you mean", a related link, a flow's end or a shared link.
import { usePanel } from './context.ts';
import { AnswerCard } from './AnswerCard.tsx';
import { Async } from './Async.tsx';
import { useResource } from './use-resource.ts';
import { ViewHeading } from './ViewHeading.tsx';

/** Loads entry `id` in `lang` (default: the reader's) and shows it as an answer card. */
export function EntryById({ id, lang, open }: { id: string; lang?: string; open?: boolean }) {
  const { api, lang: uiLang } = usePanel();
  const entry = useResource(() => api.entry(id, lang ?? uiLang), [id, lang ?? uiLang]);
  return <Async resource={entry}>{(data) => <AnswerCard entry={data} open={open} />}</Async>;
}

export function EntryView({ id, lang }: { id: string; lang?: string }) {
  const { t } = usePanel();
  return (
    <div class="view">
      <ViewHeading hidden>{t('answer.heading')}</ViewHeading>
      <EntryById id={id} lang={lang} open />
    </div>
  );
}
