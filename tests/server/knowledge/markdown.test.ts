import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../server/knowledge/markdown.ts';

describe('renderMarkdown', () => {
  it('isolates numbers and Latin runs in right-to-left text, in bold and in links too', () => {
    const { html, text } = renderMarkdown(
      'اتصل بخط المفوضية **444 48 68** أو [موقع UNHCR](https://help.unhcr.org/turkiye) & <b>',
      'rtl',
    );
    expect(html).toBe(
      '<p>اتصل بخط المفوضية <strong><bdi dir="ltr">444 48 68</bdi></strong> أو ' +
        '<a href="https://help.unhcr.org/turkiye" rel="noopener noreferrer" target="_blank">موقع <bdi dir="ltr">UNHCR</bdi></a> &amp; &lt;<bdi dir="ltr">b</bdi>&gt;</p>\n',
    );
    expect(text).toBe('اتصل بخط المفوضية 444 48 68 أو موقع UNHCR & <b>');
  });

  it('leaves left-to-right text as it is', () => {
    expect(renderMarkdown('Call **444 48 68** & go', 'ltr').html).toBe(
      '<p>Call <strong>444 48 68</strong> &amp; go</p>\n',
    );
    expect(renderMarkdown('Call 444 48 68').html).toBe('<p>Call 444 48 68</p>\n');
  });
});
