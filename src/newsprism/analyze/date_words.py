"""Calendar words per language: weekday names, weekday modifiers, and date trigger words.

The date finder uses these to (1) send only the parts of a text that can hold a
date to Duckling, which is slow on plain prose, and (2) apply the weekday rule
(a weekday in the text must agree with the resolved date). Patterns are plain
alternations of literals with at most one trailing ``\\w*``/``\\w{0,n}`` suffix:
nothing that can backtrack badly.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: "9/11", the attacks of 11 September 2001 (a day and month alone are never written so in the news otherwise).
NINE_ELEVEN = re.compile(r"(?<![\d/.])9/11(?![\d/])")

#: Weekday name patterns per language, Monday first (index = ``date.weekday()``).
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": (
        r"montag(?!s\b)\w{0,10}",
        r"dienstag(?!s\b)\w{0,10}",
        r"mittwoch(?!s\b)\w{0,10}",
        r"donnerstag(?!s\b)\w{0,10}",
        r"freitag(?!s\b)\w{0,10}",
        r"(?:samstag|sonnabend)(?!s\b)\w{0,10}",
        r"sonntag(?!s\b)\w{0,10}",
    ),
    "es": (
        "lunes",
        "martes",
        "mi[ée]rcoles",
        "jueves",
        "viernes",
        "s[áa]bado",
        "domingo",
    ),
    "it": ("luned[ìi]", "marted[ìi]", "mercoled[ìi]", "gioved[ìi]", "venerd[ìi]", "sabato", "domenica"),
    "tr": (
        r"pazartesi\w{0,6}",
        r"sal[ıi]\w{0,6}",
        r"[çc]ar[şs]amba\w{0,6}",
        r"per[şs]embe\w{0,6}",
        r"cuma(?!rt)\w{0,6}",
        r"cumartesi\w{0,6}",
        r"pazar(?!t|lar|c[ıi])\w{0,6}",  # not "pazarlar" (markets), "pazarcı" (stallholder)
    ),
    "ru": (
        r"понедельник\w{0,3}",
        r"вторник\w{0,3}",
        r"сред[ауые]",
        r"четверг\w{0,3}",
        r"пятниц\w{0,3}",
        r"суббот\w{0,3}",
        r"воскресень\w{0,3}",
    ),
    "ar": (
        # "اثنين" alone is also the number two ("على مسافة اثنين"): Monday with the article or "يوم".
        r"(?:ال|يوم\s)[اإ]ثنين",
        "(?:ال)?ثلاثاء",
        "(?:ال)?[أا]ربعاء",
        # Thursday and Friday alone are also names ("محمد جمعة", "خالد خميس"): with the article or "يوم" only
        r"(?:ال|يوم\s)خميس",
        r"(?:ال|يوم\s)جمعة",
        "(?:ال)?سبت",
        # "أحد" alone is the number one ("أحد المصانع": one of the factories); Sunday takes the article or "يوم".
        r"(?:ال|يوم\s)[أا]حد",
    ),
    "zh": (
        "(?:星期|礼拜|禮拜|周|週)一",
        "(?:星期|礼拜|禮拜|周|週)二",
        "(?:星期|礼拜|禮拜|周|週)三",
        "(?:星期|礼拜|禮拜|周|週)四",
        "(?:星期|礼拜|禮拜|周|週)五",
        "(?:星期|礼拜|禮拜|周|週)六",
        "(?:星期|礼拜|禮拜|周|週)[日天]",
    ),
    # The adjectives in every case too ("wtorkowej deklaracji", "po niedzielnych wyborach", "poniedziałkowym").
    "pl": (
        r"poniedzia[łl]\w{0,7}",
        r"wtor(?:ek|ku|kow\w{1,3})",
        r"[śs]rod[aęyz]\w{0,3}|[śs]rodow(?!isk)\w{1,3}",  # not "środowisk" (of environments)
        r"czwart\w{0,7}",
        r"pi[ąa]t(?:ek|ku|kow\w{1,3})",
        r"sobot\w{0,4}",
        # Not "niedziel" alone, the genitive plural ("siedem niedziel": seven Sundays).
        r"niedziel(?:[aęiąe]|n\w{1,4})",
    ),
}

#: Words that turn a weekday into a relative one ("last Tuesday", "mardi prochain"):
#: such a weekday is left to the parser instead of the bare-weekday rule.
WEEKDAY_MODIFIERS: dict[str, str] = {
    "en": r"last|next|this|coming|past|previous|following|every",
    "fr": r"derni\w*|prochain\w*|pass[ée]\w*|suivant\w*|chaque|tous",
    "de": r"letzt\w*|n[äa]chst\w*|kommend\w*|vergangen\w*|vorig\w*|diese\w*|jede\w*|folgend\w*",
    "es": r"pasad\w*|pr[óo]xim\w*|viene|siguiente|[úu]ltim\w*|anterior|cada|este|esta",
    "it": r"scors\w*|prossim\w*|passat\w*|ogni|questo|questa",
    "tr": r"ge[çc]en|gelecek|[öo]n[üu]m[üu]zdeki|bu|her",
    "ru": r"прошл\w*|следующ\w*|будущ\w*|эт\w*|кажд\w*",
    "ar": r"الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|كل",
    # Only before the week's word: the "上" of "晚上" (evening) is no "last" ("周二晚上")
    "zh": r"(?:上|下|这|這|本|每)(?=个?(?:周|週|星期|礼拜|禮拜))",
    "pl": r"zesz[łl]\w*|ubieg[łl]\w*|przysz[łl]\w*|najbli[żz]sz\w*|ostatni\w*|ka[żz]d\w*|ten|t[ęe]",
}

#: The "next" kind of weekday modifiers: the weekday lies after the reference date.
NEXT_MODIFIERS: dict[str, str] = {
    "en": r"next|coming|following",
    "fr": r"prochain\w*|suivant\w*",
    "de": r"n[äa]chst\w*|kommend\w*|folgend\w*",
    "es": r"pr[óo]xim\w*|viene|siguiente",
    "it": r"prossim\w*",
    "tr": r"gelecek|[öo]n[üu]m[üu]zdeki",
    "ru": r"следующ\w*|будущ\w*",
    # "غد الأربعاء": tomorrow, Wednesday (a word of its own: "غداء" is lunch).
    "ar": r"المقبل|المقبلة|القادم|القادمة|(?<!\S)(?:ال)?غد(?:ا|اً)?(?=\s)",
    "zh": r"下",
    "pl": r"przysz[łl]\w*|najbli[żz]sz\w*",
}

#: The "last" kind of modifiers: the month or weekday lies before the reference date.
PAST_MODIFIERS: dict[str, str] = {
    "en": r"last|past|previous",
    "fr": r"derni\w*|pass[ée]\w*",
    "de": r"letzt\w*|vergangen\w*|vorig\w*",
    "es": r"pasad\w*|[úu]ltim\w*|anterior",
    "it": r"scors\w*|passat\w*",
    "tr": r"ge[çc]en",
    "ru": r"прошл\w*",
    # "past", "elapsed", "previous" ("العام المنصرم", "الأسبوع السابق").
    "ar": r"الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة",
    "zh": r"上|去",
    "pl": r"zesz[łl]\w*|ubieg[łl]\w*|ostatni\w*|poprzedni\w*",
}

#: Words of a clause that tell of the future ("will", "sera organisée", "werden wir", "se podrán"): a bare
#: weekday in that clause is the coming one, not the last.
FUTURE_MARKERS: dict[str, str] = {
    "en": r"will|shall|won['’]t|going to|scheduled|due to|set to|starting|expected to",
    "fr": r"sera|seront|doit|doivent|devra|devront|va|vont|aura|auront|prévu\w*",
    "de": r"wird|werden|soll|sollen|geplant",
    "es": r"será|serán|podrá|podrán|va a|van a|habrá|prevé|previst\w*|\w+ará|\w+erá|\w+irá|\w+arán|\w+erán|\w+irán",
    # The future's third persons end in -rà, -ranno ("farà", "andrà", "verrà", "parlerà").
    "it": r"previst\w*|\w+rà|\w+ranno",
    # The future tense's suffix ("toplanacak", "düzenlenecek"), "expected" and "planned".
    "tr": r"\w+(?:acak|ecek|acağ|eceğ)\w*|beklen\w*|planlan\w*|öngörül\w*",
    "pl": r"będzie|będą|będziemy|zostanie|zostaną|potrwa|potrwają|planowan\w*",
    "ru": r"будет|будут|состоится|состоятся|пройдет|пройдёт|пройдут|планиру\w*|намерен\w*|ожида\w*",
    # The future's prefix on a verb ("سيعقد", "ستبدأ") and "سوف".
    "ar": r"(?<![\u0621-\u064a])[وف]?(?:سوف|س[يتن][\u0621-\u064a]{2,}|(?:من\s)?المتوقع|متوقع|يتوقع|توقعات)",
    "zh": r"将|将会|计划|预计|即将",
}
#: Words of a clause that tell of the past ("said", "a annoncé", "teilte mit"): the clause's weekday is past,
#: whatever future it reports.
PAST_MARKERS: dict[str, str] = {
    "en": r"said|says|told|announced|was|were|had|did|reported|added|wrote|posted",
    "fr": r"a|ont|avait|avaient|était|étaient|fut|dit|annoncé|indiqué|déclaré|affirmé|précisé",
    "de": r"hat|haben|hatte|hatten|war|waren|wurde|wurden|sagte|teilte|erklärte|kündigte|begann|begannen|endete|"
    r"kam|kamen|ging|gingen|fand|fanden|starb|blieb|meldete|berichtete",
    # The preterite's third persons by their endings ("jugó", "ganaron", "sufrieron").
    "es": r"dijo|fue|fueron|había|habían|ha|han|hizo|hicieron|tuvo|estuvo|\w{2,}ó|\w{2,}aron|\w{2,}ieron",
    "it": r"ha|hanno|aveva|era|erano|fu|disse|detto|annunciato",
    # Verbs of the past tense: the reporting ones, the passive ("düzenlendi", "yapıldı") and the "-miş" forms
    # ("gelmişti"). A bare "-dı" ending is no sign: nouns end so too ("toplantı", "kendi").
    "tr": r"açıkladı|dedi|söyledi|belirtti|bildirdi|duyurdu|kaydetti|aktardı|vurguladı|yaptı|oldu|geldi|verdi|"
    r"aldı|başladı|gerçekleşti|gerçekleştirdi|\w+(?:ıldı|ildi|uldu|üldü|ndı|ndi|ndu|ndü|m[ıiuü]ş(?:t[ıiuü]r?)?)",
    # Polish verbs in the past tense end in -ł, -ła, -ło, -li, -ły after their stem's vowel ("powiedział", "było").
    "pl": r"\w+(?:ał|ała|ało|ali|ały|ił|iła|iło|ili|ył|yła|yło|yli|eli|ęła|ął)|był|była|było|byli|były",
    # Russian verbs in the past tense end in -л, -ла, -ло, -ли after a vowel ("заявил", "прошла").
    "ru": r"\w+(?:ал|ала|ало|али|ил|ила|ило|или|ел|ела|ело|ели|ял|яла|яли)|был|была|было|были",
    # Whole words (Arabic takes no bounds of its own): "تم" also ends "الاجتماع"'s stem.
    "ar": r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|أضاف|أضافت|كان|كانت|تم|جرى|شهد|شهدت|وقع|وقعت)"
    r"(?![\u0621-\u064a])",
    "zh": r"了|曾|已经|已",
}

#: Words that put a weekday in the reference date's own week ("this Monday", "este lunes", "diesen Freitag"),
#: before or after the reference day.
THIS_MODIFIERS: dict[str, str] = {
    "en": r"this",
    "fr": r"ce|cette",
    "de": r"diese\w*",
    "es": r"este|esta",
    "it": r"questo|questa",
    "tr": r"bu",
    "ru": r"эт\w*",
    "zh": r"这|這|本",
    "pl": r"ten|t[ęe]",
}

#: Ordinal words of the four quarters, and the noun of a quarter, for the languages Duckling reads no quarters
#: in ("au premier trimestre 2020", "im zweiten Quartal", "en el tercer trimestre").
QUARTER_ORDINALS: dict[str, tuple[str, str, str, str]] = {
    "fr": (r"premier|1er", r"deuxième|second|2e", r"troisième|3e", r"quatrième|dernier|4e"),
    "de": (r"erste[nmrs]?|1\.", r"zweite[nmrs]?|2\.", r"dritte[nmrs]?|3\.", r"vierte[nmrs]?|letzte[nmrs]?|4\."),
    "es": (r"primer|1er", r"segundo|2º", r"tercer|3er", r"cuarto|último|4º"),
    "it": (r"primo", r"secondo", r"terzo", r"quarto|ultimo"),
    "ar": (r"الأول|الاول", r"الثاني", r"الثالث", r"الرابع|الأخير"),
    "tr": (r"ilk|birinci", r"ikinci", r"üçüncü", r"dördüncü|son"),
    "ru": (r"перв\w{2,3}|1-?м", r"втор\w{2,3}|2-?м", r"трет\w{2,3}|3-?м", r"четв[её]рт\w{2,3}|последн\w{2,3}|4-?м"),
    "pl": (r"pierwsz\w{1,3}|I", r"drug\w{1,3}|II", r"trzeci\w{1,3}|III", r"czwart\w{1,3}|ostatni\w{1,3}|IV"),
}
QUARTER_NOUNS: dict[str, str] = {
    "fr": r"trimestre",
    "de": r"Quartal|Vierteljahr",
    "es": r"trimestre",
    "it": r"trimestre",
    "ar": r"الربع",
    "tr": r"çeyre\w{1,6}",
    "ru": r"квартал\w{0,2}",
    "pl": r"kwarta\w{1,3}",
}
#: Languages that write the quarter's noun before its ordinal ("الربع الأول من عام 2020").
QUARTER_NOUN_FIRST = frozenset(["ar"])

#: The first and second half of a year, right before the year ("in the first half of 2019", "au premier
#: semestre 2020", "im zweiten Halbjahr 2019", "en el primer semestre de", "nel primo semestre del").
YEAR_HALVES: dict[str, tuple[str, str]] = {
    "en": (r"(?:the\s)?first half of(?:\sthe\syear)?", r"(?:the\s)?second half of(?:\sthe\syear)?"),
    "fr": (r"premier semestre(?:\sde)?", r"(?:second|deuxième) semestre(?:\sde)?"),
    "de": (r"ersten Halbjahr(?:es)?(?:\sdes\sJahres)?", r"zweiten Halbjahr(?:es)?(?:\sdes\sJahres)?"),
    "es": (r"primer semestre(?:\sde(?:l)?)?", r"segundo semestre(?:\sde(?:l)?)?"),
    "it": (
        r"(?:primo semestre|prima metà)(?:\sdel(?:l['’]anno)?|\sdi)?",
        r"(?:secondo semestre|seconda metà)(?:\sdel(?:l['’]anno)?|\sdi)?",
    ),
    "ru": (
        r"(?:первой половине|первом полугодии|первое полугодие)",
        r"(?:второй половине|втором полугодии|второе полугодие)",
    ),
    "pl": (
        r"(?:pierwszej połowie|pierwszym półroczu|I\s?połowie|I\s?półroczu)(?:\sroku)?",
        r"(?:drugiej połowie|drugim półroczu|II\s?połowie|II\s?półroczu)(?:\sroku)?",
    ),
    "ar": (r"النصف الأول من(?:\s(?:عام|العام|سنة))?", r"النصف الثاني من(?:\s(?:عام|العام|سنة))?"),
}

#: The reference date's year as a noun ("l'année", "dieses Jahres", "العام الجاري"), after an "early" or "mid" of
#: :data:`MONTH_PARTS` ("en début d'année", "في مطلع العام").
YEAR_NOUNS: dict[str, str] = {
    "en": r"(?:the|this|next|last)\syear",
    "fr": r"l['’]année(?:\s(?:prochaine|dernière))?|d['’]année|cette\sannée",
    "de": r"(?:des|dieses|nächsten|kommenden|vergangenen|letzten)\sJahres",
    "es": r"(?:este|el)\saño(?:\s(?:próximo|pasado|que\sviene))?|(?:el\s)?(?:próximo|pasado)\saño",
    "it": r"(?:dell['’]|quest['’])anno",
    "ru": r"(?:этого\s)?года",
    "pl": r"(?:tego\s)?roku",
    "ar": r"(?:العام|السنة)(?:\s(?:الجاري|الحالي|الجارية|الحالية))?",
}

#: Words that put a month's date in its first, middle or last third ("early April", "Mitte Juni", "a finales
#: de enero"), right before the month's name: the thirds are days 1-10, 11-20 and 21 to the end.
MONTH_PARTS: dict[str, tuple[str, str, str]] = {
    "en": (r"early|the beginning of|the start of", r"mid|the middle of", r"late|the end of"),
    # Not "courant mai": in the course of May, the whole month.
    "fr": (r"début|au début de", r"mi|à la mi", r"fin|à la fin de"),
    "de": (r"Anfang", r"Mitte", r"Ende"),
    "es": (
        r"a principios de|principios de|a comienzos de|comienzos de|inicios de",
        r"a mediados de|mediados de",
        r"a finales de|finales de|a fines de|fines de|a fin de",
    ),
    "it": (r"all['’]inizio(?: di)?|inizio|ai primi di", r"a metà|metà", r"alla fine di|fine"),
    "pl": (
        r"na początku|od początku|z początkiem|początek",
        r"w połowie|od połowy|do połowy|połowa",
        r"pod koniec|z końcem|do końca|na koniec|koniec",
    ),
    "ru": (
        r"в начале|с начала|начало|до начала|к началу",
        r"в середине|с середины|середина|до середины|к середине",
        r"в конце|к концу|конец|до конца",
    ),
    # A preposition may be glued on ("بنهاية ديسمبر", "وبداية يناير").
    "ar": (
        r"(?:و?[بل])?(?:بداية|أوائل|اوائل|مطلع)(?:\sشهر)?",
        r"(?:و?[بل])?(?:منتصف)(?:\sشهر)?",
        r"(?:و?[بل])?(?:نهاية|أواخر|اواخر)(?:\sشهر)?",
    ),
}

#: Holidays by name, longest names first, each with its day: a fixed month and day, or days after Easter
#: Sunday ("easter+1": Easter Monday). Only where a date's word stands before the name ("on Christmas Day",
#: "an Ostern", "à Noël") or the name is a day's own ("Christmas Eve"), is it read as a date: "Christmas tree"
#: and "Weihnachtsmarkt" are not.
HOLIDAYS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"Christmas Eve", "12-24"),
        (r"Christmas Day", "12-25"),
        (r"Boxing Day", "12-26"),
        (r"New Year['’]s Eve", "12-31"),
        (r"New Year['’]s Day", "01-01"),
        (r"Easter Sunday", "easter+0"),
        (r"Easter Monday", "easter+1"),
        (r"Good Friday", "easter-2"),
        (r"Valentine['’]s Day", "02-14"),
        (r"Ascension Day", "easter+39"),
        (r"Pentecost Sunday|Whit Sunday", "easter+49"),
        (r"Whit Monday", "easter+50"),
        # Days of the United States' and other English-speaking calendars, by their rule.
        (r"Thanksgiving Day", "nth:11:4:3"),
        (r"Black Friday", "nth:11:4:3+1"),
        (r"Cyber Monday", "nth:11:4:3+4"),
        (r"Memorial Day", "nth:05:-1:0"),
        (r"Labou?r Day", "nth:09:1:0"),
        (r"Independence Day|(?:the\s)?Fourth of July", "07-04"),
        (r"Halloween", "10-31"),
        (r"Mother['’]s Day", "nth:05:2:6"),
        (r"Father['’]s Day", "nth:06:3:6"),
        (r"Martin Luther King(?: Jr\.?)? Day|MLK Day", "nth:01:3:0"),
        (r"Presidents['’]? Day", "nth:02:3:0"),
        (r"Veterans Day|Remembrance Day|Armistice Day", "11-11"),
        (r"Canada Day", "07-01"),
        (r"Australia Day", "01-26"),
        (r"Anzac Day", "04-25"),
        # The Chinese lunar calendar's.
        (r"(?:Chinese|Lunar) New Year['’]s Eve", "lunar:01-01-1"),
        (r"Chinese New Year|Lunar New Year|Spring Festival", "lunar:01-01"),
        # Scotland's New Year's Eve.
        (r"Hogmanay", "12-31"),
        (r"Lantern Festival", "lunar:01-15"),
        (r"Dragon Boat Festival", "lunar:05-05"),
        (r"Mid-Autumn Festival", "lunar:08-15"),
        (r"Thanksgiving", "nth:11:4:3"),
        (r"Christmas", "12-25"),
        (r"Easter", "easter+0"),
    ),
    "fr": (
        (r"réveillon de Noël|veille de Noël", "12-24"),
        (r"réveillon du Nouvel An|réveillon de la Saint-Sylvestre|Saint-Sylvestre", "12-31"),
        (r"Nouvel An (?:chinois|lunaire)", "lunar:01-01"),
        (r"jour de l['’]An|Nouvel An", "01-01"),
        (r"lundi de Pâques", "easter+1"),
        (r"vendredi saint", "easter-2"),
        (r"Saint-Valentin", "02-14"),
        (r"Toussaint", "11-01"),
        (r"jeudi de l['’]Ascension", "easter+39"),
        (r"lundi de Pentecôte", "easter+50"),
        (r"Pentecôte", "easter+49"),
        (r"fête nationale|fête du 14 juillet", "07-14"),
        (r"fête du Travail", "05-01"),
        (r"jour de l['’]Armistice", "11-11"),
        (r"Noël", "12-25"),
        (r"Pâques", "easter+0"),
    ),
    "de": (
        (r"Heiligabend|Heiligen Abend", "12-24"),
        (r"ersten Weihnachtsfeiertag|ersten Weihnachtstag", "12-25"),
        (r"zweiten Weihnachtsfeiertag|zweiten Weihnachtstag", "12-26"),
        # The night of New Year's Eve is its two days ("in der Silvesternacht": 31 December and 1 January)
        (r"Silvesternacht|Neujahrsnacht|Nacht\s(?:auf|zu[mr]?)\sNeujahr", "12-31~1"),
        (r"Silvesterabend|Silvestertag|Silvester", "12-31"),
        (r"Neujahrstag|Neujahr", "01-01"),
        (r"Ostersonntag", "easter+0"),
        (r"Ostermontag", "easter+1"),
        (r"Karfreitag", "easter-2"),
        (r"Aschermittwoch", "easter-46"),
        (r"Dreikönigstag|Heilige(?:n)?\sDrei\sKönige", "01-06"),
        (r"Valentinstag", "02-14"),
        (r"Christi Himmelfahrt", "easter+39"),
        (r"Pfingstsonntag|Pfingsten", "easter+49"),
        (r"Pfingstmontag", "easter+50"),
        (r"Muttertag", "nth:05:2:6"),
        (r"Vatertag", "easter+39"),
        (r"Tag der Deutschen Einheit", "10-03"),
        (r"Tag der Arbeit", "05-01"),
        (r"Reformationstag", "10-31"),
        (r"chinesische[nms]? Neujahr(?:sfest)?", "lunar:01-01"),
        (r"Weihnachten", "12-25"),
        (r"Ostern", "easter+0"),
    ),
    "es": (
        (r"Nochebuena|víspera de Navidad", "12-24"),
        (r"Nochevieja|víspera de Año Nuevo", "12-31"),
        (r"día de Año Nuevo", "01-01"),
        (r"día de Reyes", "01-06"),
        (r"Domingo de Resurrección|Domingo de Pascua", "easter+0"),
        (r"Viernes Santo", "easter-2"),
        (r"San Valentín", "02-14"),
        (r"Pentecostés", "easter+49"),
        (r"Día del Trabajo|Día del Trabajador", "05-01"),
        (r"Año Nuevo (?:chino|lunar)", "lunar:01-01"),
        (r"día de Navidad", "12-25"),
        (r"Navidad", "12-25"),
        (r"Año Nuevo", "01-01"),
    ),
    "ru": (
        (r"кану[нн]\w{0,2}\sНового\sгода", "12-31"),
        (r"новогодн\w{2,3}\sноч\w{1,2}", "12-31~1"),
        (r"(?:перв\w{2}\s)?д(?:ень|ня|нём)\sНового\sгода", "01-01"),
        (r"Нов\w{2,3}\sгод\w{0,2}", "01-01"),
        (r"Д(?:ень|ня|нём)\sПобеды", "05-09"),
        (r"Международн\w{2,3}\sженск\w{2,3}\sд(?:ень|ня|нём)|8\sМарта", "03-08"),
        (r"Д(?:ень|ня|нём)\sРоссии", "06-12"),
        (r"(?:китайск|лунн)\w{2,3}\sНов\w{2,3}\sгод\w{0,2}", "lunar:01-01"),
        (r"Хогманай\w{0,2}", "12-31"),
        # New Year's morning or day ("В новогоднее утро").
        (r"новогодн\w{2,3}\s(?:утр\w{1,2}|д(?:ень|ня|нём))", "01-01"),
    ),
    "tr": (
        (r"yılbaşı\sgece\w{0,5}", "12-31"),
        (r"yılbaşı(?:nda|ndan|na|nı)?", "01-01"),
        (r"Anneler\sGünü\w{0,4}", "nth:05:2:6"),
        (r"Babalar\sGünü\w{0,4}", "nth:06:3:6"),
        (r"Cumhuriyet\sBayramı\w{0,4}", "10-29"),
        (r"Zafer\sBayramı\w{0,4}", "08-30"),
        (r"Emek\s(?:ve\sDayanışma\s)?Günü\w{0,4}", "05-01"),
        (r"Noel\w{0,4}", "12-25"),
        (r"Sevgililer\sGünü\w{0,4}", "02-14"),
    ),
    "pl": (
        (r"Wigili[aęi]", "12-24"),
        (r"noc\w?\ssylwestrow\w{1,3}|sylwestrow\w{1,3}\s(?:noc\w{0,2}|wiecz[óo]r\w{0,2}|wieczorem)", "12-31"),
        # The holiday is "Nowy Rok", "Nowego Roku"; "w Nowym Roku", "nowego roku" are the year (RELATIVE_WORDS)
        (r"(?-i:Now(?:y\sRok|ego\sRoku))", "01-01"),
        (r"Boże(?:go)?\sNarodzeni[ae]", "12-25"),
        (r"Wielkanoc\w{0,2}", "easter+0"),
        (r"Wielk\w{1,2}\sSobot\w{1,2}", "easter-1"),
        (r"Wielki\w{0,2}\sPiąt\w{1,3}", "easter-2"),
        (r"Wielki\w{0,2}\sCzwart\w{1,3}", "easter-3"),
        # Epiphany ("w święto Trzech Króli").
        (r"(?:święt\w{1,3}\s)?Trzech\sKróli", "01-06"),
        (r"Dzie[ńn]\w{0,2}\sMatki", "05-26"),
        (r"Dzie[ńn]\w{0,2}\sDziecka", "06-01"),
        (r"Święt\w{1,2}\sNiepodległości", "11-11"),
        (r"Boże(?:go)?\sCiał[ao]", "easter+60"),
        (r"Święt\w{1,2}\sPracy", "05-01"),
        # Also a man's given name: not before a capitalised word, the name's surname ("Sylwester Kowalski").
        (r"Sylwest(?:er|ra|rze|rem)(?!\s{1,2}(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))", "12-31"),
    ),
    "zh": (
        (r"平安夜", "12-24"),
        (r"圣诞节|聖誕節", "12-25"),
        (r"节礼日|節禮日", "12-26"),
        (r"元旦", "01-01"),
        (r"情人节|情人節", "02-14"),
        (r"除夕", "lunar:01-01-1"),
        (r"春节|春節|农历新年|農曆新年", "lunar:01-01"),
        (r"元宵节|元宵節", "lunar:01-15"),
        (r"端午节|端午節", "lunar:05-05"),
        (r"中秋节|中秋節", "lunar:08-15"),
        (r"国庆节|國慶節", "10-01"),
        (r"劳动节|勞動節", "05-01"),
    ),
    "ar": (
        # "عيد الميلاد" alone is also a birthday: Christmas with its epithet or its eve only
        (r"(?:عشية|ليلة)\sعيد\sالميلاد(?:\sالمجيد)?", "12-24"),
        (r"عيد\sالميلاد\sالمجيد", "12-25"),
        (r"ليلة\sرأس\sالسنة(?:\sالميلادية)?", "12-31"),
        (r"عيد\sالعمال", "05-01"),
        (r"عيد\sالحب", "02-14"),
        (r"يوم\sالمرأة\sالعالمي|اليوم\sالعالمي\sللمرأة", "03-08"),
        # Egypt's spring festival, the Monday after the Coptic (Orthodox) Easter.
        (r"شم\sالنسيم", "orthodox-easter+1"),
    ),
    "it": (
        (r"vigilia di Natale", "12-24"),
        (r"vigilia di Capodanno|notte di Capodanno|notte di San Silvestro|San Silvestro", "12-31"),
        (r"giorno di Capodanno", "01-01"),
        (r"Epifania|(?:giorno|festa)\sdella\sBefana", "01-06"),
        (r"Pasquetta|lunedì dell['’]Angelo", "easter+1"),
        (r"Venerdì Santo", "easter-2"),
        (r"San Valentino", "02-14"),
        (r"Pentecoste", "easter+49"),
        (r"Festa della mamma", "nth:05:2:6"),
        (r"Festa della Repubblica", "06-02"),
        (r"Festa della Liberazione", "04-25"),
        (r"Ferragosto", "08-15"),
        (r"Capodanno (?:cinese|lunare)", "lunar:01-01"),
        (r"Capodanno", "01-01"),
        (r"Natale", "12-25"),
        (r"Pasqua", "easter+0"),
    ),
}
#: A span of weekdays, a weekly habit ("du lundi au vendredi", "Monday through Friday", "von Montag bis
#: Freitag", "de lunes a viernes", "dal lunedì al venerdì"): the words between its two weekdays.
WEEKDAY_SPANS: dict[str, str] = {
    "en": r"\s(?:to|through|thru|-|–)\s",
    "fr": r"\sau\s",
    "de": r"\sbis\s",
    "es": r"\sa\s",
    "it": r"\s(?:al|a)\s",
}

#: Months counted back ("seven months ago", "il y a sept mois"): the whole month they point to, as "about ten
#: years ago" is the whole year.
MONTHS_AGO: dict[str, str] = {
    "en": r"\b[\w-]+\smonths?\sago\b",
    "fr": r"\bil\sy\sa\s(?:environ\s|près\sde\s)?[\w-]+\smois\b",
    "es": r"\bhace\s(?:unos\s|casi\s)?[\w-]+\smes(?:es)?\b",
    "de": r"\bvor\s(?:etwa\s|rund\s)?[\w-]+\sMonat(?:en)?\b",
    "it": r"\b[\w-]+\smes[ei]\sfa\b",
    "ru": r"(?:\b[\w-]+\s)?месяц\w{0,2}\sназад",
    "tr": r"\b[\w-]+\say\sönce\b",
}

#: A decade ("the 2010s", "les années 90", "die 1980er Jahre", "la década de 2010", "gli anni '70", "2010 年代"):
#: group ``d`` its digits, four ("2010") or two ("90", the 1900s).
DECADES: dict[str, str] = {
    "en": r"(?:the\s)?(?:(?P<d>(?:19|20)\d0)s|['’](?P<d2>\d0)s)",
    "fr": r"(?:les\s)?années\s(?:(?P<d>(?:19|20)\d0)|['’]?(?P<d2>\d0))(?!\d)",
    "de": r"(?:(?:in\s)?die\s|(?:in\s)?den\s)?(?:(?P<d>(?:19|20)\d0)|(?P<d2>\d0))-?er(?:\sJahren?)?",
    "es": r"(?:la\s)?década\sde(?:\slos)?\s(?:(?P<d>(?:19|20)\d0)|(?P<d2>\d0))(?!\d)"
    r"|(?:los\s)?años\s(?:(?P<d3>(?:19|20)\d0)|['’]?(?P<d4>\d0))(?!\d)",
    "it": r"(?:gli\s|negli\s|degli\s)?anni\s(?:(?P<d>(?:19|20)\d0)|['’]?(?P<d2>\d0))(?!\d)",
    "zh": r"(?:(?P<d>(?:19|20)\d0)|(?:(?:20|二十)\s?世纪\s?|上世纪\s?)?(?P<d2>[1-9]0))\s?年代",
    # "1990'larda", "90'lı yıllarda"
    "tr": r"(?:(?P<d>(?:19|20)\d0)|(?P<d2>[1-9]0))['’](?:l[ae]r\w{0,4}|l[ıi]\syıllar\w{0,4})",
    "ru": r"(?:в\s)?(?:(?P<d>(?:19|20)\d0)|(?P<d2>[1-9]0))-(?:х|е|ых|ые)(?:\sгод\w{0,3})?",
    "pl": r"(?:w\s)?lat(?:ach|a)\s(?:(?P<d>(?:19|20)\d0)|(?P<d2>\d0))\.?",
}

#: Days or weeks counted from the reference date that the parser misreads, with the way they count (-1: ago,
#: 1: ahead): groups ``n`` (digits or a word of :data:`NUMBER_WORDS`) and ``unit`` (a noun of
#: :data:`ROLLING_UNITS`).
FROM_NOW: dict[str, tuple[tuple[str, int], ...]] = {
    "zh": (
        (r"(?<!\d)(?P<n>\d{1,3}|[一二两三四五六七八九十])\s?个?\s?(?P<unit>天|周|星期|月|年)\s?前", -1),
        # Weeks, months and years "后" (later) count from an event far more often than from now ("四年后").
        (r"(?<!\d)(?P<n>\d{1,3}|[一二两三四五六七八九十])\s?(?P<unit>天)\s?后", 1),
    ),
    "es": (
        (r"dentro\sde\s(?P<n>\d{1,3}|[a-z]{3,6})\s(?P<unit>días|semanas)", 1),
        # About N years ago ("hace unos diez años"): the parser reads none with "unos"; the guideline counts "About ten
        # years ago" as the year it points to.
        (
            r"hace\s(?:unos|unas|casi|cerca\sde|más\sde|alrededor\sde)\s(?P<n>\d{1,3}|[a-z]{3,6})\s(?P<unit>años|meses)",
            -1,
        ),
    ),
    "fr": ((r"il\sy\sa\s(?:environ|près\sde|plus\sde|presque)\s(?P<n>\d{1,3}|[a-z]{3,6})\s(?P<unit>ans|mois)", -1),),
    "de": (
        (r"vor\s(?:rund|etwa|knapp|gut|fast|über|ungefähr)\s(?P<n>\d{1,3}|[a-zä]{3,6})\s(?P<unit>Jahren|Monaten)", -1),
    ),
    # "قبل 32 عاما", "منذ نحو 32 عام": from eleven on the noun is singular (عاما, شهرا, يوما), which the parser
    # does not read; "منذ" with a count is "ago" as "قبل" is.
    "ar": (
        (
            r"(?:قبل|منذ)\s(?:(?:نحو|حوالي|حوالى|قرابة|زهاء)\s)?(?P<n>\d{1,3}|[\u0621-\u064a]{3,7})\s"
            r"(?P<unit>أيام|أسابيع|أشهر|شهور|أعوام|سنوات|يوما|يومًا|أسبوعا|أسبوعًا|شهرا|شهرًا|عاما|عامًا|عام|سنة)",
            -1,
        ),
    ),
}

#: The words that make two dates one range ("from 26 December to 1 January", "с 26 декабря по 1 января", "od 1 do
#: 3 marca"): the word before the first date and the word between the two.
RANGE_WORDS: dict[str, tuple[str, str]] = {
    "en": (r"from", r"to|until|through|till"),
    "fr": (r"du|de", r"au|à|jusqu['’]au"),
    "de": (r"vom|von", r"bis(?:\s(?:zum|am))?"),
    "es": (r"del|desde\sel|de", r"al|hasta\sel"),
    "it": (r"dal|da", r"al|a"),
    "ru": (r"с|со", r"по|до"),
    "pl": (r"od", r"do"),
    "ar": (r"من", r"إلى|الى|إلي|حتى"),
    # Chinese may write no word before the first date ("1月至3月").
    "zh": (r"从|自", r"至|到|~|－|-"),
}

#: "Of last year" right after a month or day written without its year ("a maggio dell'anno scorso", "в мае прошлого
#: года"): the year before the reference date's.
LAST_YEAR_AFTER: dict[str, str] = {
    "en": r"of\slast\syear",
    "fr": r"de\sl['’]année\s(?:dernière|passée)|de\sl['’]an\sdernier",
    "es": r"del\saño\spasado|del\spasado\saño",
    "it": r"dell['’]anno\sscorso|dello\sscorso\sanno",
    "de": r"(?:des\s)?(?:letzten|vergangenen)\sJahres|des\sVorjahres",
    "ru": r"прошлого\sгода",
    "pl": r"(?:ubiegłego|zeszłego|poprzedniego)\sroku",
    "ar": r"من\s(?:ال)?عام\s(?:الماضي|المنصرم|السابق)|من\sالسنة\s(?:الماضية|المنصرمة|السابقة)",
}
#: "The same day (or month) last year" ("the same day last year", "am gleichen Tag des Vorjahres", "geçen yılın
#: aynı gününe"): the reference date's day or month a year before. Group ``unit`` names the day or the month.
SAME_DAY_LAST_YEAR: dict[str, str] = {
    "en": r"(?:the\s)?same\s(?P<unit>day|month)\s(?:of\s|as\s)?last\syear",
    "fr": r"(?:le\s)?même\s(?P<unit>jour|mois)\s(?:de\s)?l['’](?:année\s(?:dernière|passée)|an\s(?:dernier|passé))",
    "de": r"(?:(?:am|im|vom|dem)\s)?(?:gleichen|selben)\s(?P<unit>Tag|Monat)\s(?:des\sVorjahres|"
    r"(?:des\s)?(?:letzten|vergangenen)\sJahres)",
    "es": r"(?:el\s)?mismo\s(?P<unit>día|mes)\sdel\s(?:año\s(?:pasado|anterior)|pasado\saño)",
    "it": r"(?:lo\s)?stesso\s(?P<unit>giorno|mese)\sdell['’]anno\s(?:scorso|precedente|passato)",
    "ru": r"(?:в\s)?(?:тот\sже|том\sже|тем\sже)\s(?P<unit>день|днём|днем|месяц|месяце|месяцем)\sпрошлого\sгода",
    "ar": r"و?[بل]?(?:نفس|ذات)\s(?P<unit>اليوم|الشهر)\sمن\s(?:العام\sالماضي|السنة\sالماضية)",
    "tr": r"geçen\syılın\saynı\s(?P<unit>gün|ay)(?:ü|ı|üne|ına|ünde|ında|ün|ın)?",
}
#: The words of :data:`SAME_DAY_LAST_YEAR` that name a month, not a day.
SAME_MONTH_UNITS = frozenset(["month", "mois", "monat", "mes", "mese", "месяц", "месяце", "месяцем", "الشهر", "ay"])

#: "Of next year" right after a month or day written without its year ("en enero del próximo año"): the year after
#: the reference date's.
NEXT_YEAR_AFTER: dict[str, str] = {
    "en": r"of\snext\syear",
    "fr": r"de\sl['’]année\sprochaine|de\sl['’]an\sprochain",
    "es": r"del\s(?:próximo|proximo)\saño|del\saño\s(?:próximo|proximo|que\sviene|entrante)",
    "it": r"dell['’]anno\sprossimo|del\sprossimo\sanno",
    "de": r"(?:des\s)?(?:nächsten|kommenden)\sJahres",
    "ru": r"следующего\sгода|будущего\sгода",
    "pl": r"(?:przyszłego|następnego)\sroku",
    "ar": r"من\s(?:ال)?عام\s(?:المقبل|القادم)|من\sالسنة\s(?:المقبلة|القادمة)",
}

#: Words right before a weekday that look ahead to it ("until Friday", "jusqu'à vendredi", "bis Freitag").
UNTIL_WORDS: dict[str, str] = {
    "en": r"until|till|through",
    # and "from ... on", which looks ahead as much ("a partir del lunes", "à partir de lundi").
    "fr": r"jusqu['’]à|jusqu['’]au|à\spartir\sde",
    # Austrian "mit Montag" is "ab Montag" (from Monday on), only right before a weekday (_UNTIL_REACH).
    "de": r"bis(?:\s(?:zum|am))?|ab|mit",
    "es": r"hasta(?:\s(?:el|este))?|a\spartir\sdel?(?:\s(?:próximo|este))?",
    "it": r"fino\sa(?:l)?|a\spartire\sda",
    "pl": r"do",
    "ar": r"حتى|لغاية",
    "ru": r"до",
}

#: "Until" before a month ("jusqu'en septembre", "bis September", "hasta mayo", "do marca"): the coming month.
UNTIL_MONTH_WORDS: dict[str, str] = {
    "en": r"until|till",
    "fr": r"jusqu['’](?:en|à|au)",
    "de": r"bis",
    "es": r"hasta",
    "it": r"fino\sa|fino\sad",
    "pl": r"do",
    "ru": r"до",
    "ar": r"حتى",
}

#: Months abbreviated after a day, as news agencies' datelines write them ("MILANO, 30 dic (Reuters)", "МОСКВА, 30
#: дек"), January first, where the parser reads none; French and German ones it reads ("30 déc", "30. Dez").
MONTH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept?", "oct", "nov", "dic"),
    "pl": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    "ru": ("янв", "фев", "мар", "апр", "ма[йя]", "июн", "июл", "авг", "сент?", "окт", "ноя", "дек"),
    "tr": ("oca", "şub", "mar", "nis", "may", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara"),
}

#: Russian months in any case ("в марте", "в мае 2019 года", "по сравнению с ноябрём 2018 года"), January first, each
#: stem with its endings.
RUSSIAN_MONTHS = (
    "январ(?:[ьяею]|[её]м)",
    "феврал(?:[ьяею]|[её]м)",
    "март(?:[ауе]|ом)?",
    "апрел(?:[ьяею]|[её]м)",
    "ма(?:[йяею]|ем)",
    "июн(?:[ьяею]|[её]м)",
    "июл(?:[ьяею]|[её]м)",
    "август(?:[ауе]|ом)?",
    "сентябр(?:[ьяею]|[её]м)",
    "октябр(?:[ьяею]|[её]м)",
    "ноябр(?:[ьяею]|[её]м)",
    "декабр(?:[ьяею]|[её]м)",
)

#: An ordinal week of a month ("the third week of December", "la tercera semana de diciembre"): group ``ord`` the
#: ordinal, a key of :data:`WEEK_ORDINALS`.
ORDINAL_WEEKS: dict[str, str] = {
    "en": r"(?P<ord>first|second|third|fourth|fifth)\sweek\s(?:of|in)\s",
    "fr": r"(?P<ord>première|deuxième|seconde|troisième|quatrième|cinquième)\ssemaine\s(?:de|d['’]|du)\s?",
    "es": r"(?P<ord>primera|segunda|tercera|cuarta|quinta)\ssemana\s(?:de|del)\s",
    "it": r"(?P<ord>prima|seconda|terza|quarta|quinta)\ssettimana\s(?:di|del|dello|della)\s",
}
#: The ordinals of :data:`ORDINAL_WEEKS`: the week's rank in its month. "The last week" stays as the parser reads it.
WEEK_ORDINALS: dict[str, int] = {
    **dict.fromkeys(["first", "première", "primera", "prima"], 1),
    **dict.fromkeys(["second", "deuxième", "seconde", "segunda", "seconda"], 2),
    **dict.fromkeys(["third", "troisième", "tercera", "terza"], 3),
    **dict.fromkeys(["fourth", "quatrième", "cuarta", "quarta"], 4),
    **dict.fromkeys(["fifth", "cinquième", "quinta"], 5),
}

#: Turkish months with a case ending written onto them, with no apostrophe ("Ağustosta", "haziran ve temmuzda",
#: "31 Martta"), January first. The locative and the ablative only: the dative needs the "kadar" the parser reads.
TURKISH_CASED_MONTHS = (
    "ocak(?:ta|tan)",
    "şubat(?:ta|tan)",
    "mart(?:ta|tan)",
    "nisan(?:da|dan)",
    "mayıs(?:ta|tan)",
    "haziran(?:da|dan)",
    "temmuz(?:da|dan)",
    "ağustos(?:ta|tan)",
    "eylül(?:de|den)",
    "ekim(?:de|den)",
    "kasım(?:da|dan)",
    "aralık(?:ta|tan)",
)
#: The Turkish months of :data:`TURKISH_CASED_MONTHS` (by index) that are also common nouns (a quarry, the sowing,
#: an interval: "ocakta", "ekimde", "aralıkta"): read as months only capitalised or after a day's number.
TURKISH_NOUN_MONTHS = frozenset([0, 9, 11])

#: Arabic decades by their word ("التسعينيات": the nineties), the twenties to the nineties in order.
ARABIC_DECADES = (r"عشرين", r"ثلاثين", r"[أا]ربعين", r"خمسين", r"ستين", r"سبعين", r"ثمانين", r"تسعين")

#: A year then its month, in the languages that write them so ("2014 yılı Ekim ayında": in October 2014), the
#: twelve months' names in order.
YEAR_FIRST_MONTHS: dict[str, tuple[str, ...]] = {
    "tr": (
        "ocak",
        "[şs]ubat",
        "mart",
        "nisan",
        "may[ıi]s",
        "haziran",
        "temmuz",
        "a[ğg]ustos",
        "eyl[üu]l",
        "ekim",
        "kas[ıi]m",
        "aral[ıi]k",
    ),
}
#: What stands between such a year and its month ("2014 yılı ", "2019 yılının ", "2020'nin ").
#: Only the genitive may end the year ("2020'nin Mart ayı"); "2019'dan Nisan 2020'ye" runs from one month to another.
YEAR_FIRST_GAP: dict[str, str] = {"tr": r"(?:['’]n?[ıiuü]n)?\s(?:yıl[ıi](?:n[ıi]n)?\s)?"}

#: Relative days, months and years the parser does not read, with the unit and how many of them from the reference
#: date ("anoche": last night, the day before; "el año anterior": the year before); "year so far" runs from the
#: year's first day to the reference date.
RELATIVE_WORDS: dict[str, tuple[tuple[str, str, int], ...]] = {
    # "so far" units run from the start of the year to the reference date ("en lo que va del año", "since the start
    # of the year", "earlier this year").
    "en": (
        (
            r"earlier\sthis\syear|so\sfar\sthis\syear|this\syear\sso\sfar|since\sthe\s(?:start|beginning)\sof\s"
            r"(?:the|this)\syear|year[\s-]to[\s-]date",
            "year so far",
            0,
        ),
        # The end of the month under way: its last third, as for a month named ("fin janvier").
        (r"(?:by\s|at\s|until\s)?the\send\sof\s(?:the|this)\smonth", "month end", 0),
    ),
    "es": (
        (
            r"en\slo\sque\sva\sde(?:l)?\saño|desde\s(?:el\s)?(?:inicio|comienzo|principio)\sde(?:l)?\saño",
            "year so far",
            0,
        ),
        (r"anteanoche", "day", -2),
        (r"anoche", "day", -1),
        (r"(?:el\s)?año\santerior", "year", -1),
        (r"(?:el\s)?año\sentrante", "year", 1),
        # "el año nuevo", "este nuevo año": the year it opens ("Año Nuevo" is its first day)
        (r"(?:el|este|un)\s(?-i:año\snuevo)|(?:el|este)\snuevo\saño", "new year", 0),
        # The year or month under way ("en el año en curso", "el presente año").
        (r"(?:el\s)?año\sen\scurso|(?:el\s)?presente\saño", "year", 0),
        (r"(?:el\s)?mes\sen\scurso", "month", 0),
        (r"(?:a\s)?(?:finales|fines|final)\sde(?:l|\seste)?\smes", "month end", 0),
    ),
    "fr": (
        (r"l['’]année\sen\scours", "year", 0),
        (r"(?:le\s)?mois\sen\scours", "month", 0),
        (r"plus\stôt\scette\sannée|depuis\sle\sdébut\sde\s(?:l['’]année|cette\sannée)", "year so far", 0),
        (r"(?:à\s|d['’]ici\s)?la\sfin\sdu\smois|fin\sdu\smois", "month end", 0),
        (r"il\sy\sa\s(?:environ\s)?une\sdizaine\sd['’]années", "year", -10),
    ),
    "pl": (
        (r"za\strzy\sdni", "day", 3),
        (r"za\sdwa\sdni", "day", 2),
        (r"na\s(?:ten|bieżący)\srok|(?:w\s)?mijającym\sroku|mijający\srok", "year", 0),
        (r"na\sprzyszły\srok", "year", 1),
        (r"od\spoczątku\s(?:tego\s|bieżącego\s)?roku", "year so far", 0),
        (r"(?:ostatniej|zeszłej|minionej|ubiegłej)\snocy", "day", -1),
        (r"przed\stygodniem", "day", -7),
        (r"przed\srokiem", "year", -1),
        # "In the New Year" and "of the new year" are the year it opens; "Nowy Rok" is its first day (HOLIDAYS)
        (r"(?:w\s)?(?:tym\s)?Nowym\sRoku|(?:rozpoczynającego\ssię\s)?(?-i:nowego\sroku)|w\snowym\sroku", "new year", 0),
        (r"przed\smiesiącem", "month", -1),
        # Counted back in the instrumental ("przed dwoma laty": two years ago)
        (r"przed\sdwoma\s(?:laty|latami)", "year", -2),
        (r"przed\strzema\s(?:laty|latami)", "year", -3),
        (r"przed\sczterema\s(?:laty|latami)", "year", -4),
        (r"przed\spięcioma\s(?:laty|latami)", "year", -5),
        (r"przed\sdziesięcioma\s(?:laty|latami)", "year", -10),
        (r"przed\sdwoma\stygodniami", "day", -14),
        (r"przed\sdwoma\smiesiącami", "month", -2),
        # A month or week in the genitive ("na początku przyszłego miesiąca"): its part, if any, is read after.
        (r"(?:ubiegłego|zeszłego|poprzedniego)\smiesiąca", "month", -1),
        (r"przyszłego\smiesiąca", "month", 1),
        (r"(?:tego|bieżącego)\smiesiąca", "month", 0),
        (r"(?:ubiegłego|zeszłego|poprzedniego)\stygodnia", "week", -1),
        (r"przyszłego\stygodnia", "week", 1),
        (r"ten\smiesiąc", "month", 0),
        (r"ten\stydzień", "week", 0),
        # This year's, last year's, next year's ("tegoroczne decyzje", "zeszłoroczny budżet").
        (r"tegoroczn\w{1,3}", "year", 0),
        (r"(?:zeszło|ubiegło)roczn\w{1,3}", "year", -1),
        (r"przyszłoroczn\w{1,3}", "year", 1),
        # Yesterday's, today's, tomorrow's ("wczorajszy mecz", "dzisiejszych notowań"), in any case.
        (r"przedwczorajsz\w{1,3}", "day", -2),
        (r"wczorajsz\w{1,3}", "day", -1),
        (r"dzisiejsz\w{1,3}", "day", 0),
        (r"jutrzejsz\w{1,3}", "day", 1),
        (r"pojutrzejsz\w{1,3}", "day", 2),
    ),
    "de": (
        (
            r"seit\s(?:Jahresbeginn|Jahresanfang|Anfang\s(?:des|dieses)\sJahres|Beginn\s(?:des|dieses)\sJahres)",
            "year so far",
            0,
        ),
        # A part of a day after its day ("heute Morgen", "gestern Abend"): "Morgen" is the morning, not tomorrow.
        (r"heute\s(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)", "day", 0),
        (r"gestern\s(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)", "day", -1),
        (r"vorgestern\s(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)", "day", -2),
        (r"morgen\s(?:früh|Vormittag|Mittag|Nachmittag|Abend)", "day", 1),
        (r"(?:in\s)?diesem\sJahr|(?:im\s)?laufenden\sJahr|des\slaufenden\sJahres|heuer", "year", 0),
        (r"seit\s(?:dem\s)?(?:letzten|vergangenen|letztem|vergangenem)\sJahr", "year", -1),
        # The parser reads "im kommenden Jahr" as the reference date's own year
        (r"(?:im\s)?kommenden\sJahr|kommendes\sJahr", "year", 1),
        (r"(?:in\s)?diesem\sMonat|(?:im\s)?laufenden\sMonat|des\slaufenden\sMonats", "month", 0),
        (r"(?:bis\s)?Ende\s(?:des|dieses)\sMonats", "month end", 0),
        (r"(?:seit\s)?Anfang\s(?:des|dieses)\sMonats", "month start", 0),
        # Yesterday's and tomorrow's ("bei der gestrigen Sitzung"); not "heutig", which is as often "present-day".
        (r"vorgestrig\w{1,2}", "day", -2),
        (r"gestrig\w{1,2}", "day", -1),
        (r"morgig\w{1,2}", "day", 1),
        (r"übermorgig\w{1,2}", "day", 2),
    ),
    # "The new year" is the one a December reference date is about to open, else the reference date's own.
    "it": (
        (r"nel\snuovo\sanno", "new year", 0),
        (r"(?:nel)?l['’]anno\sin\scorso", "year", 0),
        (r"(?:nel\s|il\s)?mese\sin\scorso", "month", 0),
        (r"dopodomani", "day", 2),
        (r"stamattina|stamani|stasera|stanotte|quest[oa]\s(?:pomeriggio|mattina|sera|notte)", "day", 0),
        (r"(?:alla\s|entro\sla\s)?fine\sdel\smese", "month end", 0),
        (r"dall['’]inizio\sdell['’]anno|da\sinizio\sanno", "year so far", 0),
    ),
    "tr": (
        (r"önce\s?ki\sgün|evvel(?:s|k)i\sgün", "day", -2),
        (r"öbür\sgün|yarından\ssonra", "day", 2),
        (r"yıl\s?başından\s(?:bu\syana|beri|itibaren)", "year so far", 0),
        # Today, tomorrow and yesterday with a case ending, which the parser does not read ("yarından itibaren":
        # from tomorrow on; "bugünden başlayarak": starting today).
        # Not "bugüne kadar": so far, no day.
        (r"bugün(?:den|de|kü|ün)", "day", 0),
        # Not after an ordinal: "ikinci yarının" is the second half's ("yarı", half), no tomorrow.
        (r"(?<!ilk\s)(?<!son\s)(?<!ikinci\s)(?<!birinci\s)yarın(?:dan|a|da|ki|ın)", "day", 1),
        (r"dün(?:den|e|de|kü|ün)", "day", -1),
        # The end of the month under way ("ay sonunda"): its last third
        (r"(?:bu\s)?ay(?:ın)?\s(?:sonunda|sonuna\skadar|sonu)", "month end", 0),
    ),
    "zh": (
        (r"本月|这个月", "month", 0),
        (r"上个月|上月", "month", -1),
        (r"下个月|下月", "month", 1),
        # Not "本周五" (this week's Friday) nor "本周末" (this weekend).
        (r"(?:本周|这周|这个星期|本星期)(?![一二三四五六日天末])", "week", 0),
        (r"今晨|今早|今天早上|今晚|今夜|今天晚上", "day", 0),
        (r"昨晚|昨夜|昨天晚上|昨日", "day", -1),
        (r"大前天", "day", -3),
        (r"前年", "year", -2),
    ),
    "ru": (
        (r"на\s(?:этой\s)?неделе", "week", 0),
        # A week in the genitive ("в начале этой недели", "до конца следующей недели")
        (r"(?:этой|текущей)\sнедели", "week", 0),
        (r"(?:прошлой|минувшей|предыдущей)\sнедели", "week", -1),
        (r"следующей\sнедели", "week", 1),
        # This year and month, which the parser does not read ("в этом году", "текущего года").
        (r"(?:в\s)?(?:этом|текущем|нынешнем)\sгоду|(?:этого|текущего|нынешнего)\sгода", "year", 0),
        (r"(?:в\s)?(?:этом|текущем)\sмесяце|(?:этого|текущего)\sмесяца", "month", 0),
        (r"(?:в\s)?будущем\sгоду", "year", 1),
        (r"послезавтра", "day", 2),
        (r"(?:в|к)\sконц[еу]\s(?:этого\s|текущего\s)?месяца", "month end", 0),
        (r"с\sначала\s(?:этого\s|текущего\s)?года", "year so far", 0),
        # Yesterday's, today's, tomorrow's ("за вчерашний плохой пример"), in any case.
        (r"позавчерашн\w{2,3}", "day", -2),
        (r"вчерашн\w{2,3}", "day", -1),
        (r"сегодняшн\w{2,3}", "day", 0),
        (r"завтрашн\w{2,3}", "day", 1),
        (r"послезавтрашн\w{2,3}", "day", 2),
        # Last year's ("менее половины прошлогодних сделок").
        (r"прошлогодн\w{2,3}", "year", -1),
    ),
    "ar": (
        # Two days ago, which the parser does not read ("قبل يومين", "منذ يومين").
        (r"(?:قبل|منذ)\sيومين|أول\sأمس|اول\sامس|أمس\sالأول", "day", -2),
        (r"بعد\sغد", "day", 2),
        # Egyptian colloquial today, yesterday, tomorrow, in quoted speech ("النهاردة هروقك").
        (r"النهاردة|النهارده|إنهارده", "day", 0),
        (r"إمبارح|امبارح", "day", -1),
        (r"قبل\s(?:عام|سنة)(?!\s?\d|ين)", "year", -1),
        (r"قبل\sشهر(?!\s?\d|ين)", "month", -1),
        (r"قبل\sأسبوع(?!ين)", "day", -7),
        (r"(?:قبل|منذ)\s(?:أسبوعين|اسبوعين)", "day", -14),
        (r"قبل\sشهرين", "month", -2),
        (r"(?:قبل|منذ)\s(?:عامين|سنتين)", "year", -2),
        # The end of the month under way: its last third ("في نهاية الشهر الجاري")
        (r"(?:(?:في|حتى|مع|قبل)\s)?(?:نهاية|أواخر)\s(?:هذا\s)?الشهر(?:\s(?:الجاري|الحالي))?", "month end", 0),
        (r"منذ\s(?:بداية|مطلع)\s(?:العام|السنة)(?:\s(?:الجاري|الحالي))?", "year so far", 0),
        # The year, month or week under way ("العام الجاري", "الشهر الجاري").
        (r"(?:خلال\s)?(?:العام|السنة)\s(?:الجاري|الجارية)", "year", 0),
        (r"(?:خلال\s)?الشهر\sالجاري", "month", 0),
        (r"(?:خلال\s)?الأسبوع\sالجاري", "week", 0),
    ),
}
#: "Last year" right before a day or month written without its year ("geçen yıl 21 Ağustos'ta", "l'an dernier,
#: en mars"): the year before the reference date's.
LAST_YEAR_LEADS: dict[str, str] = {
    "en": r"last\syear",
    "fr": r"l['’]an\sdernier|l['’]année\sdernière",
    "de": r"(?:im\s)?(?:letzten|vergangenen)\sJahr|letztes\sJahr|vergangenes\sJahr|im\sVorjahr",
    "es": r"el\saño\spasado|el\spasado\saño",
    "it": r"l['’]anno\sscorso|lo\sscorso\sanno",
    "tr": r"geçen\syıl(?:ın)?",
}

#: What the parser reads as a date but the news means no calendar day by, per language: a part of a day alone
#: ("la matinée", "por la tarde"), and months or years counted from now ("in 10 years", "en cinco años",
#: "within a year", "3 ay içinde"), which tell a length of time ("the highest in 10 years") far more often
#: than a day.
NO_DATES: dict[str, str] = {
    "en": r"(?:with)?in\s(?:the\s(?:next|coming)\s)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\sfew|several|\d{1,3})\s(?:months?|years?|decades?)"
    # Days to years with no number ("over the past few years", "in the coming days", "a few weeks ago"): vague.
    r"|(?:(?:over|in|during|for|within)\s)?(?:the\s)?(?:past|last|next|coming|recent|previous|following)\s"
    r"(?:few\s|several\s|many\s)?(?:days|weeks|months|years)"
    r"|(?:a\sfew|several|many|some)\s(?:days|weeks|months|years)\s(?:ago|earlier|later|before|after)"
    # Days after an event or a run of days ("after two days of gains"), not from now.
    r"|after\s(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s(?:days?|weeks?)",
    "fr": r"(?:dans|en|pendant|durant)?\s?(?:la\s|le\s|l['’])?(?:matinée|soirée|après-midi|matin|soir|nuit)"
    # Days counted from an event with no number are vague ("quelques jours avant").
    r"|(?:quelques\s)?(?:jours|semaines|mois)\s(?:avant|après|plus\stard)"
    r"|(?:dans|en)\s(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|\d{1,3})\s(?:mois|ans?|années?)",
    "es": r"(?:por|en|durante)\s(?:la\s)?(?:mañana|tarde|noche)"
    # A clock time alone ("a las 5 de la tarde", "desde las siete de la mañana").
    r"|(?:(?:a|desde|hasta)\s)?las?\s(?:\d{1,2}(?:[:.]\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|"
    r"doce)"
    r"(?:\s(?:de\sla\s(?:mañana|tarde|noche)|horas|hrs?))?"
    r"|en\s(?:los\s(?:próximos|últimos)\s)?(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos\spocos|"
    r"\d{1,3})\s(?:mes(?:es)?|años?|décadas?)"
    r"|(?:en\s)?(?:los|las)\s(?:últimos|últimas|próximos|próximas)\s(?:días|semanas|meses|años)",
    "de": r"(?:am\s(?:frühen\s|späten\s)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)|in\sder\sNacht)"
    r"|(?:in|innerhalb|binnen)\s(?:von\s)?(?:einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    r"wenigen|\d{1,3})\s(?:Monat(?:en)?|Jahr(?:en)?|Jahrzehnten?)"
    r"|(?:in\s)?(?:den\s)?(?:letzten|vergangenen|kommenden|nächsten|folgenden)\s(?:Tagen|Wochen|Monaten|Jahren)"
    # Years in the plural, with no number ("Fotos der vergangenen Jahre"): vague; "des vergangenen Jahres" is one
    r"|(?:(?:der|die)\s)?(?:letzten|vergangenen|kommenden|nächsten)\sJahre(?!\w)",
    "it": r"(?:in|nella|nel)\s(?:mattinata|serata|pomeriggio|notte)"
    r"|(?:tra|fra|entro|in)\s(?:un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|pochi|\d{1,3})\s"
    r"(?:mesi|mese|anni|anno)"
    r"|(?:nei|negli|nelle)?\s?(?:prossimi|prossime|ultimi|ultime)\s(?:giorni|settimane|mesi|anni)"
    # Days after an event or a run of days ("dopo due giorni di rialzo"), not from now; "durante l'anno": no day.
    r"|dopo\s(?:un|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d{1,3})\s(?:giorn[oi]|settiman[ae])"
    r"|durante\sl['’]anno",
    # A count of weeks or months with no number ("несколько недель назад": a few weeks ago).
    "ru": r"(?:несколько\s)?(?:дней|недель|месяцев|лет)\sназад"
    # A length of time with no "last" ("В течение шести месяцев люди протестовали").
    r"|в\sтечение\s(?:\d{1,3}|[а-яё]{3,12})\s(?:дней|дня|недель|недели|месяцев|месяца|лет|года)"
    # A clock time with its part of the day ("около 1:10 утра").
    r"|(?:около\s)?\d{1,2}(?::\d\d)?\s(?:утра|вечера|дня|ночи)",
    # Days to years counted from an event ("Sönmez, 3 gün sonra yoğun bakımdan çıkarıldı": three days after
    # his admission; "3-5 gün sonra"), or a length of time ("3 ay içinde").
    "tr": r"(?:(?:yaklaşık|en\sgeç|en\saz)\s)?(?:\d{1,3}(?:\s?-\s?\d{1,3})?|bir|iki|üç|birkaç|bir\skaç)\s"
    r"(?:gün|hafta|ay|yıl)\s(?:içinde|içerisinde|sonra)"
    r"|sonra\s\d{1,3}\s(?:ay|yıl)"
    # Clock times from one to another ("saat 11.00 - 15.00 arasında"), no day.
    r"|(?:saat\s)?\d{1,2}[.:]\d\d\s?[-–]\s?\d{1,2}[.:]\d\d",
    # Seconds counted from an event ("37 秒后").
    "zh": r"[前后]?\s?\d{1,3}\s?秒(?:钟)?\s?[前后]?"
    # A half year with no year before it, which the parser misreads as a day.
    r"|上半年|下半年"
    # Weeks, months or years later: counted from an event far more often than from now ("四年后").
    r"|[一二两三四五六七八九十\d]{1,3}\s?个?\s?(?:周|星期|月|年)\s?(?:后|以后|之后)",
    # A clock time with its part of the day ("الساعة 7 صباحا", "حتى 7 مساء").
    "ar": r"(?:(?:حتى|من|في)\s)?(?:الساعة\s)?\d{1,2}(?:[:.]\d{2})?\s(?:صباحا|صباح|مساء|مساءً|ظهرا|عصرا|ليلا)"
    # Days with no number that places them ("خلال الأيام الماضية": in the past days; "في الأيام المقبلة"), and two
    # days as a length of time or counted from an event ("خلال يومين": within two days; "بعد يومين").
    r"|(?:(?:خلال|في|منذ)\s)?(?:الأيام|الايام)\s(?:القليلة\s)?(?:الماضية|المقبلة|القادمة|الأخيرة|الاخيرة)"
    r"|(?:خلال|بعد|لمدة)\s(?:يومين|أسبوعين|اسبوعين|شهرين)"
    # "أحد" with neither "يوم" nor the article is the number one ("من أحد المصانع": from one of the factories).
    r"|[أا]حد"
    # A day or a year with no number that places it ("من يوم حفل الزفاف", "لمدة عام واحد", "خلال يوم واحد").
    r"|(?:(?:من|في|خلال|منذ|لمدة)\s)?(?:يوم|عام|سنة)(?:\s(?:واحد|واحدة))?"
    # "in the day" closing its clause is "per day" ("50 شخصا فقط في اليوم"); today is "اليوم" alone.
    r"|في\sاليوم(?:\sالواحد)?(?=[ \t]*(?:[.،,!?؟]|$))"
    # Days or weeks ago with no number ("قبل أيام"): vague. Friday and Thursday with neither the article nor "يوم"
    # are names ("محمد جمعة", "خالد خميس"); a law's number before its year ("رقم 2 لسنة 2020") is no day.
    r"|(?:قبل|منذ)\s(?:أيام|ايام|أسابيع|اسابيع|شهور|أشهر|سنوات|أعوام)|جمعة|خميس"
    r"|\d{1,4}\s(?:لسنة|لعام)\s(?:19|20)\d\d",
}

#: Names and set phrases that hold a date's words but name no date, per language: newspapers named after a day
#: ("Bild am Sonntag", "اليوم السابع": The Seventh Day), "واتس آب" (WhatsApp, whose "آب" is August), "her geçen gün"
#: (with every passing day).
DATED_NAMES: dict[str, str] = {
    # Sunday trading, a weekly habit ("ogranicza niedzielny handel").
    "pl": r"niedzieln\w{1,4}\shandl?\w{0,3}",
    # "Kasım" is also a man's name ("Kudüs Gücü Komutanı Kasım Süleymani"): with a capitalised word after it, a
    # name; a month takes its case after an apostrophe ("Kasım'da") or a number or "ayı" after it.
    "tr": r"her\sgeçen\s(?:gün|hafta|ay|yıl)|(?-i:(?<![\d.]\s)Kas[ıi]m\s"
    r"(?!(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Ay|Tarih)\w*)[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})",
    "en": r"(?:The\s)?Sunday\s(?:Times|Telegraph|Express|Mirror|Post|People|World|Independent)|Mail\son\sSunday|"
    r"Weekend\sTo\sDo\sList",
    "de": r"(?:Bild|Welt|B\.Z\.)\sam\sSonntag|Sonntagszeitung|Sonntagsblick|SonntagsBlick|"
    r"(?:Mannheimer|Hamburger|Berliner|Dresdner|Münchner)\sMorgen(?:post)?|Morgenpost",
    "fr": r"(?:le\s)?Journal\sdu\s[Dd]imanche",
    # "una mañana", "cada mañana": a morning, not tomorrow
    # "La mañana de este 1 de enero": the morning of a day, not tomorrow.
    "es": r"(?:una|cada|aquella)\smañana|la\smañana(?=\sde(?:l)?\s)",
    # Egypt's 6th of October City, Bridge and war ("مدينة 6 أكتوبر", "كوبري أكتوبر", "حرب أكتوبر").
    # "اليوم الذي": the day on which, no today.
    "ar": r"اليوم\s(?:ال)?سابع|(?:ال)?واتس\s?آب|اليوم(?=\sالذي)|"
    r"(?:كوبر[يى]|مدينة|محور|جامعة|جسر|حي|محافظة|نفق|حرب|نصر|انتصارات)\s(?:6\s|السادس\sمن\s)?أكتوبر",
}

#: A weekend per language: its Saturday and Sunday.
WEEKENDS: dict[str, str] = {
    "en": r"week-?ends?",
    "fr": r"week-?ends?|fins?\sde\ssemaine",
    "es": r"fin(?:es)?\sde\ssemana|finde",
    "de": r"Wochenende\w{0,2}",
    "it": r"fine\ssettimana|week-?end",
    "pl": r"weekend\w{0,3}",
    "tr": r"hafta\s?sonu\w{0,3}",
    "ru": r"выходн\w{1,3}",
    "zh": r"周末|週末",
}

#: The last N days, weeks, months or years counted back from the reference date, which they end on ("over the
#: past two weeks", "in last one month", "au cours des deux dernières décennies", "in den letzten drei Monaten"):
#: group ``n`` the number, in digits or a word of :data:`NUMBER_WORDS`, group ``unit`` the unit's noun.
ROLLING_SPANS: dict[str, str] = {
    "en": r"(?:(?:in|over|during|within)\s)?(?:the\s)?(?:past|last|previous)\s(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?P<unit>days?|weeks?|months?|years?|decades?)",
    "fr": r"(?:(?:au\scours|lors|pendant|durant)\s(?:des|de\sces)\s|ces\s)(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?:derniers|dernières)\s(?P<unit>jours|semaines|mois|ans|années|décennies)",
    "es": r"(?:(?:en|durante)\s)?(?:los|las)\s(?:últimos|últimas)\s(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?P<unit>días|semanas|meses|años|décadas)",
    "de": r"(?:(?:in|während)\s)?den\s(?:letzten|vergangenen)\s(?P<n>\d{1,3}|[a-zö]{3,6})\s"
    r"(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahrzehnten)",
    "zh": r"(?:过去|最近|近)\s?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,2})\s?个?\s?(?P<unit>天|周|星期|月|年)",
    "it": r"(?:(?:negli|nei|durante\sgli|durante\si|in\squesti|in\squeste)\s)?(?:ultimi|ultime|scorsi|scorse)\s"
    r"(?P<n>\d{1,3}|[a-z]{3,8})\s(?P<unit>giorni|settimane|mesi|anni|decenni)",
    # The unit takes its case ending outside the group ("son 3 ayda", "geçtiğimiz beş yılda").
    "tr": r"(?:son|geçtiğimiz|geçen)\s(?P<n>\d{1,3}|[a-zçğıöşü]{2,5})\s(?P<unit>gün|hafta|ay|yıl)(?:[dt][ae]|d[ıi]r)?",
    # The count and the unit in the accusative ("за последние два месяца") or, after "в течение", the genitive ("в
    # течение последних шести месяцев"); one unit with no count ("в течение последнего месяца"), group ``one``.
    "ru": r"(?:(?:за|в\sтечение|на\sпротяжении)\s)?(?:(?:последние|последних|прошедшие|прошедших|минувшие|"
    r"минувших)\s(?P<n>\d{1,3}|[а-яё]{3,12})\s(?P<unit>дн(?:я|ей)|недел[иьь]|месяц(?:а|ев)|года|лет)"
    r"|(?:последн(?:ий|его|юю|ей)|прошедш(?:ий|его|ую|ей))\s(?P<one>месяц|месяца|год|года|неделю|недели))",
    # One unit with no count, "within the last" ("w ciągu ostatniego dnia", "ostatniej doby"), group ``one``.
    "pl": r"(?:(?:w\sciągu|przez|w)\s)?(?:ostatnich|minionych)\s(?P<n>\d{1,3}|[a-ząćęłńóśźż]{3,12})\s"
    r"(?P<unit>dni|dniach|tygodni|tygodniach|miesięcy|miesiącach|lat|latach)"
    r"|(?:w\sciągu|przez)\s(?:ostatniego|ostatniej|ostatni|ostatnią|minionego|minionej)\s"
    r"(?P<one>dnia|doby|dzień|dobę|tygodnia|tydzień|miesiąca|miesiąc|roku|rok|dekady|dekadę)",
    # The unit before its number ("خلال الأيام الثلاثة الماضية": during the three past days), or a dual, two of them
    # ("خلال الأسبوعين الماضيين": the past two weeks), group ``dual``.
    "ar": r"(?:(?:خلال|في|طوال|على\sمدى|على\sمدار)\s)?(?:"
    r"ال(?P<unit>أيام|أسابيع|أشهر|شهور|سنوات|أعوام)\s(?:ال)?(?P<n>\d{1,3}|[\u0621-\u064a]{3,6})\s"
    r"(?:الماضية|الأخيرة|المنصرمة)"
    r"|(?P<dual>اليومين|الأسبوعين|الشهرين|العامين|السنتين)\s(?:الماضيين|الأخيرين|الماضيتين|الأخيرتين|المنصرمين))",
}
#: The next N days, weeks or months, which start on the reference date as the last N end on it ("over the next two
#: weeks", "önümüzdeki 6 ay boyunca", "خلال الـ 3 أيام المقبلة"): groups as in :data:`ROLLING_SPANS`; a range of
#: counts ("gelecek 2-3 gün") takes its larger one, group ``upto``. The next N years stay whole calendar years from
#: the reference date's own ("over the next five years"; "I prossimi dieci anni" on 31 December: 2020 to 2029).
COMING_SPANS: dict[str, str] = {
    "en": r"(?:(?:in|over|during|within|for)\s)?(?:the\s)?(?:next|coming)\s(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?P<unit>days|weeks|months)",
    "fr": r"(?:(?:dans|pendant|durant)\s(?:les|ces)\s|(?:au\scours|lors)\s(?:des|de\sces)\s)(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?:prochains|prochaines)\s(?P<unit>jours|semaines|mois)",
    "es": r"(?:(?:en|durante)\s)?(?:los|las)\s(?:próximos|próximas)\s(?P<n>\d{1,3}|[a-z]{3,6})\s"
    r"(?P<unit>días|semanas|meses)",
    "de": r"(?:(?:in|während)\s)?den\s(?:nächsten|kommenden)\s(?P<n>\d{1,3}|[a-zö]{3,6})\s"
    r"(?P<unit>Tagen|Wochen|Monaten)",
    "it": r"(?:(?:nei|nelle|durante\si|durante\sle)\s)?(?:prossimi|prossime)\s(?P<n>\d{1,3}|[a-z]{3,8})\s"
    r"(?P<unit>giorni|settimane|mesi)",
    "tr": r"(?:önümüzdeki|gelecek)\s(?:(?P<n>\d{1,3}|[a-zçğıöşü]{2,5})(?:\s?-\s?(?P<upto>\d{1,3}))?)\s"
    r"(?P<unit>gün|hafta|ay)(?:[dt][ae])?",
    "ru": r"(?:(?:в|за|в\sтечение)\s)?(?:ближайшие|ближайших|следующие|следующих)\s(?P<n>\d{1,3}|[а-яё]{3,12})\s"
    r"(?P<unit>дн(?:я|ей)|недел[иь]|месяц(?:а|ев))",
    "pl": r"(?:(?:w\sciągu|przez|w|na)\s)?(?:najbliższych|najbliższe|następnych|następne|kolejnych|kolejne)\s"
    r"(?P<n>\d{1,3}|[a-ząćęłńóśźż]{3,12})\s"
    r"(?P<unit>dni|tygodni|miesięcy)",
    "ar": r"(?:(?:خلال|في|على\sمدى|على\sمدار)\s)?(?:"
    r"الـ?\s?(?P<n>\d{1,3})\s(?P<unit>أيام|أسابيع|أشهر|شهور)"
    r"|ال(?P<unit2>أيام|أسابيع|أشهر|شهور)\s(?:ال)?(?P<n2>\d{1,3}|[\u0621-\u064a]{3,6}))"
    r"\s(?:المقبلة|القادمة)",
    "zh": r"(?:未来|今后|接下来的?)\s?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,2})\s?个?\s?(?P<unit>天|周|星期|月)",
}
#: The Arabic duals of :data:`ROLLING_SPANS` (group ``dual``): two of the unit.
ROLLING_DUALS: dict[str, str] = {
    "اليومين": "day",
    "الأسبوعين": "week",
    "الشهرين": "month",
    "العامين": "year",
    "السنتين": "year",
}
#: Number words of :data:`ROLLING_SPANS`, per language.
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "twelve": 12,
    },
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "douze": 12,
    },
    "es": {
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "doce": 12,
    },
    "de": {
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "zwölf": 12,
    },
    "zh": {
        "一": 1,
        "二": 2,
        "两": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
        "十": 10,
        "十二": 12,
    },
    "it": {
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "dodici": 12,
    },
    "tr": {
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
    },
    "ru": {
        "два": 2,
        "две": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
        "двенадцать": 12,
        # The genitive, after "в течение последних ..."
        "двух": 2,
        "трех": 3,
        "трёх": 3,
        "четырех": 4,
        "четырёх": 4,
        "пяти": 5,
        "шести": 6,
        "семи": 7,
        "восьми": 8,
        "девяти": 9,
        "десяти": 10,
        "двенадцати": 12,
    },
    "ar": {
        "ثلاثة": 3,
        "ثلاث": 3,
        "أربعة": 4,
        "أربع": 4,
        "خمسة": 5,
        "خمس": 5,
        "ستة": 6,
        "ست": 6,
        "سبعة": 7,
        "سبع": 7,
        "ثمانية": 8,
        "ثماني": 8,
        "تسعة": 9,
        "تسع": 9,
        "عشرة": 10,
        "عشر": 10,
    },
    "pl": {
        "dwa": 2,
        "dwie": 2,
        "trzy": 3,
        "cztery": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
        "dwóch": 2,
        "dwu": 2,
        "trzech": 3,
        "czterech": 4,
        "pięciu": 5,
        "sześciu": 6,
        "siedmiu": 7,
        "ośmiu": 8,
        "dziewięciu": 9,
        "dziesięciu": 10,
        "dwunastu": 12,
    },
}
#: The unit each noun of :data:`ROLLING_SPANS` counts (lower-cased).
ROLLING_UNITS: dict[str, str] = {
    **dict.fromkeys(
        ["day", "days", "jours", "días", "tagen", "天", "giorni", "gün", "дня", "дней", "dni", "dniach", "أيام"], "day"
    ),
    # Russian singular units after "последний" ("в течение последнего месяца").
    **dict.fromkeys(["месяц"], "month"),
    **dict.fromkeys(["год"], "year"),
    **dict.fromkeys(["неделю"], "week"),
    # Polish singular units after "ostatniego" ("w ciągu ostatniego dnia", "ostatniej doby": the last 24 hours).
    **dict.fromkeys(["dnia", "doby", "dzień", "dobę"], "day"),
    **dict.fromkeys(["tygodnia", "tydzień"], "week"),
    **dict.fromkeys(["miesiąca", "miesiąc"], "month"),
    **dict.fromkeys(["roku", "rok"], "year"),
    **dict.fromkeys(["dekady", "dekadę"], "decade"),
    # Arabic counted nouns from eleven on, singular and accusative ("32 عاما").
    **dict.fromkeys(["يوما", "يومًا"], "day"),
    **dict.fromkeys(["أسبوعا", "أسبوعًا"], "week"),
    **dict.fromkeys(["شهرا", "شهرًا"], "month"),
    **dict.fromkeys(["عاما", "عامًا", "عام", "سنة"], "year"),
    **dict.fromkeys(
        [
            "week",
            "weeks",
            "semaines",
            "semanas",
            "wochen",
            "周",
            "星期",
            "settimane",
            "hafta",
            "недели",
            "неделей",
            "недель",
            "tygodni",
            "tygodniach",
            "أسابيع",
        ],
        "week",
    ),
    **dict.fromkeys(
        [
            "month",
            "months",
            "mois",
            "meses",
            "monaten",
            "月",
            "mesi",
            "ay",
            "месяца",
            "месяцев",
            "miesięcy",
            "miesiącach",
            "أشهر",
            "شهور",
        ],
        "month",
    ),
    **dict.fromkeys(
        [
            "year",
            "years",
            "ans",
            "années",
            "años",
            "jahren",
            "年",
            "anni",
            "yıl",
            "года",
            "лет",
            "lat",
            "latach",
            "أعوام",
            "سنوات",
        ],
        "year",
    ),
    **dict.fromkeys(["decade", "decades", "décennies", "décadas", "jahrzehnten", "decenni"], "decade"),
}

#: Holidays of the Hijri calendar, with their Hijri month, first day and number of days (0: the whole month):
#: Ramadan, the Eid that ends it (Ramazan Bayramı, three days) and the Eid of the sacrifice (Kurban Bayramı, four).
ISLAMIC_HOLIDAYS: dict[str, tuple[tuple[str, tuple[int, int, int]], ...]] = {
    "ar": (
        (r"عيد\sالفطر", (10, 1, 3)),
        (r"عيد\sالأضحى|عيد\sالاضحى", (12, 10, 4)),
        # "رمضان" alone is also a name ("محمد رمضان"): the month with its noun, a word of time before it or an
        # epithet after it.
        (
            # "خلال شهر رمضان" whole: the parser reads "خلال شهر" as a month's time and puts it on Ramadan's first day.
            r"(?:(?:خلال|في|طوال|قبل|بعد|منذ|حتى)\s)?شهر\sرمضان|"
            r"(?:(?:في|خلال|قبل|بعد|منذ|حتى|طوال|نهار|ليالي|أيام|حلول|بدء|يبدأ|بدأ|قدوم|استقبال|انتهاء|نهاية|"
            r"منتصف|أواخر|أوائل|مطلع|اقتراب)\s)رمضان"
            r"|رمضان(?=\s(?:المبارك|الكريم|الماضي|المقبل|القادم|الجاري|المعظم))",
            (9, 1, 0),
        ),
    ),
    "tr": (
        (r"Ramazan\sBayram\w{0,4}", (10, 1, 3)),
        (r"Kurban\sBayram\w{0,4}", (12, 10, 4)),
        # "Ramazan" alone is also a man's name: the month only with its noun ("Ramazan ayı").
        (r"Ramazan\say\w{0,4}", (9, 1, 0)),
    ),
    "en": (
        (r"Eid\s(?:al|ul)-Fitr", (10, 1, 3)),
        (r"Eid\s(?:al|ul)-Adha", (12, 10, 4)),
        (r"Ramadan", (9, 1, 0)),
    ),
    "fr": (
        (r"Aïd\s(?:el|al)-Fitr", (10, 1, 3)),
        (r"Aïd\s(?:el|al)-(?:Kébir|Kebir|Adha)", (12, 10, 4)),
        (r"ramadan", (9, 1, 0)),
    ),
    "de": ((r"Zuckerfest\w{0,2}", (10, 1, 3)), (r"Opferfest\w{0,2}", (12, 10, 4)), (r"Ramadan\w{0,2}", (9, 1, 0))),
    "es": ((r"Ramad[aá]n", (9, 1, 0)),),
    "it": ((r"Ramadan", (9, 1, 0)),),
    "ru": (
        (r"Ураза-байрам\w{0,2}", (10, 1, 3)),
        (r"Курбан-байрам\w{0,2}", (12, 10, 4)),
        (r"Рамадан\w{0,2}", (9, 1, 0)),
    ),
    "zh": ((r"开斋节", (10, 1, 3)), (r"古尔邦节|宰牲节", (12, 10, 4)), (r"斋月", (9, 1, 0))),
}

#: Words that make a holiday's name a date right before it: prepositions of time, "next"/"last"/"this". Not
#: "of", "de", "di": "regalo di Natale", "marché de Noël" name a thing of the holiday.
HOLIDAY_LEADS: dict[str, str] = {
    "en": r"on|at|for|over|before|after|until|till|since|by|around|during|this|next|last|past",
    "fr": r"à|a|pour|avant|après|depuis|jusqu['’]à|vers|pendant|le|la|ce|cette|prochain|dernier",
    "de": r"an|zu|vor|nach|bis|seit|über|um|an|am|zum|bis zum|vergangenen|kommenden|letzten|nächsten|diesen",
    "es": r"en|para|antes de|después de|hasta|desde|durante|la|el|esta|este|próxima|próximo|pasada|pasado",
    "it": r"a|per|prima di|dopo|fino a|da|durante|il|la|questo|questa|prossimo|prossima|scorso|scorsa",
    "zh": r"在|于|今年|去年|明年",
    "ru": r"в|на|до|после|к|с|под|перед",
    "pl": r"w|we|na|do|po|od|przed|podczas",
    # Turkish marks time with endings, not words before: none leads a holiday.
    "tr": r"(?!x)x",
    "ar": r"في|قبل|بعد|حتى|منذ|خلال",
}

#: The end of a year, which is its last day ("by the end of the year", "at the close of 2019", "la fin de
#: l'année", "zum Jahresende", "a finales de año", "entro la fine dell'anno"); group ``year`` where written.
YEAR_ENDS: dict[str, str] = {
    "en": r"(?:end|close)\sof\s(?:the\s)?(?:(?:this|last|next|past|coming)\s)?(?:year|(?P<year>(?:19|20)\d\d))"
    r"|year['’]s\s(?:\(and\sdecade['’]s\)\s)?end|year-end",
    "fr": r"fin\s(?:de\s(?:l['’]|cette\s)année(?:\s(?:dernière|prochaine))?|d['’]année|(?P<year>(?:19|20)\d\d)(?!\d))",
    "de": r"Ende\s(?:(?:des\s)?(?:laufenden\s|vergangenen\s|letzten\s|kommenden\s|nächsten\s)Jahres|des\sJahres|"
    r"(?P<year>(?:19|20)\d\d))|Jahresende|(?:kurz\s)?vor\sdem\sJahreswechsel",
    "es": r"(?:finales|fines|final|fin)\s(?:de(?:l)?\s)?"
    r"(?:(?:este\s)?año(?:\s(?:pasado|próximo|que\sviene))?|(?P<year>(?:19|20)\d\d))",
    "it": r"fine\s(?:dell['’]anno(?:\s(?:scorso|prossimo))?|d['’]anno|del(?:l['’])?\s?(?P<year>(?:19|20)\d\d))",
    "ru": r"(?:(?:к|в)\s)?конц[уае]\s(?:(?P<year>(?:19|20)\d\d)\s?г(?:ода|\.)?"
    r"|(?:этого\s|текущего\s|прошлого\s|следующего\s)?года)",
    # Turkish puts the end after the year: "2020 yılı sonunda", "2019'un sonunda", "yıl sonunda".
    "tr": r"(?:(?P<year>(?:19|20)\d\d)(?:['’]\w{1,4})?\s(?:yıl[ıi](?:n[ıi]n)?\s)?"
    r"|(?:(?:bu|geçen|gelecek|önümüzdeki)\s)?yıl(?:[ıi]n[ıi]n|ın)?\s)sonu\w{0,4}",
    # "2019年底", "去年年底", "年末"
    "zh": r"(?:(?P<year>(?:19|20)\d\d)\s?|今年|去年|明年|今|去|明)?\s?年(?:底|末)",
    "pl": r"(?:(?:do|na|pod|z)\s)?(?:końca|koniec|końcu|końcem)\s"
    r"(?:(?:tego|bieżącego|ubiegłego|zeszłego|przyszłego)\s)?(?:roku|(?P<year>(?:19|20)\d\d)(?:\s(?:r\.|roku))?)",
    "ar": r"(?:(?:في|مع|حتى|قبل)\s)?(?:نهاية|ختام)\s(?:(?:هذا\s)?(?:العام|السنة)(?:\s(?:الجاري|الجارية|الحالي|الحالية|"
    r"الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة|المقبل|المقبلة|القادم|القادمة))?(?:\s(?P<year2>(?:19|20)\d\d))?|(?:عام\s)?(?P<year>(?:19|20)\d\d))",
}
#: Turkish writes a month's or a year's part after it ("Mayıs ayı başında", "Temmuz ayının sonunda", "2020 yılı
#: ilk yarısı"): the words between the month or year and the part, and the parts in the order of MONTH_PARTS
#: (start, middle, end) and YEAR_HALVES (first, second).
PARTS_AFTER_GAP: dict[str, str] = {"tr": r"(?:['’]\w{1,4})?\s(?:(?:ay|yıl)[ıi](?:n[ıi]n)?\s)?", "zh": r"\s?"}
MONTH_PARTS_AFTER: dict[str, tuple[str, str, str]] = {
    "zh": (r"初|上旬", r"中旬", r"底|末|下旬"),
    "tr": (r"ba[şs](?:[ıi]|lar)\w{0,5}", r"orta(?:s[ıi]|lar)\w{0,5}", r"son(?:u|lar)\w{0,5}"),
}
YEAR_HALVES_AFTER: dict[str, tuple[str, str]] = {
    "tr": (r"ilk\syarısı\w{0,4}", r"(?:ikinci|son)\syarısı\w{0,4}"),
    "zh": (r"上半年", r"下半年"),
}

#: Words before a weekday that make it a weekly habit ("every Monday", "il lunedì", "los lunes", "chaque
#: lundi", "jeden Montag"); Italian's article and Spanish's plural one say so by themselves.
HABITUAL_LEADS: dict[str, str] = {
    "en": r"every|each",
    "fr": r"chaque|tous les",
    "de": r"jeden|jede|jeweils",
    "es": r"cada|los|todos los",
    "it": r"ogni|il|tutti i",
    "ru": r"по|каждый|каждое|каждую",
    "pl": r"co|w\skażd\w{1,2}|każd\w{1,2}",
    # "ويبدأ عادة يوم الاثنين": usually on Monday
    "ar": r"(?:عادة|عادةً|كل)(?:\sيوم)?",
}
#: Weekdays in the plural, a weekly habit by themselves ("w niedziele": on Sundays; "w niedzielę" is one).
PLURAL_WEEKDAYS: dict[str, str] = {
    "pl": r"(?:w\s|we\s)?(?:poniedziałki|wtorki|środy|czwartki|piątki|soboty|niedziele)",
}

#: Season names per language. A season named alone ("in winter", "l'été", "fall" the verb) is no date: only
#: one a word places ("this summer", "l'été dernier", "Sommer 2020") is.
SEASONS: dict[str, str] = {
    "en": r"spring|summer|fall|autumn|winter",
    "fr": r"printemps|été|automne|hiver",
    "de": r"Frühling|Frühjahr|Sommer|Herbst|Winter",
    "es": r"primavera|verano|otoño|invierno",
    "it": r"primavera|estate|autunno|inverno",
}

#: Seasons with a word that places them (this, next, last), where the parser reads none: the words, one group per
#: season from spring (p0 spring, p1 summer, p2 autumn, p3 winter), and the modifiers before or after them.
PLACED_SEASONS: dict[str, tuple[tuple[str, str, str, str], str]] = {
    "ar": ((r"الربيع", r"الصيف", r"الخريف", r"الشتاء"), r"المقبل|القادم|الماضي|الحالي|الجاري|هذا"),
    "ru": (
        (r"весн\w{1,3}", r"лет\w{1,3}", r"осен\w{1,3}", r"зим\w{1,3}"),
        r"эт\w{2,3}|прошл\w{2,3}|следующ\w{2,3}|будущ\w{2,3}|нынешн\w{2,3}",
    ),
    # Not "bu yazı" (this writing): the summer takes only the endings of time.
    "tr": (
        (
            r"ilkbahar\w{0,4}|bahar\w{0,4}",
            r"yaz(?:ın|a|da|dan)?",
            r"sonbahar\w{0,4}",
            r"(?-i:[kK][ıI][şŞ])\w{0,4}",
        ),  # case-blind "ı" would match "i": "kişi" (person) is no winter
        r"bu|geçen|gelecek|önümüzdeki",
    ),
    "pl": (
        (r"wiosn\w{1,2}|wiosną", r"lat[ao]|latem", r"jesie[ńn]\w{0,2}|jesienią", r"zim\w{1,2}|zimą"),
        r"t[eę]go|tej|t[eę]|ten|ubiegł\w{1,3}|zeszł\w{1,3}|przyszł\w{1,3}|ostatni\w{1,3}",
    ),
    "zh": ((r"春天|春季", r"夏天|夏季", r"秋天|秋季", r"冬天|冬季"), r"今年|去年|明年"),
    "it": (
        (r"primavera", r"estate", r"autunno", r"inverno"),
        r"scors[oa]|prossim[oa]|quest[oa]|quest['’]",
    ),
}

#: Month names (stems) per language, for the trigger scan.
_MONTHS: dict[str, str] = {
    "en": r"jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    "fr": r"janv\w*|f[ée]v\w*|mars|avr\w*|mai|juin|juil\w*|ao[ûu]t|sept\w*|oct\w*|nov\w*|d[ée]c\w*",
    "de": r"jan\w*|j[äa]nner|feb\w*|m[äa]rz|apr\w*|mai|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|nov\w*|dez\w*",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre",
    "it": r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "tr": r"ocak\w*|[şs]ubat\w*|mart\w*|nisan\w*|may[ıi]s\w*|haziran\w*|temmuz\w*|a[ğg]ustos\w*|eyl[üu]l\w*|"
    r"ekim\w*|kas[ıi]m\w*|aral[ıi]k\w*",
    "ru": r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяею]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|"
    r"ноябр\w*|декабр\w*",
    "ar": r"يناير|فبراير|مارس|[أاإ]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|كانون|شباط|"
    r"آذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|تشرين",
    "zh": r"[一二三四五六七八九十\d]{1,3} ?月(?: ?[一二三四五六七八九十\d]{1,3} ?[日号號])?",
    "pl": r"stycz\w*|lut\w*|mar(?:ca|zec|cu)|kwie[tc]\w*|maj\w?|czerw\w*|lip(?:ca|iec|cu)|sierp\w*|wrze[śs]\w*|"
    r"pa[źz]dziernik\w*|listopad\w*|grud\w*",
}

#: Relative time words per language ("yesterday", "last week", "three days ago").
_RELATIVE: dict[str, str] = {
    "en": r"yesterday|today|tonight|tomorrow|week\w{0,4}|month\w{0,2}|year\w{0,2}|days?|ago|decade|quarter|"
    r"morning|evening|afternoon|night|spring|summer|autumn|fall|winter",
    "fr": r"hier|aujourd|demain|avant-hier|apr[èe]s-midi|matin[ée]e|soir[ée]e|semaines?|mois|ans?|ann[ée]es?|"
    r"jours?|veille|lendemain|matin|soir|"
    r"week-end|trimestre|printemps|[ée]t[ée]|automne|hiver|nuit",
    "de": r"gestern|heute|morgen\w?|vorgestern|[üu]bermorgen|woche\w{0,2}|monat\w{0,3}|jahr\w{0,3}|tag\w{0,3}|"
    r"wochenende|abend\w?|nacht|quartal\w{0,2}|fr[üu]hjahr|fr[üu]hling|sommer|herbst|winter",
    "es": r"ayer|hoy|ma[ñn]ana|anteayer|anoche|semanas?|mes|meses|a[ñn]os?|d[íi]as?|noche|tarde|trimestre|"
    r"primavera|verano|oto[ñn]o|invierno",
    "it": r"ieri|oggi|domani|settiman\w|mes[ei]|ann[oi]|giorn[oi]|sera|mattin\w|notte|trimestre",
    "tr": r"d[üu]n\w*|bug[üu]n\w*|yar[ıi]n\w*|hafta\w*|ay|ay[ıi]n|ayda|ay[ıi]nda|y[ıi]l\w*|g[üu]n\w*|sabah\w*|"
    r"ak[şs]am\w*|gece\w*|[öo]nce",
    "ru": r"вчера|сегодня|завтра|позавчера|недел\w*|месяц\w*|год\w*|лет|д[ен]н\w*|дня|ноч\w*|утр\w*|вечер\w*",
    "ar": r"[أا]مس|اليوم|غدا|[أا]سبوع|شهر|عام|سنة|يوم|[أا]يام|ليلة|صباح|مساء",
    "zh": r"[年日号號天周週]|星期|昨|今|明|前天|后天|後天|上午|下午|晚",
    "pl": r"wczoraj|dzi[śs]\w{0,3}|jutro|przedwczoraj|pojutrze|tydzie[ńn]|tygodni\w{0,2}|miesi[ąa]c\w{0,3}|"
    r"rok\w{0,2}|roku|lat|dni|temu|rano|wiecz\w*|noc\w{0,2}",
}

#: Scripts where words are not separated by \b-friendly boundaries (affixed particles, no spaces).
_NO_WORD_BOUNDARY = frozenset({"ar", "zh"})
_NUMERIC_DATE = r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}\b"


def supported(language: str) -> bool:
    """Whether this module has calendar words for ``language``."""
    return language in WEEKDAYS


@lru_cache(maxsize=32)
def trigger_pattern(language: str) -> re.Pattern[str]:
    """Words that may start or end a date expression in ``language`` (case-insensitive).

    Only spans near a trigger are sent to the parser; a missing trigger costs recall.
    """
    words = "|".join(
        part
        for part in (
            "|".join(WEEKDAYS.get(language, ())),
            _MONTHS.get(language, ""),
            _RELATIVE.get(language, ""),
        )
        if part
    )
    if not words:
        return re.compile(_NUMERIC_DATE)
    if language == "ar":
        # Arabic fuses articles, prepositions and pronouns to words: allow those, nothing else.
        return re.compile(
            f"(?<![\\u0621-\\u064a])(?:[وفبل]?(?:ال|لل)?)(?:{words})(?:ين|ان|ه|ها)?(?![\\u0621-\\u064a])|{_NUMERIC_DATE}"
        )
    if language in _NO_WORD_BOUNDARY:
        return re.compile(f"(?:{words})|\\d", re.IGNORECASE)
    return re.compile(f"\\b(?:{words})\\b|{_NUMERIC_DATE}", re.IGNORECASE)


def count_of(word: str, language: str) -> int | None:
    """A count written in digits or as a word of :data:`NUMBER_WORDS` ("3", "three", "drei"); None for any other."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(language, {}).get(word.casefold())


