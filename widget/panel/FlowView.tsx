// A guided flow: one question at a time with option buttons, back and restart, ending in answers and
// organisations. The path taken stays in memory only.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiFlow, FlowNode } from '../../server/api/contract.ts';
import { dirOf } from '../languages.ts';
import { Async } from './Async.tsx';
import { usePanel } from './context.ts';
import { EntryById } from './EntryView.tsx';
import { Isolated } from './Isolated.tsx';
import { WhoCanHelp } from './OrganisationCard.tsx';
import { useResource } from './use-resource.ts';
import { ViewHeading } from './ViewHeading.tsx';

type AnswerNode = Extract<FlowNode, { kind: 'answer' }>;

function FlowEnd({ node }: { node: AnswerNode }) {
  const { lang } = usePanel();
  return (
    <div class="flow-end">
      {node.text && (
        <p class="flow-result">
          <Isolated text={node.text} dir={dirOf(lang)} />
        </p>
      )}
      {node.entries.map((link) => (
        <EntryById id={link.id} />
      ))}
      <WhoCanHelp orgs={node.organisations} />
    </div>
  );
}

function Steps({ flow }: { flow: ApiFlow }) {
  const { t, host, lang } = usePanel();
  const [path, setPath] = useState([flow.start]);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const nodeId = path[path.length - 1]!;
  const node = flow.nodes[nodeId];
  const first = path.length === 1;

  useEffect(() => {
    host.emit('flow-step', { flow: flow.id, node: nodeId, step: path.length, end: node?.kind === 'answer' });
    // Move focus to the new question, so keyboard and screen-reader users continue from there.
    if (!first) stepHeading.current?.focus();
  }, [nodeId, path.length]);

  return (
    <>
      {node?.kind === 'question' ? (
        <div class="step" role="group" aria-labelledby="hq-step">
          <p class="step-count">{t('flow.step', { n: path.length })}</p>
          <h3 id="hq-step" ref={stepHeading} tabIndex={-1}>
            <Isolated text={node.question} dir={dirOf(lang)} />
          </h3>
          <div class="options">
            {node.options.map((option) => (
              <button type="button" class="option" onClick={() => setPath([...path, option.next])}>
                <Isolated text={option.label} dir={dirOf(lang)} />
              </button>
            ))}
          </div>
        </div>
      ) : (
        <>
          <h3 ref={stepHeading} tabIndex={-1}>
            {t('flow.result')}
          </h3>
          {node && <FlowEnd node={node} />}
        </>
      )}
      {!first && (
        <div class="flow-nav">
          <button type="button" class="btn" onClick={() => setPath(path.slice(0, -1))}>
            {/* "‹" is a mirrored character: the bidi algorithm turns it around in right-to-left text. */}
            <span aria-hidden="true">‹ </span>
            {t('flow.back')}
          </button>
          <button type="button" class="btn" onClick={() => setPath([flow.start])}>
            {t('flow.restart')}
          </button>
        </div>
      )}
    </>
  );
}

export function FlowView({ id }: { id: string }) {
  const { api, lang } = usePanel();
  const flow = useResource(() => api.flow(id, lang), [id, lang]);
  return (
    <div class="view flow">
      <Async resource={flow}>
        {(data) => (
          <>
            <ViewHeading>{data.title}</ViewHeading>
            <Steps key={data.id} flow={data} />
          </>
        )}
      </Async>
    </div>
  );
}
