"""Round twenty-eight: `rung.privacy.names_animals`, an animal's name is no person's."""

from __future__ import annotations

import pytest

from rung.privacy import names_animals, names_things
from rung.privacy.detect import Detector
from rung.privacy.findings import Finding


def _pet(text: str, value: str) -> bool:
    start = text.index(value)
    return names_animals.pet(value.split(), text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value", "is_pet"),
    [
        # an animal's word before it, maybe with a verb of naming, a colon or a quote
        ("Vi har bokat in katten Max på tisdag.", "Max", True),
        ("Maria's cat is called Heather.", "Heather", True),
        ("Evas medryttarhäst heter Blixten och står i box 7.", "Blixten", True),
        ("Lost cat: Luna, grey tabby.", "Luna", True),
        ('Veterinärjournal: Häst "Bjällra", ägare Mio Johansson', "Bjällra", True),
        # an animal's word in the definite form first in the name
        ("Hunden Bella ska kastreras på tisdag.", "Hunden Bella", True),
        ("Kon Ichikawa regisserade filmen.", "Kon Ichikawa", False),
        # a form's label for an animal
        ("Djur: Bella\nÄgare: Anna Berg", "Bella", True),
        ("Vaccinationsintyg\nHundens namn: Molly\nÄgare: Karin", "Molly", True),
        ("Pet's name: Oscar", "Oscar", True),
        ("Djurägare: Anna Berg", "Anna Berg", False),
        # the species or the breed right after it
        ("Patient: Max (Labrador)\nVet: Tommy Cooper", "Max", True),
        ("Patient: Bella (DSH cat, 12y)", "Bella", True),
        ("Djur: Sessan, katt\nKlinik: Norra", "Sessan", True),
        ("Patient: Anna Berg (45 år), remiss från vårdcentralen", "Anna Berg", False),
        ("Contact Sarah, cat owner, on Monday.", "Sarah", False),
        ("Lisa (hundägare) ringde.", "Lisa", False),
        ("Kim (hen) leder kursen.", "Kim", False),
        ("Can you get Sarah to call me? The dog is fine.", "Sarah", False),
        ("Ask in the lab Anna mentioned; the cat is fine.", "Anna", False),
        ("Tack Anna, för att du passade hunden\nKram", "Anna", False),
        ("Vi bor granne med Anna (som har katt) och Erik.", "Anna", False),
        ("Jag har Ellie (2 år, lekfull golden) och går ofta.", "Ellie", True),
        ("Säljes: Caesar, 9-årig svensk varmblodig valack, 168 cm.", "Caesar", True),
        ("MISSING: Kurt, 4 yo tabby, indoor cat, got out.", "Kurt", True),
        ("I am referring Bella, a seven-year-old Cavapoo owned by Petra.", "Bella", True),
        ("Kalle the labrador har ätit en hel sock.", "Kalle", True),
        ("Love, George, Jacob and Ruby the cat", "George", False),
        ("Love, George, Jacob and Ruby the cat", "Ruby", True),
        ("Meet Anna the dog walker on Monday.", "Anna", False),
        # a line that starts with a label for animals: the names in its list
        ("Owner: Chad Johnson\nCats: Garfield, Saga\nStay: 22 Jan", "Saga", True),
        ("Katter: Gullan och Findus\nGullan får torrfoder.", "Findus", True),
        ("Djurets namn/Pet's name: Luna\nÄgare: Eva", "Luna", True),
        ("Lost cat: Luna, grey tabby, last seen on Elm Street. Call Sarah Jones.", "Sarah Jones",
         False),
        # a verb of naming after an animal named earlier on the line
        ("Har någon hittat en grå katt? Hon heter Misse och bor hos oss.", "Misse", True),
        ("Black collie, answers to Bess. Ring 0701234567.", "Bess", True),
        ("Min hund är sjuk och jag heter Anna.", "Anna", False),
        ("Hunden är min, ägaren heter Anna.", "Anna", False),
        ("Hon heter Anna och jobbar här.", "Anna", False),
    ],
)  # fmt: skip
def test_an_animal_by_the_words_around_it(text: str, value: str, is_pet: bool) -> None:
    assert _pet(text, value) == is_pet


