"""Per-language word lists the rule-based entity finder reads (hand-written data).

Small closed-class lists only: function words that start sentences, titles and
roles that announce a person, words that mark an organisation, particles inside
names. Open-class knowledge (places, leaders, organisations) comes from the
gazetteer and alias table instead.
"""

from __future__ import annotations

import re


def word_set(spaced: str) -> frozenset[str]:
    """A word list written as one space-separated string (easier to read and extend)."""
    return frozenset(spaced.split())


#: Function words that are capitalised only because they start a sentence or headline.
STOPWORDS: dict[str, frozenset[str]] = {
    "de": word_set(
        "der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis durch"
        " für gegen im in ins mit nach nicht noch nun nur ob seit so über um unter vom von vor während wie wir sie"
        " er es ich ihr sein seine seiner ihre ihren dies diese dieser dieses jetzt da dann dass denn doch schon sehr"
        " wenn wo was wer weil zu zum zur beim kein keine alle allen man mehr immer auch hier heute gestern morgen laut"
        " trotz wegen zudem damit dabei dort unsere unser mein meine nach neue neuen erst erste ersten zwei drei"
        " eine einige viele anderen andere weitere jede jeder jedes dazu derzeit bereits inzwischen außerdem"
        " mio mrd"
        # Words of the page around the article that scrapes glue to names ("Martin Anzeige", "Wudy Merken Mail").
        " anzeige merken teilen drucken kommentare kommentar newsletter startseite anmelden abonnieren weiterlesen"
        " symbolbild archivbild impressum datenschutz werbung video foto fotos mail"
        # Contact lines and page navigation ("Tel.: 0211 …", "Vorherige Seite Nächste Seite Mönchengladbach").
        " tel fax vorherige nächste zurück lesen seite"
    ),
    "it": word_set(
        "il lo la i gli le un uno una e o ma anche come che chi di da del della dei delle dello degli in nel nella"
        " nei nelle con su sul sulla per tra fra non più se questo questa quello quella questi ci si ne noi voi loro"
        " lui lei io tu a al alla ai alle ieri oggi domani secondo dopo prima quando dove mentre ecco intanto"
        " inoltre tuttavia però ancora già ora adesso poi così qui lì ho ha hanno è sono era erano sarà"
        " due tre quattro cinque sei sette otto nove dieci cento mille essendo"
        # Words of the page around the article ("PUBBLICITÀ", "Leggi o condividi questa storia").
        " pubblicità leggi guarda condividi foto video"
    ),
    "pl": word_set(
        "w we z ze na do o od po za przez przy pod nad i a ale lub oraz czy że to ten ta te tego tej tym jak jest"
        " są był była było nie tak już jeszcze też także gdy kiedy jednak według dla bez u co kto który która"
        " które jego jej ich się my wy oni one on ona ono wczoraj dziś dzisiaj jutro teraz po tym tymczasem"
        " natomiast ponadto zaś więc bo choć chociaż jeśli potem wtedy wczoraj jednak dlatego również"
    ),
    "tr": word_set(
        "bu şu o bir ve ile de da ama fakat ancak için gibi kadar daha çok en her hiç ne neden nasıl ki mi mı mu mü"
        " ise veya ya yani sonra önce şimdi dün bugün yarın ayrıca öte yandan bunun buna bunu şöyle böyle biz siz"
        " onlar ben sen göre karşı rağmen diğer tüm bütün eğer çünkü hem ya da oysa halbuki belki artık hatta eski"
        # Month and weekday names, capitalised in dates ("1 Mayıs", "Mayıs ayında"); not Ekim, Kasım, Cuma or
        # Pazar, which are also given names or a town.
        " ocak şubat mart nisan mayıs haziran temmuz ağustos eylül aralık pazartesi salı çarşamba perşembe"
        " cumartesi"
    ),
    "ru": word_set(
        "в во на с со к ко по о об от до из за для при без через под над и а но или что как это этот эта эти"
        " того тот та те не же ли бы уже еще ещё также тоже когда где если он она оно они мы вы я его её ее их"
        " по словам вчера сегодня завтра теперь однако кроме после перед между"
    ),
    "en": word_set(
        "the a an and or but of in on at to for from by with as is are was were this that these those it its he she"
        " they we you i his her their our yesterday today tomorrow after before when while if on"
    ),
    "fr": word_set(
        "le la les l un une des du de d et ou mais en dans sur pour par avec sans ce cette ces il elle ils elles on"
        " nous vous je hier aujourd demain après avant quand selon depuis pendant contre entre vers chez sous malgré"
        " lors"
    ),
    "es": word_set(
        "el la los las un una unos unas y o pero de del en con sin por para sobre este esta estos estas ese esa"
        " él ella ellos ellas nosotros ayer hoy mañana después antes cuando según mediante durante tras hacia desde"
        " hasta entre contra ante bajo"
    ),
}

