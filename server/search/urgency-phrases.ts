// What people in danger type, per language and kind of danger (issue 4: detention, deportation, violence,
// trafficking, self-harm, a child alone). Phrases are separated by ";"; a word ending in "*" matches any word that
// starts with it (deport* → deported, deportation). Written as people spell them; urgency.ts normalises them.
// Prefixes are kept long enough not to catch everyday words (Turkish "döv*" would catch "döviz", currency).

export type UrgencyKind = 'detention' | 'deportation' | 'violence' | 'trafficking' | 'self-harm' | 'child-alone';

export const URGENCY_PHRASES: Readonly<Record<string, Readonly<Record<UrgencyKind, string>>>> = {
  tr: {
    detention:
      'gözaltı*; tutukla*; tutuklu*; geri gönderme merkez*; ggm; idari gözetim*; nezarethane*; hapse*; hapis*; yakalandı*; yakaladı*',
    deportation: 'sınır dışı*; sınırdışı*; deport*; geri gönder*; ülkeme gönder*; sürgün*',
    violence:
      'şiddet*; dövüyor*; dövdü*; dövül*; dayak*; tecavüz*; taciz*; istismar*; tehdit*; saldırı*; darp*; öldürecek*',
    trafficking: 'insan ticaret*; insan kaçakçı*; zorla çalıştır*; fuhuş*; pasaportumu aldı*',
    'self-harm': 'intihar*; kendimi öldür*; kendime zarar*; yaşamak istemiyorum; ölmek istiyorum',
    'child-alone':
      'refakatsiz*; yalnız çocuk*; çocuk yalnız*; ailesiz*; kayıp çocuk*; tek başına çocuk*; ailemi kaybettim',
  },
  az: {
    detention: 'saxlanıl*; həbs*; tutuldum; tutdular; deportasiya mərkəz*',
    deportation: 'deport*; ölkədən çıxar*; geri qaytar*; ölkədən kənar*',
    violence: 'zorakılıq*; döyür*; döydü*; döyül*; təcavüz*; hədələ*; işgəncə*',
    trafficking: 'insan alver*; məcburi əmək*; pasportumu aldılar',
    'self-harm': 'intihar*; özümü öldür*',
    'child-alone': 'müşayiətsiz*; tək uşaq*; uşaq tək*; valideynsiz*',
  },
  en: {
    detention: 'detain*; detention*; arrest*; removal cent*; jail*; prison*; locked up; police took',
    deportation: 'deport*; send me back; sending me back; sent back; expel*; expulsion*; refoul*; removal order*',
    violence:
      'violen*; beats me; beat me; beaten; beating*; hits me; hit me; abuse*; abusive; assault*; rape*; threaten*; hurts me; hurting me; tortur*',
    trafficking:
      'traffick*; forced labour; forced labor; forced to work; took my passport; taken my passport; exploit*',
    'self-harm': 'suicid*; kill myself; end my life; hurt myself; self harm; want to die; dont want to live',
    'child-alone':
      'unaccompanied*; separated child*; child alone; child is alone; minor alone; without parents; lost my parents; no parents',
  },
  fr: {
    detention: 'détenu*; détention*; centre de rétention; rétention*; arrestation*; prison*; garde à vue; enfermé*',
    deportation: 'expuls*; déport*; reconduite à la frontière; renvoy*; refoul*',
    violence: 'violen*; me bat; battu*; me frappe; frappé*; viol; violé*; agress*; menac*; tortur*',
    trafficking:
      'traite des êtres humains; traite des personnes; travail forcé; pris mon passeport; confisqué mon passeport; exploitation*',
    'self-harm': 'suicid*; me tuer; mettre fin à mes jours; envie de mourir',
    'child-alone': 'non accompagné*; mineur isolé*; mineurs isolés; enfant seul*; mineur seul*; sans parents',
  },
  ku: {
    detention: 'binçav*; zindan*; girtîgeh*; girtî; hatim girtin',
    deportation: 'dersînor*; deport*; sînordûr*',
    violence: 'tundî*; tundûtûjî*; lêdan*; lê dide; destdirêj*; tacîz*; îşkence*',
    trafficking: 'bazirganiya mirovan; qaçaxçîtiya mirovan; karê bi zorê',
    'self-harm': 'xwekuştin*; xwe bikujim',
    'child-alone': 'zarokê bi tenê; zarokên bi tenê; zarokê tenê; bê malbat; bê dê û bav',
  },
  so: {
    detention: 'xabsi*; xiran*; la xiray; la qabtay; i qabteen; xarig*',
    deportation: 'tarxiil*; masaafur*; dib ii celin*; dib loo celin*',
    violence: 'rabshad*; tacaddi*; garaac*; kufsi*; handadaad*; jirdil*',
    trafficking: 'ka ganacsiga dadka; ganacsiga dadka; shaqo qasab*; baasaboorkayga*',
    'self-harm': 'isdil*; is dil*; naftayda dil*',
    'child-alone': "ilmo keligiis; carruur keligood; cunug keligiis; ilmo aan waalid lahayn; waalid la'aan",
  },
  ru: {
    detention:
      'задерж*; арест*; центр депортац*; центр содержания иностранц*; тюрьм*; полиция забрала; забрала полиция',
    deportation: 'депорт*; высыл*; выдвор*; выслать; отправить обратно; отправят обратно',
    violence: 'насили*; избива*; избил*; бьет меня; бьёт меня; меня бьет; меня бьёт; изнасил*; угрож*; пытк*',
    trafficking: 'торговл* людьми; принудительн* труд*; забрали паспорт; отобрали паспорт; эксплуатац*',
    'self-harm': 'суицид*; самоубийств*; покончить с собой; убить себя; не хочу жить',
    'child-alone': 'несопровожда*; ребенок один; ребёнок один; без родителей; дети одни',
  },
  uk: {
    detention: "затрим*; арешт*; центр депортац*; в'язниц*; поліція забрала; забрала поліція",
    deportation: 'депорт*; видвор*; вислати; висил*; відправити назад',
    violence: "насильств*; насилля; б'є мене; мене б'є; побитт*; побив*; зґвалтув*; погрож*; катув*",
    trafficking: 'торгівл* людьми; примусов* праця; примусов* праці; забрали паспорт',
    'self-harm': 'суїцид*; самогубств*; покінчити з собою; вбити себе; не хочу жити',
    'child-alone': 'без супроводу; дитина сама; дитина одна; без батьків; розлучен* дит*',
  },
  ar: {
    detention:
      'احتجاز*; محتجز*; اعتقال*; معتقل*; سجن*; مركز ترحيل; مركز الترحيل; مسكوني; كمشوني; قبضوا علي*; اوقفوني; توقيف*',
    deportation: 'ترحيل*; رحلوني; يرحلوني; يرحلون*; ترحلني; إبعاد*; طردوني; يطردوني',
    violence: 'عنف*; يضربني; بيضربني; ضربني; ضرب*; اغتصاب*; اغتصب*; تحرش*; اعتداء*; يهددني; تهديد*; تعذيب*',
    trafficking:
      'اتجار بالبشر; الاتجار بالبشر; الإتجار بالبشر; اتجار*; تجارة البشر; عمل قسري; العمل القسري; بالغصب; اخذوا جوازي; سحبوا مني جوازي; سحبوا جوازي',
    'self-harm': 'انتحار*; انتحر*; اقتل نفسي; أنهي حياتي; ما بدي عيش; بدي موت',
    'child-alone':
      'طفل وحيد; أطفال وحيدين; قاصر غير مصحوب*; غير مصحوب*; لحالو; لحاله; لوحده; بدون اهل*; بلا اهل*; بدون أهل*',
  },
  fa: {
    detention: 'بازداشت*; کمپ اخراج; کمپ دیپورت; زندان*; حبس*; پلیس گرفت*; منو گرفتن',
    deportation: 'دیپورت*; اخراج*; رد مرز; برم گردونن; برمیگردونن*; برگردوننم',
    violence: 'خشونت*; کتک*; منو میزنه; میزنه منو; تجاوز*; آزار*; تهدید*; شکنجه*',
    trafficking: 'قاچاق انسان; کار اجباری; پاسپورتم رو گرفتن; پاسپورتمو گرفتن; بهره کشی',
    'self-harm': 'خودکشی*; خودمو بکشم; خودم رو بکشم; میخوام بمیرم',
    'child-alone': 'کودک تنها; بچه تنها; بدون همراه; بی سرپرست*; نوجوان تنها; بدون خانواده',
  },
  ps: {
    detention: 'بندي*; نیول*; زندان*; توقیف*',
    deportation: 'ډیپورټ*; دیپورت*; اخراج*; بیرته استول*',
    violence: 'تاوتریخوال*; وهل*; ووهلم; تېری*; ګواښ*',
    trafficking: 'انسانانو قاچاق*; د انسانانو قاچاق',
    'self-harm': 'ځانوژن*; ځان وژل*',
    'child-alone': 'یوازې ماشوم*; ماشوم یوازې; بې سرپرست*',
  },
};
