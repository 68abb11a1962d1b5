"""Words of saying per language: cue verbs, subject pronouns and the "that" of reported speech.

Every pattern is a flat alternation of literals (a few with a bounded ``\\w{0,n}``
ending), so matching stays linear on hostile input. Inflections are listed
rather than stemmed: "a déclaré", "a-t-il ajouté", "sagte er", "dijo", "powiedziała".
"""

from __future__ import annotations

import re
from functools import lru_cache

_FR_PARTICIPLES = (
    "déclaré|affirmé|dit|ajouté|expliqué|indiqué|souligné|estimé|assuré|précisé|averti|annoncé|répondu|rappelé|"
    "insisté|martelé|jugé|confié|lancé|poursuivi|commenté|reconnu|conclu|noté|prévenu|écrit|tweeté|regretté|"
    "dénoncé|déploré|confirmé|observé|relevé|réagi|fait savoir|fait valoir|raconté|avancé|admis|promis|prédit|ironisé|"
    "résumé|plaidé|argué|tranché|détaillé|lâché|glissé|répété|soutenu|signalé|mis en garde|demandé|renchéri|"
    "enchaîné|complété|nuancé|analysé|objecté|rétorqué|laissé entendre"
)
_FR_PRESENT = (
    "déclare|affirme|dit|ajoute|explique|indique|souligne|estime|assure|précise|avertit|annonce|répond|rappelle|"
    "insiste|martèle|juge|confie|lance|poursuit|commente|reconnaît|reconnait|conclut|note|prévient|écrit|regrette|"
    "dénonce|déplore|confirme|observe|relève|raconte|avance|admet|promet|résume|plaide|tranche|détaille|lâche|"
    "glisse|répète|soutient|signale|demande|ajoutait|expliquait|disait|déclarait|affirmait|estimait|soulignait|"
    "précisait|indiquait|racontait|confiait|se souvient|s['’]inquiète|redoute|s['’]insurge|s['’]exclame|tempête|"
    "s['’]étonne|témoigne|raconte|réagit|renchérit|enchaîne|rétorque|objecte|nuance|analyse|"
    "s['’]est (?:réjoui|félicité|inquiété|indigné|étonné|exclamé|emporté|défendu|justifié)e?"
)
#: Spanish participles of saying, for the perfect tenses ("ha denunciado", "había explicado", "han reclamado").
_ES_PARTICIPLES = (
    "dicho|afirmado|declarado|asegurado|señalado|explicado|indicado|añadido|agregado|manifestado|comentado|"
    "advertido|subrayado|destacado|insistido|sostenido|apuntado|expresado|precisado|reconocido|recordado|"
    "respondido|escrito|anunciado|denunciado|criticado|lamentado|informado|aclarado|resaltado|mencionado|"
    "reiterado|admitido|argumentado|alertado|detallado|considerado|opinado|concluido|confirmado|enfatizado|"
    "puntualizado|reclamado|valorado|defendido|avisado|relatado|contado"
)
#: Adverbs that may stand between the auxiliary and the participle ("a-t-il aussi déclaré", "a encore ajouté").
_FR_ADVERBS = (
    r"aussi|encore|également|ensuite|alors|enfin|déjà|toutefois|cependant|pourtant|néanmoins|notamment|"
    r"d['’]ailleurs|aussitôt|immédiatement|simplement|même|bien|plus tard|lui-même|elle-même|ainsi|d['’]abord|"
    r"depuis|récemment|clairement|publiquement|franchement|souvent|longtemps|seulement"
)

#: Turkish participles of saying: a cue only right after the quote they attribute ('"…" diyen Kınık').
PARTICIPLE_CUES = frozenset(
    {
        "diyen",
        "belirten",
        "kaydeden",
        "vurgulayan",
        "ifade eden",
        "söyleyen",
        "ekleyen",
        "ifadelerini kullanan",
        "ifadesini kullanan",
        "açıklayan",
        "dile getiren",
    }
)