#: Words before a name that say it is a person (titles, roles); compared lower-cased.
PERSON_CUES: frozenset[str] = word_set(
    # English
    "mr mrs ms miss dr sir lady lord president minister premier chancellor senator governor mayor king queen"
    " prince princess pope secretary ceo chairman chairwoman spokesman spokeswoman judge general"
    # German
    " herr herrn frau dr. prof präsident präsidentin bundespräsident kanzler kanzlerin bundeskanzler"
    " bundeskanzlerin ministerpräsident ministerpräsidentin minister ministerin bürgermeister bürgermeisterin"
    " regierungschef regierungschefin sprecher sprecherin chef chefin vorsitzende vorsitzender papst könig königin"
    " trainer trainerin direktor direktorin gouverneur"
    # ... and nobility ("Herzogin Kate", "Prinz Harry").
    " herzog herzogin prinz prinzessin kronprinz kronprinzessin fürst fürstin graf gräfin duke duchess"
    # Italian
    " signor signora sig sig.ra presidente premier ministro ministra sindaco papa re regina onorevole dottor"
    " segretario segretaria sottosegretario portavoce commissario governatore"
    # Polish
    " pan pani panu panem prezydent prezydenta premier premiera minister ministra marszałek poseł posłanka"
    " burmistrz prezes rzecznik papież król królowa"
    # ... and their cases, and more offices and titles ("Przewodniczący Episkopatu Polski", "abp Gądecki").
    " prezydentem premierem ministrem ministrowi marszałka marszałkiem posła posłem posłanki burmistrza"
    " burmistrzem prezesa prezesem rzecznika rzecznikiem rzeczniczka papieża papieżem króla królem"
    " przewodniczący przewodniczącego przewodniczącym przewodnicząca przewodniczącej wicepremier wicepremiera"
    " wiceminister wiceministra wiceprezydent wiceprezydenta kanclerz kanclerza kanclerzem sekretarz sekretarza"
    " dyrektor dyrektora dyrektorem szef szefa szefem szefowa szefowej wojewoda wojewody wójt wójta starosta"
    " starosty senator senatora arcybiskup arcybiskupa abp biskup biskupa kardynał kardynała kard ksiądz"
    " księdza ks generał generała gen profesor profesora prof doktor dr ambasador ambasadora ambasadorem konsul"
    # Turkish
    " bay bayan sayın cumhurbaşkanı başbakan bakan bakanı başkan başkanı başkanı vali kral kraliçe papa"
    " valisi komutan komutanı yardımcısı sekreteri sözcü sözcüsü müdürü lideri şüpheli zanlı sanık"
    # ... and the academic and professional titles abbreviated before a name ("Dr. Öğr. Üyesi", "Doç. Dr.", "Av.").
    " doç öğr üyesi uzm yrd av"
    # Russian
    " господин госпожа президент премьер министр губернатор мэр канцлер глава председатель король королева"
    " папа патриарх"
)

#: Verbs of saying, per language: a single unknown capitalised word right after one is a person (sagte Laschet).
SPEECH_VERBS: dict[str, frozenset[str]] = {
    "de": word_set(
        "sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb schreibt kündigte warnte warnt"
        " forderte fordert teilte räumte so laut zufolge"
    ),
    "it": word_set("ha detto dice disse ha dichiarato dichiara spiega ha spiegato afferma secondo"),
    "pl": word_set("powiedział powiedziała mówi mówił mówiła stwierdził stwierdziła dodał dodała napisał napisała"),
    "tr": word_set("dedi söyledi açıkladı belirtti"),
    "ru": word_set("сказал сказала заявил заявила сообщил сообщила отметил отметила написал"),
}

