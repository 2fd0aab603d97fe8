// The full-page mode at "/": the widget filling the page, for direct visits and shared links such as
// /?lang=ar#/entry/ip-appeal-regular (the panel reads the hash; the language comes from ?lang=).
import type { Language } from '../knowledge/schema.ts';
import { html } from 'hono/html';
import { pageText } from '../http/html-page.ts';

export interface FullPageOptions {
  nonce: string;
  /** A language of the registry, or undefined to let the widget choose (browser languages). */
  language?: Pick<Language, 'code' | 'dir'>;
  country?: string;
}

export function renderFullPage({ nonce, language, country }: FullPageOptions): string {
  // The script carries the nonce so the widget can put it on the styles it creates (the CSP allows no others).
  return pageText(html`<!doctype html>
<html lang="${language?.code ?? 'en'}" dir="${language?.dir ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Huquq</title>
<style nonce="${nonce}">html,body{margin:0;background:#eef1f6}#huquq{min-height:100vh}</style>
</head>
<body>
<div id="huquq"></div>
<script src="widget.js" async data-mode="page" data-target="#huquq" data-lang="${language?.code ?? 'auto'}" ${country && html`data-country="${country}" `}nonce="${nonce}"></script>
<noscript><p>Huquq needs JavaScript to answer questions. In an emergency in Türkiye call 112.</p></noscript>
</body>
</html>
`);
}