#: Cue expressions of saying per language (matched case-insensitively).
CUES: dict[str, str] = {
    "en": (
        # "states" as in "the report states", not "the United States".
        r"said|says|say|told|tells|added|adds|stated|(?<!united\s)states|declared|explained|explains|noted|notes|"
        r"warned|warns|"
        r"insisted|insists|argued|argues|claimed|claims|announced|asked|asks|wrote|writes|tweeted|replied|"
        r"responded|answered|joked|pledged|continued|acknowledged|admitted|recalled|stressed|emphasi[sz]ed|"
        r"according to|commented|in (?:his|her|their) (?:own )?words|"
        r"confirmed|urged|concluded|observed|remarked|pointed out|went on|suggested|predicted|vowed|promised|"
        r"denied|maintained|agreed|cautioned|alleged|complained|added|quoted|reiterated|countered|conceded|"
        r"testified|posted|recounted|recalls|described|boasted|lamented|speaks|spoke|reported|reports|"
        # "released a statement reading, “...”", "a sign that read “...”".
        r"reading|which read|that read|put it|"
        # Present participles of saying ("..., saying “...”"): the subject of the main clause speaks.
        r"saying|adding|noting|warning|explaining|insisting|arguing|stressing|writing|tweeting|"
        # Manners of saying that tag a quote ("…,” she gushed).
        r"exclaimed|shouted|yelled|screamed|gushed|whispered|quipped|mused|sighed|chuckled|laughed|cried|"
        r"muttered|mumbled|snapped|scoffed|retorted|shot back|fired back|chimed in|elaborated|asserted|"
        r"affirmed|assured|advised|reasoned|surmised|texted|emailed|messaged|captioned|wondered|demanded|begged|pleaded|"
        r"conveyed|opined|opines|"
        r"explains|adds|recalled|recounts|continues|concludes|admits|acknowledges|argues|insists|stresses"
    ),
    "fr": (
        rf"(?:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s(?:(?:{_FR_ADVERBS})\s)?"
        rf"(?:{_FR_PARTICIPLES})|"
        rf"(?:{_FR_PRESENT})(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?|selon|d['’]après|"
        r"affirmant|déclarant|expliquant|ajoutant|soulignant|estimant|indiquant|rappelant|précisant|assurant"
    ),
    "de": (
        # Each past form with its plural ("teilten?": "teilte", "teilten"): a group speaks as often as one person.
        r"sagten?|sagt|sagen|gesagt|erklärten?|erklärt|betonten?|betont|fügten?|fügt|hinzugefügt|"
        r"ergänzten?|ergänzt|meinten?|meint|warnten?|warnt|kritisierten?|kritisiert|schrieb|schrieben|schreibt|teilten?|teilt|"
        r"berichteten?|berichtet|unterstrich|forderten?|fordert|erläuterten?|erläutert|bekräftigten?|versicherten?|"
        r"räumten?|antworteten?|antwortet|twitterten?|kündigten?|glaubt|glaubten?|sprach|spricht|zitiert|zitierten?|"
        r"heißt es|hieß es|so|laut|zufolge|äußerten?|sagte er|mahnten?|mahnt|verwies|verweist|stellten?|"
        r"bestätigten?|bestätigt|verkündeten?|argumentierten?|beklagten?|resümierten?|erinnert sich|erinnerte sich|"
        r"erzählten?|erzählt|schilderten?|schildert|kommentierten?|kommentiert|klagten?|klagt|fassten?|fasst|bilanzierten?|"
        r"bilanziert|urteilten?|urteilt|lobten?|lobt|bedauerten?|bedauert|appellierten?|appelliert|erwiderten?|erwidert|"
        r"entgegneten?|entgegnet|versprach|verspricht|fragten?|fragt|verriet|verrät|beteuerten?|beteuert|begründeten?|"
        r"begründet|gestand|gesteht|wiederholten?|wiederholt|behaupteten?|behauptet|meldeten?|meldet|"
        # An estimate reported as such ("..., schätzte Sony am Mittwoch").
        r"schätzten?|"
        # "gab die Polizei am Dienstag bekannt" (made known): the separable verb, its particle later in the clause.
        r"(?:gab|gaben|gibt)(?=[^.,;:!?\n]{1,120}\sbekannt\b)"
    ),
    "es": (
        rf"(?:ha|han|había|habían|habría)\s(?:{_ES_PARTICIPLES})|"
        r"dijo|dice|dijeron|dicen|afirmó|afirma|declaró|declara|aseguró|asegura|"
        r"señaló|señala|explicó|explica|indicó|indica|añadió|"
        r"añade|agregó|agrega|manifestó|manifiesta|comentó|comenta|advirtió|advierte|subrayó|subraya|destacó|"
        r"destaca|insistió|insiste|sostuvo|sostiene|apuntó|apunta|expresó|expresa|precisó|precisa|reconoció|"
        r"reconoce|recordó|recuerda|según|de\sacuerdo\scon|respondió|responde|escribió|escribe|anunció|anuncia|"
        r"aseveró|enfatizó|"
        r"puntualizó|confirmó|concluyó|sentenció|remarcó|detalló|consideró|considera|opinó|criticó|denunció|"
        r"lamentó|afirmaron|aseguraron|señalaron|explicaron|indicaron|insisten|señalan|explican|afirman|aseguran|"
        r"indican|cuentan|cuenta|apuntan|sostienen|informó|informa|aclaró|aclara|resaltó|resalta|mencionó|"
        r"reiteró|admitió|argumentó|alertó|refleja|reflejó|prosiguió|narró|relató|contó|confesó|confiesa|refirió|"
        # Gerunds of saying ("..., diciendo: “...”", "Subrayando que “...”"): the main clause's subject speaks.
        r"diciendo|afirmando|asegurando|señalando|explicando|añadiendo|agregando|subrayando|destacando|"
        r"insistiendo|advirtiendo|recordando|indicando|precisando|"
        # Manners of saying that tag a quote ("…", exclamó el músico).
        r"exclamó|gritó|expuso|matizó|zanjó|ironizó|bromeó|remató|apostilló|completó|sentenció|sentencia|"
        r"continuó|prosigue|añadían|decía|decían|explicaba|aseguraba|afirmaba|comentaba|contaba|"
        r"enfatiza|puntualiza|remarca|detalla|confesaba|admite|reconocía|insistía|respondía|recalcó|recalca|"
        r"publicó|tuiteó|escribía"
    ),
    "it": (
        # The perfect with an adverb between ("ha poi detto", "ha anche aggiunto"), the plural, the past historic.
        r"(?:ha|hanno)(?:\s(?:poi|anche|inoltre|già|quindi|infine|ancora))?\s(?:detto|dichiarato|affermato|"
        r"spiegato|aggiunto|sottolineato|commentato|precisato|ribadito|scritto|annunciato|osservato|concluso|"
        r"avvertito|ammesso|risposto|raccontato|ricordato|chiesto|twittato|confermato|replicato|evidenziato|"
        r"proseguito|continuato|insistito|assicurato|denunciato|esclamato|sostenuto|fatto sapere|rivelato|"
        r"lamentato|postato|pubblicato|scherzato|ammonito|riportato|riferito|segnalato|comunicato|reso noto)|"
        # "si legge nella dichiarazione" (one reads in the statement): whose statement, the attribution says.
        r"si legge|si leggeva|"
        r"dice|afferma|spiega|aggiunge|secondo|sottolinea|dichiara|conclude|avverte|risponde|racconta|ricorda|"
        r"chiede|scrive|conferma|replica|evidenzia|prosegue|continua|insiste|precisa|assicura|denuncia|commenta|"
        r"sostiene|rivela|annuncia|lamenta|osserva|riporta|riferisce|segnala|comunica|"
        r"disse|dichiarò|aggiunse|spiegò|affermò|concluse|rispose|scrisse|raccontò|commentò|sottolineò|annunciò|"
        r"ammise|osservò|precisò|confermò|replicò|ribadì|ribadisce|"
        # The plural present and the imperfect of storytelling ("Mia zia diceva: «...»").
        r"dicono|affermano|spiegano|sottolineano|aggiungono|raccontano|"
        r"diceva|dicevano|spiegava|raccontava|ripeteva|ricordava|sosteneva|scriveva"
    ),
    "pl": (
        r"powiedzia[łl]\w{0,2}|mówi|mówił\w{0,2}|stwierdzi[łl]\w{0,2}|doda[łl]\w{0,2}|dodaje|zaznaczy[łl]\w{0,2}|"
        r"zaznacza|podkreśli[łl]\w{0,2}|podkreśla|oświadczy[łl]\w{0,2}|przekaza[łl]\w{0,2}|wyjaśni[łl]\w{0,2}|"
        r"wyjaśnia|poinformowa[łl]\w{0,2}|oceni[łl]\w{0,2}|ocenia|napisa[łl]\w{0,2}|pisze|przyzna[łl]\w{0,2}|"
        r"przyznaje|zapowiedzia[łl]\w{0,2}|ostrzeg[łl]\w{0,2}|ostrzega|uważa|twierdzi|twierdzi[łl]\w{0,2}|według|"
        r"zdaniem|przekonywa[łl]\w{0,2}|przekonuje|tłumaczy[łl]\w{0,2}|tłumaczy|zauważy[łl]\w{0,2}|zauważa|"
        r"odpowiedzia[łl]\w{0,2}|odpowiada|zapewni[łl]\w{0,2}|zapewnia|apelowa[łl]\w{0,2}|apeluje|"
        r"komentowa[łl]\w{0,2}|skomentowa[łl]\w{0,2}|wskaza[łl]\w{0,2}|wskazuje|ogłosi[łl]\w{0,2}|"
        r"zaapelowa[łl]\w{0,2}|przypomnia[łl]\w{0,2}|przypomina|relacjonowa[łl]\w{0,2}|mówiła|mówili|pyta|"
        r"zapyta[łl]\w{0,2}|pyta[łl]\w{0,2}|"
        # Wishes, sums up, tells, recalls, remarks, confesses, reveals, argues, announces, reports, "we read".
        r"życzy[łl]?\w{0,2}|podsumowa[łl]\w{0,2}|podsumowuje|opowiada[łl]?\w{0,2}|wspomina[łl]?\w{0,2}|"
        r"skwitowa[łl]\w{0,2}|kwituje|komentuje|wyzna[łl]\w{0,2}|wyznaje|zdradzi[łl]\w{0,2}|zdradza|"
        r"argumentowa[łl]\w{0,2}|argumentuje|uzasadni[łl]\w{0,2}|uzasadnia|stwierdza|oznajmi[łl]\w{0,2}|"
        r"zadeklarowa[łl]\w{0,2}|deklaruje|informuje|poda[łl]\w{0,2}|podaje|czytamy|"
        # Estimates, predicts, confirms, denies.
        r"oszacowa[łl]\w{0,2}|szacuje|przewiduje|potwierdzi[łl]\w{0,2}|potwierdza|zaprzeczy[łl]\w{0,2}|zaprzecza"
    ),
    "tr": (
        # Shared, sent, posted or gave a message, a post, a note ("“…” mesajını paylaştı", "“…” iletisini attı").
        r"(?:mesajını|mesajlarını|iletisini|notunu|tweetini|paylaşımını|yazısını)\s(?:paylaştı|paylaşmıştı|attı|"
        r"atmıştı|yayınladı|yayımladı|verdi|vermişti|düştü|yazdı)|paylaşmıştı|"
        r"diye konuştu|diye ekledi|dedi|diyerek|dediler|demişti|diye|söyledi|söylüyor|söylemişti|ifade etti|"
        r"ifadelerini kullandı|ifadesini kullandı|ifadelerine yer verdi|şeklinde konuştu|belirtti|"
        r"açıkladı|kaydetti|vurguladı|dile getirdi|ekledi|bildirdi|aktardı|konuştu|uyardı|yazdı|göre|"
        r"açıklamasında|sözlerine|paylaştı|savundu|değerlendirdi|hatırlattı|belirterek|vurgulayarak|ifade ederek|"
        r"denildi|denilmişti|denilerek|kaydedildi|bildirildi|açıklandı|ifadelerine yer verildi|ifadesine yer verildi|"
        # Told, asked, addressed, called on, warned, reacted, commented, announced, claimed, posted.
        # The present, for a statement told as it stands ("... kurban verdik” diyor Dr. Tallinger").
        r"diyor|diyorlar|belirtiyor|vurguluyor|ekliyor|açıklıyor|kaydediyor|ifade ediyor|dile getiriyor|"
        r"uyarıyor|"
        r"anlattı|anlatıyor|sordu|seslendi|çağrısında bulundu|uyarısında bulundu|tepki gösterdi|yorumunda bulundu|"
        r"değerlendirmesinde bulundu|açıklamasını yaptı|açıklama yaptı|notunu düştü|mesajını verdi|bilgisini verdi|"
        r"müjdesini verdi|kaydederek|belirtmişti|vurgulamıştı|ifade etmişti|iddia etti|öne sürdü|duyurdu|"
        # Participles that make the speaker the head after them ("“…” diyen Kınık", "“…”nu belirten Karamollaoğlu"):
        # the quote finder reads them only right after the quote (PARTICIPLE_CUES).
        + "|".join(sorted(PARTICIPLE_CUES, key=len, reverse=True))
        + "|"
        # The past perfect of reporting what was said before ("... gerektiğini açıklamıştı").
        r"açıklamıştı|kaydetmişti|dile getirmişti|eklemişti|bildirmişti|duyurmuştu|aktarmıştı|uyarmıştı|"
        r"savunmuştu|"
        r"paylaşımında|"
        # "X, sözlerini şöyle sürdürdü:" (went on / finished / closed his words as follows).
        r"sözlerini(?: şöyle)? (?:sürdürdü|tamamladı|noktaladı|bitirdi)|şöyle devam etti"
    ),
    "ru": (
        r"заявил\w{0,2}|сказал\w{0,2}|говорит|говорил\w{0,2}|отметил\w{0,2}|подчеркнул\w{0,2}|добавил\w{0,2}|"
        r"сообщил\w{0,2}|пояснил\w{0,2}|считает|по словам|написал\w{0,2}|рассказал\w{0,2}|признал\w{0,2}|"
        r"уточнил\w{0,2}|заметил\w{0,2}|ответил\w{0,2}|предупредил\w{0,2}|заявляет|объяснил\w{0,2}|"
        r"указал\w{0,2}|резюмировал\w{0,2}|констатировал\w{0,2}|"
        # Writes, notes, stresses, adds, reports, tells, explains (present); quoted, admitted, urged, assured,
        # recalled, went on, asked, objected, exclaimed, promised, shared, believes, claims, concluded.
        r"пишет|отмечает|подчеркивает|подчёркивает|добавляет|сообщает|рассказывает|объясняет|говорится|"
        r"цитирует|процитировал\w{0,2}|признался|призналась|призвал\w{0,2}|заверил\w{0,2}|напомнил\w{0,2}|"
        r"продолжил\w{0,2}|спросил\w{0,2}|возразил\w{0,2}|воскликнул\w{0,2}|пообещал\w{0,2}|"
        r"поделился|поделилась|полагает|утверждает|утверждал\w{0,2}|заключил\w{0,2}|подытожил\w{0,2}|"
        r"уверяет|считают"
    ),
    "ar": (
        r"قال|قالت|يقول|تقول|أضاف|أضافت|يضيف|تضيف|أكد|أكدت|يؤكد|تؤكد|أوضح|أوضحت|صرح|صرحت|أشار|أشارت|"
        r"تابع|تابعت|ذكر|ذكرت|أعلن|أعلنت|بحسب|حسب|وفق|وفقا|لفت|لفتت|شدد|شددت|اعتبر|اعتبرت|رأى|رأت|"
        r"أفاد|أفادت|كتب|كتبت|نقل|أردف|أردفت|مضيفا|مضيفة|مؤكدا|مؤكدة|موضحا|موضحة|مشيرا|مشيرة|"
        # Commented, called on, regretted: verbs that introduce a quote in the Arabic press.
        r"علق|علقت|تعلق|يعلق|دعا|دعت|أسف|أسفت|قائلا|قائلة|"
        # Replied, commented on, asked, denied, revealed, went on, concluded.
        r"رد|ردت|عقب|عقبت|تساءل|تساءلت|نفى|نفت|كشف|كشفت|استطرد|استطردت|واصل|واصلت|اختتم|اختتمت|"
        # Went on, closed (a statement).
        r"استكمل|استكملت|ختم|ختمت"
    ),
    "zh": r"表示|说|說|指出|称|稱|强调|強調|认为|認為|透露|坦言|直言|介绍|介紹|回应|回應|告诉|告訴|"
    r"宣布|据|據|写道|寫道",
}