#: Arabic verbs of saying (normalised): the words after one (and after a title) are often a person's name.
ARABIC_SPEECH_VERBS: frozenset[str] = word_set(
    "قال قالت اكد اكدت اضاف اضافت اوضح اوضحت صرح صرحت اعلن اعلنت ذكر ذكرت اشار اشارت اعتبر كشف كشفت افاد افادت"
    " يقول تقول اعرب"
)

#: Arabic titles and roles before a person's name (already normalised: no diacritics, plain alef).
ARABIC_PERSON_CUES: frozenset[str] = word_set(
    "السيد السيده الرئيس رئيس الملك الملكه الامير الاميره الشيخ الوزير وزير الدكتور د المستشار النائب الزعيم"
    " العاهل الجنرال اللواء العميد المتحدث الناطق البابا الامام الدكتوره الطبيب الطبيبه الاطباء المهندس"
    " الاستاذ الاستاذه المحامي الفنان الفنانه اللاعب الكاتب الصحفي الرئيسه الوزيره"
    # Media and public figures the Arabic press names by what they do (masculine and feminine).
    " الاعلامي الاعلاميه المذيع المذيعه الكاتبه الصحفيه المطرب المطربه الممثل الممثله النجم النجمه"
    " المحافظ السفير السفيره النائبه المستشاره القاضي العقيد الداعيه الشاعر الشاعره المخرج"
    " المخرجه الباحث الباحثه الخبير الخبيره المحلل الناشط الناشطه"
)

#: Arabic function words, some of which look definite (الى، التي، الذي): never part of a name (normalised).
ARABIC_FUNCTION_WORDS: frozenset[str] = word_set(
    "في من علي الي الي عن مع ان او ام لا ما لم لن قد هذا هذه ذلك تلك هو هي هم كان كانت يكون بعد قبل حتي بين"
    " عند منذ خلال ضد حول نحو دون غير كل بعض التي الذي الذين اللذين اللتين اللاتي الان الا ايضا اليوم امس"
    " عبر وفق وفقا لدي لدى اذا اذ حيث كما ثم بل لكن انه انها الي عليه عليها فيه فيها منه منها احد احدي"
    # "that" with its proclitic, which follows a verb of saying and its subject (صرح ... بأن).
    " بان لان وان فان بانه بانها لانه لانها وانه وانها"
)

#: Arabic common nouns that gazetteers list as alternate place names (مدينة "city" for Medina).
ARABIC_COMMON_WORDS: frozenset[str] = word_set(
    "مدينه المدينه دوله الدوله عاصمه العاصمه بلد البلد قريه القريه منطقه المنطقه"
    # Adverbs, directions and nouns that spell a listed place's alternate name: "about", "inside", "outside",
    # "the south", "the injury", "the new".
    " حوالي داخل خارج الجنوب الشمال الشرق الغرب اصابه الاصابه جديد الجديد"
    # Adjectives: "the difficult", "high", "southern", "northern" (الشرقية, الغربية are also regions' names).
    " الصعبه عاليه الجنوبيه الشماليه"
)

