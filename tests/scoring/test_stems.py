from __future__ import annotations

import pytest

from kit.scoring.stems import _second_verb, analyse, compile_phrase, contains_phrase, is_negated, matches, token_matches


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Er is veel jongerenoverlast in de portiek", "overlast", True),
        ("De bewoners vermijden elkaar", "vermijden", True),
        ("bewoners vermeden het plein", "vermijden", True),  # the lemmatiser knows the past tense
        ("de skatebaan wordt gesloten", "skatebaan sluiten", True),
        ("bij beide bendes horen", "gehoord", False),  # belong to is not heard
        ("ze voelen zich niet gehoord", "gehoord", True),
        ("er zijn nog geen echte confrontaties", "nog geen confrontaties", True),  # a small gap
        ("er zijn nog geen grote harde confrontaties", "nog geen confrontaties", True),  # two words between
        ("er zijn nog geen echt grote harde confrontaties", "nog geen confrontaties", False),  # three: too far
        ("nog geen, echt waar, grote en echte confrontaties", "nog geen confrontaties", False),  # too far apart
        ("geen incidenten. Wel confrontaties", "geen confrontaties", False),  # not across sentences
        ("een jonge vrouw", "jongeren", False),
        ("De lokale politiek mengt zich erin", "politie", False),
        ("Geïrriteerde buren", "geirriteerd", True),
        ("zorgen van bewoners serieus nemen", "zorgen van bewoners", True),
        ("bewoners van zorgen", "zorgen van bewoners", False),  # a phrase with a preposition keeps its order
        ("de zorgen van de bewoners serieus nemen", "zorgen van bewoners", True),  # ... and its small gaps
        ("Ik weet niet wie de leus spoot", "weet ik niet", True),  # other word orders match
        ("De school sluiten we niet", "sluiten school", True),
        ("Ik weet het wel. Niet alles", "weet ik niet", False),  # not across sentences
        ("sluiten. De school", "sluiten school", False),  # not across clauses
    ],
)
def test_phrases_match_on_dutch_stems(text: str, phrase: str, expected: bool) -> None:
    assert contains_phrase(analyse(text), analyse(phrase)) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        ("Er zijn geen incidenten, geen irritatie, geen angst, geen vermijding en geen wij-zij.", "angst", True),
        ("De bouw en de woningmix hebben er niets mee te maken", "bouw", True),
        ("Er is geen sprake van overlast", "overlast", True),
        ("Er is geen sprake van echt grote en zichtbare overlast", "overlast", True),  # six words between
        ("Er is geen sprake van echt heel grote en zichtbare overlast", "overlast", False),  # seven: too far
        ("De bouw en de nieuwe woningmix hebben er niets mee te maken", "bouw", True),  # closes the clause
        ("De bouw en de nieuwe woningmix zijn er niet zo heel erg belangrijk voor", "bouw", False),  # mid-clause: far
        ("Het is rustig. De bouw heeft er niets mee te maken", "bouw", True),  # its clause starts mid-text
        ("Volgens veel van de bewoners heeft bouw er niets mee te maken", "bouw", True),  # 6th word: the subject
        ("Volgens veel van de bewoners heeft de bouw er niets mee te maken", "bouw", True),  # 7th, negation closes
        ("Volgens veel van de bewoners en de mensen in de buurt heeft de bouw er niets mee te maken", "bouw", False),
        ("Overlast van jongeren en vuil in de portieken spelen hier geen enkele rol", "portieken", True),
        ("Overlast van jongeren en vuil in de portieken spelen hier geen enkele rol", "overlast", True),
        ("We erkennen dat het plan niet werkt", "erkennen", False),  # the negation is the subordinate clause's
        ("Ik denk niet dat er overlast is", "overlast", True),  # ... but one before 'dat' reaches into it
        ("De corporatie wijst woningen toe zonder kennismaking", "corporatie", False),  # 'zonder' denies what follows
        ("De corporatie wijst woningen toe zonder kennismaking", "kennismaking", True),
        ("De corporatie wijst geen woningen toe aan jongeren uit de wijk", "corporatie", False),  # 'geen' its noun
        ("Bewoners zijn bang, er is geen overlast", "bang", False),
        ("Wat er niet speelt: overlast", "overlast", True),  # a negation reaches past a colon
        ("De groepen botsen nog niet", "nog niet", False),  # the negation belongs to the phrase
        ("Er zijn nog geen echte confrontaties", "nog geen confrontaties", False),
        ("Er is geen geweld, wel angst", "angst", False),
        ("Niet alleen angst, maar ook boosheid", "angst", False),
        ("Hoewel er geen incidenten zijn, mijden bewoners de straat", "mijden", False),
        ("Ik weet niet wat er online speelt aan geruchten", "geruchten", False),
        ("De verwachtingen van kopers komen niet uit", "verwachtingen", True),
        ("Bewoners hebben verwachtingen die niet uitkomen", "verwachtingen", False),
        ("Jongeren zonder plek om te spelen", "plek", True),
    ],
)
def test_a_negation_governs_only_its_own_clause(text: str, phrase: str, negated: bool) -> None:
    analysed = analyse(text)
    spans = list(matches(analysed, analyse(phrase)))
    assert spans, "the phrase must occur"
    assert all(is_negated(analysed, span) is negated for span in spans)


