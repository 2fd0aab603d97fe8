// Light stemming per language: strips the commonest inflections so "başvurumu", "başvuruda" and "başvurusu" all
// reach the stem of "başvuru". Deliberately light: both the text and the question go through the same rules, so
// what matters is that related forms meet, not that the stem is a real word. Over-stemming merges unrelated words,
// so every rule keeps at least `minStem` letters; what the rules miss, the query side catches with prefix and
// truncated matches (match.ts).
//
// French and Russian use the stock Snowball stemmers (@orama/stemmers) instead: compared side by side on every
// development set (6 December), they beat ours (written set: 3 more questions right first), with recall@3,
// follow-ups and out-of-scope rejection unchanged. Ours stay where they won: Turkish and Azerbaijani (Snowball
// Turkish over-stems folded text: izin → iz, araba → arap; 3 fewer in the top 3), Arabic (Snowball leaves و+ال on:
// والمحكمة; 2 fewer right first), Ukrainian, and English (a tie alone; with the French and Russian ones, Snowball
// English cost a follow-up). Persian, Pashto, Kurmanji and Somali have no stock stemmer.
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as russian } from '@orama/stemmers/russian';
import { normalize } from './normalize.ts';

interface Rules {
  /** [ending, replacement]; the longest ending that leaves `minStem` letters wins. An ending replaced by itself
   *  protects words from a shorter rule (English "ss" keeps "process" from losing its "s"). */
  suffixes: readonly (readonly [string, string])[];
  prefixes?: readonly string[];
  minStem: number;
  /** How many endings may be stripped one after another (Turkish stacks them: başvuru-lar-ın-da). */
  rounds: number;
  /** Sound changes undone once an ending is gone (Turkish çocuğ-um → çocuk). */
  after?: (stem: string) => string;
  /** Words people type in a form the texts never use ("Turkey" where the texts say "Türkiye"). */
  irregular?: ReadonlyMap<string, string>;
}

const strip = (list: string): (readonly [string, string])[] =>
  list
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [ending, replacement = ''] = pair.split('>');
      return [normalize(ending!), normalize(replacement)] as const;
    });

// Turkish and Azerbaijani (after folding, ə = e and ı = i, their endings coincide): plural, case, possessive,
// copula, question particle and verbal-noun endings in all vowel-harmony variants.
const TURKIC: Rules = {
  suffixes: strip(`lar ler ları leri larda lerde lardan lerden da de ta te dan den tan ten nda nde ndan nden a e ya ye
    na ne ı i u ü yı yi yu yü nı ni nu nü ın in un ün nın nin nun nün la le yla yle ım im um üm ımız imiz umuz
    ümüz ınız iniz unuz ünüz sı si su sü mı mi mu mü mak mek ma me dır dir dur dür tır tir tur tür`),
  minStem: 3,
  rounds: 3,
  // A final k softens to ğ before a vowel (çocuk → çocuğu; folded ğ is g). Roots rarely end in g; they often end
  // in b (araba), so the matching p → b change is not undone.
  after: (stem) => stem.replace(/g$/, 'k'),
};