#: Common Arabic given names (normalised: plain alef, ه for ة, ي for ى), men's and women's.
ARABIC_GIVEN_NAMES: frozenset[str] = word_set(
    "محمد احمد محمود مصطفي علي حسن حسين ابراهيم اسماعيل خالد عمر عمرو عثمان يوسف يحيي زكريا موسي عيسي"
    " عبد عبدالله عبدالرحمن عبدالعزيز طارق هشام وليد ماجد فهد سلمان سلطان فيصل ناصر منصور صلاح ياسر ياسين"
    " اسامه حمدي حمد حمزه رامي سامي سامح شريف عادل عاطف عصام عماد فادي فتحي مجدي مدحت مراد نبيل نادر هاني"
    " وائل ايمن بسام باسم رائد زياد سعد سعود بدر تامر ثامر جلال جمال سعيد كريم كمال مازن معتز مهدي نزار"
    " فاطمه عائشه خديجه مريم زينب اسماء سميره ساره نيفين هبه رانيا دينا ياسمين منال نهي سعاد ليلي سلمي"
    " رشا غاده هاله ايمان امل منى هدي نور نوال سهير عبير لبني شيماء"
    " اشرف امين انور ايهاب بشير بسمه توفيق حازم حسام حافظ خليل رضا رفعت رياض سمير سيف شادي شوقي صابر صبري"
    " صالح ضياء طه عاصم عامر عزت علاء عمار غسان فؤاد فاروق فريد قاسم كامل لؤي ماهر مجيد مروان منير مهند ناجي"
    " نشات نعيم هيثم وسيم وجدي يونس ايناس بثينه جميله حنان دعاء ريم سحر سوسن صفاء عزه علياء لمياء مها ميرفت"
    " ناديه نجلاء نسرين وفاء يسرا رحاب امال اميره جيهان شيرين لطيفه ماجده نجوي هيفاء ولاء اسراء"
)

#: Given names above that are also common words (جمال beauty, سعيد happy, نور light): need a bare second name.
ARABIC_AMBIGUOUS_GIVEN_NAMES: frozenset[str] = word_set(
    "جمال سعيد كريم كمال نور امل منى هدي ايمان عادل ناصر منصور صلاح بدر سعد نبيل سامي فادي هبه"
    " امين صالح سيف كامل حافظ فريد ريم سحر وفاء رضا عزه جميله لطيفه امال ضياء علاء ماهر منير دعاء صفاء ولاء"
    " صابر حازم شادي مها رفعت انور سمير هيفاء"
    # باسم is also "in the name of" (المتحدث باسم الوزارة).
    " باسم"
)

#: Arabic nouns of agreements, declarations and meetings named by their place (اتفاق الرياض, إعلان عدن, قمة بيروت).
ARABIC_EVENT_HEADS: frozenset[str] = word_set("اتفاق اتفاقيه اتفاقيات اعلان معاهده مؤتمر قمه")

#: Heads above that make a name only when a proper name follows (مستشفى بنها; مستشفى العزل is generic).
ARABIC_ORG_HEADS_NEEDING_NAME: frozenset[str] = word_set("مستشفي بنك شركه صندوق")

#: Arabic nouns that head an organisation's name (followed by its definite genitives).
ARABIC_ORG_HEADS: frozenset[str] = word_set(
    "وزاره شركه حزب منظمه جامعه بنك مجلس هيئه وكاله حركه جمعيه اتحاد مؤسسه صندوق محكمه جيش برلمان مصرف نقابه مستشفي"
    " تحالف ائتلاف جبهه مكتب قطاع جهاز مديريه نيابه"
)
#: Of those, the heads that name a body only in a construct with its genitive (قطاع الأمن العام, جهاز الكسب
#: ...); with the article they are common nouns (القطاع العام, the public sector; الجهاز الهضمي, the gut).
ARABIC_CONSTRUCT_ONLY_HEADS: frozenset[str] = word_set("قطاع جهاز")

#: Endings of abstract nouns (actions, states, qualities) that a lone capitalised dictionary word with them is
#: no name for: institutions capitalise them ("la Nación", "la Regulación"), the small models tag them.
ABSTRACT_NOUN_SUFFIXES: dict[str, tuple[str, ...]] = {
    "es": ("ción", "sión", "dad", "miento", "encia", "ancia"),
    "fr": ("tion", "sion", "ité", "ment", "ence", "ance"),
    "en": ("tion", "sion", "ity", "ment", "ence", "ance"),
}

#: Plural names of a party's members that stand for the party ("Democrats said ..."). spaCy tags them as a
#: group of people (NORP), like nationalities, which are no names; these are organisations.
PARTY_MEMBERS: frozenset[str] = word_set("democrats republicans tories dems")

#: Words of every language that texts capitalise but that name nothing in particular (the Internet, Web, Email).
COMMON_CAPITALISED: frozenset[str] = word_set("internet web wifi wi-fi email e-mail")

