// Guided flows (question → options → answer) in the reader's language.
import type { Flow } from '../../knowledge/schema.ts';
import type { Snapshot } from '../../knowledge/snapshot.ts';
import type { ApiFlow, FlowNode, FlowSummary } from '../contract.ts';
import { entryLinks } from './entry.ts';
import { presentOrganisations } from './organisation.ts';
import { pickText, translationOf, type Reader } from './reader.ts';

export function presentFlowSummary(flow: Flow, reader: Reader): FlowSummary {
  const title = pickText(flow.title, reader);
  return {
    id: flow.id,
    title: title.value,
    ...(flow.description && { description: pickText(flow.description, reader).value }),
    lang: title.lang,
    translation: translationOf(reader, title.lang),
    countries: [...flow.countries],
    urgent: flow.urgency === 'urgent',
  };
}

function presentNode(kb: Snapshot, node: Flow['nodes'][string], reader: Reader): FlowNode {
  if ('question' in node) {
    return {
      kind: 'question',
      question: pickText(node.question, reader).value,
      options: node.options.map((o) => ({ label: pickText(o.label, reader).value, next: o.next })),
    };
  }
  const { text, entries, organisations } = node.answer;
  return {
    kind: 'answer',
    ...(text && { text: pickText(text, reader).value }),
    entries: entryLinks(kb, entries, reader),
    organisations: presentOrganisations(kb, organisations, reader),
  };
}

export function presentFlow(kb: Snapshot, flow: Flow, reader: Reader): ApiFlow {
  const nodes = Object.fromEntries(Object.entries(flow.nodes).map(([id, node]) => [id, presentNode(kb, node, reader)]));
  return { ...presentFlowSummary(flow, reader), start: flow.start, nodes };
}