def word_pattern(alternatives: str, language: str) -> re.Pattern[str]:
    """Case-blind alternatives as whole words; anywhere for languages that fuse words or use no spaces (ar, zh)."""
    if language in _NO_WORD_BOUNDARY:
        return re.compile(f"(?:{alternatives})", re.IGNORECASE)
    return re.compile(f"\\b(?:{alternatives})\\b", re.IGNORECASE)


def _listed_words(table: dict[str, str], language: str) -> re.Pattern[str] | None:
    """``table``'s words of ``language`` as whole words (see :func:`word_pattern`); None for a language without."""
    words = table.get(language)
    return word_pattern(words, language) if words else None


@lru_cache(maxsize=32)
def weekday_pattern(language: str) -> re.Pattern[str] | None:
    """One group per weekday (Monday = group 1); None for a language without a list."""
    names = WEEKDAYS.get(language)
    if not names:
        return None
    groups = "|".join(f"({name})" for name in names)
    if language == "ar":
        # Arabic words take no bounds (prefixes glue on), but a weekday ends its word: "سبتمبر" (September) holds
        # "سبت" (Saturday).
        return re.compile(f"(?:{groups})(?![\u0621-\u063a\u0641-\u064a])")
    return word_pattern(groups, language)


@lru_cache(maxsize=32)
def modifier_pattern(language: str) -> re.Pattern[str] | None:
    """Words that make a weekday relative to another week (last/next/this...)."""
    return _listed_words(WEEKDAY_MODIFIERS, language)