#: Words inside a run of capitalised words that make it an organisation.
ORG_CUES: frozenset[str] = word_set(
    "ag gmbh se kg inc inc. corp corp. corporation co. ltd ltd. llc plc sa s.a. spa s.p.a. nv bv group holding"
    " bank airlines airways motors university college institute institut universität hochschule ministerium"
    " congress council committee commission association federation foundation organization organisation ministry"
    " department league society alliance union company technologies systems studios entertainment"
    " partei verband verein stiftung agentur gruppe konzern zeitung times post news press agency journal"
    " banca università ministero partito agenzia associazione fondazione gruppo istituto dipartimento"
    " ospedale tribunale comune regione polizia"
    " uniwersytet ministerstwo partia fundacja agencja grupa spółka sp. szkoła uczelnia akademia instytut urząd"
    " sąd komitet stowarzyszenie związek ambasada prokuratura policja komenda szpital kancelaria giełda fundusz"
    " radio telewizja forum"
    " bankası üniversitesi partisi bakanlığı"
    " vakfı derneği ajansı holding a.ş. grubu müdürlüğü başkanlığı valiliği belediyesi şube kurumu meclisi"
    " kulübü federasyonu odası sendikası enstitüsü platformu kurulu savcılığı başsavcılığı mahkemesi hastanesi"
    " şirketi üniversitesi konfederasyonu birliği ordusu kuvvetleri büyükelçiliği konsolosluğu komutanlığı örgütü"
    " konseyi cephesi hareketi şubesi dairesi"
    " министерство банк университет партия агентство фонд компания группа"
)

#: Nouns of institutions that open or end an organisation's name which also names a place ("Prince George's
#: County Police", "Tribunal de Paris", "Gobierno de Chile"); the statistical taggers call such names places.
INSTITUTION_HEADS: frozenset[str] = word_set(
    "police polizei policía policia policja hospital hôpital krankenhaus court tribunal gericht"
    " government gouvernement gobierno regierung ministry ministère ministerio ministerium department"
    " council conseil consejo committee comité commission comisión prefecture préfecture mairie ayuntamiento"
)

#: Prepositions of place: a single unknown name right after one is a place ("in Afrin", "nach Apen").
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": word_set("in im nach aus"),
    "it": word_set("a in da"),
    "pl": word_set("w we do z ze"),
}

#: Nouns that head the name of an event, a holiday, a contest or a law ("Emekçi Bayramı", "Boxing Week",
#: "Hıfzısıhha Kanunu", "Día de la Madre"): such a name is "misc", never a person or an organisation.
#: English and Turkish put the head last; the other languages first.
EVENT_HEADS_LAST: frozenset[str] = word_set(
    "act day week festival cup championship championships olympics summit award awards prize war treaty"
    " kanunu yasası bayramı günü haftası festivali kupası şampiyonası zirvesi ödülü savaşı antlaşması"
)
EVENT_HEADS_FIRST: frozenset[str] = word_set(
    "loi journée semaine fête festival coupe championnat sommet prix guerre traité"
    " ley día semana fiesta festival copa campeonato cumbre premio guerra acuerdo tratado"
    " legge giornata settimana festa coppa campionato vertice guerra trattato"
    " tag woche fest pokal meisterschaft gipfel krieg vertrag"
    " ustawa dzień tydzień święto festiwal puchar mistrzostwa szczyt nagroda wojna traktat"
    " закон день неделя праздник фестиваль кубок чемпионат саммит премия война договор"
)

#: Words that open a capitalised title before its head ("Primo Ministro", "Vice Presidente", "Alto Commissario").
TITLE_MODIFIERS: frozenset[str] = word_set("primo prima vice ex alto alta sommo gran grande")

#: Words a title leaves in lower case ("Pride and Prejudice", "La casa de papel"), in the languages whose
#: titles capitalise the others.
TITLE_SMALL_WORDS: frozenset[str] = word_set(
    "of the and a an in on at for to with from by or de la le les du des et el los las y del en al i w z na ve ile"
    " da di il lo e von der die das und"
)

#: Lower-case particles allowed inside a name (Ursula von der Leyen, Leonardo da Vinci).
NAME_PARTICLES: frozenset[str] = word_set("von van der den de del della di da du le la bin ibn al el zu y of")

