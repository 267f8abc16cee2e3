"""An animal's name is no person's (`med jämthunden Zorro`, `Djur: Bella (hund)`). A PERSON
found where the words around it name an animal is dropped (`names_things.thing` asks
`pet`):
- an animal's word just before it, maybe with a verb of naming or a form's colon between
  (`katten Max`, `a dog called Bruno`, `Maria's cat is called Heather`, `medryttarhäst heter
  Blixten`, `Lost cat: Luna`, `Häst "Bjällra"`);
- an animal's word in the definite form as its first word (`Hunden Bella`, `Hästen Silverpilen`);
- a form's label for animals before it, or first on its line with the name in the list after
  it (`Djur: Bella`, `Hundens namn: Molly`, `Katter: Gullan och Findus`);
- the species or breed right after it, in brackets or after a comma, maybe after one
  lower-case word or an age and a few lower-case words, ending there (`Max (Labrador)`, `Ellie
  (2 år, lekfull golden)`, `Caesar, 9-årig svensk varmblodig valack,`), or `the` and an animal
  (`Kalle the labrador`);
- a verb of naming after an animal named earlier on the same line, with the animal, a pronoun
  or a comma as its subject (`en grå katt? Hon heter Misse`, `Black collie, answers to Bess`);
  not `jag heter Anna`, `ägaren heter Anna`;
- one word that the same text names an animal by anywhere (`Djur: Bella (hund)` ... `Bella
  mår bra`, `Bellas vaccin`): `without_pets`, after every stage that adds a name.
Round twenty-eight, from general knowledge and the animal rows of the dev sets.

Round twenty-nine, from dev-bm's result and riding lists:
- its keeper after it (`Murphy (ägare P. Singh)`, `13 Hugo, äg/owner: Emrys Price`);
- a team's animal in a text of animal sport: one word (maybe after a kennel's genitive) paired
  with a person of two or more words by `&`, `med`, `with` or a dash, the person first at a
  line's or an entry's start (`1st Rahul Singh & Ella clear`, `Sune O. – Wilma`) or after the
  animal and a rank (`2 Harry – Henrik Johansson (Lunds RK)`);
- a kennel's genitive before a given name (`Blåklockans Archie`, `Nordanvinds Ludde`): not a
  listed name, nor a listed name and `s`.

Round thirty, from dev-bt (clinics, insurers, breeders, stables, shows):
- an animal's word first (`Hund Harry`, where the text names animals elsewhere; not `Mare
  Hren`) or its care's (`Skoning Kid Harmony`, `Klippning Luna`, `Mata Maja`);
- a breed's word last (`jack russell terrier`, `Golden Retriever`; not `David Shepherd`);
- fed, walked or ridden (`riding Sigge`), a keeper after it (`Cooper, handled by Sally Taylor`),
  a show's label (`Best of Breed: Cooper`), a chip or a kennel club's number after it (`Bosse,
  chip 941 ...`, `Harry (NO15639/14)`), care only animals get (`Rufus' rabies vaccine`), a sire
  (`The sire is Thistledown Vilgot`), a patient where a vet is named (`Patient: Charlie`).

Round thirty-four, from dev-cg (vets, kennels, sitters): where a vet is named, a patient's care
after its name or a paper about it before (`Bamses årliga hälsokontroll`, `labsvaren för Doris`);
one word in brackets after a person where animals are named (`Pekka Laine (Nala)`); a class's
pairs of a person and an animal (`Enrolled: Virgil Gray with Otto, John King with Bella`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS, NAME_WORD

# Swedish words for an animal (bare; the definite endings are added where they are used) and
# English ones; only the long words also end a compound (`jämthunden`, `medryttarhäst`): a short
# one would end many a name (`Mikko`).
_SV = (
    r"hund|häst|ponny|katt|kisse|valp|tik|hingst|sto|valack|föl|beagle|drever|tax|"
    r"labrador|retriever|spaniel|terrier|collie|schäfer|pudel|corgi|mops|husky|chihuahua|"
    r"kanin|marsvin|hamster|papegoja|undulat|ko|kalv|geten|getter|tupp|höna|gris|lamm|russ|"
    r"hona|hane|varmblod|kallblod|ardenner|fjording|golden|"
    # round forty-five (dev-ej): `tacka` after a verb's helper is to thank (`vill tacka Salih`)
    r"(?<!vill )(?<!att )(?<!ska )(?<!kan )(?<!vi )(?<!jag )tacka|"
    r"tackor|bagge|baggar|kviga|kvigor|tjur|sugga|stut|kon|kor"  # round thirty-one: livestock
)
_COMPOUND = (
    r"[a-zåäö]*(?:hund|häst|katt|valp|kanin|ponny|"
    r"pudel|schnauzer|spaniel|terrier|spets|bulldogg|pinscher)"  # round 34: `dvärgschnauzer`
)
_EN = (
    r"dog|horse|pony|cat|kitten|puppy|mare|stallion|gelding|foal|beagle|labrador|spaniel|"
    r"terrier|collie|retriever|hound|poodle|shepherd|dachshund|pug|husky|rabbit|hamster|"
    r"parrot|budgie|cow|calf|goat|pig|lamb|guinea pig|tortoise|ferret|tabby|dsh|cavapoo|"
    r"cockapoo|papillon|lurcher|whippet|greyhound|staffie|bulldog|sheltie|warmblood|cob|"
    r"thoroughbred|ewe|heifer|bullock|sow|donkey|alpaca|llama|sheep|goose|"
    r"jack[ \t]+russell|maine[ \t]+coon|british[ \t]+shorthair|perser|ragdoll|ekh|birma|siames|"
    r"skogkatt|sphynx|norrbottenspets|sheepdog|schnauzer|rottweiler|dobermann|bichon|samojed|"
    r"vizsla|weimaraner|connemara|halvblod|travare|cavalier"  # round thirty-two: breeds (dev-bz)
)
ANIMAL_WORD = rf"(?i:(?:{_COMPOUND}|{_SV})(?:en|n|et|an|ar|arna)?|(?:{_EN})s?)"
# The animal's word, then maybe a verb of naming, then maybe a colon, a comma or a quote.
_BEFORE = re.compile(
    rf"(?<![\w-]){ANIMAL_WORD}"
    r"(?:[ \t]+(?i:(?:(?:is|was)[ \t]+)?(?:called|named)|(?:som[ \t]+)?heter|kallad|kallas))?"
    r"[ \t]*[,:]?[ \t]*[\"“”']?(?<=[ \t\"“”'])\Z"
)
# A capitalised animal's word in the definite form (`Hunden`, `Katten`, `Stoet`).
_DEFINITE = re.compile(rf"(?:{_COMPOUND}|{_SV})(?:en|n|et|na|arna|erna)", re.IGNORECASE)
# A form's label for animals (`Djur:`, `Hundens namn:`, `Pet's name:`, `Katter:`), right before
# the name, or first on its line with the name in the list after it (`Katter: Gullan och
# Findus`, `Dogs: Penny, Vilgot`, `Djurets namn/Pet's name: Luna`).
LABEL_WORDS = (
    rf"(?:djur|husdjur|pets?|animals?|dogs?|cats?|horses?|hundar|katter|hästar|"
    rf"(?:pet|animal|djur|{ANIMAL_WORD})(?:s|ens|ets|ns|['’]s)?[ \t]+(?:reg\.[ \t]*)?"
    r"(?:namn|name)|name[ \t]+of[ \t]+(?:the[ \t]+)?(?:pet|animal|dog|cat|horse)|"
    r"BIR|BIM|BIS|best[ \t]+(?:of[ \t]+breed|puppy|in[ \t]+show|veteran|junior))"
)
_LABEL = re.compile(rf"(?<![\w-])(?i:{LABEL_WORDS})[ \t]*:[ \t]*\Z")
_LABEL_ANYWHERE = re.compile(rf"(?<![\w-])(?i:{LABEL_WORDS})[ \t]*:")
# Round thirty: a patient at a vet's (`Patient: Charlie` where a vet or an animal clinic is named);
# a sire or a dam anywhere (`The sire is Rocky`).
_ANIMAL_TEXT_LABEL = re.compile(r"(?<![\w-])(?i:patient|patientens[ \t]+namn)[ \t]*:[ \t]*\Z")
_VET = re.compile(
    r"(?i:veterinär|veterinary|\bvet\b|\bvets\b|djursjukhus|djurklinik|smådjur|animal hospital)"
)
# Round thirty-three (dev-cd): a sire and a dam in a sale's ad (`..., dam Ophelia`), and the
# Swedish pedigree's `e.` (by) and `u.` (out of): `e. Diamant de Semilly u. Ophelia`.
_SIRE = re.compile(
    r"(?<![\w-])(?i:sire(?:[ \t]+(?:is|was))?|sired[ \t]+by|dam[ \t]+(?:is|was))[ \t]*:?[ \t]+\Z"
    r"|(?:^|[,;(][ \t]*)dam[ \t]*:?[ \t]+\Z|(?<![\w.])[eu]\.[ \t]+\Z",
    re.M,
)
# Round thirty: care that only an animal gets, after its name or its name's genitive (`Rufus'
# rabies vaccine`, `Tussan's booster`, `Sotis avmaskning`).
_CARE_AFTER = re.compile(
    r"(?:['’]s?|s)?[ \t]+(?i:booster|rabies|kennel[ \t]+cough|worming|wormer|flea|"
    r"avmaskning|kastrering|hovslagning|klövverkning|trimning|"
    r"kennelhosta|vaccination[ \t]+mot[ \t]+kennel)\b"
    r"|[ \t]*[(,][ \t]*(?i:chip|chipnr|microchip|ueln|transponder)\b"  # `Bosse, chip 941 ...`
    r"|[ \t]*\([A-Z]{1,3}\d{4,6}/\d{2,4}\)"  # a kennel club's number: `Harry (NO15639/14)`
)
# Round thirty-four (dev-cg): where a vet is named, a patient's care after its genitive (`Sigges
# vaccination`, `Bamses årliga hälsokontroll`, `Barbara's surgery`), a patient after `för`, `for` or
# `re` after a paper about the patient on its line, no capitalised word after it (`labsvaren för
# Doris`, `claim SK 328 038 for Coco`, `Referral letter received from Dr Davies re Hilma`; not
# receipts, bills or bookings, which are an owner's), and one word in brackets after a person's
# name (`Signed up so far: Pekka Laine (Nala)`).
_VET_CARE_AFTER = re.compile(
    r"(?:['’]s?|s)?[ \t]+(?:[a-zåäö]+[ \t]+)?(?i:vaccination|vaccinering|hälsokontroll|"
    r"tandbehandling|tandraspning|tandrengöring|surgery|operation|check-up|"
    r"röntgen|x-ray|ultraljud|labsvar|blodprov|narkos|kastrering|castration|neutering|spay|"
    r"vaccine|vaccin|journal|prescription|medication|meds|dental)\b"
)
_VET_PAPER_FOR = re.compile(
    r"(?i:labsvar|provsvar|skada|skadan|claim|results|referral|remiss)[^\n]{0,40}?(?<![\w-])"
    r"(?i:för|for|re)[ \t]+\Z"
)
_PERSON_BRACKET = re.compile(r"[A-ZÅÄÖ][\w'’-]+[ \t]+[A-ZÅÄÖ][\w'’-]+[ \t]*\(\Z")
# Round thirty (dev-bt): who is fed, walked or ridden (`Mata Maja och Simba`, `riding Sigge`), not
# in the genitive (`Feed Anna's cat`).
# Round thirty-three (dev-cd): shod, trimmed, ridden or fallen off (`sko om Nova och verka Kalle`,
# `Per L. rider Alfred`, `Aya ramlade av Tage`).
_TENDED_BEFORE = re.compile(
    r"(?<![\w-])(?i:mata|matar|feed|feeding|rasta|rastar|riding|verka|sko[ \t]+om|rider|ride|"
    r"rode|ramlade[ \t]+av|fell[ \t]+off|longera|lunge)[ \t]+\Z"
)
# Round thirty-seven (dev-cp): who is walked, in a text about animals (`Dog walks for Lennart in
# September`, `kan du ta Enzo på promenad`, `take Otis for a walk`); elsewhere a person may be
# taken for a walk too.
_WALKS_FOR = re.compile(
    r"(?<![\w-])(?i:walks|walking|promenader|rastning)[ \t]+(?i:for|för|av)[ \t]+\Z"
)
_TAKE = re.compile(r"(?<![\w-])(?i:ta|tar|take|takes|took)[ \t]+\Z")
_ON_A_WALK = re.compile(
    r"[ \t]+(?i:på[ \t]+(?:en[ \t]+)?promenad|(?:out[ \t]+)?for[ \t]+(?:a[ \t]+)?walk)\b"
)


def _walked(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the words around a name say it is walked (above), in a text about animals."""
    walked = _WALKS_FOR.search(before) or (_TAKE.search(before) and _ON_A_WALK.match(after))
    return bool(walked) and about_animals(text, start, end)


