"""Round thirty (issue 15): the rules read off dev-br (IT work), dev-bs (utilities) and dev-bt
(animals), and the convention of a `c/o` name; made-up texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _found(detector: Detector, text: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text) if f.kind in kinds]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an animal's word or its care's first, before the name; a breed's last word
        ("Protokoll viltspår\nHund Harry (NO15639/14), förare Signe Henriksson",
         ["Signe Henriksson"]),
        ("Skoning Kid Harmony (ägare Javiera Gonzalez): 3 100 kr", ["Javiera Gonzalez"]),
        ("Klippning Luna, dvärgschnauzer: 650 kr", []),
        ("Omplaceras: Morris, 9 år, jack russell terrier\nTrygg med barn.", []),
        ("Grannen Sara Lind, 45, har en hund. Ring henne.", ["Sara Lind"]),
        # fed, walked or ridden; a keeper after; a show's label; a chip after the name
        ("Kattvakt: Mata Maja 2 ggr/dag. Ring Malin Ek.", ["Malin Ek"]),
        ("1st Sean Blackburn riding Sigge, clear", ["Sean Blackburn"]),
        ("Best of Breed: Cooper, handled by Sally Taylor", ["Sally Taylor"]),
        ("Pet passport check: Bosse, chip 941 000 311 591 539. Owner Tom Hill.", ["Tom Hill"]),
        ("Valparna är 3 veckor och Loke (din lilla tik med rosett) mår bra. /Eva Berg",
         ["Eva Berg"]),
        ("Puppy news! The sire is Thistledown Vilgot, owned by Ian Begum.", ["Ian Begum"]),
        ("Reminder: Rufus' rabies vaccine is due. Castle Veterinary Surgeons", []),
        # `Patient:` names an animal only at a vet's
        ("Kvitto, Smådjurskliniken\nPatient: Charlie\nVaccination 450 kr", []),
        ("Remiss\nPatient: Anna\nAllergi mot katt och hund", ["Anna"]),
        # a breed, not a person's name and a breed's word (`David Shepherd`)
        ("Vi har en Golden Retriever. Ring David Shepherd om valparna.", ["David Shepherd"]),
        ("Remiss\nPatient: Charlie\nDiagnos: fraktur", ["Charlie"]),
        # a place that keeps animals is no person, unless a name is in it
        ("Provridning på Stall Solbacken. Kennel Trollsjön har valpar.", []),
        ("Boxplats hos Stall Eriksson i Sala.", ["Stall Eriksson"]),
        ("Dear Huber's Livery, jag heter Thomas.", ["Huber", "Thomas"]),  # round 34: the owner
        # who feeds: not the animal (`Feed Anna's cat`)
        ("Please ask Anna's neighbour, Per Lund, to feed the cat.", ["Anna", "Per Lund"]),
    ],
)  # fmt: skip
def test_animals_by_their_care_and_their_keepers(
    detector: Detector, text: str, people: list[str]
) -> None:
    assert [v for _, v in _found(detector, text, ("PERSON",))] == people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a given name and the PERSON after it: one name (a surname before a phone number was a
        # street and its number)
        ("Ansvarig: Eva Nordberg 070-457 79 23. Vet on call.",
         [("PERSON", "Eva Nordberg"), ("PHONE", "070-457 79 23")]),
        ("Ring Hillevi Mellberg 08 127 361 46. Hittelön!",
         [("PERSON", "Hillevi Mellberg"), ("PHONE", "08 127 361 46")]),
        # a surname before an office's trade and a firm's form; not a brand
        ("Faktureras Hamilton IT-konsult AB, org.nr 802145-1318", [("PERSON", "Hamilton")]),
        ("Inköp till konsulterna från Korhonen Consulting AB.", [("PERSON", "Korhonen")]),
        ("Vi köper från Atlas Data AB och Volvo IT AB.", []),
        # kin before a name: not the name's
        ("Fakturan går till sonen Sven Svensson.", [("PERSON", "Sven Svensson")]),
        # a log's level, a firm of the things lexicon: no person
        ("ERROR [pid 6788] konto låst", []),
        ("Vi har fiber från Zitius och el från Tibber.", []),
    ],
)  # fmt: skip
def test_names_whole(detector: Detector, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(detector, text, ("PERSON", "PHONE", "ADDRESS")) == found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Resultat agility\n3. Lindqvist-Prytz, Fredrik med Ruby 0 fel",
            "Lindqvist-Prytz, Fredrik",
        ),
        ("Results\n3. Harris, Andrew with Elsa, clear", "Harris, Andrew"),
    ],
)
def test_surname_comma_given_before_a_teams_partner(
    detector: Detector, text: str, person: str
) -> None:
    assert person in [v for _, v in _found(detector, text, ("PERSON",))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a `c/o` name is a PERSON of its own; the address starts at the street
        ("Nytt SIM skickas till c/o Pettersson, Fleminggatan 29, lgh 1201, 923 11 Storuman.",
         [("PERSON", "Pettersson"), ("ADDRESS", "Fleminggatan 29, lgh 1201, 923 11 Storuman")]),
        ("Anna Berg\nc/o Lund\nStorgatan 1\n111 22 Stockholm",
         [("PERSON", "Anna Berg"), ("PERSON", "Lund"),
          ("ADDRESS", "Storgatan 1\n111 22 Stockholm")]),
        # a ticket's or a desk's number is no postcode with a country's prefix
        ("- laptop returnerad, IT-15948 ✅\n- konto stängt", []),
        ("Customer escalated twice; notes in SR-20091", []),
        ("Startdatum: 2027-08-17\nPlats: C-611\nBehörigheter: samma", []),
        ("Skicka till LT-01103 Vilnius senast fredag.", [("ADDRESS", "LT-01103 Vilnius")]),
        ("Via Roma 12, I-00184 Roma", [("ADDRESS", "Via Roma 12, I-00184 Roma")]),
        # British and Indian offices, found from their end
        ("Deliver to: Unit 13, Minerva House, Cardiff CF10 7ZL",
         [("ADDRESS", "Unit 13, Minerva House, Cardiff CF10 7ZL")]),
        ("Ship to 2nd Floor, 101 The Crescent, Cambridge CB2 6ZU today",
         [("ADDRESS", "2nd Floor, 101 The Crescent, Cambridge CB2 6ZU")]),
        ("Office: Plot No. 31, Infopark, Kakkanad, Kochi, Kerala 682065. Ring after 10.",
         [("ADDRESS", "Plot No. 31, Infopark, Kakkanad, Kochi, Kerala 682065")]),
        # not a list's number and a name, not a phone number before it
        ("Emergency contacts:\n1. Lisa Pearson, 83 Nelson Street, London SW7 2LS, 0161 107 5902",
         [("PERSON", "Lisa Pearson"), ("ADDRESS", "83 Nelson Street, London SW7 2LS")]),
        ("Hansson, Elisabeth: +353 86 897 9412, Flat 17, 78 Manor Way, Glasgow G2 4JH",
         [("PERSON", "Hansson, Elisabeth"), ("ADDRESS", "Flat 17, 78 Manor Way, Glasgow G2 4JH")]),
        # a house of a block after the number
        ("Kontor: Järntorget 8A, hus E, plan 5\n39279 Kalmar",
         [("ADDRESS", "Järntorget 8A, hus E, plan 5\n39279 Kalmar")]),
        # streets named in a row
        ("Elavbrott kl 15–21 på nygatan och del av tegelbruksvägen. Vi byter en nätstation.",
         [("ADDRESS", "nygatan"), ("ADDRESS", "tegelbruksvägen")]),
        ("New fibre ducts along Park Avenue and Willow Drive between 2 June and 5 July.",
         [("ADDRESS", "Park Avenue"), ("ADDRESS", "Willow Drive")]),
        ("Fritidshus på Lövudden 65 och Vallen 193 har anmält intresse.",
         [("ADDRESS", "Lövudden 65"), ("ADDRESS", "Vallen 193")]),
        ("Vi bor på Storgatan 5 och hela gatan är glad.", [("ADDRESS", "Storgatan 5")]),
        # a date after the number is no part of the address (the retrained tagger took it)
        ("Hämtning vid Skolgatan 8 maj 12 kl 15.", [("ADDRESS", "Skolgatan 8")]),
        ("Vi bor på Storgatan 5 och Anna 12 år bor där.",
         [("ADDRESS", "Storgatan 5"), ("PERSON", "Anna")]),
        ("strömmen har gått, hela storgatan är utan ljus", [("ADDRESS", "storgatan")]),
    ],
)  # fmt: skip
def test_addresses_of_round_thirty(
    detector: Detector, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(detector, text, ("PERSON", "ADDRESS")) == found


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # a label names another number
        ("Skadenummer CL7577771, försäkringsnummer P-03743355.", []),
        ("Öronmärken SE 077402-4869-5 och SE 114644-1734-0.", []),
        ("Blodprover (labbnr SVA 06-69372) ser fina ut.", []),
        ("Claim: Milo, försäkring 0612-740437, ManyPets.", []),
        ("EU-pass för sällskapsdjur nr SE 0283557", []),
        # a phone number after `nr` stays one
        ("Ring mig, nr 070-123 45 67", ["070-123 45 67"]),
        ("Mitt nr: 0701234567", ["0701234567"]),
        ("Ring efter mitt pass 070-123 45 67", ["070-123 45 67"]),
    ],
)
def test_numbers_that_labels_name_otherwise(
    detector: Detector, text: str, phones: list[str]
) -> None:
    assert [v for _, v in _found(detector, text, ("PHONE",))] == phones