#: Lower-case German words before a noun (articles, determiners, contractions): a capitalised word after them is
#: almost always a common noun, not a name.
GERMAN_DETERMINERS: frozenset[str] = word_set(
    "der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner im am zum zur vom"
    " beim ins ans aufs dieser diese dieses diesem diesen jeder jede jedes jedem jeden sein seine seinem seinen"
    " seiner ihr ihre ihrem ihren ihrer unser unsere mein meine welche welcher alle allen viele vielen mehrere"
    " einige wenige beide beiden"
)

#: German adverbs, prepositions and conjunctions that start sentences capitalised (never names).
GERMAN_FUNCTION_WORDS: frozenset[str] = word_set(
    "ab genau später zunächst allerdings trotzdem deshalb daher somit jedoch etwa rund fast knapp bislang bisher"
    " außerdem zuvor danach davor damals indes indessen stattdessen ebenfalls zumindest vielmehr offenbar"
    " demnach insgesamt bereits zuletzt nachdem obwohl sodass zwar sowie sowohl weder"
)

#: Last parts of German compounds that form names of people and places (Hoffmann, Hamburg, Düsseldorf).
GERMAN_NAME_ELEMENTS: frozenset[str] = word_set(
    "mann berg burg dorf feld stein bach heim hausen stadt hof wald see tal haus kirchen land born brunn"
    " au ing ingen rode hagen werder münster felde leben stedt bauer müller schneider fischer weber meier"
    " wagner becker schäfer koch richter krüger schmidt mayer maier meyer"
)

#: Ends of German compounds that name an organisation (Gesundheitsministerium, Mediengruppe, Tageszeitung).
GERMAN_ORG_HEADS: tuple[str, ...] = (
    "ministerium",
    "mediengruppe",
    "zeitung",
    "agentur",
    "verlag",
    "konzern",
    "gewerkschaft",
    "bundesamt",
    "landesamt",
    "institut",
    "gericht",
)

#: Prefixes of German compounds that name a state's or union's body (Bundesregierung, Landtag, EU-Kommission) when
#: they end in one of GERMAN_STATE_BODY_HEADS; the head alone (Regierung, Tag) is a common noun.
GERMAN_STATE_PREFIXES: tuple[str, ...] = ("bundes", "landes", "eu-", "uno-", "un-", "nato-")
GERMAN_STATE_BODY_HEADS: tuple[str, ...] = (
    "regierung",
    "tag",
    "rat",
    "wehr",
    "polizei",
    "kanzleramt",
    "kommission",
    "parlament",
    "bank",
    "kriminalamt",
    "gerichtshof",
    "anstalt",
    "agentur",
)

#: German noun endings: a capitalised word with one is a common noun (Regierung, Freiheit, Nation).
#: Last parts of German street and square names (Eyzinggasse, Hauptstraße, Marienplatz): a compound ending so
#: that the dictionary does not list is a place, not a common noun.
GERMAN_STREET_SUFFIXES: tuple[str, ...] = (
    "gasse",
    "straße",
    "strasse",
    "platz",
    "allee",
    "damm",
    "ufer",
    "weg",
    "chaussee",
)

GERMAN_NOUN_SUFFIXES: tuple[str, ...] = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "tion",
    "tionen",
    "sion",
    "tät",
    "täten",
    "nis",
    "nisse",
    "tum",
    "ismus",
    "ment",
    "chen",
    "lein",
    "ling",
    "erei",
    "isten",
    "enten",
    "anten",
)

# ---------------------------------------------------------------- span boundaries (entity_bounds)

#: Titles, honorifics and ranks before a name; outside the span under the guideline (compared without periods).
TITLES: frozenset[str] = word_set(
    "pope cardinal archbishop bishop rev reverend father sister saint st sheikh imam rabbi hajia hajiya alhaji"
    " apostle pastor prophet prophetess evangelist deacon"
    " mr mrs ms dr prof professor sir dame lord lady sgt sergeant major colonel col lt lieutenant capt captain"
    " gen general admiral corporal private officer detective inspector constable justice"
    " m mme mlle me docteur maître monsieur madame mademoiselle pape père soeur sœur abbé monseigneur"
    " sr sra srta don doña señor señora señorita doctor doctora licenciado licenciada lic ing ingeniero"
    " papa padre fray san santa"
    " herr frau fräulein papst pfarrer"
    " pan pani ks ksiądz"
)

