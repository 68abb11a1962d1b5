"""Per-language word lists the rule-based entity finder reads (hand-written data).

Small closed-class lists only: function words that start sentences, titles and
roles that announce a person, words that mark an organisation, particles inside
names. Open-class knowledge (places, leaders, organisations) comes from the
gazetteer and alias table instead.
"""

from __future__ import annotations


def _words(spaced: str) -> frozenset[str]:
    """A word list written as one space-separated string (easier to read and extend)."""
    return frozenset(spaced.split())


#: Function words that are capitalised only because they start a sentence or headline.
STOPWORDS: dict[str, frozenset[str]] = {
    "de": _words(
        "der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis durch"
        " für gegen im in ins mit nach nicht noch nun nur ob seit so über um unter vom von vor während wie wir sie"
        " er es ich ihr sein seine seiner ihre ihren dies diese dieser dieses jetzt da dann dass denn doch schon sehr"
        " wenn wo was wer weil zu zum zur beim kein keine alle allen man mehr immer auch hier heute gestern morgen laut"
        " trotz wegen zudem damit dabei dort unsere unser mein meine nach neue neuen erst erste ersten zwei drei"
        " eine einige viele anderen andere weitere jede jeder jedes dazu derzeit bereits inzwischen außerdem"
    ),
    "it": _words(
        "il lo la i gli le un uno una e o ma anche come che chi di da del della dei delle dello degli in nel nella"
        " nei nelle con su sul sulla per tra fra non più se questo questa quello quella questi ci si ne noi voi loro"
        " lui lei io tu a al alla ai alle ieri oggi domani secondo dopo prima quando dove mentre ecco intanto"
        " inoltre tuttavia però ancora già"
    ),
    "pl": _words(
        "w we z ze na do o od po za przez przy pod nad i a ale lub oraz czy że to ten ta te tego tej tym jak jest"
        " są był była było nie tak już jeszcze też także gdy kiedy jednak według dla bez u co kto który która"
        " które jego jej ich się my wy oni one on ona ono wczoraj dziś dzisiaj jutro teraz po tym tymczasem"
        " natomiast ponadto zaś więc bo choć chociaż jeśli potem wtedy wczoraj jednak dlatego również"
    ),
    "tr": _words(
        "bu şu o bir ve ile de da ama fakat ancak için gibi kadar daha çok en her hiç ne neden nasıl ki mi mı mu mü"
        " ise veya ya yani sonra önce şimdi dün bugün yarın ayrıca öte yandan bunun buna bunu şöyle böyle biz siz"
        " onlar ben sen göre karşı rağmen diğer tüm bütün"
    ),
    "ru": _words(
        "в во на с со к ко по о об от до из за для при без через под над и а но или что как это этот эта эти"
        " того тот та те не же ли бы уже еще ещё также тоже когда где если он она оно они мы вы я его её ее их"
        " по словам вчера сегодня завтра теперь однако кроме после перед между"
    ),
    "en": _words(
        "the a an and or but of in on at to for from by with as is are was were this that these those it its he she"
        " they we you i his her their our yesterday today tomorrow after before when while if on"
    ),
    "fr": _words(
        "le la les l un une des du de d et ou mais en dans sur pour par avec sans ce cette ces il elle ils elles on"
        " nous vous je hier aujourd demain après avant quand selon"
    ),
    "es": _words(
        "el la los las un una unos unas y o pero de del en con sin por para sobre este esta estos estas ese esa"
        " él ella ellos ellas nosotros ayer hoy mañana después antes cuando según"
    ),
}

#: Words before a name that say it is a person (titles, roles); compared lower-cased.
PERSON_CUES: frozenset[str] = _words(
    # English
    "mr mrs ms miss dr sir lady lord president minister premier chancellor senator governor mayor king queen"
    " prince princess pope secretary ceo chairman chairwoman spokesman spokeswoman judge general"
    # German
    " herr herrn frau dr. prof präsident präsidentin bundespräsident kanzler kanzlerin bundeskanzler"
    " bundeskanzlerin ministerpräsident ministerpräsidentin minister ministerin bürgermeister bürgermeisterin"
    " regierungschef regierungschefin sprecher sprecherin chef chefin vorsitzende vorsitzender papst könig königin"
    " trainer trainerin direktor direktorin gouverneur"
    # Italian
    " signor signora sig sig.ra presidente premier ministro ministra sindaco papa re regina onorevole dottor"
    # Polish
    " pan pani panu panem prezydent prezydenta premier premiera minister ministra marszałek poseł posłanka"
    " burmistrz prezes rzecznik papież król królowa"
    # Turkish
    " bay bayan sayın cumhurbaşkanı başbakan bakan bakanı başkan başkanı başkanı vali kral kraliçe papa"
    # Russian
    " господин госпожа президент премьер министр губернатор мэр канцлер глава председатель король королева"
    " папа патриарх"
)

#: Arabic titles and roles before a person's name (already normalised: no diacritics, plain alef).
ARABIC_PERSON_CUES: frozenset[str] = _words(
    "السيد السيده الرئيس رئيس الملك الملكه الامير الاميره الشيخ الوزير وزير الدكتور د المستشار النائب الزعيم"
    " العاهل الجنرال اللواء العميد المتحدث الناطق البابا الامام"
)

#: Arabic nouns that head an organisation's name (followed by its definite genitives).
ARABIC_ORG_HEADS: frozenset[str] = _words(
    "وزاره شركه حزب منظمه جامعه بنك مجلس هيئه وكاله حركه جمعيه اتحاد مؤسسه صندوق محكمه جيش برلمان مصرف نقابه مستشفي"
)

#: Words inside a run of capitalised words that make it an organisation.
ORG_CUES: frozenset[str] = _words(
    "ag gmbh se kg inc inc. corp corp. corporation co. ltd ltd. llc plc sa s.a. spa s.p.a. nv bv group holding"
    " bank airlines airways motors university college institute institut universität hochschule ministerium"
    " partei verband verein stiftung agentur gruppe konzern zeitung times post news press agency"
    " banca università ministero partito agenzia associazione fondazione gruppo"
    " uniwersytet ministerstwo partia fundacja agencja grupa spółka sp. bankası üniversitesi partisi bakanlığı"
    " vakfı derneği ajansı holding a.ş. grubu"
    " министерство банк университет партия агентство фонд компания группа"
)

#: Lower-case particles allowed inside a name (Ursula von der Leyen, Leonardo da Vinci).
NAME_PARTICLES: frozenset[str] = _words("von van der den de del della di da du le la bin ibn al el zu y")

#: Lower-case German words before a noun (articles, determiners, contractions): a capitalised word after them is
#: almost always a common noun, not a name.
GERMAN_DETERMINERS: frozenset[str] = _words(
    "der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner im am zum zur vom"
    " beim ins ans aufs dieser diese dieses diesem diesen jeder jede jedes jedem jeden sein seine seinem seinen"
    " seiner ihr ihre ihrem ihren ihrer unser unsere mein meine welche welcher alle allen viele vielen mehrere"
    " einige wenige beide beiden"
)

#: German noun endings: a capitalised word with one is a common noun (Regierung, Freiheit, Nation).
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