#: Verbs that frame a short quoted phrase as someone's words without being verbs of saying:
#: "called the plan “reckless”", "juge la requête « mal fondée »", "sprach von „Verrat“".
FRAMING: dict[str, str] = {
    "en": r"calls|called|calling|describes|describing|labell?ed|branded|termed|dismissed|hailed|praised|"
    r"condemned|denounced|critici[sz]ed|slammed|blasted|characteri[sz]ed|deemed|speaks of|spoke of|"
    r"referred to|refers to|was left|feels|felt|pledged|promises|"
    # Asking and giving in words ("urged a “swift response”", "gave their “unequivocal support”").
    r"urged|demanded|demands|called for|calls for|gave (?:their|his|her|its)|offered|bills itself as|"
    r"billed itself as|warned of|warns of|vowed|accused|accuses|"
    # Stance in words: thanking, welcoming, regretting, hoping, mocking ("welcomed the “historic” deal").
    r"welcomed|welcomes|thanked|thanks|regretted|regrets|lamented|laments|decried|decries|mocked|mocks|"
    r"dubbed|dubs|touted|touts|expressed|expresses|voiced|voices|hopes|hoped|wished|wishes|blamed|blames|"
    r"likened|likens|defended|defends|rejected|rejects|apologi[sz]ed for|believes|believed|"
    # Urging in a headline's present, and naming a word as someone's ("used the word “...”").
    r"urges|used the word|used the term|uses the word|called it|calls it|calling it",
    # Participles only after "a"/"avait" ("a qualifié de"): "est qualifié de" is a passive with no speaker.
    "fr": r"(?:a|avait)\s(?:qualifié|évoqué|parlé de|fustigé|salué|réclamé|décrit|appelé)|qualifie|qualifiait|"
    r"évoque|évoquait|parle de|parlait de|appelle|appelait|décrit|fustige|salue|se dit|se disait|se déclare|"
    r"se félicite|se réjouit|réclame|considère|trouve|qualifiant|évoquant|dénonçant|saluant|appelant|jugeant|"
    r"(?:a|avait)\s(?:dénoncé|exigé|demandé|plaidé pour|promis|appelé à)|dénonce|exige|demande|plaide pour|"
    r"promet|appelle à|"
    r"(?:a|avait)\s(?:regretté|déploré|remercié|souhaité|espéré|exprimé|critiqué|rejeté|défendu|exhorté)|"
    r"regrette|déplore|remercie|souhaite|espère|exprime|critique|rejette|défend|exhorte|met en garde contre|"
    r"estime|juge|s['’]inquiète de",
    "de": r"nannte|nennt|bezeichnete|bezeichnet|sprach von|spricht von|lobte|lobt|verurteilte|verurteilt|"
    r"beschrieb|beschreibt|versprach|verspricht|bewertete|bewertet|bezeichneten|nannten|"
    r"ortet|orten|ortete|forderte|fordert|forderten|fordern|warnte vor|warnt vor|sieht|sah|sehen|"
    r"kritisierte|kritisiert|beklagte|beklagt|verlangte|verlangt|appellierte|mahnte|"
    r"begrüßte|begrüßt|bedauerte|bedauert|dankte|dankt|hofft|hoffte|wünschte|wünscht|lehnte|lehnt|"
    r"verteidigte|verteidigt|warf|wirft|äußerte|äußert",
    "es": r"calificó|califica|calificaba|definió|define|describió|describe|habló de|habla de|tildó|tilda|tachó|"
    r"llamó|llama|calificando|definiendo|prometió|promete|pidió|pide|considerando|valoró|valora|"
    r"piden|pidieron|reclamó|reclama|reclaman|exigió|exige|exigen|denunció|denuncia|advirtió|advierte|"
    r"alertó|consideró|considera|"
    r"lamentó|lamenta|criticó|critica|celebró|celebra|agradeció|agradece|espera|esperó|deseó|desea|"
    r"acusó|acusa|rechazó|rechaza|defendió|defiende|expresó|expresa|instó|insta|exhortó|exhorta",
    "it": r"ha definito|definisce|ha parlato di|parla di|ha chiamato|ha descritto|descrive|"
    # Urging, promising, blaming and praising in words ("ha invitato il governo ad “adempiere ...”").
    r"(?:ha|hanno|avrebbe)\s(?:invitato|chiesto|promesso|esortato|sollecitato|criticato|denunciato|accusato|"
    r"elogiato|lodato|ringraziato|condannato|espresso|definito|bollato|detto)|invita|chiede|promette|esorta|"
    r"critica|denuncia|accusa|elogia|ringrazia|condanna|esprime",
    "pl": r"nazwa[łl]\w{0,2}|nazywa|określi[łl]\w{0,2}|określa|zadeklarowa[łl]\w{0,2}|deklaruje|uzna[łl]\w{0,2}|"
    r"uznaje|mówi o|mówił\w{0,2} o|zaapelowa[łl]\w{0,2} o|apeluje o|wezwa[łl]\w{0,2} do|wzywa do",
}

#: Subject pronouns that point back to the person in focus.
PRONOUNS: dict[str, str] = {
    "en": r"he|she|they",
    "fr": r"il|elle|ils|elles|-t-il|-t-elle|-il|-elle",
    "de": r"er|sie",
    "es": r"él|ella",
    "it": r"lui|lei",
    "pl": r"on|ona",
    "tr": r"o",
    "ru": r"он|она",
    "ar": r"هو|هي",
    "zh": r"他|她",
}

#: A singular subject pronoun that points to a thing or an organisation, never to a person ("..., it said"):
#: the organisation in focus speaks.
NEUTER_PRONOUNS: dict[str, str] = {"en": r"it"}

