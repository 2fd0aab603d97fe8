// Reads Accept-Encoding: shared by the API's compression middleware and the widget's static files, so neither
// layer reaches into the other.

export type Encoding = 'br' | 'gzip';

// Browsers send one of a handful of Accept-Encoding values, so each is read once.
const chosen = new Map<string, Encoding | undefined>();
const MAX_CHOSEN = 64;

/** The encoding to use, from Accept-Encoding; brotli wins when both are accepted (q=0 means refused). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const header = acceptEncoding ?? '';
  if (chosen.has(header)) return chosen.get(header);
  const encoding = readAcceptEncoding(header);
  if (chosen.size >= MAX_CHOSEN) chosen.clear();
  chosen.set(header, encoding);
  return encoding;
}

function readAcceptEncoding(acceptEncoding: string): Encoding | undefined {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}
