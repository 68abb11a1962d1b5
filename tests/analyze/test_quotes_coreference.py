"""Quote speakers through roles, focus and headlines: invented sentences, each rule with a case it must not fire on."""

from __future__ import annotations

import pytest

from newsprism.analyze import cues
from newsprism.analyze.quotes import find_quotes
from newsprism.records import EntityLabel
from tests.analyze.test_quotes import entities_of, speakers


def test_preposition_of_place_is_no_speaker() -> None:
    text = (
        "Anna Vogel spoke to reporters on Monday. "
        '"We will act soon," she said in Parliament, then added: "Nobody should doubt our resolve at all."'
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Vogel", "PER"), ("Parliament", "ORG")))
    assert [q.speaker for q in quotes] == ["Anna Vogel", "Anna Vogel"]


def test_outlet_spoken_to_is_no_speaker_but_organisation_as_subject_is() -> None:
    text = (
        "Paul Lenoir dirige l’association.\n\n« Rien ne va plus ici », commente-t-il auprès de l’AFP, "
        "en rappelant : « Il faut agir vite pour tous. »"
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Paul Lenoir", "PER"), ("AFP", "ORG")))
    assert [q.speaker for q in quotes] == ["Paul Lenoir", "Paul Lenoir"]
    # Must not fire: the organisation is the clause's subject, not after a preposition.
    text = "L’AFP a écrit : « Nous ne publierons plus ces images désormais »."
    (quote,) = find_quotes(text, "fr", entities_of(text, ("AFP", "ORG")))
    assert quote.speaker == "AFP"


def test_inverted_pronoun_means_subject_not_complement() -> None:
    text = (
        "Marc Dubois a dénoncé jeudi les discours de ses opposants. Une charge dirigée contre le parti de "
        "Lucie Martin. « Nous ne sommes plus en démocratie selon certains, c’est faux », a-t-il lâché."
    )
    ents = entities_of(text, ("Marc Dubois", "PER"), ("Lucie Martin", "PER"))
    (quote,) = find_quotes(text, "fr", ents)
    assert quote.speaker == "Marc Dubois"
    # Must not fire: the last person named is a subject, so the focus stays on them.
    # (A man's name here: "a-t-il" cannot point to a Lucie, whose given name says she is a woman.)
    text = "Marc Dubois a parlé jeudi. Luc Martin a répondu. « C’est faux et tout le monde le sait », a-t-il lâché."
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Marc Dubois", "PER"), ("Luc Martin", "PER")))
    assert quote.speaker == "Luc Martin"


def test_role_noun_refers_to_earlier_holder() -> None:
    text = (
        "Le bilan a été publié samedi par le ministre de l’Intérieur, Jean Morel. Le maire, Paul Roux, a salué "
        'les résultats.\n\n"Ces chiffres sont historiques pour nous" selon le ministre.'
    )
    ents = entities_of(text, ("Jean Morel", "PER"), ("Paul Roux", "PER"))
    (quote,) = find_quotes(text, "fr", ents)
    assert quote.speaker == "Jean Morel"  # not Paul Roux, the last person named


def test_role_with_organisation_complement_is_the_holder() -> None:
    text = (
        "Jean Morel, le président de la SPA, a lancé un appel. La SPA a fermé ses refuges. "
        "« Nous n’y arrivons pas du tout ! » déplore le président de la SPA, qui se dit « prêt à tout pour obtenir "
        "cette dérogation »."
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Jean Morel", "PER"), ("SPA", "ORG")))
    assert [q.speaker for q in quotes] == ["Jean Morel", "Jean Morel"]


def test_spanish_inverted_role_subject() -> None:
    text = (
        "El presidente del club, Luis Pardo, visitó San Mamés. Explicó el presidente: "
        '"Hemos tenido muchas oportunidades y seguiremos luchando hasta el final".'
    )
    ents = entities_of(text, ("Luis Pardo", "PER"), ("Mamés", "PER"))
    (quote,) = find_quotes(text, "es", ents)
    assert quote.speaker == "Luis Pardo"


def test_role_without_earlier_holder_gives_no_invented_holder() -> None:
    # Must not fire: nobody was introduced as minister, so the role resolves as before (focus), not to the mayor.
    text = (
        "El alcalde, Paul Roux, habló el lunes. Explicó el ministro: "
        '"Hemos tenido muchas oportunidades y seguiremos luchando hasta el final".'
    )
    (quote,) = find_quotes(text, "es", entities_of(text, ("Paul Roux", "PER")))
    assert quote.speaker == "Paul Roux"  # the person in focus, as for any role with no known holder


def test_french_cue_with_adverb() -> None:
    text = "Paul Lenoir était présent.\n\n« Nous allons devoir fermer nos portes bientôt », a-t-il aussi déclaré."
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Paul Lenoir", "PER")))
    assert (quote.speaker, quote.cue) == ("Paul Lenoir", "a-t-il aussi déclaré")
    assert cues.is_plural_cue("fr", "ont aussi déclaré")
    assert not cues.is_plural_cue("fr", "a aussi déclaré")


def test_headline_name_colon_quote() -> None:
    text = 'Luis Pardo: "Decepcionados por una eliminación"\nEl presidente habló ayer.'
    quotes = find_quotes(text, "es", entities_of(text, ("Luis Pardo", "PER")))
    assert speakers(quotes) == [("Decepcionados por una eliminación", "Luis Pardo")]
    # A title or organisation may stand before the name.
    text = "ATSO Başkanı Göktaş: “2020 yılında yatırımcılar artacak”\nOda toplantısı yapıldı."
    quotes = find_quotes(text, "tr", entities_of(text, ("Göktaş", "PER"), ("ATSO", "ORG")))
    assert speakers(quotes) == [("2020 yılında yatırımcılar artacak", "Göktaş")]
    # Must not fire: the name is not what the line opens on.
    text = 'Críticas a Luis Pardo por la derrota: "Decepcionados por una eliminación"\nNada más.'
    quotes = find_quotes(text, "es", entities_of(text, ("Luis Pardo", "PER")))
    assert all(q.speaker is None for q in quotes)


def test_german_age_description_is_the_person_in_focus() -> None:
    text = "Martin Weber wurde in der Schule entdeckt. «Es war ein Erlebnis», erinnert sich der heute 45-Jährige."
    (quote,) = find_quotes(text, "de", entities_of(text, ("Martin Weber", "PER")))
    assert (quote.speaker, quote.cue) == ("Martin Weber", "erinnert sich")


def test_a_person_addressed_after_a_preposition_and_a_title_is_not_in_focus() -> None:
    text = (
        "Schauspieler Dwayne Johnson hat sich an US-Präsident Donald Trump gewandt. "
        "«Wo bist du», sagt der 48-Jährige mehrmals in einem Video."
    )
    ents = entities_of(text, ("Dwayne Johnson", "PER"), ("Donald Trump", "PER"))
    (quote,) = find_quotes(text, "de", ents)
    assert quote.speaker == "Dwayne Johnson"


def test_cue_deep_in_previous_paragraph_is_no_lead_in() -> None:
    text = (
        "Paul Lenoir dirige le refuge. La SPA a demandé une dérogation afin que les gens puissent venir adopter "
        "leurs chiens après les avoir choisis sur Internet.\n\n« Des milliers d’animaux seront euthanasiés bientôt "
        "dans nos refuges »"
    )
    ents = entities_of(text, ("Paul Lenoir", "PER"), ("SPA", "ORG"), ("Internet", "MISC"))
    quotes = find_quotes(text, "fr", ents)
    assert all(q.speaker != "Internet" for q in quotes)
    # Still fires where the paragraph ends on its cue.
    text = "Le ministre Jean Morel a écrit dimanche sur Facebook :\n\n« Nous ne céderons rien sur ce point précis »"
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Jean Morel", "PER"), ("Facebook", "ORG")))
    assert quote.speaker == "Jean Morel"


def test_person_inside_reported_clause_is_not_in_focus() -> None:
    text = (
        "Tom Reed said that Jake Moss was copying his style. "
        '"People like us have always worked hard for this music," he said.'
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Tom Reed", "PER"), ("Jake Moss", "PER")))
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Tom Reed"]
    # Must not fire: a person named in the writer's own sentence (no reported clause) stays in focus.
    text = 'Tom Reed met Jake Moss. Jake Moss spoke first. "People like us have always worked hard," he said.'
    (quote,) = find_quotes(text, "en", entities_of(text, ("Tom Reed", "PER"), ("Jake Moss", "PER")))
    assert quote.speaker == "Jake Moss"


def test_impersonal_on_speaks_from_the_organisation_it_names_else_nobody() -> None:
    text = (
        "Le ministère de l'Agriculture a confirmé le cas. Anna Berg est venue. "
        '"Les serres ont été confinées dans l\'attente", a-t-on précisé au ministère. '
        '"La destruction des plants suivra dans la semaine", précise-t-on.'
    )
    ents = entities_of(text, ("ministère de l'Agriculture", "ORG"), ("Anna Berg", "PER"))
    assert [q.speaker for q in find_quotes(text, "fr", ents)] == ["ministère de l'Agriculture", None]


@pytest.mark.parametrize(
    ("between", "one_word", "expected"),
    [
        # Mentioned once, a one-word name is as often a tagger's guess: the thread goes on.
        (" at the shelter near the Nizamuddin station.", "Nizamuddin", "Sunil Kumar"),
        # Repeated, it is a person the article talks about: the focus moves to them.
        (". Later Dillman arrived; Dillman runs the kitchen.", "Dillman", "Dillman"),
    ],
)
def test_a_one_word_name_takes_the_focus_only_when_repeated(between: str, one_word: str, expected: str) -> None:
    text = (
        f"“We have forty beds for the homeless,” Sunil Kumar said{between} "
        "“We can provide two blankets a person, but it does not serve the purpose,” he said."
    )
    ents = entities_of(text, ("Sunil Kumar", "PER"), (one_word, "PER"))
    assert [q.speaker for q in find_quotes(text, "en", ents)] == ["Sunil Kumar", expected]


def test_polish_quote_closed_by_a_dash_and_a_verb_of_saying() -> None:
    text = (
        "Premier Jan Nowak odwiedził szkołę w Lublinie.\n"
        "Uczniowie wracają do szkół pierwszego września - powiedział premier Jan Nowak w czwartek. "
        "- Sytuacja epidemiczna na to pozwala i jesteśmy gotowi - dodał."
    )
    quotes = find_quotes(text, "pl", entities_of(text, ("Jan Nowak", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Uczniowie wracają do szkół pierwszego września", "Jan Nowak"),
        ("Sytuacja epidemiczna na to pozwala i jesteśmy gotowi", "Jan Nowak"),
    ]


def test_a_dash_quote_in_a_text_without_paragraph_breaks_is_the_sentence_before_the_dash() -> None:
    # The scrape joined the paragraphs: the quote is the sentence before "– zauważył", not the whole text,
    # and a quoted phrase earlier in the text does not stop it from being found.
    text = (
        "Ambasada Rosji nazwała urojeniem oświadczenie ministra Andersa Igemana o „rosyjskich trollach”. "
        "Szwedzki polityk oświadczył, że jego wpis na Facebooku padł ofiarą ataku. Według Igemana za atakiem "
        "stoi Rosja. Minister nie przytoczył jednak na to żadnych dowodów – zauważył ekspert Igor Nikołajczuk."
    )
    names = (("Ambasada Rosji", "ORG"), ("Andersa Igemana", "PER"), ("Igemana", "PER"), ("Igor Nikołajczuk", "PER"))
    quotes = find_quotes(text, "pl", entities_of(text, *names))
    assert ("Minister nie przytoczył jednak na to żadnych dowodów", "Igor Nikołajczuk") in [
        (q.text, q.speaker) for q in quotes
    ]
    # A short paragraph of its own is still the quote whole.
    text = "Jan Nowak odwiedził szkołę.\nSytuacja jest dobra. Jesteśmy gotowi - powiedział Jan Nowak."
    (quote,) = find_quotes(text, "pl", entities_of(text, ("Jan Nowak", "PER")))
    assert quote.text == "Sytuacja jest dobra. Jesteśmy gotowi"


def test_a_dash_after_a_sentence_end_opens_a_quote_of_the_person_in_focus() -> None:
    # Polish dialogue opens a quote with a dash; where the scrape lost the line break, the dash follows the
    # previous sentence. With no verb of saying, the person the story is about speaks.
    text = (
        "Iwan Komarenko gdy potrzebuje odpocząć, zaszywa się w klasztorze! – W tym ośrodku byłem już trzy razy. "
        "Ktoś może to nazwać dziwactwem, ale dla mnie to odpoczynek."
    )
    (quote,) = find_quotes(text, "pl", entities_of(text, ("Iwan Komarenko", "PER")))
    assert (quote.text, quote.speaker) == (
        "W tym ośrodku byłem już trzy razy. Ktoś może to nazwać dziwactwem, ale dla mnie to odpoczynek.",
        "Iwan Komarenko",
    )
    # Russian too; the quote stops at the dash before its attribution.
    text = "Министр Сергей Лавров выступил в Москве. — Мы готовы к переговорам с партнёрами — сказал Лавров."
    (quote,) = find_quotes(text, "ru", entities_of(text, ("Сергей Лавров", "PER"), ("Лавров", "PER")))
    assert quote.text == "Мы готовы к переговорам с партнёрами"
    assert quote.speaker in ("Сергей Лавров", "Лавров")


def test_a_dash_inside_a_sentence_or_before_lower_case_opens_no_quote() -> None:
    text = (
        "Jan Nowak odwiedził Lublin. – to miasto, które zna od dziecka, mówił wielokrotnie w wywiadach. "
        "Szkoła – budynek z 1920 roku – została wyremontowana w zeszłym roku przez miasto."
    )
    assert find_quotes(text, "pl", entities_of(text, ("Jan Nowak", "PER"))) == ()
    # Spanish dashes are read by their own rules: a dash after a sentence's end opens nothing here.
    text = "Juan Pérez visitó la escuela. – Todo está preparado para el nuevo curso escolar, aunque falta personal."
    assert [q.kind for q in find_quotes(text, "es", entities_of(text, ("Juan Pérez", "PER")))] == []


def test_a_spaced_dash_without_a_verb_of_saying_is_no_quote() -> None:
    text = "Jan Nowak odwiedził szkołę - budynek z 1920 roku - w Lublinie i rozmawiał z uczniami."
    assert find_quotes(text, "pl", entities_of(text, ("Jan Nowak", "PER"))) == ()


def test_a_quote_paragraph_after_an_attributed_one_goes_on_with_its_speaker() -> None:
    text = (
        "Jacques Fombonne dirige la SPA depuis 2019.\n\n"
        "« Nous manquons de place pour les chiens », a-t-il aussi déclaré à franceinfo.\n\n"
        "« Il n’y a pas de risque ! »\n\n"
        "Le gouvernement a publié un décret lundi. La mairie attend.\n\n"
        "« Rien ne change pour nous. »"
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Jacques Fombonne", "PER")))
    # After the writer's own paragraph, a short quote with no cue is nobody's: kept, as a whole sentence
    # someone said, but with no speaker.
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nous manquons de place pour les chiens", "Jacques Fombonne"),
        ("Il n’y a pas de risque !", "Jacques Fombonne"),
        ("Rien ne change pour nous.", None),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # Every quote with a verb of saying is Édouard Philippe's: the quote without one is his too.
        ("Édouard Philippe", "Édouard Philippe"),
        # Two people are quoted: a quote without a cue is nobody's for sure.
        ("Olivier Véran", None),
    ],
)
def test_an_article_quoting_one_person_gives_them_its_cueless_quotes(second: str, expected: str | None) -> None:
    text = (
        "« Nous allons fermer les écoles dès lundi », a déclaré Édouard Philippe vendredi.\n\n"
        "Sur les élections municipales\n\n"
        "« Le scrutin se tiendra dans des conditions sanitaires strictes et contrôlées partout en France. »\n\n"
        f"« Les rassemblements de plus de cent personnes sont interdits », a précisé {second}."
    )
    ents = entities_of(text, ("Édouard Philippe", "PER"), ("Olivier Véran", "PER"))
    assert find_quotes(text, "fr", ents)[1].speaker == expected


def test_a_short_quote_paragraph_has_a_speaker_only_when_the_article_quotes_one_person() -> None:
    text = (
        "« Nous allons fermer les écoles dès lundi », a déclaré Édouard Philippe vendredi.\n\n"
        "« Les rassemblements de plus de cent personnes sont interdits », a-t-il précisé.\n\n"
        "Le gouvernement publiera un décret.\n\n"
        "« Restez chez vous. »"
    )
    quotes = find_quotes(text, "fr", entities_of(text, ("Édouard Philippe", "PER")))
    assert [(q.text, q.speaker) for q in quotes][-1] == ("Restez chez vous.", "Édouard Philippe")
    one_of_two = text.replace("a-t-il précisé", "a précisé Olivier Véran")
    ents = entities_of(one_of_two, ("Édouard Philippe", "PER"), ("Olivier Véran", "PER"))
    assert ("Restez chez vous.", None) in [(q.text, q.speaker) for q in find_quotes(one_of_two, "fr", ents)]


def test_a_phrase_set_off_before_a_subjectless_verb_is_no_subject() -> None:
    text = (
        "Agustín Rossi visitó la fábrica militar. En ese sentido, destacó que «las Fuerzas Armadas están listas "
        "para ser utilizadas cuando sea necesario»."
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Agustín Rossi", "PER")))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Agustín Rossi"]
    # A subject after the comma still names someone else: nobody is guessed.
    text = (
        "Agustín Rossi visitó la fábrica militar. En ese sentido, el sindicato destacó que «las Fuerzas "
        "Armadas están listas para ser utilizadas cuando sea necesario»."
    )
    quotes = find_quotes(text, "es", entities_of(text, ("Agustín Rossi", "PER")))
    assert all(q.speaker != "Agustín Rossi" for q in quotes if q.kind == "direct")


def test_an_attribution_inside_the_marks_cuts_the_quote_in_two() -> None:
    text = "« On n’en sait pas plus que vous, explique Alexandre Dupont. Toutes nos épreuves ont été annulées. »"
    quotes = find_quotes(text, "fr", entities_of(text, ("Alexandre Dupont", "PER")))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("On n’en sait pas plus que vous", "Alexandre Dupont"),
        ("Toutes nos épreuves ont été annulées.", "Alexandre Dupont"),
    ]
    # A verb of saying inside the quote with no comma before it is the speaker's own word, not an attribution.
    text = "« Je dis toujours la même chose aux jeunes athlètes du club », explique Alexandre Dupont."
    quotes = find_quotes(text, "fr", entities_of(text, ("Alexandre Dupont", "PER")))
    assert [q.text for q in quotes] == ["Je dis toujours la même chose aux jeunes athlètes du club"]


def said_by(text: str, language: str, *names: tuple[str, EntityLabel]) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language, entities_of(text, *names))]


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "Claire Dubois, analyste chez Desjardins, suit le titre. "
            "Le marché recule, mais l’analyste croit que l’enseigne pourra gagner des parts de marché.",
            "fr",
            (("Claire Dubois", "PER"), ("Desjardins", "ORG")),
            "Claire Dubois",
        ),
        (
            "Diego Golombek asesora al gobierno. Se tendrá que garantizar la “limpieza y desinfección constantes”, "
            "enfatizó el biólogo.",
            "es",
            (("Diego Golombek", "PER"),),
            "Diego Golombek",
        ),
        (
            "Paul Lenoir organise le salon depuis dix ans.\n\n"
            "« Les visiteurs veulent des nouveautés chaque année », confirme l’organisateur du salon.",
            "fr",
            (("Paul Lenoir", "PER"),),
            "Paul Lenoir",
        ),
    ],
)
def test_a_person_named_by_what_they_do_is_the_person_in_focus(
    text: str, language: str, names: tuple[tuple[str, EntityLabel], ...], expected: str
) -> None:
    assert said_by(text, language, *names) == [expected]


