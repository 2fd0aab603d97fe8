// Country as a filter (issue 11): a partner page set to one country gets that country's answers; entries of the
// other country only when the question names it ("… in Baku", "в Азербайджане", "ترکیه"). Names are matched on
// normalised words, by the start of the word so inflected forms count (Azərbaycanda, Туреччині, Türkiye'de).
import { normalize } from './normalize.ts';

/** Word starts that name a country, in every script people write them in (normalised below). */
const STARTS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        'AZ',
        [
          'azerbaycan',
          'azerbaijan',
          'azerbaidjan',
          'azerbeycan',
          'azarbaijan',
          'azerbajdzhan',
          'азербайдж',
          'اذربايجان',
          'اذربيجان',
        ],
      ],
      [
        'TR',
        [
          'turkiy',
          'turkey',
          'turquie',
          'turkei',
          'turkiga',
          'tirkiy',
          'turkiya',
          'турци',
          'турецк',
          'туреччин',
          'ترکيه',
          'تركيا',
          'ترکيې',
          'ترکي',
          'istanbul',
          'стамбул',
          'استانبول',
          'اسطنبول',
          'ankara',
          'анкар',
          'انقره',
          'انکارا',
        ],
      ],
    ] as const
  ).map(([country, starts]) => [country, starts.map(normalize)]),
);

/** Whole words naming a country (too short or too common to match as a word start: Turkish "bakım" is "care"). */
const WORDS: ReadonlyMap<string, string> = new Map([
  ...['baku', 'baki', 'bakida', 'bakidan', 'bakiya', 'bakuda', 'баку', 'باكو', 'باکو'].map((w): [string, string] => [
    normalize(w),
    'AZ',
  ]),
  ...['turk', 'турк'].map((w): [string, string] => [w, 'TR']),
]);

/** The countries a question names, from its normalised words. */
export function countriesNamed(words: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const word of words) {
    const whole = WORDS.get(word);
    if (whole) named.add(whole);
    for (const [country, starts] of STARTS) if (starts.some((s) => word.startsWith(s))) named.add(country);
  }
  return named;
}

/** Which targets' countries may answer on a page set to `page` when the question names `named`: the page's
 *  country and any named one; only the named ones when the question names countries but not the page's own. */
export function countryFilter(
  page: string | undefined,
  named: ReadonlySet<string>,
): (countries: readonly string[]) => boolean {
  const allowed =
    named.size > 0 && (page === undefined || !named.has(page))
      ? named
      : page === undefined
        ? undefined
        : new Set([page, ...named]);
  return allowed ? (countries) => countries.some((c) => allowed.has(c)) : () => true;
}
