// The conversation hook on its own, on the fake API: follow-up context, the language and country of the moment
// (also through an `ask` kept from an earlier render, as the launcher keeps it), failures and retries.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../../server/api/contract.ts';
import type { Api } from '../../../widget/api.ts';
import { useConversation, type ConversationOptions } from '../../../widget/panel/use-conversation.ts';
import { failure, fakeAnswers, fakeApi, knowledge, questions } from '../helpers/fake-api.ts';

const { appeal, appealAr, detention } = knowledge.entries;

/** The hook rendered with `options`; `answered` collects what reached `onAnswer`. */
function renderConversation(options: Omit<ConversationOptions, 'onAnswer'>) {
  const answered: AskResponse[] = [];
  const hook = renderHook(
    (props: Omit<ConversationOptions, 'onAnswer'>) =>
      useConversation({ ...props, onAnswer: (r) => void answered.push(r) }),
    {
      initialProps: options,
    },
  );
  /** Ask through `ask` (by default the current render's) and wait until the turn has its result. */
  const askAndWait = async (question: string, ask = hook.result.current.ask) => {
    act(() => ask(question));
    await waitFor(() => expect(hook.result.current.turns.at(-1)!.result).toBeDefined());
    return hook.result.current.turns.at(-1)!;
  };
  return { hook, answered, askAndWait };
}

describe('useConversation', () => {
  it('asks each question in the context of the previous answer', async () => {
    const api = fakeApi();
    const { hook, answered, askAndWait } = renderConversation({ api, lang: 'en', country: 'TR' });
    await askAndWait('my application was rejected');
    await askAndWait(questions.urgent);
    await askAndWait('how many days?');
    expect(api.calls.ask).toEqual([
      ['my application was rejected', 'en', 'TR', undefined],
      [questions.urgent, 'en', 'TR', appeal.id],
      ['how many days?', 'en', 'TR', detention.id],
    ]);
    expect(hook.result.current.turns.map((turn) => turn.q)).toEqual([
      'my application was rejected',
      questions.urgent,
      'how many days?',
    ]);
    expect(answered.map((response) => response.answers[0]!.id)).toEqual([appeal.id, detention.id, appeal.id]);
  });

  it('uses the language and country of the latest render, even through an ask kept from the first', async () => {
    const api = fakeApi();
    const { hook, askAndWait } = renderConversation({ api, lang: 'en', country: undefined });
    const kept = hook.result.current.ask;
    await askAndWait('my application was rejected', kept);
    act(() => hook.rerender({ api, lang: 'ar', country: 'TR' }));
    expect(hook.result.current.ask).toBe(kept);
    const turn = await askAndWait('how many days?', kept);
    expect(api.calls.ask).toEqual([
      ['my application was rejected', 'en', undefined, undefined],
      ['how many days?', 'ar', 'TR', appeal.id],
    ]);
    expect(turn.result).toMatchObject({ ok: true, data: { answer: { title: appealAr.title } } });
  });

  it('keeps the previous context after a failure, and a retry asks the same turn again', async () => {
    let asks = 0;
    const ask: Api['ask'] = async (...args) => (asks++ === 1 ? failure('offline') : fakeAnswers.ask(...args));
    const api = fakeApi({ ask });
    const { hook, answered, askAndWait } = renderConversation({ api, lang: 'en', country: 'TR' });
    await askAndWait(questions.urgent);
    const failed = await askAndWait('how many days?');
    expect(failed.result).toEqual(failure('offline'));
    act(() => hook.result.current.retry(failed));
    await waitFor(() => expect(hook.result.current.turns.at(-1)!.result?.ok).toBe(true));
    expect(hook.result.current.turns).toHaveLength(2);
    expect(api.calls.ask.slice(1)).toEqual([
      ['how many days?', 'en', 'TR', detention.id],
      ['how many days?', 'en', 'TR', detention.id],
    ]);
    expect(answered).toHaveLength(2);
  });
});
