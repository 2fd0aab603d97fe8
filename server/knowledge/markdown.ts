// Renders entry bodies when they are presented: safe HTML for the widget and plain text for screen readers.
// Not at load: rendering is a third of the cost of loading 100,000 files, and most bodies are seldom read.
import MarkdownIt from 'markdown-it';
import { splitLtrRuns } from './bidi.ts';
import { utf8Text } from './text-file.ts';

const SAFE_LINK = /^(https?:|mailto:|tel:|#)/i;

// Raw HTML is off, so the only way to inject markup is a link; only web, mail, phone and in-page links survive.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = (url) => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (/^https?:/i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export type Dir = 'ltr' | 'rtl';

// In right-to-left text every number group and Latin run is isolated, so "444 48 68" cannot show as "68 48 444".
const escapeHtml = md.utils.escapeHtml;
md.renderer.rules.text = (tokens, idx, _options, env) => {
  const content = tokens[idx]!.content;
  if ((env as { dir?: Dir } | undefined)?.dir !== 'rtl') return escapeHtml(content);
  return splitLtrRuns(content)
    .map((run) => (run.ltr ? `<bdi dir="ltr">${escapeHtml(run.text)}</bdi>` : escapeHtml(run.text)))
    .join('');
};

/** Safe HTML and plain text of an entry's body (UTF-8 Markdown), written in direction `dir`. */
export function renderBody(body: Uint8Array, dir: Dir = 'ltr'): { html: string; text: string } {
  return renderMarkdown(utf8Text(body).trim(), dir);
}

/** Safe HTML and plain text of a Markdown text, from one parse. */
export function renderMarkdown(markdown: string, dir: Dir = 'ltr'): { html: string; text: string } {
  const env = { dir };
  const tokens = md.parse(markdown, env);
  return { html: md.renderer.render(tokens, md.options, env), text: plainText(tokens) };
}

/** The body as plain text, one line per paragraph or list item. */
function plainText(tokens: ReturnType<typeof md.parse>): string {
  const blocks: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (token.type === 'inline') {
      current += (token.children ?? [])
        .map((child) =>
          child.type === 'softbreak' || child.type === 'hardbreak'
            ? ' '
            : child.type === 'text' || child.type === 'code_inline'
              ? child.content
              : '',
        )
        .join('');
    } else if (token.type === 'code_block' || token.type === 'fence') {
      blocks.push(token.content.trim());
    } else if (token.nesting === -1 && current) {
      blocks.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) blocks.push(current.trim());
  return blocks.join('\n');
}