def weekday_in(text: str, language: str) -> int | None:
    """The weekday named in ``text`` (Monday = 0), or None when none or several differ."""
    pattern = weekday_pattern(language)
    if pattern is None:
        return None
    found: set[int] = set()
    for match in pattern.finditer(text):
        found.add((match.lastindex or 1) - 1)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=32)
def month_pattern(language: str) -> re.Pattern[str]:
    """Month names of ``language``; matches nothing for a language without a list."""
    words = _MONTHS.get(language)
    if not words:
        return re.compile(r"(?!x)x")
    return word_pattern(words, language)


@lru_cache(maxsize=32)
def next_modifier_pattern(language: str) -> re.Pattern[str] | None:
    """Words that put a weekday or week after the reference date ("next", "kommenden")."""
    return _listed_words(NEXT_MODIFIERS, language)


@lru_cache(maxsize=32)
def season_pattern(language: str) -> re.Pattern[str] | None:
    """A season's name anywhere in a span ("this summer", "l'été dernier"); None for a language without a list."""
    return _listed_words(SEASONS, language)


@lru_cache(maxsize=32)
def bare_season_pattern(language: str) -> re.Pattern[str] | None:
    """A season's name alone, with at most an article or preposition before it ("in the fall", "l'hiver")."""
    words = SEASONS.get(language)
    if not words:
        return None
    return re.compile(rf"{_SEASON_LEAD}(?:{words})", re.IGNORECASE)