#: Role nouns: "the minister said", "el líder conservador explicó" point to the person in focus.
ROLES: dict[str, str] = {
    "en": r"president|minister|leader|spokesman|spokeswoman|spokesperson|chancellor|premier|pope|pontiff|"
    r"director|chief|chairman|chairwoman|governor|mayor|senator|secretary|coach|manager|founder|ceo|owner|"
    r"officer|sergeant|ambassador|king|queen|prince|prime minister|star|singer|actor|actress|player|"
    # People named by what they do ("the analyst", "the organiser"): someone the article introduced.
    r"analyst|economist|lawyer|attorney|expert|researcher|scientist|professor|doctor|author|writer|athlete|"
    r"organi[sz]er|official|executive|commissioner|judge|prosecutor|inspector|striker|goalkeeper|specialist|"
    r"clergyman|cleric|pastor|priest|bishop|archbishop|cardinal|rabbi|imam|preacher|"
    r"\w{2,12}ologist|"
    # An age standing for the person ("the 78-year-old"): the one just described.
    r"\d{1,3}-year-old",
    "fr": r"président\w?|vice-président\w?|ministre|dirigeant\w?|porte-parole|chancelier\w{0,3}|premier ministre|"
    r"pape|pontife|"
    r"directeur|directrice|chef|patron\w{0,2}|maire|gouverneur|sénat\w{0,3}|secrétaire|entraîneur|fondat\w{0,4}|"
    r"ambassad\w{0,4}|roi|reine|prince\w{0,2}|chanteu\w{0,3}|act\w{0,3}|joueu\w{0,2}|responsable|élu\w?|"
    r"analyste|économiste|avocat\w?|expert\w?|chercheu\w{1,3}|scientifique|professeu\w{1,3}|médecin|docteur|"
    r"auteur\w{0,2}|écrivain\w?|athlète|organisat\w{2,4}|procureu\w{1,3}|juge|commissaire|préfète?|"
    r"député\w?|sénat\w{0,4}|attaquant\w?|gardien\w{0,2}|sélectionneu\w{1,3}|réalisat\w{2,4}|spécialiste|"
    r"propriétaire|gérant\w?|"
    r"\w{2,12}ologue|\w{2,12}ologiste",
    "de": r"präsident\w{0,2}|minister\w{0,2}|kanzler\w{0,2}|sprecher\w{0,2}|chef\w{0,2}|papst|direktor\w{0,2}|"
    r"vorsitzende\w?|bürgermeister\w{0,2}|gouverneur|trainer\w{0,2}|gründer\w{0,2}|botschafter\w{0,2}|"
    r"könig\w{0,2}|regierungschef\w{0,2}|vizekanzler\w{0,2}|politiker\w{0,2}|sänger\w{0,2}|"
    # An age standing for the person ("der 45-Jährige", "die heute 30-jährige"): the one just described.
    r"\d{1,3}-jährige\w?|"
    r"analyst\w{0,4}|ökonom\w{0,2}|anwalt|anwältin|experte|expertin|forscher\w{0,2}|wissenschaftler\w{0,2}|"
    r"professor\w{0,2}|arzt|ärztin|autor\w{0,2}|sportler\w{0,2}|veranstalter\w{0,2}|organisator\w{0,2}|"
    r"richter\w{0,2}|staatsanwalt|staatsanwältin|abgeordnete\w?|stürmer\w{0,2}|torhüter\w{0,2}|"
    r"besitzer\w{0,2}|inhaber\w{0,2}|eigentümer\w{0,2}|geschäftsführer\w{0,2}|"
    r"pfarrer\w{0,2}|pastor\w{0,2}|bischof|bischöfin|priester\w{0,2}|schauspieler\w{0,2}|moderator\w{0,2}|"
    r"\w{2,12}ologe|\w{2,12}ologin",
    "es": r"president[ea]|ministr[ao]|líder|portavoz|canciller|papa|pontífice|director[a]?|jef[ea]|alcalde\w{0,2}|"
    r"gobernador[a]?|senador[a]?|secretari[ao]|entrenador[a]?|fundador[a]?|embajador[a]?|rey|reina|príncipe|"
    r"cantante|actor|actriz|jugador[a]?|mandatari[oa]|dirigente|titular|funcionari[ao]|"
    r"analista|economista|abogad[ao]|expert[ao]|investigador[a]?|científic[ao]|profesor[a]?|médic[ao]|"
    r"doctor[a]?|autor[a]?|escritor[a]?|atleta|organizador[a]?|fiscal|juez|jueza|colegiado|diputad[ao]|"
    r"santo padre|delantero|portero|seleccionador[a]?|técnico|director técnico|especialista|"
    r"dueñ[ao]|propietari[ao]|gerente|músic[ao]|artista|futbolista|periodista|comediante|humorista|cantautor[a]?|"
    r"\w{2,12}ólog[oa]",
    # Polish declines its nouns: each stem takes its case endings ("premiera", "ministrowi", "rzecznika").
    "pl": r"prezydent\w{0,3}|premier\w{0,3}|minist(?:er|r)\w{0,3}|wiceminist(?:er|r)\w{0,3}|kanclerz\w{0,3}|"
    r"rzeczni(?:k|cz)\w{0,4}|przewodnicząc\w{1,3}|dyrektor\w{0,3}|prezes\w{0,3}|burmistrz\w{0,3}|"
    r"wojewod\w{1,3}|marszał(?:ek|k)\w{0,3}|papież\w{0,3}|pose[łl]|posł\w{1,3}|posłank\w{1,3}|senator\w{0,3}|"
    r"ambasador\w{0,3}|szef\w{0,4}|lider\w{0,3}|trener\w{0,3}|prokurator\w{0,3}|sędzi\w{1,3}|ekspert\w{0,3}|"
    r"analityk\w{0,3}|profesor\w{0,3}|lekar\w{1,3}|komisarz\w{0,3}|wójt\w{0,3}|starost\w{1,3}|"
    r"\w{2,12}olog\w{0,3}",
    "it": r"president[ea]|ministr[oa]|leader|portavoce|cancelliere|premier|papa|pontefice|direttor[ea]|"
    r"sindac[oa]|governatore|senator[ea]|segretari[oa]|allenatore|tecnico|amministratore delegato|"
    r"ambasciatore|commissari[oa]|prefetto|questore|procuratore|giudice|comandante|capo|dottor[ea]|"
    r"professor[ea]|esperto|esperta|attore|attrice|cantante|giocatore|avvocat[oa]",
    # Russian declines its nouns: each stem takes its case endings ("министра", "президентом").
    "ru": r"президент\w{0,3}|министр\w{0,3}|премьер\w{0,3}|канцлер\w{0,3}|представител\w{1,3}|"
    r"пресс-секретар\w{1,3}|глав[аеуы]|руководител\w{1,3}|директор\w{0,3}|мэр\w{0,3}|губернатор\w{0,3}|"
    r"сенатор\w{0,3}|депутат\w{0,3}|посол|посла|послом|тренер\w{0,3}|прокурор\w{0,3}|судь[яиюей]|"
    r"эксперт\w{0,3}|профессор\w{0,3}|врач\w{0,3}|генерал\w{0,3}|командир\w{0,3}|спикер\w{0,3}|"
    r"актер\w{0,3}|актриса|певиц\w{1,2}|певец|адвокат\w{0,3}",
    # Turkish roles take a possessive ending in a title ("Teknik Direktörü", "Valisi"); three letters at most,
    # so that the office or institution (başkanlığı, bakanlığı, valiliği, müdürlüğü) is no role.
    "tr": r"başkan\w{0,3}|cumhurbaşkan\w{0,3}|başbakan\w{0,3}|bakan\w{0,3}|vali\w{0,3}|kaymakam\w{0,3}|"
    r"müdür\w{0,3}|direktör\w{0,3}|antrenör\w{0,3}|sözcü\w{0,3}|milletvekil\w{0,3}|muhtar\w{0,3}|"
    r"rektör\w{0,3}|dekan\w{0,3}|profesör\w{0,3}|doktor\w{0,3}|başhekim\w{0,3}|savcı\w{0,3}|avukat\w{0,3}|"
    r"müftü\w{0,3}|komutan\w{0,3}|büyükelçi\w{0,3}|temsilci\w{0,3}|kurucu\w{0,3}|lider\w{0,3}|"
    r"sekreter\w{0,3}|koordinatör\w{0,3}|uzman\w{0,3}|yazar\w{0,3}|sanatçı\w{0,3}|şarkıcı\w{0,3}|"
    r"futbolcu\w{0,3}|kaleci\w{0,3}|oyuncu\w{0,3}",
}

#: Impersonal cues ("it was said", "hieß es"): without a name beside them the speaker stays unknown.
IMPERSONAL_CUES = frozenset(
    {
        "denildi",
        "denilmişti",
        "denilerek",
        "kaydedildi",
        "bildirildi",
        "açıklandı",
        "ifadelerine yer verildi",
        "ifadesine yer verildi",
        "heißt es",
        "hieß es",
        "si legge",
        "si leggeva",
        "zitiert",
    }
)

#: Definite descriptions of an organisation ("the company said"): the organisation last named.
ORGANISATIONS: dict[str, str] = {
    "en": r"the (?:company|firm|group|ministry|department|agency|government|organi[sz]ation|body|bank|club|party|union|"
    r"foundation|association|institute|federation|council|commission|committee|charity|university|network|"
    r"magazine|newspaper|paper|broadcaster|station|outlet|daily|"
    # What an organisation issues speaks for it ("the statement said").
    r"statement|press release|communiqué)",
    "fr": r"(?:la|le|l['’]|ledit|ladite|cette|ce|cet) ?(?:société|entreprise|groupe|ministère|agence|gouvernement|"
    r"organisation|banque|club|parti|fondation|association|collectif|institut|fédération|syndicat|commission|"
    r"mairie|préfecture|municipalité|enseigne|compagnie|organisme|instance|communiqué|note)",
    # A compound names the kind more closely ("das Tech-Unternehmen", "der Autokonzern", "die Bundesregierung").
    "de": r"(?:das|der|die) (?:[\w]{1,20}-|[A-ZÄÖÜ][a-zäöüß]{1,20}?(?=(?i:unternehmen|konzern|regierung|bank|"
    r"ministerium|behörde|verband|partei|gruppe)(?!\w)))?(?:Unternehmen|Konzern|Firma|Gruppe|Ministerium|Behörde|"
    r"Regierung|Organisation|Bank|Verein|Partei|Stiftung|Verband|Institut|Gewerkschaft|Kommission|Stadtverwaltung|"
    r"Gremium|Mitteilung|Pressemitteilung|Erklärung)",
    "es": r"(?:la|el|dicha|dicho|esta|este) (?:empresa|compañía|firma|grupo|ministerio|agencia|gobierno|"
    r"organización|banco|club|partido|plataforma|fundación|asociación|colectivo|instituto|federación|sindicato|"
    r"comisión|ayuntamiento|alcaldía|entidad|institución|órgano|organismo|dependencia|corporación|comunicado)",
    "it": r"(?:la|il|l['’]|lo|questa|questo|nella|nel|nello) ?(?:società|azienda|gruppo|ministero|agenzia|governo|"
    r"organizzazione|banca|club|partito|fondazione|associazione|istituto|federazione|sindacato|commissione|comune|"
    r"ente|dichiarazione|nota|comunicato)",
}

#: German nouns of public bodies, alone or ending a compound (Polizei, Gesundheitsministerium, Staatsanwaltschaft).
GERMAN_INSTITUTION_NOUNS = (
    "polizei|ministerium|regierung|kommission|behörde|staatsanwaltschaft|feuerwehr|gericht|verwaltung|zivilschutz|"
    "rettungsdienst|amt|botschaft|armee|bundeswehr|klinik|krankenhaus|stadt|gemeinde|landkreis|kanzlei"
)

