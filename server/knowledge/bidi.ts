// Left-to-right runs inside right-to-left text. In Arabic, Persian or Pashto, the Unicode bidi algorithm lays out
// "444 48 68" group by group from right to left ("68 48 444"): a phone number, a group of numbers or a Latin name
// keeps its order only inside its own left-to-right isolate (issue 12, item 2). Pure: used by the server's
// Markdown renderer and by the widget for summaries and flow texts.

// A run starts with a digit or a Latin letter (or "+" before a digit) and goes on over Latin letters, digits and
// their marks, and over spaces and punctuation that stand between two such characters ("+90 850 218 48 30",
// "10:00–18:00", "Adli Yardım Bürosu"). Arabic-script digits are left alone: they are not scrambled.
const LTR_RUN =
  /(?:\+(?=[0-9])|[0-9\p{Script=Latin}])(?:[0-9\p{Script=Latin}\p{M}]|[\s.,:/'’()+–-]+(?=[0-9\p{Script=Latin}]))*/gu;

export interface Run {
  text: string;
  ltr: boolean;
}

/** `text` cut into runs; the left-to-right ones are to be isolated with `dir="ltr"`. */
export function splitLtrRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), ltr: false });
    runs.push({ text: match[0], ltr: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ltr: false });
  return runs;
}