#: An article or preposition before a season's name that places it nowhere ("in the", "l'", "im", "nell'").
_SEASON_LEAD = (
    r"(?:(?:in|during|the|in the|during the|en|l['’]|à l['’]|au|le|en el|el|la|im|in der|der|d['’]|nel|nell['’])"
    r"\s?)?"
)


@lru_cache(maxsize=32)
def range_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The word before a range's first date, as it ends a stretch of text, and the word between its two dates, as a
    whole stretch (:data:`RANGE_WORDS`); None for a language without."""
    words = RANGE_WORDS.get(language)
    if words is None:
        return None
    lead, middle = words
    space = r"\s{0,2}" if fuses_words(language) else r"\s{1,2}"
    return (
        re.compile(rf"(?<!\w)(?:{lead}){space}$", re.IGNORECASE),
        re.compile(rf"\s{{0,2}}[-–]?\s{{0,2}}(?:{middle}){space}", re.IGNORECASE),
    )


@lru_cache(maxsize=32)
def until_pattern(language: str) -> re.Pattern[str] | None:
    """Words that look ahead to the weekday after them (:data:`UNTIL_WORDS`), as whole words; None if none."""
    return _listed_words(UNTIL_WORDS, language)


@lru_cache(maxsize=32)
def dated_name_pattern(language: str) -> re.Pattern[str]:
    """Names that hold a date's words in ``language`` (:data:`DATED_NAMES`), and a page's copyright line in any
    language ("Copyright 2020 The Associated Press", "© 2019 Reuters")."""
    words = DATED_NAMES.get(language)
    return re.compile(f"{words}|{_COPYRIGHT}" if words else _COPYRIGHT, re.IGNORECASE)


#: A copyright line's years: page furniture, no date of the story.
_COPYRIGHT = r"(?:copyright|©|\(c\))[ \t]{0,2}(?:©[ \t]?)?(?:(?:19|20)\d\d[ \t]?[-–][ \t]?)?(?:19|20)\d\d"


@lru_cache(maxsize=32)
def no_date_pattern(language: str) -> re.Pattern[str] | None:
    """What reads as a date but is none in ``language`` (:data:`NO_DATES`), to match a whole span; None if none."""
    return _table_pattern(NO_DATES, language)


def _table_pattern(table: dict[str, str], language: str) -> re.Pattern[str] | None:
    """``table``'s pattern for ``language``, case-blind and as written (no word bounds added); None if none."""
    words = table.get(language)
    return re.compile(words, re.IGNORECASE) if words else None