# Round thirty (dev-bt): an animal's word or its care's as the first word, before the name
# (`Hund Harry`, `Skoning Kid Harmony`, `Klippning Luna`, `Foderstat Quintus`, `Mata Maja`).
_CARE_FIRST = re.compile(
    rf"(?i:{_SV}|{_EN}|(?P<care>mata|feed|rasta|skoning|klippning|trimning|tandrengöring|"
    r"foderstat|kastrering|avmaskning|vaccination|kennel|provtagning|ombokning|"
    r"sire|boarding|livery|doe|buck))"  # round thirty-three: `Sire Chacco-Blue`, `Doe Sheila`
)
# Round thirty-two (dev-bz): an animal's English word first, which names no person whatever the
# lists hold (`Dog Kajsa`, `Puppy Nova`); `Cat` where the text is about animals (not `Cat Smith`).
_SURE_FIRST = frozenset({"dog", "puppy", "kitten", "horse", "pony", "gelding", "hund"})
# A person's word after an animal's (`Anna the dog walker`): no animal's name before it.
_CARER = r"(?i:walker|sitter|trainer|groomer|owner|lover|breeder|handler|person|whisperer)s?\b"
# `9-årig`, `4`, `14.3hh`, `a seven-year-old`
_AGE = r"(?:\d[\w.-]*|[a-z]+-(?:year|month|week)s?-old)"
_SPECIES_AFTER = re.compile(
    rf"[ \t]*[(,][ \t]*(?:(?:[a-z]+[ \t]+)?{_AGE},?[ \t]+(?:[a-zåäö][\w-]*,?[ \t]+){{0,3}}?"
    r"|(?:[a-zåäö][\w-]*|[A-ZÅÄÖ]{2,})[ \t]+"
    r"|(?:din|min|er|vår|hans|hennes|deras|my|your|our|his|her|their)[ \t]+[a-zåäö]+[ \t]+)?"
    rf"{ANIMAL_WORD}(?![\w-])"
    r"(?:[ \t]*(?:[),\n]|\Z)|[ \t]+(?i:owned|ägd|som|who|that|with|med|från|from)[ \t])"
    rf"|[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?{ANIMAL_WORD}(?![\w-])(?![ \t]+{_CARER})"
)
# Round forty-three: a greeting that opens the line greets a person (`Hi Sarah, the lamb ...`).
_GREETED = re.compile(
    r"^[ \t]*(?i:hi|hej|hejsan|hello|hallå|hey|dear|kära|god morgon|good morning)[ \t,]+\Z"
)
_ITEM = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?(?:[ \t]*\([^()\n]*\))?"
_LABEL_LINE = re.compile(
    rf"[ \t]*(?:[\w-]+[ \t]+)?(?i:{LABEL_WORDS}(?:[ \t]*/[ \t]*{LABEL_WORDS})?)[ \t]*:[ \t]*"
    rf"(?:{_ITEM}[ \t]*(?:,|och|and|&|\+)[ \t]*)*\Z"
)
# Round thirty-three (dev-cd): animals in the plural, then the list of their names (`Hästarna Max
# och Susan`, `8 getter (bl.a. Klöver och Majken)`, `Horses: 2 (Dave, Murphy)`, `ponies Lisa,
# Nigel`), in the same line.
_HERD = (
    r"(?:häst|get|katt|hund|ponny|kanin|tack|kalv|kvig)(?:arna|erna|orna|na)|korna|fåren|"
    r"hästar|getter|katter|hundar|ponnyer|kor|tackor|horses|ponies|dogs|cats|goats|cows|"
    r"sheep|ewes|hens|höns|hönsen"  # not `får` (gets: `Elvira får en och Anna den andra`)
)
_NAME_ITEM = r"[A-ZÅÄÖ][\w'’-]*(?:[ \t]+[A-ZÅÄÖ][\w'’-]*)?"  # capitalised: not `dogs too. Sandra`
_HERD_LINE = re.compile(
    rf"(?<![\w-])(?:(?i:{_HERD})(?![\w-])|(?i:hage|hagen|paddock|spilta)[ \t]*\d*[ \t]*"
    r"(?:\([^()\n]*\))?[ \t]*(?=:))[ \t]*(?::[ \t]*)?(?:\d+[ \t]*)?(?:\((?:bl\.a\.|e\.g\.)?[ \t]*)?"
    rf"(?:{_NAME_ITEM}[ \t]*(?:,|och|and|&|\+)[ \t]*)*\Z"
)
# A verb of naming with an animal, a pronoun or a comma as its subject (`Hon heter`, `, heter`).
_NAMING = re.compile(
    rf"(?:[,;:?!(]|(?<![\w-])(?:(?i:hon|han|den|she|he|it|who|som|which)|{ANIMAL_WORD}))"
    r"(?:[ \t]+(?i:is|was))?[ \t]*"
    r"(?i:heter|kallas|called|named|answers[ \t]+to|svarar[ \t]+på(?:[ \t]+namnet)?)[ \t]+\Z"
)
_ANIMAL_ANYWHERE = re.compile(rf"(?<![\w-]){ANIMAL_WORD}(?![\w-])")
# Round thirty-three (dev-cd): an English pedigree (`By Zirocco Blue out of Birgitta`) and the
# rider or handler in brackets after the animal in a list of results, where animals are named.
_BRED = re.compile(r"(?<![\w-])out[ \t]+of[ \t]+\Z")
_BY_OUT_OF = re.compile(r"[ \t]+out[ \t]+of[ \t]+[A-ZÅÄÖ]")
# The keeper named after the animal (`Murphy (ägare P. Singh)`, `Hugo, äg/owner: Emrys`).
_KEEPER_AFTER = re.compile(
    r"[ \t]*[(,][ \t]*(?i:ägare|äg\.?(?:[ \t]*/[ \t]*owner)?|owner|förare|handler|ryttare|rider|"
    r"uppfödare|breeder|matte|husse|(?:handled|ridden|owned|shown|bred|trained)[ \t]+by|"
    r"(?:ägd|riden|ridd|uppfödd|förd|visad)[ \t]+av)[ \t]*:?[ \t]+[A-ZÅÄÖ]"
)
# Animal sport: results, start and riding lists, shows and trials.
_SPORT = re.compile(
    r"(?i:\b(?:agility|rallylydnad|lydnad|obedience|hoppning|dressyr|showjumping|dressage|"
    r"ridlista|ridlärare|ryttare|riders?|handlers?|förare|clear|fel|faults|utställning|BIR|BIM|"
    r"cert|kennel|stall|ekipage|viltspår|working trial|flyball|heelwork|crufts|bedömning|"
    r"felpoäng|grundomgång|omhoppning|hinder|jump-off)\b)|\b(?:LA|LB|MSV|MSB|MSA|BIS)\b"
)
# Round thirty-four (dev-cg): a class or a course with animals named in it (`Puppy class ...
# Enrolled: Virgil Gray with Otto, John King with Bella`).
_COURSE = re.compile(
    r"(?i:\b(?:valpkurs|kurs|kursen|class|course|enrolled|anmälda|signed[ \t]+up|deltagare|"
    r"participants)\b)"
)
_WORD = rf"[{CAPITALS}][\w'’-]+"
_PERSON = rf"(?:(?:[A-ZÅÄÖ]\.[ \t]*)+{_WORD}|{_WORD}(?:[ \t]+(?:[A-ZÅÄÖ]\.|{_WORD})){{1,2}})"
_RIDER_AFTER = re.compile(rf"[ \t]*\({_PERSON}\)")
_ENTRY = r"(?:^|[;:,][ \t]*)[ \t]*(?:\d{1,3}(?:st|nd|rd|th|\.|:a|:e)?[ \t]+)?"
_KENNEL = rf"(?:{_WORD}[ \t]+)?"
# The person first: `1st Rahul Singh & Ella`, `Sune O. – Wilma`, `1. Anna Berg med Kiara 0 fel`.
_TEAM_AFTER_PERSON = re.compile(
    rf"{_ENTRY}{_PERSON}(?:[ \t]*\([A-Z]{{2,3}}\))?[ \t]+(?:&|med|with|[–-])[ \t]+{_KENNEL}\Z",
    re.MULTILINE,
)
# The animal first, after a rank: `2 Harry – Henrik Johansson (Lunds RK)`.
_RANK_BEFORE = re.compile(
    rf"(?:^|[;:][ \t]*)[ \t]*\d{{1,3}}(?:st|nd|rd|th|\.)?[ \t]+{_KENNEL}\Z", re.M
)
_PERSON_AFTER = re.compile(rf"[ \t]+[–-][ \t]+{_PERSON}")
# What ends the animal's entry, maybe after its registered name's second word (`Stormcrest
# Max`): a score, a time, a bracket, a separator, a full stop, the line's end.
_ENTRY_END = re.compile(
    rf"(?:[ \t]+{_WORD})?[ \t]*(?:$|[;,(]|[.](?!\w)|\d|(?i:clear|fel|faults|cert|disq|elim)\b)",
    re.M,
)