#: Definite descriptions of an institution that speaks as such, for the subject of an attribution ("the police
#: said", "a indiqué la préfecture", "informó la Policía local", "teilte der italienische Zivilschutz mit"). The
#: annotators name such a speaker by the description when the article names the institution no other way. German
#: heads are compounds' ends (Kantonspolizei, Innenministerium); French and Spanish adjectives follow the head.
INSTITUTION_SUBJECTS: dict[str, str] = {
    "en": r"(?:(?i:the)\s{1,2})?(?:[a-z][\w-]{1,20}\s{1,2}|[A-Z][a-z]{2,20}\s{1,2}){0,2}?(?:police|ministry|government|"
    r"army|military|prosecutor['’]s office|prosecutors['’] office|fire (?:department|service|brigade)|coast guard|"
    r"hospital|court|agency|council|commission|embassy|municipality|city hall|administration)",
    "fr": r"(?i:la|le|l['’])\s{0,2}(?i:police|gendarmerie|préfecture|ministère|gouvernement|mairie|parquet|commission|"
    r"armée|tribunal|hôpital|agence|ambassade|municipalité|direction|sécurité civile|protection civile)"
    r"(?:\s{1,2}[a-zé]{2,20}(?:al|ale|ales|aux|ienne|ien|aise|ais|ique|iel|ielle|il|ile)){0,2}"
    # Whose it is ("la préfecture du Nord", "le gouvernement de l'Ontario").
    r"(?:\s{1,2}(?:de\sla|de\sl['’]|de|du|des)\s{0,2}[A-ZÀ-Ö][\w-]{1,25}(?:\s[A-ZÀ-Ö][\w-]{1,25})?)?",
    "es": r"(?i:la|el)\s{1,2}(?i:policía|guardia civil|fiscalía|ministerio|gobierno|ayuntamiento|alcaldía|comisión|"
    r"ejército|tribunal|juzgado|hospital|agencia|embajada|secretaría|protección civil|defensa civil|municipalidad|"
    r"procuraduría|cancillería)"
    r"(?:\s{1,2}[a-zé]{2,20}(?:al|ales|ana|ano|anas|anos|il|iles|ica|ico|ista)){0,2}"
    # Whose it is ("el gobierno de Zacatecas", "la Policía de la Ciudad").
    r"(?:\s{1,2}(?:de\sla|de|del)\s{1,2}[A-ZÁÉÍÓÚÑ][\w-]{1,25}(?:\s[A-ZÁÉÍÓÚÑ][\w-]{1,25})?)?",
    "de": r"(?i:die|der|das|des|dem)\s{1,2}(?:[a-zäöüß][\w-]{1,25}\s{1,2}){0,2}?"
    rf"(?=[A-ZÄÖÜ])[\w-]{{0,25}}?(?i:{GERMAN_INSTITUTION_NOUNS})"
    # The genitive ending ("nach Angaben des Gesundheitsministeriums").
    r"(?:e?s(?!\w))?"
    # Where it sits ("die Regierung in Athen", "die Polizei in Köln").
    r"(?:\s{1,2}(?:in|aus)\s{1,2}[A-ZÄÖÜ][\w-]{1,25}(?:\s[A-ZÄÖÜ][\w-]{1,25})?)?",
}
#: Nouns for kinds of named things (a newspaper, an agency, a series, an operation): a short phrase in marks
#: right after one is that thing's name ('the newspaper "Haaretz"', 'وكالة "سانا"'), not a quote. Turkish
#: puts the noun after the name ('"Sabah" gazetesi').
NAMED_KINDS: dict[str, str] = {
    "en": r"newspaper|daily|weekly|magazine|agency|channel|broadcaster|station|programme|program|show|series|"
    r"film|movie|documentary|book|novel|song|album|operation|campaign|app|hashtag|slogan|motto|brand|label",
    "fr": r"journal|quotidien|hebdomadaire|magazine|agence|chaîne|station|émission|programme|série|film|"
    r"documentaire|livre|roman|chanson|album|opération|campagne|application|mot-dièse|hashtag|slogan|devise|marque",
    "de": r"Zeitung|Zeitschrift|Magazin|Blatt|Agentur|Nachrichtenagentur|Sender|Sendung|Programm|Serie|Film|"
    r"Dokumentation|Buch|Roman|Lied|Song|Album|Operation|Kampagne|App|Hashtag|Slogan|Motto|Marke",
    "es": r"diario|periódico|semanario|revista|agencia|cadena|canal|emisora|programa|serie|película|documental|"
    r"libro|novela|canción|álbum|operación|campaña|aplicación|etiqueta|hashtag|lema|eslogan|marca",
    "it": r"giornale|quotidiano|settimanale|rivista|agenzia|canale|emittente|programma|serie|film|documentario|"
    r"libro|romanzo|canzone|album|operazione|campagna|applicazione|hashtag|slogan|marchio",
    "pl": r"gazet[aęy]|gazecie|dziennik[ua]?|tygodnik[ua]?|magazyn[ua]?|agencj[aięą]|kana[łl][ue]?|stacj[aię]|"
    r"program[ue]?|programie|serial[ue]?|film[ue]?|filmie|książk[aię]|powieś[ćc]i?|piosenk[aię]|album[ue]?|"
    r"operacj[aię]|kampani[aię]|aplikacj[aię]|hasztag|hasło|hasłem|mark[aię]",
    "ar": r"وكالة|لوكالة|بوكالة|صحيفة|لصحيفة|بصحيفة|جريدة|لجريدة|مجلة|لمجلة|قناة|لقناة|بقناة|موقع|لموقع|"
    r"برنامج|لبرنامج|ببرنامج|مسلسل|لمسلسل|فيلم|لفيلم|كتاب|لكتاب|رواية|لرواية|أغنية|ألبوم|عملية|حملة|لحملة|"
    r"تطبيق|هاشتاغ|وسم|شعار|مبادرة|لمبادرة|شركة|لشركة|مؤسسة|لمؤسسة|حزب|جمعية|منظمة|لمنظمة|مركز|مجموعة",
    "tr": r"gazetesi|gazetesinin|gazetesine|dergisi|dergisinin|ajansı|ajansının|kanalı|kanalında|programı|"
    r"programında|dizisi|dizisinin|filmi|filminin|kitabı|kitabının|romanı|şarkısı|albümü|operasyonu|"
    r"kampanyası|uygulaması|etiketi|sloganı|markası",
}
#: Kinds whose name comes before the noun.
NAME_BEFORE_KIND = frozenset({"tr"})

#: Plural verb forms among the cues ("insisten", "sagten", "ont déclaré"): a group speaks, never one person.
PLURAL_CUES: dict[str, str] = {
    "es": rf"(?:han|habían)\s(?:{_ES_PARTICIPLES})|"
    r"dijeron|dicen|afirmaron|aseguraron|señalaron|explicaron|indicaron|insisten|señalan|explican|afirman|"
    r"aseguran|indican|cuentan|apuntan|sostienen",
    # The plural of every past form among the cues ("teilten", "berichteten"; not "orten", to locate).
    "de": "|".join(re.findall(r"(\w+ten)\?", CUES["de"])) + "|schrieben|sprachen|gaben|sagen",
    "fr": r"(?:ont|avaient|auraient)(?:-(?:ils|elles))?\s(?:[\w'’-]{1,12}\s)?\w{1,20}",
    "tr": r"dediler",
    "it": r"hanno(?:\s\w{1,12})?\s\w{1,20}|dicono|affermano|spiegano|sottolineano|aggiungono|raccontano|dicevano",
    # Polish past plural ("powiedzieli", "ogłosiły").
    "pl": r"\w{2,30}(?:li|ły)",
}


def is_plural_cue(language: str, cue: str) -> bool:
    """Whether ``cue`` is a plural verb of saying in ``language`` ("insisten", "ont affirmé")."""
    words = PLURAL_CUES.get(language)
    return words is not None and re.fullmatch(words, cue.strip(), re.IGNORECASE) is not None


#: German Konjunktiv I, third person singular ("er habe", "sie sei", "man werde"): the mood of reported
#: speech, which goes on with the words of the person in focus.
_KONJUNKTIV = (
    r"habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|liege|stehe|gehe|komme|wisse|sehe|halte|"
    r"bleibe|brauche|finde|glaube|denke|wünsche|hoffe|plane|erwarte|rechne|arbeite|mache|trage|lasse"
)
#: Konjunktiv II, which reported speech takes where Konjunktiv I reads like the indicative ("sie hätten",
#: "es würde"): after a verb of saying it reports; alone it may be the writer's own hypothesis.
_KONJUNKTIV_II = r"wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte|dürften"
#: A sentence opening with a subject and a Konjunktiv I verb ("Er habe ...", "Zudem sei sie ...").
KONJUNKTIV_LEAD = re.compile(
    rf"\s{{0,3}}(?:(?P<pronoun>er|sie|man)\s{{1,3}}(?:{_KONJUNKTIV})"
    rf"|[\w-]{{1,20}}\s{{1,3}}(?:{_KONJUNKTIV})\s{{1,3}}(?P<inverted>er|sie|man))(?!\w)",
    re.IGNORECASE,
)

#: The words of a main clause before its finite verb: one to five, not a first-person subject (the indicative
#: "ich habe").
_MAIN_CLAUSE_LEAD = r"\s{0,3}(?!(?:ich|wir|du|ihr)\s)(?:[\w-]{1,20}\s{1,3}){1,7}?(?<!\bich\s)"

#: A main clause in Konjunktiv I after at most five words ("Die Abgabenlast müsse ...", "Zudem sei die
#: Lage ernst"): reported speech. First-person subjects (the indicative "ich habe") and the idioms
#: "es sei denn" ("unless") and "Gott sei Dank" are not.
KONJUNKTIV_CLAUSE = re.compile(rf"{_MAIN_CLAUSE_LEAD}(?:{_KONJUNKTIV})\s(?!denn\b|dank\b)", re.IGNORECASE)

#: A main clause in Konjunktiv II after at most five words ("Die Minister hätten ... vereinbart", "Jeden Tag
#: kämen Hunderte"): after someone's reported words, with nobody else named, their words going on. Not
#: "sollten", also the past indicative, nor "könnte" and "dürfte", which mostly give the writer's own guess
#: ("Das Osterfest dürfte also ...").
KONJUNKTIV_II_CLAUSE = re.compile(
    rf"{_MAIN_CLAUSE_LEAD}(?<!\bwir\s)(?:wäre|wären|hätte|hätten|würde|würden|müsste|müssten|käme|kämen|gäbe|gäben)\s",
    re.IGNORECASE,
)

