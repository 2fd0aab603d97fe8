// Stop words per language: words that say nothing about which entry a question is about (pronouns, particles,
// question words, "can", "please"). One list per language and never one shared list: a word that is noise in one
// language is a real word in another (Turkish "ne" is "what", Kurmanji "ne" is "not"; Arabic "بين" is "between",
// but the Persian "بین‌المللی" means "international").
import { normalize } from './normalize.ts';

const WORDS: Readonly<Record<string, string>> = {
  tr: `ve veya ile ama fakat ancak de da ki mi mı mu mü ne neden niye niçin nasıl nerede nereye nereden hangi kim
    kime kimin kaç bu şu o bir ben sen biz siz onlar benim senin bizim bana sana beni bunu şunu onu için gibi daha
    çok en her hiç var yok olarak olan olur oluyor ise ya şey acaba lütfen artık hem diye mıyım miyim muyum müyüm
    mısın misin musun yani sadece tüm bütün hep şimdi böyle öyle bile içinde içerisinde lazım gerek
    gerekiyor istiyorum yapmalıyım yapabilirim yapmam yapayım alabilirim alabilir ediyor ediyorum etti ettim edildi
    edilir edebilir edebilirim eder olur oldu oluyor olmak etmek yapmak bulurum bulabilirim bulmak nedir nelerdir
    midir mıdır mudur müdür`,
  az: `və ya yaxud ilə amma lakin ancaq da də ki mı mi mu mü nə niyə necə harada hara haraya haradan hansı kim
    kimə kimin neçə bu o bir mən sən biz siz onlar mənim sənin bizim mənə sənə məni bunu onu üçün kimi daha çox ən
    hər heç var yox olaraq olan olar olur isə şey xahiş edirəm artıq həm deyə yəni sadəcə bütün indi belə
    ərzində içində lazım lazımdır etmək etməliyəm edə bilərəm istəyirəm nədir nələrdir neçədir`,
  en: `a an the and or but if of to in on at by for with from about as into than then so too very just also only
    is are was were be been being am do does did doing have has had having can could will would should shall may
    might must i me my mine myself we us our ours you your yours he him his she her hers it its they them their
    this that these those there here what which who whom whose when where why how not no yes any some all each
    please pls plz thanks hi hello im ive dont whats cant get got want need know tell give make come came go find`,
  fr: `le la les l un une des du de d et ou mais donc or ni car à au aux en dans par pour sur sous avec sans ce cet
    cette ces c ça il elle ils elles on je j me m moi tu te t toi nous vous se s leur leurs mon ma mes ton ta tes son
    sa ses notre nos votre vos qui que qu quoi quel quelle quels quelles comment quand où pourquoi combien est sont
    faire
    suis es être été ai as a avoir ont y ne n pas plus très peut peux puis faut si bien aussi encore merci svp
    bonjour`,
  ku: `û ji di de li bi ku ev ew wê wî min te me we wan em hûn ez tu çi çima çawa kengî kî ka an jî ne na heye
    hene tune e ye bû dibe re ra da ve bo çend vê vî van yên ya yê tiştek hinek bikim dikarim dikarin divê
    dixwazim dixwazin`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот
    от меня еще ещё нет о об из ему когда даже ну ли если уже или ни быть был была были будет него до вас вам там
    потом себя ей может они тут где есть ней для мы тебя их чем сам чтоб чтобы без чего тоже себе под кто этот
    того этого какой какая какие какое здесь этом мой моя мои тем при можно нельзя пожалуйста сколько почему
    зачем куда откуда это эти эту этой делать получить`,
  uk: `і й та в у на з із зі до від за по при для про що як це ці цей ця той то я ти він вона ми ви вони мене мені
    мій моя моє мої його її їх нас вас нам вам не ні так але або чи коли де куди звідки чому скільки хто який яка
    яке які можна треба є був була було були буде бути вже ще тільки лише також теж дуже будь ласка тут там
    робити`,
  ar: `في من الى إلى على عن مع بين هذا هذه ذلك تلك التي الذي الذين هو هي هم هن انا أنا انت أنت انتم نحن ما ماذا
    لماذا كيف متى أين اين هل او أو ثم لا لم لن قد كان كانت يكون عند كل اذا إذا ان أن إن لي له لها لهم انه أنه
    شو ليش وين قديش اديش ايش شلون اي أي يعني بدي بدك بدو بدها بدنا بدكم بدهم هيك هاد هاي هادا هدا مشان منشان عشان مين عم رح لازم
    ممكن يا بس كمان الي إلي اللي يلي برضو منين فيني فيه فيها عليه عليها اعمل بعمل بقدر عندي معي بحتاج احتاج لاقي القى
    شكد شنو شلون اكدر اگدر هسه هسة آني اني وياي لسا لسه صارلي اكو ماكو شگد هواية يجب هناك يمكن يمكنني أستطيع استطيع
    اريد أريد نريد لدي لدينا بخصوص الرجاء مرحبا احنا نحنا انتو انتي هني هنن همه هيي تبع تبعي تبعك تبعو تبعه تبعها تبعنا
    تبعهم مالي مالتي مالتك مالته مالتنا لانو لأنو هالشي هادي كتير شي اشي حدا امتى هلق هلأ هلا هسع عنا عندنا
    عندك معنا النا إلنا الو اله مو مش مافي ماني مانو اسوي نسوي يسوي تسوي شسوي شنسوي نعمل بنعمل اروح نروح بروح يصير
    بيصير صار قلي قالي قالولي قالو اقدر نقدر بنقدر يقدر`,
  fa: `و در به از که این آن را رو با برای است هست هستم هستی هستیم هستند بود شد می نمی تا یا اگر هم چه چی چرا چطور
    چگونه کجا کی کدام چند آیا من تو او ما شما آنها ایشان مرا یک هر همه باید میشه میتونم میخوام میخواهم دارم
    داره کنم کنه بکنم بدم الان اینجا اونجا خیلی فقط لطفا ام ای اش چیکار چکار چطوری چجوری شده بگیرم پیدا میکنم کردن
    اگه چیه کجاست چقدر یه دیگه هنوز کردم کرده کرد کنن کنند کنیم کنی کنید میکنن میکنه میکنند بکنن بکنیم بشه بشم شدم
    شدیم میشم میشود شود باشه باشم باشد نیست نیستم دارن داریم داری دارند ندارم نداره ندارن ندارند بودم بگید بگین
    بگو ممکنه ممکن میتونه میتونن میتونیم بتونم میتوانم میتوانیم میخواهیم توی اینکه اون این اینا اونا منو مارو
    چیزی کسی وقتی چون ولی اما همین همون سلام ببخشید ممنون مرسی خواهشا استم هستن چطو مه ره کدم کده دادن دادند ها
    های چنده چقدره هیچ هیچکس کس`,
  ps: `د په کې کی ته چې چی او یا دا هغه زه موږ تاسو دوی څه څنګه چېرته چیرته کله ولې کوم له سره باندې لپاره
    څخه نه هم شي دی ده وي وکړم کړم کوم شته زما ستا
    شم شو شوی شوې شوي کولای کولی کړای یم دي کوو کوي وکړو کېږي کیږي غواړم غواړو لرم لرو مې مو ما دلته هلته
    واخلم واخلو واخلي پر تر پورې پوري څو څومره څوک که نو خو به یې یی مونږ زموږ زمونږ ستاسو ستاسې تاسې هغوی دغه
    دې ولي څرنګه چېرې چیرې بیا اوس ډېر ډیر یو هر ورته ورسره راته ځکه داسې وو وه وې باید`,
  so: `iyo ama oo waa ma miyaa maxaa maxay sidee sideen goorma xagee halkee meeqa immisa yaa kan kani kaas tan taas
    kuwa aan aad uu ay la ku ka u ha hadii haddii in inay inuu inaan waxaan waxaad wuxuu waxay wax ee baa ayaa
    ayuu ayay ahay ahaa yahay yihiin sida laga loo lagu ii kuu noo ah leh karaa kartaa fadlan helaa sameeyaa maxaan`,
};

/** Arabic writes "and" (و) joined to the next word: "ومن", "وكيف" are stop words as much as "من", "كيف". */
const withAnd = (lang: string, words: string[]) => (lang === 'ar' ? [...words, ...words.map((w) => `و${w}`)] : words);

const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(WORDS).map(([lang, words]) => [
    lang,
    new Set(withAnd(lang, normalize(words).split(/\s+/).filter(Boolean))),
  ]),
);

const NONE: ReadonlySet<string> = new Set();

/** The stop words of `lang`, in normalised form (empty for a language we have no list for). */
export function stopWords(lang: string): ReadonlySet<string> {
  return LISTS.get(lang) ?? NONE;
}
