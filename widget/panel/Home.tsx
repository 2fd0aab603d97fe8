// The first screen: a greeting, the question box, guided flows as big buttons, and topics to browse.
import { Async } from './Async.tsx';
import { usePanel } from './context.ts';
import { QuestionBox } from './QuestionBox.tsx';
import { useResource } from './use-resource.ts';
import { ViewHeading } from './ViewHeading.tsx';
import { CountryChoice } from './CountryPicker.tsx';

export function Home() {
  const { t, api, lang, country, host, navigate, ask } = usePanel();
  const flows = useResource(() => api.flows(lang, country), [lang, country]);
  const categories = useResource(() => api.categories(lang, country), [lang, country]);
  return (
    <div class="view home">
      <ViewHeading>{host.options.greeting ?? t('home.greeting')}</ViewHeading>
      <p class="intro">{t('home.intro')}</p>
      {!country && <CountryChoice />}
      <QuestionBox />
      <p class="exit-tip">{t('home.exitTip')}</p>
      <section aria-labelledby="hq-flows">
        <h3 id="hq-flows">{t('home.flows')}</h3>
        <Async resource={flows}>
          {({ flows }) => (
            <ul class="flows">
              {[...flows]
                .sort((a, b) => Number(b.urgent) - Number(a.urgent))
                .map((flow) => (
                  <li>
                    <button
                      type="button"
                      class={flow.urgent ? 'flow-btn urgent' : 'flow-btn'}
                      lang={flow.lang}
                      onClick={() => navigate({ view: 'flow', id: flow.id })}
                    >
                      <span class="flow-title">{flow.title}</span>
                      {flow.description && <span class="flow-desc">{flow.description}</span>}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </Async>
      </section>
      <section aria-labelledby="hq-topics">
        <h3 id="hq-topics">{t('home.topics')}</h3>
        <Async resource={categories}>
          {({ categories }) => (
            <ul class="topics">
              {categories
                .filter((category) => category.entries > 0)
                .map((category) => (
                  <li>
                    <button type="button" class="topic" lang={category.lang} onClick={() => ask(category.title)}>
                      {category.icon && <span aria-hidden="true">{category.icon}</span>}
                      {category.title}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </Async>
      </section>
      <button type="button" class="btn wide" onClick={() => navigate({ view: 'organisations' })}>
        {t('home.organisations')}
      </button>
    </div>
  );
}