@pytest.mark.parametrize(
    ("text", "phrase", "spans"),
    [
        # the first 'school' has no verb in its sentence; the second takes 'sluiten' three words back (in reach)
        ("De school is dicht. Sluiten wij de school?", "school sluiten", [(4, 7)]),
        ("Sluiten wij nu de school?", "school sluiten", []),  # four words back: too far for two words
        ("Ik duid de klachten samen met de wijkbeheerder", "samen duiden", [(1, 4)]),
        ("Sommige zittende bewoners reageren fel op", "fel reageren", [(3, 4)]),
        # of two 'melden' in reach, the one nearest to 'overlast' makes the span
        ("Melden de jongeren overlast en melden de bewoners het ook?", "overlast jongeren melden", [(2, 5)]),
        # each word within reach of 'overlast', but together spread over nine words: not one phrase
        ("Melden wij al weken overlast van de groep jongeren?", "overlast melden jongeren", []),
        ("en meer meer", "meer en meer", [(0, 2)]),  # either 'meer' anchors the same span: reported once
    ],
)
def test_a_phrase_in_another_order_is_found_close_to_its_first_word(
    text: str, phrase: str, spans: list[tuple[int, int]]
) -> None:
    assert list(matches(analyse(text), analyse(phrase))) == spans


@pytest.mark.parametrize(
    ("text", "position", "second"),
    [
        ("overlast en vernielen", 1, True),  # a verb as the last word still opens a second predicate
        ("overlast of vernielen", 1, True),
        ("overlast en vernielingen", 1, False),  # a noun does not
        ("overlast en storende muziek", 1, False),  # nor a present participle used as an adjective
        ("overlast en gesloten deuren", 1, False),  # nor a past participle
        ("overlast maar vernielen", 1, False),
        ("overlast en", 1, False),  # nothing follows
    ],
)
def test_a_second_predicate_starts_at_en_or_of_before_a_verb(text: str, position: int, second: bool) -> None:
    assert _second_verb(analyse(text), position) is second


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        ("Wij zien dat de bouw er niets mee te maken heeft", "bouw", True),  # 'dat' before the match does not stop it
        # 'en' right before the match; the clause the negation closes ends at the semicolon, not with the text
        ("De gezinnen zijn ingelicht en melden geen nieuwe voorvallen; de zoon is weer op school.", "melden", True),
        ("Wijkagent, opbouwwerk en jeugdwerk doen mee; corporatie en school zijn nog niet betrokken.", "school", True),
        ("De corporatie wijst geen woningen toe aan jongeren", "corporatie", False),  # four words after 'geen'
        # the eleventh word of its clause, the negation closing it: still the subject
        ("Volgens veel van de oudere bewoners in de wijk heeft bouw er niets mee te maken", "bouw", True),
        # the seventh word, a negation mid-clause
        ("Volgens de bewoners in Oost komen jongeren niet meer op het plein", "jongeren", True),
        ("Volgens de bewoners in het oosten komen jongeren niet meer op het plein", "jongeren", False),  # the eighth
        ("De bouw van de nieuwe flats heeft niets met de onrust te maken", "bouw", True),  # five words between
        # the clause starts mid-text: the match's place is counted from there
        ("Het is hier de laatste weken best rustig. De bouw heeft er niets mee te maken", "bouw", True),
        ("De bouw van de nieuwe grote flats heeft niets met de onrust te maken", "bouw", False),  # six
    ],
)
def test_a_negation_after_the_match_reaches_as_far_as_its_clause_allows(text: str, phrase: str, negated: bool) -> None:
    analysed = analyse(text)
    spans = list(matches(analysed, analyse(phrase)))
    assert spans, "the phrase must occur"
    assert [is_negated(analysed, span) for span in spans] == [negated] * len(spans)


def test_a_phrase_found_in_order_is_not_looked_for_again_in_another_order() -> None:
    assert list(token_matches(analyse("ik weet niet"), compile_phrase("weet niet"))) == [(1, 2)]


def test_a_phrase_of_four_words_still_matches_in_another_order_and_one_of_five_does_not() -> None:
    four = compile_phrase("bewoners voelen zich onveilig")
    assert list(token_matches(analyse("onveilig voelen bewoners zich"), four)) == [(0, 3)]
    five = compile_phrase("bewoners melden overlast jongeren plein")
    assert list(token_matches(analyse("jongeren plein overlast bewoners melden"), five)) == []