const RULES: Readonly<Record<string, Rules>> = {
  tr: TURKIC,
  az: TURKIC,
  en: {
    suffixes: strip('ations ation ings ing ies>y ied>y ed ss>ss us>us is>is s e ly'),
    minStem: 4,
    rounds: 2,
    irregular: new Map([['turkey', 'turkiye']]),
  },
  // Kurmanji: "iye" protected, so Tirkiyê (Türkiye) and tirkî (Turkish) stay apart.
  ku: { suffixes: strip('iye>iye ên an ekê eke ek yê ya yî ê a î'), minStem: 4, rounds: 2 },
  // Somali: a noun's final o turns to a before the article (shaqo → shaqada, ogolaansho → ogolaanshaha), so the
  // bare form is brought to the same stem.
  so: {
    suffixes: strip(
      'ooyinka ooyinkii ooyin yaasha yaal kaaga kayga kiisa tiisa kii tii gii dii sha ka ga ta da ha o>a',
    ),
    minStem: 3,
    rounds: 1,
  },
  uk: {
    suffixes: strip(`ами ями ого його ому ему ими их ій ий ої ою ею ем ом ам ям ах ях ів ія іє ію ії ти ться ся сь
      а я о е и і ї у ю ь й`),
    minStem: 4,
    rounds: 2,
  },
  // Arabic: the article and clitics in front (وال، بال، لل…, also after "and": وبال، ولل; colloquial "on the" عال… and
  // "this" هال…), plural, feminine and pronoun endings behind.
  ar: {
    prefixes: ['وبال', 'ولل', 'وكال', 'وال', 'بال', 'كال', 'فال', 'عال', 'هال', 'لل', 'ال', 'و'].map(normalize),
    suffixes: strip('هما كما هم كم نا ها ان ات ون ين يه ه ي'),
    minStem: 3,
    rounds: 2,
  },
  // Persian: the verb prefix می/نمی (joined once the ZWNJ is gone) and plural, comparative, possessive endings.
  // "…ستان" (land, place) is part of the word, not the ending "تان" (your): افغانستان, بیمارستان, دبستان.
  fa: {
    prefixes: ['نمی', 'می'].map(normalize),
    suffixes: strip('ستان>ستان هایی های ها ترین تر ان ات ام ای اش ایم اید اند مان تان شان یی ی'),
    minStem: 3,
    rounds: 2,
  },
  ps: { suffixes: strip('ګانې ګانو ونه ونو انو ان و ه ي'), minStem: 3, rounds: 1 },
};

function stripPrefix(word: string, rules: Rules): string {
  for (const prefix of rules.prefixes ?? []) {
    if (word.startsWith(prefix) && word.length - prefix.length >= rules.minStem) return word.slice(prefix.length);
  }
  return word;
}

function stripSuffixes(word: string, rules: Rules): string {
  let stem = word;
  for (let round = 0; round < rules.rounds; round++) {
    const rule = rules.suffixes.find(
      ([ending, replacement]) =>
        stem.endsWith(ending) && (ending === replacement || stem.length - ending.length >= rules.minStem),
    );
    if (!rule || rule[0] === rule[1]) break;
    stem = stem.slice(0, stem.length - rule[0].length) + rule[1];
  }
  return stem !== word && rules.after ? rules.after(stem) : stem;
}

/** The stock stemmers, given the normalised word; a stem is normalised in turn, as the text's words are. */
const STOCK: ReadonlyMap<string, (word: string) => string> = new Map([
  ['fr', (word: string) => normalize(french(word))],
  ['ru', (word: string) => normalize(russian(word))],
]);

// Maps, since `lang` may come from outside (a word such as "constructor" must find nothing, issue 11).
const OURS: ReadonlyMap<string, (word: string) => string> = new Map(
  Object.entries(RULES).map(([lang, rules]) => {
    const longestFirst = { ...rules, suffixes: [...rules.suffixes].sort((a, b) => b[0].length - a[0].length) };
    return [
      lang,
      (word: string) => stripSuffixes(stripPrefix(rules.irregular?.get(word) ?? word, longestFirst), longestFirst),
    ];
  }),
);
const STEMMERS: ReadonlyMap<string, (word: string) => string> = new Map([...OURS, ...STOCK]);

const HAS_DIGIT = /\d/;

// Each distinct word is stemmed once per language (indexing meets the same words again and again); the caches
// are cleared when full, to bound memory.
const CACHE_LIMIT = 50_000;
const caches = new Map([...STEMMERS.keys()].map((lang) => [lang, new Map<string, string>()]));

/** The stem of a normalised `word` in `lang`; numbers and words of languages without a stemmer are kept as they are. */
export function stem(word: string, lang: string): string {
  const stemmer = STEMMERS.get(lang);
  if (!stemmer || HAS_DIGIT.test(word)) return word;
  const cache = caches.get(lang)!;
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    stemmed = stemmer(word);
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** Arabic script writes "in/with", "for", "like", "so", "and" as one letter joined to the next word (بمركز). */
const PROCLITIC = /^[بلكفو](?=\p{Script=Arabic}{3})/u;

/** `term` without a one-letter proclitic, when it has one; the caller checks the rest is a word it knows, since
 *  most words merely start with one of these letters. */
export function withoutProclitic(term: string): string | undefined {
  return PROCLITIC.test(term) ? term.slice(1) : undefined;
}