# Round forty-eight (dev-fb): where an animal is kept, after its name (`Majken i box 11`, `Percy in
# stable 10`, `Milo in kennel 15`); its weight in kilos to a decimal where a vet or an animal is
# named (`Patient: Tyson, 38,3 kg`, `till Gösta? 5,9 kg`); an age in years written `y` and more
# words (`Doris, 9 y bichon frisé`, `Marley, 13y Border Collie`; not `Anna, 34 y, kvinna`); a dog
# show's award before it (`BIR Sixten`, `BIM Nougat`).
_KEPT_OR_AGED = re.compile(
    r"[ \t]+(?:i|in)[ \t]+(?i:box|boxen|kennel|kenneln|stable|stall|stallet|bur|buren|"
    r"hage|hagen|paddock|pen|run)[ \t]*(?:nr\.?[ \t]*)?\d{1,3}(?![\w-])"
    r"|,[ \t]*\d{1,2}[ \t]?(?:y|yo|yr|yrs)[ \t]+(?!(?i:female|male|woman|man|kvinna|flicka|"
    r"pojke|boy|girl|f|m|k)\b)[^\W\d_]"
)
_WEIGHED_AFTER = re.compile(r"[ \t]*[,?(][ \t]*\d{1,3}[,.]\d{1,2}[ \t]?kg\b")  # not a baby's
_SHOW_AWARDS = frozenset({"BIR", "BIM", "BIS", "BOB", "CACIB"})