#: Plural subject pronouns: a group speaks, which no single named person stands for.
PLURAL_PRONOUNS: dict[str, str] = {"en": r"they", "fr": r"ils|elles|-ils|-elles", "es": r"ellos|ellas", "it": r"loro"}
#: Someone the article does not name: an indefinite article and a person noun ("a spokesman", "ein Freund",
#: "une source", "un portavoz"). A quote such a person speaks has no named speaker.
UNNAMED_PEOPLE: dict[str, str] = {
    "en": r"(?:a|an|one)\s(?:[\w.-]{1,20}\s){0,3}?(?:spokes(?:man|woman|person)|official|source|friend|witness|"
    r"resident|neighbou?r|relative|colleague|employee|worker|diplomat|aide|insider|representative|passer-by)",
    "fr": r"(?:un|une)\s(?:[\w.-]{1,20}\s){0,2}?(?:porte-parole|source|ami|amie|témoin|habitant|habitante|voisin|"
    r"voisine|proche|collègue|salarié|salariée|employé|employée|diplomate|conseiller|conseillère|représentant|"
    r"représentante|passant|passante)",
    "de": r"(?:ein|eine|einer)\s(?:[\w.-]{1,20}\s){0,2}?\w{0,20}?(?:Sprecher|Sprecherin|Freund|Freundin|Zeuge|Zeugin|"
    r"Anwohner|Anwohnerin|Nachbar|Nachbarin|Kollege|Kollegin|Mitarbeiter|Mitarbeiterin|Diplomat|Diplomatin|"
    r"Insider|Vertreter|Vertreterin|Passant|Passantin|Journalist|Journalistin|Reporter|Reporterin|Beamter|"
    r"Beamtin|Polizist|Polizistin|Experte|Expertin)",
    "es": r"(?:un|una)\s(?:[\w.-]{1,20}\s){0,2}?(?:portavoz|vocero|vocera|fuente|amigo|amiga|testigo|vecino|vecina|"
    r"familiar|compañero|compañera|trabajador|trabajadora|diplomático|diplomática|representante|transeúnte)",
    "it": r"(?:un|una|uno|un['’])\s?(?:[\w.-]{1,20}\s){0,2}?(?:portavoce|fonte|amico|amica|testimone|residente|"
    r"vicino|vicina|collega|dipendente|funzionario|funzionaria|diplomatico|diplomatica|rappresentante|passante)",
    "tr": r"bir\s(?:[\w.-]{1,20}\s){0,2}?(?:yetkili|yetkilisi|kaynak|sözcü|sözcüsü|tanık|görgü\stanığı|komşu|"
    r"çalışan|arkadaşı|yakını|"
    # People met in the street or at work, whom reports quote unnamed ("Bir işçi, “...” diyor").
    r"işçi|vatandaş|öğrenci|hasta|hemşire|doktor|esnaf|veli|kadın|adam|sürücü|yolcu|uzman|kişi|anne|baba|"
    r"öğretmen|polis|asker|memur|çiftçi|emekli)",
}
#: Cues that name their source after them ("selon lui", "according to the minister").
SOURCE_PREPOSITIONS = frozenset(
    {"selon", "according to", "d'après", "d’après", "según", "de acuerdo con", "laut", "secondo", "według"}
)
#: A sentence that attributes the sentence before it by a pronoun ("Das teilte die Polizei am Montag mit.",
#: "Así lo informó la Policía Nacional.", "C'est ce qu'a annoncé le ministère."); the speaker follows the verb.
ANAPHORIC_ATTRIBUTIONS: dict[str, str] = {
    "de": r"(?:Das|Dies)\s(?:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|bestätigte|"
    r"bestätigten|meldete|meldeten|gab|gaben|kündigte|kündigten|betonte|betonten|schrieb|schrieben|verlautete)",
    "es": r"(?:Así\slo|Lo)\s(?:ha\s|han\s)?(?:informó|informaron|informado|anunció|anunciaron|anunciado|"
    r"confirmó|confirmaron|confirmado|explicó|explicaron|explicado|aseguró|aseguraron|asegurado|detalló|"
    r"detallaron|detallado|indicó|indicaron|indicado|señaló|señalaron|señalado|afirmó|afirmaron|afirmado|"
    r"dijo|dijeron|dicho|declaró|declararon|declarado|precisó|precisado|detalla|informa|explica|asegura|indica)",
    "fr": r"C['’]est\sce\squ(?:['’]\s?|e\s)(?:a|ont|avait|avaient)\s(?:\w+\s)?(?:annoncé|déclaré|indiqué|affirmé|"
    r"expliqué|précisé|assuré|confirmé|rapporté|souligné|dit)",
}


@lru_cache(maxsize=32)
def anaphoric_attribution_pattern(language: str) -> re.Pattern[str] | None:
    """A sentence-opening attribution of the sentence before it in ``language``; None where none are listed."""
    return _table_pattern(ANAPHORIC_ATTRIBUTIONS, language, r"[\s\"“”«»„]{0,3}(?:WORDS)(?!\w)", flags=0)


#: A German source named by what it gave ("nach Angaben der Polizei", "nach ersten Erkenntnissen der Ermittler",
#: "nach einem Bericht des RBB"): the sentence holding it is that source's report.
GERMAN_SOURCE_NOUN_LEAD = (
    r"nach\s(?:(?:den|ersten|bisherigen|vorläufigen|eigenen|offiziellen|übereinstimmenden)\s){0,2}"
    r"(?:Angaben|Informationen|Erkenntnissen|Ermittlungen)\s(?:von|der|des|aus)|nach\s(?:einem|dem)\sBericht\s(?:von|der|des)"
)
#: Sources that open a sentence and own the clause after their comma ("Selon X, ...", "For X, ...").
FRONTED_SOURCES: dict[str, str] = {
    "en": r"according to|for",
    "fr": r"selon|d['’]après|pour",
    "es": r"según|de acuerdo con|acorde a|para",
    "de": rf"laut|{GERMAN_SOURCE_NOUN_LEAD}",
}
#: Pronouns after such a preposition ("selon elle", "según él"): the person in focus.
OBJECT_PRONOUNS = frozenset(
    {
        "him",
        "her",
        "them",
        "lui",
        "elle",
        "eux",
        "elles",
        "ihm",
        "ihr",
        "ihnen",
        "él",
        "ella",
        "ellos",
        "ellas",
        "lei",
        "loro",
        "niego",
        "niej",
        "nich",
    }
)
#: Cues whose following name is the person spoken to, not the speaker ("told Reuters").
ADDRESSEE_CUES = frozenset({"told", "tells", "a dit à", "sagte dem", "dijo a"})