def test_a_statement_speaks_for_the_organisation_that_issued_it() -> None:
    text = (
        "L’Institut Pasteur de Dakar a publié un communiqué mardi. "
        "« Le virus n’épargne personne », a indiqué ledit communiqué."
    )
    assert said_by(text, "fr", ("Institut Pasteur de Dakar", "ORG")) == ["Institut Pasteur de Dakar"]


def test_a_name_after_a_describing_noun_speaks_but_a_bare_noun_does_not() -> None:
    named = "« Des femmes vont mourir pendant le confinement », assure le collectif Noustoutes38."
    assert said_by(named, "fr") == ["Noustoutes38"]
    unnamed = "« Des femmes vont mourir pendant le confinement », assure le collectif local."
    assert said_by(unnamed, "fr") == [None]


def test_a_described_organisation_is_the_one_named_as_subject_not_as_complement() -> None:
    text = (
        "Nordwerk hat seine Teilnahme an der Hanse Messe abgesagt. "
        "„Die Sicherheit unserer Mitarbeiter geht vor“, schreibt die Gruppe."
    )
    assert said_by(text, "de", ("Nordwerk", "ORG"), ("Hanse Messe", "ORG")) == ["Nordwerk"]
    # With the subject organisation unnamed, the complement is still the only candidate.
    assert said_by(text, "de", ("Hanse Messe", "ORG")) == ["Hanse Messe"]


