// Real-sounding questions in all 11 languages for the load test: how people type them (no accents, half in
// Turkish, misspelled), a few urgent ones, and a few the knowledge cannot answer.
export const QUESTIONS: Record<string, string[]> = {
  en: [
    'my asylum application was rejected what can I do',
    'how do I get a work permit',
    'they want to deport me tomorrow',
    'is there free lawyer in istanbul',
  ],
  tr: [
    'başvurum reddedildi ne yapmalıyım',
    'calisma izni nasil alinir',
    'geri gonderme merkezinde tutuluyorum',
    'saglik sigortam kesildi',
  ],
  ar: [
    'رفضوا طلب الحماية الدولية شو بعمل',
    'كيف أحصل على إذن عمل في تركيا',
    'زوجي يضربني أين أذهب',
    'هل يوجد محامي مجاني',
  ],
  fa: [
    'جواب رد گرفتم چند روز وقت دارم اعتراض کنم',
    'بیمه درمانی من قطع شده',
    'چطور تو ترکیه درخواست پناهندگی بدم',
    'قیمت طلا امروز',
  ],
  az: [
    'sığınacaq üçün necə müraciət edim',
    'iş icazəsi lazımdır',
    'məcburi köçkün statusu nədir',
    'pulsuz hüquqi yardım',
  ],
  ps: ['په ترکیه کې د پناه غوښتنه څنګه وکړم', 'ما ته د ډیپورټ پرېکړه راکړل شوې', 'د کار اجازه څنګه واخلم'],
  ku: ['serlêdana min hat redkirin çi bikim', 'destûra xebatê kengî digirim', 'ez hatim girtin'],
  ru: [
    'мне отказали в международной защите',
    'как получить разрешение на работу',
    'меня хотят депортировать',
    'бесплатный адвокат',
  ],
  uk: ['мені відмовили у захисті що робити', 'як отримати дозвіл на роботу', 'мене затримали'],
  fr: ["comment demander l'asile en Turquie", "j'ai reçu une décision d'expulsion", 'permis de travail pour demandeur'],
  so: ['codsigayga waa la diiday maxaan sameeyaa', 'sidee baan u helaa ogolaanshaha shaqada', 'waa la i xiray'],
};

/** Type-ahead prefixes: what the widget sends while someone types the questions above. */
export function prefixes(): { q: string; lang: string }[] {
  return Object.entries(QUESTIONS).flatMap(([lang, qs]) =>
    qs.flatMap((q) => [2, 4, 7, 11].filter((n) => n < q.length).map((n) => ({ q: q.slice(0, n), lang }))),
  );
}