#: Cue + "that" of reported speech for the languages where indirect speech is looked for.
REPORTED: dict[str, str] = {
    "en": r"(?:said|says|told\s(?:the\s)?[\w.'’-]{1,20}(?:\s[\w.'’-]{1,20}){0,2}|tells\s(?:the\s)?[\w.'’-]{1,20}"
    r"(?:\s[\w.'’-]{1,20}){0,2}|added|adds|stated|declared|explained|noted|warned|insisted|argued|claimed|"
    r"announced|acknowledged|admitted|stressed|emphasi[sz]ed|confirmed|predicted|suggested|believes|believed|"
    r"maintained|denied|alleged|reiterated|conceded|testified|saying|adding|noting|warning|arguing|insisting|"
    r"revealing|explaining|stressing|announcing|confirming|"
    r"reported|has\sreported|pointed\sout|points\sout|"
    # An infinitive after a verb that carries the subject ("went on to say that", "was quick to point out that").
    r"(?:went|goes|going|go)\son\sto\s(?:say|add|explain|note|warn)|to\spoint\sout)"
    # A time or a channel may come between ("said earlier this week that", "said in a statement that").
    r"\s(?:(?:on\s\w{1,12}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s(?:morning|afternoon|evening|night))?|earlier(?:\s(?:this|last)\s\w{1,12})?|(?:last|this)\s\w{1,12}|"
    r"later|yesterday|today|(?:during|at)\sa\s(?:press\sconference|news\sconference|briefing|rally|speech|hearing)|"
    r"previously|again|at\sthe\stime|in\s(?:an?|his|her|their|its)\s(?:[\w'’-]{1,12}\s){0,2}?"
    r"(?:statement|interview|tweet|letter|post|email|release|message|address|speech))\s){0,2}"
    # "that", or no "that" before a subject pronoun ("Daniels said he has ...", "tells the Star Tribune he ..."),
    # or before a noun phrase whose verb comes within a few words ("said the KSK was facing ...").
    r"(?:that\s|(?=(?:he|she|they|it|we|there)(?:\s(?!said|says|told|added)\w|[’'](?:s|re|ll|d|ve)\s))"
    r"|(?=(?:the|a|an|his|her|their|its|this|these|those|some|many|most|all|no|more|fewer|several|both|our|"
    r"your|my|\d[\d,.]*)\s(?:(?!that\s|who\s|which\s)[\w'’-]{1,20}\s){1,5}"
    # Its verb: an auxiliary, or a past tense in lower case ("says her life changed this week"; not "Mohameed").
    # A participle followed by a preposition ("a medication used to ...", "a man killed by ...") is no verb.
    r"(?:is|was|were|are|will|would|had|has|have|could|should|can|may|might|must|did|does|"
    r"(?-i:[a-z]{2,16}ed)(?!\s(?:to|by|in|for|with|at|on|from|as)\s))\s))",
    # An adverb may stand between the auxiliary and the participle ("a également assuré que",
    # "a quant à lui estimé que").
    "fr": rf"(?:(?:a|ont|avait|avaient|aurait)\s(?:(?:{_FR_ADVERBS}|quant\sà\s(?:lui|elle|eux))\s)?"
    rf"(?:{_FR_PARTICIPLES})|"
    r"affirme|déclare|estime|assure|indique|explique|souligne|rappelle|précise|juge|dit|annonce|note|ajoute|"
    r"pense|croit|considère|reconnaît|soutient|insiste|constate|relève|observe|prévient|martèle|admet|"
    r"avance|laisse\sentendre|"
    r"affirmant|déclarant|expliquant|ajoutant|soulignant|estimant|indiquant|rappelant|précisant|assurant)"
    # Anything set off by commas may come between ("a indiqué, lors d'un point de presse, que"); else a day
    # ("a annoncé vendredi que", "a indiqué l'an dernier que"), or the one spoken to ("a expliqué au JDD que").
    r"(?:,\s[^,.;:!?\"“”«»\n]{2,60},\s|"
    r"\s(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)\s(?:(?:matin|soir)\s)?|"
    r"(?:ce\s(?:matin|soir)|(?:l['’]an|l['’]année|la\ssemaine|le\smois|le\sweek-end)\s(?:derni(?:er|ère)|passée?))\s)?"
    r"(?:(?:à\s(?:la\s|l['’]\s?)?|au\s|aux\s)[\w-]{1,20}\s(?:[\w-]{1,20}\s)?)?"
    # ... or the channel ("a déclaré dans un communiqué que", "a expliqué lors d'une conférence de presse que").
    r"(?:(?:dans\s(?:un|une|son|sa)\s(?:communiqué|entretien|interview|message|tweet|courrier|lettre|vidéo|"
    r"déclaration)|lors\sd['’]une?\s(?:conférence\sde\spresse|point\spresse|entretien|interview|débat|"
    r"réunion|allocution))\s)?)(?:que|qu['’])",
    "de": r"(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|warnte|schrieb|teilten?(?:\s\w{1,15}){0,3}\smit|"
    r"teilt(?:\s\w{1,15}){0,3}\smit|fordert|warnt|kritisiert|berichtet|bestätigt|schreibt|unterstreicht|versichert|"
    # Phrases of saying ("machte deutlich, dass", "sprach sich dafür aus, dass").
    r"(?:machte|machten|macht)(?:\s\w{1,15}){0,2}\s(?:deutlich|klar)|"
    r"(?:sprach|sprachen|spricht)\ssich(?:\s\w{1,15}){0,2}\s(?:dafür|dagegen)\saus|"
    r"berichteten?|unterstrich|bekräftigten?|versicherten?|räumten?\s\w{1,15}\sein|glaubt|glaubte|"
    r"kündigten?(?:\s\w{1,15}){0,3}\san|kündigt(?:\s\w{1,15}){0,3}\san|versprach|verspricht|"
    r"(?:rief|riefen|ruft)(?:\s\w{1,15}){0,3}\sauf|"
    r"bestätigten?|argumentierten?|betonten|sagten|erklärten|protestierten?|beschwerten?\ssich|beklagten?|"
    r"kritisierten?|forderten?|mahnten?|erzählten?|schilderten?|erläuterten?|ergänzten?|warnten|schrieben|meinten|"
    r"wiederholten?|wiederholt|behaupteten?|behauptet|meldeten?|meldet|verlangten?|verlangt|"
    r"bestritten?|bestreitet|dementierten?|dementiert|verkündeten?|verkündet|"
    r"antworteten?|antwortet|appellierten?|appelliert|beteuerten?|beteuert|"
    r"(?:gab|gaben|gibt)(?:\s\w{1,15}){0,3}\san|"
    # Pleas, expectations and accusations ("plädierte, dass", "rechnet damit, dass", "wirft ihm vor, gelogen zu
    # haben"); not advice or requests ("empfahl Pendlern, auszuweichen"), which the annotators leave out.
    r"plädierten?|plädiert|(?:rechnete|rechnet|rechneten|rechnen)(?:\s\w{1,15}){0,2}\sdamit|"
    r"(?:warf|warfen|wirft|werfen)(?:\s\w{1,15}){0,5}\svor|"
    # Separable verbs, their subject or an adverb may stand between ("wies er darauf hin", "stellte zudem klar").
    r"(?:fügte|fügt|verwies|verweist|wies|weist|stellte|stellt|gab|gibt|hob|hebt)(?:\s\w{1,15}){0,2}\s"
    r"(?:hinzu|darauf(?:\shin)?|klar|fest|zu\sbedenken|hervor|bekannt)|"
    r"erklären|betonen|"
    # Perfect and pluperfect participles ("hat angekündigt, dass", "hatte erklärt, ...").
    r"gesagt|angekündigt|mitgeteilt|bestätigt|versichert|gewarnt|gefordert|berichtet|geschrieben|betont|"
    r"erklärt|erzählt|betont|eingeräumt|klargestellt|hervorgehoben)"
    # The subject may follow the verb ("beschwerte sich Fontana, dass", "sagte er, ...").
    # A time and a place may stand between too ("betonte am Montag in Berlin, die Lage sei ernst").
    r"(?:\s[\w-]{1,20}){0,6}(?:\sgegenüber(?:\s[\w-]{1,20}){1,2})?\s{0,2},\s{0,2}"
    # "dass", or a clause in Konjunktiv I ("sagte, er habe ...", "erklärte, die Lage in der Stadt sei ...").
    rf"(?:(?:dass|daß)\s|(?=(?:er|sie|es|man|(?:[\w-]{{1,20}}\s){{1,8}}?)\s?(?:{_KONJUNKTIV}|{_KONJUNKTIV_II})\b)"
    # Any other clause, kept only where the quote finder reads a Konjunktiv I verb in it ("untergrabe").
    r"|(?P<mood_unread>(?=[^\W\d_])))",
    "es": r"(?:dijo|dice|afirmó|afirma|declaró|aseguró|asegura|señaló|señala|explicó|indicó|añadió|agregó|"
    r"manifestó|comentó|advirtió|subrayó|destacó|insistió|sostuvo|sostiene|apuntó|expresó|precisó|reconoció|"
    r"recordó|anunció|aseveró|consideró|considera|opinó|denunció|lamentó|informó|aclaró|confirmó|detalló|"
    r"puntualizó|enfatizó|resaltó|mencionó|respondió|admitió|reiteró|argumentó|alertó|explica|indica|"
    r"añade|agrega|destaca|subraya|advierte|recuerda|insiste|precisa|reconoce|admite|apunta|opina|cree|"
    r"recomendó|recomienda|estimó|estima|sugirió|sugiere|reveló|revela|concluyó|concluye|planteó|plantea|"
    r"describió|describe|expuso|comunicó|relató|refirió|narró|matizó|externó|externa|dio\sa\sconocer|dieron\sa\sconocer|"
    r"hizo\ssaber|hicieron\ssaber|"
    r"han?\s(?:dicho|afirmado|asegurado|señalado|explicado|indicado|añadido|agregado|recordado|informado|"
    r"reconocido|destacado|subrayado|manifestado|insistido|advertido|precisado|confirmado|anunciado|declarado|"
    r"comentado|aclarado|detallado)|"
    r"dijeron|afirmaron|aseguraron|señalaron|explicaron|indicaron|informaron|diciendo|afirmando|asegurando|"
    r"señalando|explicando|añadiendo|agregando|subrayando|destacando|insistiendo|advirtiendo|recordando|indicando|"
    # "reiteró su optimismo al señalar que ...": the sentence's subject says it.
    r"al\s(?:señalar|afirmar|asegurar|explicar|indicar|destacar|subrayar|advertir|declarar|decir|recordar|"
    r"reconocer|precisar|aclarar|comentar|anunciar|informar|sostener|insistir\sen|argumentar))"
    # Anything set off by commas may come between ("indicó, en un comunicado, que"); else an adverbial or the
    # one spoken to ("aclaró este viernes que", "dijo a la prensa que").
    r"(?:,\s[^,.;:!?\"“”«»\n]{2,60},\s|\s)(?:hoy\s|este\s\w{1,12}\s|el\s\w{1,12}\s|a\s(?:la\s|los\s|las\s|el\s)?\w{1,20}\s|"
    # ... or a medium by its name ("le dijo a The Standard que").
    r"a\s(?-i:[A-ZÁÉÍÓÚÑ][\w.-]{1,20}(?:\s[A-ZÁÉÍÓÚÑ][\w.-]{1,20}){1,2})\s|"
    # ... or the subject, inverted after the verb ("señala Saldarriaga que", "explicó Ana Ruiz que").
    r"(?P<inverted>(?-i:[A-ZÁÉÍÓÚÑ][\w-]{1,20}(?:\s[A-ZÁÉÍÓÚÑ][\w-]{1,20}){0,2}))\s|"
    # ... or the channel ("explicó en rueda de prensa que", "dijo en un comunicado que").
    r"(?:en|a\stravés\sde|mediante)\s(?:rueda\sde\sprensa|conferencia\sde\sprensa|(?:un|una|su|sus)\s(?:comunicado|"
    r"entrevista|mensaje|video|declaración|publicación|redes\ssociales|cuenta\sde\s\w{1,15}))"
    # ... with whom ("en una entrevista con El País que").
    r"(?:\scon\s(?:el\s|la\s|los\s|las\s)?[\w.-]{1,20}(?:\s[\w.-]{1,20}){0,2}?)?\s)?"
    # "insistió en que", "ha advertido de que": the preposition the verb governs.
    r"(?:(?:en|de)\s)?que,?\s",
}

#: A channel phrase that closes an attribution: where or how something was said ("en un comunicado",
#: "in a statement on Monday", "dans un communiqué", "in einer Mitteilung").
CHANNEL_TAILS: dict[str, str] = {
    "en": r"(?:in|on|at|during)\s(?:a|an|the|his|her|its|their)\s(?:[\w-]{1,20}\s)?(?:statement|interview|press\s"
    r"conference|news\sconference|tweet|post|letter|briefing|video|message|email|speech)",
    "fr": r"(?:dans|lors\sd['’]\s?)(?:un|une|son|sa|leur)\s(?:communiqué|entretien|interview|conférence\sde\spresse|"
    r"point\spresse|message|tweet|lettre|vidéo|discours)",
    "es": r"(?:en|a\stravés\sde|mediante)\s(?:un|una|su|el|la)\s(?:comunicado|entrevista|rueda\sde\sprensa|"
    r"conferencia\sde\sprensa|mensaje|video|vídeo|declaración|publicación|carta|discurso|nota)",
    "de": r"(?:in|auf|bei)\s(?:einer|einem|der|dem|seiner|ihrer)\s(?:Mitteilung|Erklärung|Pressekonferenz|Interview|"
    r"Stellungnahme|Pressemitteilung|Rede|Videobotschaft|Botschaft)",
}


@lru_cache(maxsize=32)
def channel_tail_pattern(language: str) -> re.Pattern[str] | None:
    """A channel phrase of ``language`` (and what follows it to the attribution's end); None where none."""
    return _table_pattern(CHANNEL_TAILS, language, r"\s(?:WORDS)\b[^,.;:!?\n]{0,40}$")


_NO_WORD_BOUNDARY = frozenset({"ar", "zh"})


def _table_pattern(
    table: dict[str, str], language: str, template: str | None = None, flags: int = re.IGNORECASE
) -> re.Pattern[str] | None:
    """The pattern of ``language``'s entry in ``table``, set into ``template`` where it says WORDS (without a
    template, as whole words: :func:`_compile`); None where the table has no entry for the language."""
    words = table.get(language)
    if not words:
        return None
    return _compile(words, language) if template is None else re.compile(template.replace("WORDS", words), flags)