def test_a_polish_phrase_in_the_genitive_is_nobodys_subject() -> None:
    text = (
        "Życzenia złożył abp Stanisław Gądecki z okazji Nowego Roku. "
        "„Niech ten rok będzie dobrym czasem dla wszystkich bez wyjątku” – dodaje."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Stanisław Gądecki", "PER"), ("Nowego Roku", "PER"))
    assert said_by(text, "pl", *names) == ["Stanisław Gądecki"]


def test_a_turkish_subject_after_its_participle_clause_speaks() -> None:
    text = (
        "Dünya Sağlık Örgütünün de önerdiği bez maskenin uygun olduğunu kaydeden Rıdvan Karaali, "
        "“Bunların kullanım süresi de bazı faktörlere göre değişebilir” diye konuştu."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Dünya Sağlık Örgütünün", "PER"), ("Rıdvan Karaali", "PER"))
    assert said_by(text, "tr", *names) == ["Rıdvan Karaali"]
    # Must not fire: the name before the quote ends a clause of its own, the subject opens the sentence.
    text = (
        "Genel Müdür Mehmet Ali Kahraman, olayın ardından Salda Gölü'ne gelerek incelemelerde bulundu, "
        "“Alandaki tüm çalışmaları durdurduk” dedi."
    )
    names = (("Mehmet Ali Kahraman", "PER"), ("Salda Gölü", "PER"))
    assert said_by(text, "tr", *names) == ["Mehmet Ali Kahraman"]


def test_a_one_word_name_after_a_title_takes_the_focus_even_when_named_once() -> None:
    text = (
        "Przemoc wobec kobiet to profanacja - powiedział papież Franciszek podczas mszy w Watykanie. "
        'Mówił, że "po tym, jak traktujemy ciało kobiety, rozpoznajemy nasz poziom człowieczeństwa".'
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Franciszek", "PER"), ("Watykanie", "ORG"))
    assert said_by(text, "pl", *names)[-1] == "Franciszek"


def test_the_medium_a_quote_was_posted_on_is_no_speaker() -> None:
    text = "The search ended on Wednesday.\n\n“We are all praying for his family,” a message posted on Facebook read."
    assert said_by(text, "en", ("Facebook", "ORG")) == [None]


def test_a_short_whole_sentence_without_a_cue_is_kept_but_a_title_is_not() -> None:
    text = (
        "The nurse paused, giving him space. “Is that something you can do?” He nodded toward his friend. "
        "“These guys will help me out.” Later they watched “The Long Goodbye” together."
    )
    assert [q.text for q in find_quotes(text, "en", ())] == [
        "Is that something you can do?",
        "These guys will help me out.",
    ]


def test_an_adverb_between_auxiliary_and_participle_keeps_the_cue() -> None:
    text = "Le débat est vif. « Il s’agit d’un précédent dangereux », a ainsi estimé la députée Elisabeth Meuleman."
    assert said_by(text, "fr", ("Elisabeth Meuleman", "PER")) == ["Elisabeth Meuleman"]


def test_a_description_after_a_comma_before_the_cue_is_the_subject_not_the_name_before_it() -> None:
    text = (
        "Dans un communiqué signé par l’administrateur de l’Institut Pasteur de Dakar, Dr Amadou Alpha Sall, "
        "ladite fondation a fait savoir que « des membres de son personnel ont été testés positifs »."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Institut Pasteur de Dakar", "ORG"), ("Amadou Alpha Sall", "PER"))
    assert said_by(text, "fr", *names) == ["Institut Pasteur de Dakar"]


def test_a_described_organisation_prefers_the_one_whose_name_holds_the_noun() -> None:
    text = (
        "La Fondation Abbé Pierre publie son rapport. Le ministère du Logement a répondu lundi. "
        "« Le mal-logement s’aggrave encore », a déclaré la fondation."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Fondation Abbé Pierre", "ORG"), ("ministère du Logement", "ORG"))
    assert said_by(text, "fr", *names) == ["Fondation Abbé Pierre"]


def test_a_person_named_in_a_link_to_another_article_takes_no_focus() -> None:
    text = (
        "Anna Peters was one of the school’s top achievers this year. ALSO READ: Sfundo Dlamini soars with six "
        "distinctions “I planned and strategised each day,” she said."
    )
    names: tuple[tuple[str, EntityLabel], ...] = (("Anna Peters", "PER"), ("Sfundo Dlamini", "PER"))
    assert said_by(text, "en", *names) == ["Anna Peters"]


def test_a_given_name_mentioned_once_may_take_the_focus() -> None:
    text = (
        "Hubo un incidente en la plaza el martes con una mujer. Ayer habló Francisco ante los fieles reunidos. "
        "«Yo mismo pierdo la paciencia y por eso pido disculpas por el mal ejemplo», afirmó."
    )
    (quote,) = find_quotes(text, "es", entities_of(text, ("Francisco", "PER")))
    assert quote.speaker == "Francisco"
    # A one-word name nobody lists as a given name, mentioned once, is too weak a guess.
    text = text.replace("Francisco", "Nizamuddin")
    (quote,) = find_quotes(text, "es", entities_of(text, ("Nizamuddin", "PER")))
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        (
            "The Prince George’s County Police opened an inquiry. “The officer was placed on leave,” police said.",
            "en",
            "Prince George’s County Police",
        ),
        (
            "The Prince George’s County Police opened an inquiry. Police said the officer was placed on leave.",
            "en",
            "Prince George’s County Police",
        ),
        (
            "North York General Hospital welcomed the baby. The hospital said the mother and child were doing well.",
            "en",
            "North York General Hospital",
        ),
        (
            "Die Polizei Köln ermittelt. „Wir suchen Zeugen für den Unfall“, sagte die Polizei am Abend.",
            "de",
            "Polizei Köln",
        ),
    ],
)
def test_a_common_noun_beside_the_verb_is_the_organisation_whose_name_it_heads(
    text: str, language: str, organisation: str
) -> None:
    (quote,) = find_quotes(text, language, entities_of(text, (organisation, "ORG")))
    assert quote.speaker == organisation


def test_a_noun_that_is_the_whole_name_of_a_guessed_organisation_names_nobody() -> None:
    # "Fuentes" (sources) tagged as an organisation is a tagger's guess: "sources said" stays unnamed.
    text = "Fuentes confirmed nothing. “We will look into the matter tomorrow,” sources said."
    (quote,) = find_quotes(text, "en", entities_of(text, ("Fuentes", "ORG")))
    assert quote.speaker is None


def test_an_arabic_bare_surname_after_a_verb_of_saying_is_the_person_named_in_full_before() -> None:
    # ظريف is also an ordinary word ("nice"): read as Zarif's surname right after the verb only.
    text = (
        "التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الأمريكي. وكان الرئيس دونالد ترامب قد هدد إيران. "
        '"لن نتفاوض تحت الضغط أبدا"، قال ظريف بعد اللقاء.'
    )
    entities = entities_of(text, ("محمد جواد ظريف", "PER"), ("دونالد ترامب", "PER"))
    (quote,) = find_quotes(text, "ar", entities)
    assert quote.speaker == "محمد جواد ظريف"


def test_a_turkish_name_in_an_oblique_case_does_not_take_the_focus() -> None:
    # "Erdoğan ile" (with Erdoğan), "Erdoğan'a" (to Erdoğan): complements; Koca is the one who speaks.
    for meeting in ("Recep Tayyip Erdoğan ile görüştükten sonra", "Recep Tayyip Erdoğan'a teşekkür ettikten sonra"):
        text = (
            f"Sağlık Bakanı Fahrettin Koca, {meeting} açıklama yaptı. "
            '"Salgın kontrol altında, tedbirlere uyalım" ifadelerini kullandı.'
        )
        entities = entities_of(text, ("Fahrettin Koca", "PER"), ("Recep Tayyip Erdoğan", "PER"))
        (quote,) = find_quotes(text, "tr", entities)
        assert quote.speaker == "Fahrettin Koca"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "« L'activité est arrêtée jusqu'au 21 avril », a annoncé la direction de l'Eniem. Le ministre Jean Dupont "
            "a visité l'usine lundi. « Il est demandé à tous les directeurs d'organiser le travail », précise la "
            "même source.",
            "fr",
        ),
        (
            "“Production stops until April 21,” the management of Eniem announced. Minister Jean Dupont visited the "
            "plant on Monday. “All directors are asked to organise the work,” the same source said.",
            "en",
        ),
    ],
)
def test_the_same_source_is_the_one_quoted_just_before(text: str, language: str) -> None:
    quotes = find_quotes(text, language, entities_of(text, ("Eniem", "ORG"), ("Jean Dupont", "PER")))
    assert [q.speaker for q in quotes] == ["Eniem", "Eniem"]