#: Acronyms of common nouns that the finders take for organisations ("CEO", "GDP", "PIN", "EPS"); no names under
#: the guideline, in any language that borrows them, with the languages' own (PDG, PIB, BIP, PIL); a named tax
#: (IVA, TVA) is a name of its own (MISC) and stays; so do MD (Maryland) and GPS (the Global Positioning System).
COMMON_ACRONYMS: frozenset[str] = word_set(
    "CEO CFO COO CTO CMD GM EPS GDP IPO ATM PIN OTP CVV FAQ SUV DNA RNA PPE ICU PDF URL USB VPN SMS VIP"
    " PDG PME PIB DNI BIP PIL"
)

#: Titles and offices written before a person's name ("Pope", "President", "Sen.").
TITLES_AND_OFFICES: frozenset[str] = TITLES | PERSON_CUES
#: The word right before a position, with one or two spaces after it.
_WORD_BEFORE = re.compile(r"([\w.]{1,20})\s{1,2}$")


def title_before(text: str, start: int) -> str:
    """The title or office written right before ``start`` ("Pope" before "Francis", "Sen" before "Collins"),
    without its period, else ""."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return ""
    word = before.group(1).rstrip(".")
    return word if word.casefold() in TITLES_AND_OFFICES else ""


#: Titles that only ever stand before a person's name (unlike "General" or "Premier", which start other names too).
HONORIFICS: frozenset[str] = word_set(
    "pope sheikh imam rabbi hajia hajiya alhaji mr mrs ms dr prof sir dame m mme mlle docteur monsieur madame"
    " pape sr sra srta don doña señor señora doctor doctora herr frau papst pan pani"
)

#: Capitalised first words that make a joined name an organisation (Centro de Atención Tributaria).
ORG_HEAD_WORDS: frozenset[str] = word_set(
    "centro ministerio secretaría instituto fundación comisión consejo universidad banco agencia dirección"
    " oficina servicio ministère institut centre agence office conseil commission université banque"
    " ministry department office agency institute centre center council commission university bank board"
    " istituto ministero dipartimento agenzia università banca ufficio servizio"
    " congreso senado parlamento asamblea congrès sénat parlement assemblée congress senate parliament assembly"
    " congresso senato"
)

#: Determiners that lead a found span but stay outside it ("El Chelsea", "Le ministère", "the Kremlin").
DETERMINERS: frozenset[str] = word_set(
    "the a an le la les un une des du el los las lo unos unas il lo gli i der die das den dem des ein eine"
)

#: Articles written elided before a vowel, with an apostrophe (l'OTAN, d'Italia, dell'Europa).
ELIDED_ARTICLES: frozenset[str] = word_set("l d dell nell sull all dall qu")

#: Lower-case words allowed inside a name between capitalised words (Girl of the Year, Tasa General de Inmuebles).
NAME_CONNECTORS: frozenset[str] = word_set(
    "of the and for on at in upon de du des la le les l d et pour sur en del los las y e para al por"
    " di della delle dei degli e per und für der die das von zu am im van den"
)

#: Lower-case head nouns, per language, that are part of an institution's or street's name
#: (ministère de l'Intérieur, rue Janin, ministerio de Defensa).
HEADS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": word_set(
        "ministère fondation commission conseil institut université rue avenue boulevard place quai impasse allée"
        " gare aéroport hôpital lycée collège parc pont tribunal préfecture église cathédrale"
    ),
    "es": word_set(
        "ministerio secretaría fundación comisión consejo universidad calle avenida plaza paseo hospital"
        " tribunal juzgado ayuntamiento municipalidad gobierno ejército oficialía"
    ),
    "it": word_set(
        "ministero fondazione commissione consiglio università viale piazza corso ospedale tribunale comune"
    ),
}
HEADS_BY_LANGUAGE["pt"] = word_set("ministério fundação universidade rua avenida praça hospital")
#: Polish squares, streets and avenues, in the cases they take ("plac Jana Pawła II", "na placu Kościelnym").
_POLISH_PLACE_HEADS = (
    "plac placu placem ulica ulicy ulicę ulicą aleja alei aleję aleją rondo ronda rondzie osiedle osiedlu"
)
HEADS_BY_LANGUAGE["pl"] = word_set(_POLISH_PLACE_HEADS)

#: Every language's heads together.
LOWER_HEADS: frozenset[str] = frozenset().union(*HEADS_BY_LANGUAGE.values())

#: Heads that start a name only where written with a capital (Gobierno Federal; "el gobierno" is generic).
HEADS_WHEN_CAPITALISED: frozenset[str] = word_set("gobierno ejército comune conseil consejo consiglio")

#: Heads of the above that name places rather than organisations.
PLACE_HEADS: frozenset[str] = word_set(
    f"{_POLISH_PLACE_HEADS} "
    "rue avenue boulevard place quai impasse allée gare aéroport parc pont église cathédrale"
    " calle avenida plaza paseo viale piazza corso rua praça"
)

#: Lower-case words allowed at the end of a name (Seven Mile road).
LOWER_TAILS: frozenset[str] = word_set("road street avenue lane drive boulevard square river")

#: Last words of English names kept in machine-translated and foreign text that make the name an organisation
#: ("Scottburgh High", "Getty Images", "Coding Blocks Academy"): a run of capitalised words is a person otherwise.
ORG_TAILS: frozenset[str] = word_set(
    "high school academy images photo photos pictures fc displays industries insider"
    # Hospitals, clubs, parties and newspapers ("Southern Philippines Medical Center", "The York Dispatch").
    " center centre hospital clinic museum club party network magazine dispatch herald tribune gazette"
    " observer chronicle telegraph"
)

#: Turkish nouns after a place name that say what kind of place it is (Zile Bölgesi, Tokat İli): outside the name.
TURKISH_PLACE_DESCRIPTORS: frozenset[str] = word_set("bölgesi ili ilçesi köyü beldesi mahallesi kenti şehri")

#: Word beginnings of disease names in any inflection (koronavirüse, Coronavirus-Krise).
NOT_NAME_PREFIXES: tuple[str, ...] = ("coronavir", "koronavir", "koronawir", "коронавир", "covid", "kovid")

#: Names of diseases and viruses: not entities under the guideline, though finders and gazetteers match them
#: (Corona is also a city in California).
#: Holidays and feast days, which the guideline reads as dates written as common nouns, not names (lower case,
#: with the declined forms the press uses). Left out: those that are also given names or surnames (Reyes,
#: Noel, Sylwester).
HOLIDAYS: frozenset[str] = frozenset(
    holiday.strip()
    for holiday in """
    christmas|christmas day|christmas eve|easter|easter sunday|good friday|new year|new year's eve|new year’s eve|
    new year's day|new year’s day|thanksgiving|halloween|
    noël|pâques|toussaint|nouvel an|saint-sylvestre|pentecôte|
    navidad|nochebuena|nochevieja|semana santa|año nuevo|
    weihnachten|heiligabend|ostern|karfreitag|silvester|pfingsten|neujahr|
    natale|pasqua|capodanno|vigilia|ferragosto|
    boże narodzenie|bożego narodzenia|bożym narodzeniu|wielkanoc|wielkanocy|wielka sobota|wielką sobotę|
    wielkiej soboty|wielki piątek|wielkiego piątku|wigilia|wigilię|wigilii|
    nowy rok|nowego roku|nowym roku|wszystkich świętych|boże ciało|bożego ciała|
    рождество|рождества|пасха|пасхи|новый год|нового года|
    yılbaşı|paskalya
    """.replace("\n", "").split("|")
    if holiday.strip()
)

NOT_NAMES: frozenset[str] = word_set(
    "covid covid-19 covid19 coronavirus corona sars-cov-2 sars mers ebola zika h1n1 omicron"
    " коронавирус ковид كورونا كوفيد koronavirüs koronavirus koronawirus"
    # Currencies are common nouns, capitalised in German ("16 000 Euro", "Mio Euro").
    " euro euros yen dollar dollars dólar dólares pfund franken rubel rubles lira liras zloty złoty złotych"
)