def test_a_role_word_before_a_name_is_cut_from_it() -> None:
    text = "Veterinären Elisabeth ringde. Owner Tom Baker, lame mare. Ägare Vitsippa Holm."
    spans = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.8) for v in
             ("Veterinären Elisabeth", "Owner Tom Baker", "Ägare Vitsippa Holm")]  # fmt: skip
    assert [names_things.trimmed(f, text).value(text) for f in spans] == [
        "Elisabeth",
        "Tom Baker",
        "Ägare Vitsippa Holm",  # no known given name after the role's word: left as it is
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hunden Bella ska kastreras på tisdag, ägare Anna Svensson.", ["Anna Svensson"]),
        (
            "Patient: Molly (golden retriever, 4 år). Ägare: Karin Lund, tel 070-123 45 67.",
            ["Karin Lund"],
        ),
        ("Försäkring Agria: skadeanmälan för hunden Rocky, djurägare Peter Nilsson.",
         ["Peter Nilsson"]),
        ("Lost cat: Luna, grey tabby, last seen on Elm Street. Call Sarah Jones.",
         ["Sarah Jones"]),
        ("Veterinären Elisabeth ringde: katten Smulan kan hämtas.", ["Elisabeth"]),
    ],
)  # fmt: skip
def test_the_detector_finds_the_owner_and_not_the_animal(
    detector: Detector, text: str, people: list[str]
) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a name the text gives an animal is the animal's wherever it stands again
        ("Djur: Bella (hund)\nÄgare: Anna Berg\nBella mår bra, Bellas vaccin i maj. Anna ringer.",
         ["Anna Berg", "Anna"]),
        ("Lost cat: Luna, grey tabby. Luna's chip reads 752. Call Sarah Jones.", ["Sarah Jones"]),
        # no animal's word, no animal: the same name again is the same person
        ("Bella Svensson ringde i morse. Bella kommer på tisdag.", ["Bella Svensson", "Bella"]),
        # an owner who shares no word with the animal keeps every mention
        ("Hunden Bella är frisk. Ring Karin Lund. Karin är hemma.", ["Karin Lund", "Karin"]),
    ],
)  # fmt: skip
def test_an_animal_named_once_is_the_same_animal_again(
    detector: Detector, text: str, people: list[str]
) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "value", "is_thing"),
    [
        ("Boka tid hos Smådjurskliniken Lyckan i Ystad.", "Smådjurskliniken Lyckan", True),
        ("Provridning på Ridklubben Lyckan efter överenskommelse.", "Ridklubben Lyckan", True),
        ("Vi köpte foder från Agria förra året.", "Agria", True),
        # a firm named after its owner keeps the owner's name: personal data
        ("Faktura\nKidane Teklehaimanot Hovslageri\nVitsippsvägen 8", "Kidane Teklehaimanot",
         False),
        ("Hälsa Filippa och Musti.", "Musti", False),
        ("Bookings with Smith Kennels or Anna Berg Grooming.", "Anna Berg", False),
        ("Boxplats hos Stall Eriksson i Sala.", "Stall Eriksson", False),
    ],
)  # fmt: skip
def test_an_animal_carers_place_is_no_person(text: str, value: str, is_thing: bool) -> None:
    start = text.index(value)
    assert names_things.thing(Finding("PERSON", start, start + len(value), 0.8), text) == is_thing


# Round twenty-nine: result, start and riding lists (dev-bm's kind), keepers and kennels.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Results – Agility Grade 3\n1st Rahul Singh & Ella clear 31.2s\n"
         "2nd J. D. McDonald & Smulan clear 33.9s\n3rd Tyler Thompson & Stormcrest Max 5 faults",
         ["Rahul Singh", "J. D. McDonald", "Tyler Thompson"]),
        ("Resultat Agility klass 2\n1. Yngve Bäckström med Kiara 0 fel 34,12 s\n"
         "3. K. Jonsson-Johansson & Bruno 5 fel", ["Yngve Bäckström", "K. Jonsson-Johansson"]),
        ("Resultatlista LB 0,90 m\n2 Harry – Henrik Johansson (Lunds RK) 0/32,8",
         ["Henrik Johansson"]),
        ("Results Agility Open: 1. David Wright (NOR) & Maya 0 fel; 3. Margareta Wester (GBR) & "
         "Freja. Judge: Johan Johansson.", ["David Wright", "Margareta Wester", "Johan Johansson"]),
        ("Godkända: Murphy (ägare P. Singh), Simba (förare Stefan E.)",
         ["P. Singh", "Stefan E."]),
        ("Klass: Championklass tikar\n13 Hugo, äg/owner: Emrys Price, Mora", ["Emrys Price"]),
        ("Agility: 2. Birgitta Hermansson med Blåklockans Archie 0 fel", ["Birgitta Hermansson"]),
        # people paired with people, a surname before a comma, a patrol's name: people all
        ("Mixed doubles results: 1st Tom Hill & Sarah 21-15", ["Tom Hill", "Sarah"]),
        ("1. Anna Berg & Erik Lund 6-3 6-4", ["Anna Berg", "Erik Lund"]),
        ("Remiss från ekonomichef Amirkhani ang. Marchbanks, Rosabelle.",
         ["Amirkhani", "Marchbanks, Rosabelle"]),
        ("Plan member: Taylor-Davies, Harold.", ["Taylor-Davies, Harold"]),
    ],
)  # fmt: skip
def test_a_teams_animal_a_keepers_animal_and_a_kennels_are_no_people(
    detector: Detector, text: str, people: list[str]
) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert found == people