def pet(words_of: list[str], text: str, start: int, end: int) -> bool:
    """Whether the PERSON of `words_of` from `start` to `end` in `text` names an animal (see
    the module)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    after = text[end : end + 40]
    from rung.privacy.names_herds import herd_animal

    if herd_animal(text, start, end):
        return True  # `1 | Majken | Johansen, Kari` under `Box | Horse | Owner`
    if len(words_of) == 2 and len(words_of[0]) >= 5 and _DEFINITE.fullmatch(words_of[0]):
        return not name_rules.listed(words_of[0])  # `Hunden Bella`, not `Kon Ichikawa`
    first = _CARE_FIRST.fullmatch(words_of[0]) if len(words_of) >= 2 else None
    if first is not None:  # `Skoning Kid Harmony`; `Hund Harry`, not `Mare Hren`
        if words_of[0].casefold() in _SURE_FIRST and len(words_of) == 2:
            return words_of[0][0].isupper() and text[start - 1 : start] in ("", " ", "\n", ".")
        sure = first.group("care") is not None or about_animals(text, start, end)
        if words_of[0].casefold() == "cat" and len(words_of) == 2:
            return about_animals(text, start, end)
        return sure and not name_rules.listed(words_of[0])
    if len(words_of) == 2 and words_of[0] in _SHOW_AWARDS:
        return True  # `BIR Sixten`
    if len(words_of) >= 2 and re.fullmatch(ANIMAL_WORD, words_of[-1]):  # `Springer Spaniel`
        sure = breed(words_of) or about_animals(text, start, end)  # not `de Hane`
        return sure and not (words_of[-1][0].isupper() and name_rules.given(words_of[0]))
    if _LABEL_LINE.match(text, line_start, start) or _HERD_LINE.search(text, line_start, start):
        return True  # `Katter: Gullan och Findus`, `Hästens namn: Queen Bee`, `Korna Kerstin`
    gap = text[start + len(words_of[0]) : end - len(words_of[-1])]
    if len(words_of) == 2 and _kennel(words_of[0], gap) and name_rules.listed(words_of[1]):
        return True  # `Blåklockans Archie`
    if _SIRE.search(before):
        return True  # `The sire is Thistledown Vilgot`
    bred = _BRED.search(before) or _BY_OUT_OF.match(after) or _rider_after(after)
    if bred and (
        len(words_of) == 1 or not (len(words_of[0]) == 1 or name_rules.given(words_of[0]))
    ):
        return about_animals(text, start, end)  # `by Kannan out of Ulrika`, `Jess (Irene Perez)`
    if len(words_of) == 2 and not name_rules.listed(words_of[0]):
        return _team_animal(text, line_start, start, end)  # `& Foxhollow Mira 5 faults`
    if len(words_of) != 1:
        return False
    word = words_of[0]
    if re.fullmatch(ANIMAL_WORD, word) and not (
        name_rules.listed(word) or word.casefold() in _SURNAMES
    ):
        return True  # `Valack född 2007`: the animal's word itself (round thirty-three)
    if _BEFORE.search(before) or _LABEL.search(before):
        return True
    if _SPECIES_AFTER.match(after) and not _GREETED.search(before):
        return True  # `Bella, the collie`; not `Hi Sarah, the lamb from ...` (round 43)
    tended = _TENDED_BEFORE.search(before) or _walked(text, start, end, before, after)
    if tended and not re.match(r"['’]?s\b", after):  # `riding Sigge`, `Dog walks for Lennart`
        return True
    if _CARE_AFTER.match(after) or (
        _ANIMAL_TEXT_LABEL.search(before) and _VET.search(text) is not None
    ):
        return True
    if _KEPT_OR_AGED.match(after):
        return True  # `Majken i box 11`, `Marley, 13y Border Collie`
    if _WEIGHED_AFTER.match(after) and (_VET.search(text) or about_animals(text, start, end)):
        return True  # `Tyson, 38,3 kg` at a vet's; not `welcome Hanadi, 3.2 kg`
    if _KEEPER_AFTER.match(after) or _team_animal(text, line_start, start, end):
        return True
    if _patient(text, start, end, before, after):
        return True

    naming = _NAMING.search(text, max(line_start, start - 40), start)
    if naming is None:
        return False
    return _ANIMAL_ANYWHERE.search(text, max(line_start, start - 100), naming.start()) is not None


def _patient(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Round thirty-four: a patient's care or paper where a vet is named (not `tid för Anna
    Berg`), or one word in brackets after a person where animals are named (see `_VET_CARE_AFTER`
    and what follows it)."""
    if _VET.search(text) is not None and (
        _VET_CARE_AFTER.match(after)
        or (_VET_PAPER_FOR.search(before) and not re.match(r"[ \t]+[A-ZÅÄÖ]", after))
    ):
        return True
    return bool(_PERSON_BRACKET.search(before) and after.startswith(")")) and about_animals(
        text, start, end
    )


