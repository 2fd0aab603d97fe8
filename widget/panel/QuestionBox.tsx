// The question box: free text with type-ahead from /suggest (the ARIA 1.2 combobox pattern). Submitting asks;
// choosing a suggestion opens that answer directly.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Suggestion } from '../../server/api/contract.ts';
import { usePanel } from './context.ts';

/** Wait this long after a keystroke before asking for suggestions, so fast typing sends one request. */
const SUGGEST_DELAY_MS = 120;
const MAX_LENGTH = 500;

export function QuestionBox({ inputRef }: { inputRef?: (input: HTMLInputElement | null) => void }) {
  const { t, api, lang, ask, navigate } = usePanel();
  const [text, setText] = useState('');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const id = useId();

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return setItems([]);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await api.suggest(q, lang, controller.signal);
      if (controller.signal.aborted || !result.ok) return;
      setItems(result.data.suggestions);
      setActive(-1);
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, lang]);

  const expanded = open && items.length > 0;
  const reset = () => {
    setText('');
    setItems([]);
    setOpen(false);
  };
  const choose = (suggestion: Suggestion) => {
    reset();
    navigate({ view: 'entry', id: suggestion.id });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    reset();
    ask(q);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!expanded) return;
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      // Cycle through the options and back to the text (-1).
      setActive((i) => ((i + 1 + move + items.length + 1) % (items.length + 1)) - 1);
    } else if (event.key === 'Enter' && items[active]) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      // Close the list, not the dialog.
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <form class="ask-form" role="search" onSubmit={submit}>
      <label class="label" for={`${id}-q`}>
        {t('ask.label')}
      </label>
      <div class="ask-row">
        <input
          id={`${id}-q`}
          ref={inputRef}
          class="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
          autocomplete="off"
          enterkeyhint="send"
          dir="auto"
          maxLength={MAX_LENGTH}
          placeholder={t('ask.placeholder')}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button type="submit" class="btn primary">
          {t('ask.submit')}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern: focus stays in the input, which moves aria-activedescendant over these options and handles the keys. */}
      <ul id={`${id}-list`} role="listbox" class="suggestions" aria-label={t('ask.suggestions')} hidden={!expanded}>
        {items.map((suggestion, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: the ARIA combobox pattern: focus stays in the input, which moves aria-activedescendant over these options and handles the keys.
          <li
            id={`${id}-${i}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above.
            role="option"
            aria-selected={i === active}
            lang={suggestion.lang}
            dir="auto"
            // Keep focus in the input while clicking, so blur does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
          >
            {suggestion.title}
          </li>
        ))}
      </ul>
    </form>
  );
}