def test_a_german_role_joined_to_a_party_by_a_hyphen_is_its_holder_named_before() -> None:
    text = (
        "Die Grossrätin Claudia Rohrer kandidiert wieder. Der Verkehr nimmt zu. "
        "„Das führt zu Problemen beim Verkehr in der ganzen Region“, sagt die SP-Politikerin."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Claudia Rohrer", "PER")))
    assert [q.speaker for q in quotes] == ["Claudia Rohrer"]


def test_a_polish_organisation_after_z_is_where_the_speaker_comes_from_not_the_speaker() -> None:
    text = "– Nie zgadzam się z tym wyrokiem – mówi gość z Fundacji Batorego."
    (quote,) = find_quotes(text, "pl", entities_of(text, ("Fundacji Batorego", "ORG")))
    assert quote.speaker is None


def test_a_one_word_name_given_as_a_speaker_takes_the_focus_though_named_once() -> None:
    text = (
        'Die Lage in Mailand ist ernst. "Die Zahl der Infizierten wächst weiter", so Gallera. '
        "Er protestierte, dass immer noch zu viele Menschen auf den Straßen unterwegs seien."
    )
    quotes = find_quotes(text, "de", entities_of(text, ("Gallera", "PER"), ("Mailand", "LOC")))
    assert [q.speaker for q in quotes] == ["Gallera", "Gallera"]


def test_a_role_named_before_its_holder_points_to_the_one_given_it_later() -> None:
    # The lead gives the role; the person holding it is named only further down.
    text = (
        "« Nous allons fermer toutes les écoles dès lundi », a annoncé le ministre de l'Éducation nationale. "
        "La décision surprend les parents. Le ministre de l'Éducation nationale, Jean-Michel Blanquer, a précisé "
        "les mesures mardi."
    )
    (quote,) = find_quotes(text, "fr", entities_of(text, ("Jean-Michel Blanquer", "PER")))
    assert quote.speaker == "Jean-Michel Blanquer"
    # Two words may stand between the article and the role ("the Turkish vice president").
    text = (
        "Turkey may hold off from sending troops to Libya if the fighting stops, the Turkish vice president said "
        "Wednesday. The parliament will debate a bill. Vice President Fuat Oktay told reporters the bill would deter."
    )
    quotes = find_quotes(text, "en", entities_of(text, ("Fuat Oktay", "PER")))
    assert ("Turkey may hold off from sending troops to Libya if the fighting stops", "Fuat Oktay") in [
        (q.text, q.speaker) for q in quotes
    ]
    # Nobody given the role anywhere: the speaker stays unknown.
    text = "« Nous allons fermer toutes les écoles dès lundi », a annoncé le ministre de l'Éducation nationale."
    (quote,) = find_quotes(text, "fr", ())
    assert quote.speaker is None


def test_the_end_of_a_word_before_the_verb_is_no_pronoun() -> None:
    # "the hospital said": the "he" of "the" is no pronoun pointing to the person in focus.
    text = (
        "Anna Berg had her first baby at 12:34 a.m. At North York General Hospital, Kert Lin was born later. "
        '"Congrats to the family and happy birthday to all our babies," the hospital said.'
    )
    names = (("Anna Berg", "PER"), ("North York General Hospital", "ORG"), ("Kert Lin", "PER"))
    quotes = find_quotes(text, "en", entities_of(text, *names))
    assert [q.speaker for q in quotes] == ["North York General Hospital"]
    # Must not change: a real pronoun still points to the person in focus.
    text = 'Anna Berg spoke on Monday. "Congrats to the family and happy birthday to all," she said.'
    quotes = find_quotes(text, "en", entities_of(text, ("Anna Berg", "PER")))
    assert [q.speaker for q in quotes] == ["Anna Berg"]


def test_a_name_after_the_spanish_a_is_spoken_to_not_speaking() -> None:
    text = (
        "El EZLN manda un mensaje a AMLO. El Ejército Zapatista rechazó los megaproyectos y dijo que "
        "defenderá sus tierras con su vida."
    )
    names = (("AMLO", "PER"), ("Ejército Zapatista", "ORG"), ("EZLN", "ORG"))
    quotes = find_quotes(text, "es", entities_of(text, *names))
    assert [(q.speaker, q.kind) for q in quotes] == [("Ejército Zapatista", "indirect")]
