// Makes a question safe to keep: normalised so repeats count together, with anything that could identify a
// person replaced by a placeholder. Runs before anything touches the database.

const MAX_LENGTH = 200;

// "my name is …" and its equivalents: everything after the phrase may be a name, so all of it goes.
const NAME_PHRASES = [
  'my name is',
  "i'm called",
  'i am called',
  'call me',
  'benim adım',
  'benim adim',
  'adım',
  'adim',
  'ismim',
  'benim ismim',
  'mənim adım',
  'menim adim',
  'adım',
  'adim',
  'اسمي',
  'انا اسمي',
  'إسمي',
  'اسم من',
  'نام من',
  'اسمم',
  'اسمی من',
  'زما نوم',
  'نوم مې',
  'navê min',
  'nave min',
  'ez bi navê',
  'меня зовут',
  'моё имя',
  'мое имя',
  'мене звати',
  "моє ім'я",
  'моє імʼя',
  "je m'appelle",
  'je m’appelle',
  'mon nom est',
  'mon nom c’est',
  "mon nom c'est",
  'magacaygu waa',
  'magacayga waa',
  'magacaygu',
];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// A run of digits with the separators people type in phone, ID and case numbers; 1–3 digits (112, 157, "7 days") stay.
const NUMBER_RUN = /\+?\p{Nd}(?:[\s\-./()]*\p{Nd}){3,}/gu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = new RegExp(
  `(^|[\\s,.;:!?،؛])(${[...new Set(NAME_PHRASES)].map(escapeRegExp).join('|')})(?=[\\s:,]|$)[\\s\\S]*$`,
  'iu',
);

/** Lower-cases with the reading language's rules (Turkish and Azerbaijani dotted and dotless i). */
function fold(text: string, lang: string): string {
  const locale = lang === 'tr' || lang === 'az' ? lang : 'en';
  return text.normalize('NFKC').toLocaleLowerCase(locale).replace(/\s+/g, ' ').trim();
}

/** The question as it may be stored: normalised, with e-mails, links, long numbers and names replaced. */
export function redactQuery(query: string, lang: string): string {
  const text = fold(query, lang)
    .replace(EMAIL, '[email]')
    .replace(URL, '[url]')
    .replace(NUMBER_RUN, '[number]')
    .replace(NAME, (_, before: string, phrase: string) => `${before}${phrase} [name]`);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