def _compile(words: str, language: str) -> re.Pattern[str]:
    if language in _NO_WORD_BOUNDARY:
        # Arabic attaches "و"/"ف" to the verb; Chinese has no spaces at all.
        prefix = r"(?<![^\s\W])(?:و|ف)?" if language == "ar" else ""
        return re.compile(f"{prefix}(?:{words})", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=32)
def cue_pattern(language: str) -> re.Pattern[str] | None:
    """Cue expressions of ``language``; None for a language without a list."""
    return _table_pattern(CUES, language)


@lru_cache(maxsize=32)
def framing_pattern(language: str) -> re.Pattern[str] | None:
    """Cues and framing verbs of ``language``, the verbs that may attribute a short quoted phrase."""
    words = "|".join(w for w in (CUES.get(language), FRAMING.get(language)) if w)
    return _compile(words, language) if words else None


@lru_cache(maxsize=32)
def fronted_source_pattern(language: str) -> re.Pattern[str] | None:
    """A source preposition opening a sentence in ``language`` ("Selon", "According to"); None where none."""
    return _table_pattern(FRONTED_SOURCES, language, r"[\s\"“”«»„]{0,3}(?:WORDS)\s")


@lru_cache(maxsize=32)
def pronoun_pattern(language: str) -> re.Pattern[str] | None:
    """Subject pronouns of ``language``; None for a language without a list."""
    return _table_pattern(PRONOUNS, language)


@lru_cache(maxsize=32)
def role_pattern(language: str) -> re.Pattern[str] | None:
    """Role nouns of ``language`` ("minister", "líder"), also with a former, deputy or sub- prefix ("exministro",
    "ex-ministre", "vicepresidente", "subdirector", "Vize-Präsident"); None for a language without a list."""
    words = ROLES.get(language)
    if not words:
        return None
    if language in _NO_WORD_BOUNDARY:
        return _compile(words, language)
    # German joins a party or body to the role with a hyphen ("SPD-Chef", "SP-Politikerin", "CDU-Generalsekretär"),
    # or into one compound ("Bundeskanzlerin", "Gesundheitsminister", "Polizeisprecher"): the usual first parts are
    # listed, as any prefix at all would make the pattern several times slower.
    party = rf"(?:\w{{1,15}}-|{_GERMAN_ROLE_COMPOUNDS})?" if language == "de" else ""
    return _compile(rf"{party}{_ROLE_PREFIXES}(?:{words})", language)


#: First parts of German compound roles (Bundeskanzlerin, Innenminister, Regierungssprecher, Polizeichef).
_GERMAN_ROLE_COMPOUNDS = (
    r"(?:bundes|landes|innen|außen|gesundheits|finanz|wirtschafts|verteidigungs|justiz|regierungs|polizei|partei|"
    r"fraktions|ober|stadt|kreis|umwelt|verkehrs|bildungs|kultus|arbeits|sozial|agrar|familien|entwicklungs|"
    r"landwirtschafts|presse|unternehmens|vorstands|konzern|vereins|feuerwehr|kirchen|erz|staats|minister|"
    r"gewerkschafts|klub|club|team|national|co-|haupt|general|bezirks|gemeinde|kommunal|senats|amts)"
)
#: Prefixes a role noun takes as one word or with a hyphen: former, deputy, sub-, co-.
_ROLE_PREFIXES = r"(?:(?:ex|vice|vize|sub|sous|co|wice|eks|były)-?)?(?:sub|vice)?"


@lru_cache(maxsize=32)
def neuter_pronoun_pattern(language: str) -> re.Pattern[str] | None:
    """The neuter subject pronoun of ``language`` alone, as a whole ("it"); None where none is listed."""
    return _table_pattern(NEUTER_PRONOUNS, language, r"\s{0,3}(?:WORDS)\s{0,3}")


@lru_cache(maxsize=32)
def organisation_pattern(language: str) -> re.Pattern[str] | None:
    """Definite descriptions of an organisation in ``language`` ("the company"); None where none are listed."""
    return _table_pattern(ORGANISATIONS, language, r"(?<![\w-])(?:WORDS)(?![\w])")


@lru_cache(maxsize=32)
def institution_subject_pattern(language: str) -> re.Pattern[str] | None:
    """An institution's definite description (``INSTITUTION_SUBJECTS``); None for a language without one."""
    return _table_pattern(INSTITUTION_SUBJECTS, language, r"(?<![\w-])(?:WORDS)(?![\w-])", flags=0)


@lru_cache(maxsize=32)
def named_kind_pattern(language: str) -> re.Pattern[str] | None:
    """A noun for a kind of named thing, ending a text before the name's marks (or, in Turkish, after them)."""
    words = NAMED_KINDS.get(language)
    if not words:
        return None
    if language in NAME_BEFORE_KIND:
        return re.compile(rf"\s{{0,2}}(?:{words})(?!\w)", re.IGNORECASE)
    if language in _NO_WORD_BOUNDARY:
        return re.compile(rf"(?<![^\s\W])(?:و|ف)?(?:{words})\s{{0,2}}$")
    # One attribute may stand between ("the Israeli newspaper", "la chaîne publique", "die Zeitung „Bild“").
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s{{1,3}}[\w-]{{1,20}})?\s{{0,2}}$", re.IGNORECASE)


@lru_cache(maxsize=32)
def unnamed_person_pattern(language: str) -> re.Pattern[str] | None:
    """Indefinite descriptions of a person in ``language`` ("a spokesman"); None for a language without a list."""
    return _table_pattern(UNNAMED_PEOPLE, language, r"(?<![\w-])(?:WORDS)(?![\w-])")


@lru_cache(maxsize=32)
def plural_pronoun_pattern(language: str) -> re.Pattern[str] | None:
    """Plural subject pronouns of ``language``; None for a language without a list."""
    return _table_pattern(PLURAL_PRONOUNS, language)


@lru_cache(maxsize=32)
def reported_pattern(language: str) -> re.Pattern[str] | None:
    """Cue + "that" (reported speech) of ``language``; None where not supported."""
    return _table_pattern(REPORTED, language, r"(?<![\w-])(?:WORDS)")


#: Singular subject pronouns by the gender they point to: "f", "m" (German "sie" is also "they": left out).
GENDER_PRONOUNS: dict[str, dict[str, str]] = {
    "en": {"f": "she", "m": "he"},
    "fr": {"f": "elle", "m": "il"},
    "es": {"f": "ella", "m": "él"},
    "it": {"f": "lei", "m": "lui"},
    "de": {"m": "er"},
    "pl": {"f": "ona", "m": "on"},
    "ru": {"f": "она", "m": "он"},
}

#: Titles and determiners that head a noun phrase naming a person, with the gender they give it.
GENDERED_DETERMINERS: dict[str, dict[str, str]] = {
    "en": {
        **dict.fromkeys(["mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame"], "f"),
        **dict.fromkeys(["mr", "mr.", "sir", "lord"], "m"),
    },
    "fr": {
        **dict.fromkeys(["la", "une", "cette", "sa", "mme", "mme.", "madame", "mlle", "mademoiselle"], "f"),
        **dict.fromkeys(["le", "un", "ce", "cet", "au", "m.", "monsieur"], "m"),
    },
    "es": {
        **dict.fromkeys(["la", "una", "esta", "esa", "aquella", "señora", "sra.", "doña"], "f"),
        **dict.fromkeys(["el", "un", "al", "este", "ese", "aquel", "señor", "sr.", "don"], "m"),
    },
    "it": {
        **dict.fromkeys(["la", "una", "questa", "signora"], "f"),
        **dict.fromkeys(["il", "lo", "un", "questo", "signor", "signore"], "m"),
    },
    "de": {"frau": "f", "herr": "m"},
    "pl": {"pani": "f", "pan": "m"},
}

#: Word endings of a gendered noun or adjective in apposition to a name ("X, chercheuse au CERI").
GENDERED_ENDINGS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "fr": (
        ("f", re.compile(r"(?:euse|rice|ienne|ière|esse|ée|ante|ente)$")),
        ("m", re.compile(r"(?:eur|ien|ier|é|dent|ant)$")),
    ),
    "es": (("f", re.compile(r"(?:ora|ada|ida|aria|era|ana)$")), ("m", re.compile(r"(?:or|ado|ido|ario|ero|ano)$"))),
    # German feminine role nouns: "Ministerin", "Sprecherin", "Präsidentin", "Chefin", "Ärztin".
    "de": (("f", re.compile(r"(?:erin|entin|orin|efin|istin|antin|ztin)$")),),
}


@lru_cache(maxsize=32)
def gender_pronoun_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...] | None:
    """(gender, pattern) for each gendered singular subject pronoun of ``language``; None without a list."""
    words = GENDER_PRONOUNS.get(language)
    return tuple((gender, _compile(word, language)) for gender, word in words.items()) if words else None


def pronoun_gender(language: str, snippet: str) -> str | None:
    """The gender ("f"/"m") of the one gendered singular pronoun in ``snippet`` ("a-t-elle dit", "selon lui").

    None when there is none, or pronouns of both genders.
    """
    patterns = gender_pronoun_patterns(language)
    inverted = {"f": r"-(?:t-)?elle\b", "m": r"-(?:t-)?il\b"} if language == "fr" else {}
    found = {
        gender
        for gender, pattern in patterns or ()
        if pattern.search(snippet) or (gender in inverted and re.search(inverted[gender], snippet, re.IGNORECASE))
    }
    if language in OBJECT_GENDERS:
        found |= {g for word, g in OBJECT_GENDERS[language].items() if re.search(rf"(?<!\w){word}(?!\w)", snippet)}
    return found.pop() if len(found) == 1 else None


#: Object pronouns after "selon", "according to", "según": "selon lui", "according to her".
OBJECT_GENDERS: dict[str, dict[str, str]] = {
    "en": {"her": "f", "him": "m"},
    "fr": {"lui": "m"},
    "es": {},
    "de": {"ihr": "f", "ihm": "m"},
}