@lru_cache(maxsize=32)
def plural_weekday_pattern(language: str) -> re.Pattern[str] | None:
    """Weekdays in the plural, a habit (:data:`PLURAL_WEEKDAYS`), to match a whole span; None if none."""
    return _table_pattern(PLURAL_WEEKDAYS, language)


def fuses_words(language: str) -> bool:
    """Whether ``language`` joins words with no space or fuses them to their articles (ar, zh): patterns take no
    word bounds there."""
    return language in _NO_WORD_BOUNDARY


@lru_cache(maxsize=32)
def weekend_pattern(language: str) -> re.Pattern[str] | None:
    """The word for a weekend in ``language`` (:data:`WEEKENDS`); None for a language without."""
    return _listed_words(WEEKENDS, language)


@lru_cache(maxsize=32)
def months_ago_pattern(language: str) -> re.Pattern[str] | None:
    """Months counted back from the reference date (:data:`MONTHS_AGO`); None for a language without."""
    return _table_pattern(MONTHS_AGO, language)


@lru_cache(maxsize=32)
def weekday_span_pattern(language: str) -> re.Pattern[str] | None:
    """Two weekdays joined as a span (:data:`WEEKDAY_SPANS`); None for a language without."""
    joint, days = WEEKDAY_SPANS.get(language), WEEKDAYS.get(language)
    if joint is None or days is None:
        return None
    day = "(?:" + "|".join(f"(?:{name})" for name in days) + ")"
    return re.compile(rf"\b{day}{joint}{day}\b", re.IGNORECASE)


@lru_cache(maxsize=32)
def this_modifier_pattern(language: str) -> re.Pattern[str] | None:
    """Words that put a weekday in the reference date's week ("this", "este"); None for a language without."""
    return _listed_words(THIS_MODIFIERS, language)


@lru_cache(maxsize=32)
def future_marker_pattern(language: str) -> re.Pattern[str] | None:
    """Words that put a clause in the future ("will", "sera"); None for a language without a list."""
    return _listed_words(FUTURE_MARKERS, language)


@lru_cache(maxsize=32)
def past_marker_pattern(language: str) -> re.Pattern[str] | None:
    """Words that put a clause in the past ("said", "a annoncé"); None for a language without a list."""
    return _listed_words(PAST_MARKERS, language)


@lru_cache(maxsize=32)
def past_modifier_pattern(language: str) -> re.Pattern[str] | None:
    """Words that put a month or weekday before the reference date ("last", "dernier")."""
    return _listed_words(PAST_MODIFIERS, language)
