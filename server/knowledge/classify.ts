// Decides what a file in the knowledge folder is from where it stands, the way content staff lay it out.

export type FileRole =
  | { kind: 'languages' | 'countries' | 'categories' | 'emergency' }
  | { kind: 'organisation' | 'flow' | 'lexicon'; id: string }
  | { kind: 'entry-meta'; country: string; entry: string }
  | { kind: 'entry-text'; country: string; entry: string; lang: string }
  | { kind: 'ignored' }
  | { kind: 'misplaced'; what: string; where: string };

export type EntryFileRole = Extract<FileRole, { kind: 'entry-meta' | 'entry-text' }>;

const SINGLE_FILES = ['languages', 'countries', 'categories', 'emergency'] as const;

/** `path` is relative to the knowledge folder, with forward slashes. */
export function classify(path: string): FileRole {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.')) || name.toLowerCase() === 'readme.md')
    return { kind: 'ignored' };
  const single = SINGLE_FILES.find((s) => path === `${s}.yaml`);
  if (single) return { kind: single };
  if (parts.length === 2 && (parts[0] === 'organisations' || parts[0] === 'flows') && name.endsWith('.yaml')) {
    return { kind: parts[0] === 'flows' ? 'flow' : 'organisation', id: name.slice(0, -'.yaml'.length) };
  }
  if (parts.length === 2 && parts[0] === 'lexicon' && name.endsWith('.yaml'))
    return { kind: 'lexicon', id: name.slice(0, -'.yaml'.length) };
  if (parts.length === 4 && parts[0] === 'entries') {
    const [, country, entry] = parts as [string, string, string, string];
    if (name === 'entry.yaml') return { kind: 'entry-meta', country, entry };
    if (name.endsWith('.md')) return { kind: 'entry-text', country, entry, lang: name.slice(0, -'.md'.length) };
  }
  return misplaced(path);
}

function misplaced(path: string): FileRole {
  if (path.endsWith('.md')) {
    return {
      kind: 'misplaced',
      what: 'entry texts',
      where: 'knowledge/entries/<country>/<entry-id>/<language>.md, e.g. knowledge/entries/tr/ip-appeal-regular/en.md',
    };
  }
  if (path.startsWith('entries/')) {
    return { kind: 'misplaced', what: 'entries', where: 'knowledge/entries/<country>/<entry-id>/entry.yaml' };
  }
  return {
    kind: 'misplaced',
    what: 'knowledge files',
    where:
      'knowledge/organisations/<id>.yaml, knowledge/flows/<id>.yaml, knowledge/lexicon/<name>.yaml or knowledge/entries/<country>/<id>/',
  };
}