# Animals' words that are English surnames too, which the lists of names lack.
_SURNAMES = frozenset({"shepherd", "lamb", "hound", "colt", "bull", "fox", "drake"})


def _rider_after(after: str) -> bool:
    """A person in brackets right after (`(Irene Perez)`): a given name first and no word in
    capitals (not a club, `(Uppsala FK)`, nor a horse, `(Miss Marple)`)."""
    match = _RIDER_AFTER.match(after)
    if match is None:
        return False
    found = re.findall(r"[^\W\d_]+", match.group())
    return name_rules.given(found[0]) and not any(w.isupper() for w in found)


def breed(words_of: list[str]) -> bool:
    """Words that end in a breed's or a species' word of six letters or more, no surname
    (`jack russell terrier`, `Golden Retriever`; not `David Shepherd`, `Ian Lamb`)."""
    last = words_of[-1]
    if len(words_of) < 2 or len(last) < 6 or re.fullmatch(ANIMAL_WORD, last) is None:
        return False
    return last.casefold() not in _SURNAMES and not name_rules.listed(last)


def about_animals(text: str, start: int, end: int) -> bool:
    """Whether an animal's word stands in `text` outside `start` to `end`, or animal sport or a
    vet is named (round thirty-one: `Vet Ali needs the passports`)."""
    return (
        any(not start <= m.start() < end for m in _ANIMAL_ANYWHERE.finditer(text))
        or _SPORT.search(text) is not None
        or _VET.search(text) is not None
    )


_GENITIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:ens|ans|ets|nds|ns)")


def _kennel(word: str, gap: str) -> bool:
    """A kennel's or a farm's genitive (`Blåklockans`, `Hagalunds`), one space before the
    animal's name: not a name, nor a name's genitive (`Karlssons`), nor a surname before a
    comma (`Marchbanks, Rosabelle`)."""
    if gap != " " or not _GENITIVE.fullmatch(word):
        return False
    return not (name_rules.listed(word) or name_rules.listed(word[:-1]))


def _team_animal(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the word from `start` to `end` is the animal of a team in a text of animal
    sport (see the module)."""
    team = _TEAM_AFTER_PERSON.search(text, line_start, start) and _ENTRY_END.match(text, end)
    ranked = team or (
        _RANK_BEFORE.search(text, line_start, start) and _PERSON_AFTER.match(text, end)
    )
    if not ranked:
        return False
    if _SPORT.search(text) is not None:
        return True
    return _COURSE.search(text) is not None and about_animals(text, start, end)


_CAPITALISED = re.compile(rf"(?<![\w-]){NAME_WORD}(?![\w-])")


def pet_names(text: str) -> frozenset[str]:
    """The words `text` names an animal by anywhere (case-folded): each capitalised word that
    `pet` takes for an animal's name where it stands. Empty when no animal's word is in it."""
    if not (
        _ANIMAL_ANYWHERE.search(text)
        or _SPORT.search(text)
        or _VET.search(text)
        or _LABEL_ANYWHERE.search(text)  # `Djur: Bruno` (round thirty-four)
    ):
        return frozenset()
    found = (m for m in _CAPITALISED.finditer(text) if pet([m.group()], text, m.start(), m.end()))
    return frozenset(m.group().casefold() for m in found)


def without_pets(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` less each one-word PERSON, maybe in the genitive, that `text` names an animal
    by elsewhere (`pet_names`); a PERSON whose last line is one is cut before it (`Ägare: Anna
    Berg\nBella mår bra`), one whose first line is one is cut after it, and dropped if an
    everyday word is all that is left (`Patient: Charlie\nVaccination`)."""
    pets = pet_names(text) if findings else frozenset()
    if not pets:
        return findings
    kept = []
    for f in findings:
        head, _, last = f.value(text).rpartition("\n")
        if f.kind == "PERSON" and head.strip() and _named_pet(last, pets):
            f = Finding(f.kind, f.start, f.start + len(head.rstrip()), f.score)
        first, _, rest = f.value(text).partition("\n")
        if f.kind == "PERSON" and rest.strip() and _named_pet(first, pets):
            if _everyday_word(rest):
                continue
            f = Finding(f.kind, f.end - len(rest.lstrip()), f.end, f.score)
        if f.kind != "PERSON" or not _named_pet(f.value(text), pets):
            kept.append(f)
    return kept


def _everyday_word(value: str) -> bool:
    """One word, in no list of names and everyday (Zipf 3 or more)."""
    from rung.privacy.tagger import everyday_zipf

    word = value.strip()
    if " " in word or name_rules.listed(word):
        return False
    return max(everyday_zipf(word)) >= 3


def _named_pet(value: str, pets: frozenset[str]) -> bool:
    key = value.strip().casefold().removesuffix("'s").removesuffix("’s")
    return " " not in key and (key in pets or (key.endswith("s") and key[:-1] in pets))
