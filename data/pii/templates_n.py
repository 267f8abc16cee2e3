"""Templates for held-out N (`generate_n.py`), written for N in round fourteen from issue 15's
text and from how Swedish and English business, chat, medical and HR text names people and
gives addresses, before any change of that round; not M's templates reworded.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address, {EA} European or other address, {EM} email, {PH} phone, {PNR} personnummer. N's own
(`generate_n.extra`): {SS} a Swedish street alone; {RA} a rural address; {BOX} a P.O. box; {CO}
a c/o address; {la} a Swedish street in lower case; {PR} surname first with a comma; {PU} a
whole name in capitals; {PI} a given name, an initial and a surname; {IL} an initial and a
surname; {SF}/{SP}/{sf} a Swedish given name, a Swedish full name, a Swedish given name in lower
case.

Genres: phone notes and messages, shift and care handovers, school and preschool notes, social
services and HR letters, customer service, property and moving, chat in lower case, meeting
invitations, in Swedish, English and mixed.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # phone notes, messages
        "{SF} ringde i morse och undrade om fakturan. Ring tillbaka på {PH}.",
        "Meddelande från {SP}: hon blir sen till mötet.",
        "Jag pratade med {SF} i går, hon tycker att vi ska vänta.",
        "{SF} hälsar och tackar för blommorna.",
        "Enligt {SF} är leveransen försenad en vecka.",
        "Har {SF} svarat på mejlet än?",
        "Påminn {SF} om att lämna in tidrapporten.",
        "Kan du be {SF} ringa mig?",
        # handovers, care
        "Överlämning: {SP} (rum 4) har sovit dåligt, {SF} tar kvällen.",
        "Brukaren {SP} bor på {SA}, nyckel finns hos {T}.",
        "Anhörig: {SP}, dotter, tfn {PH}.",
        "{SF}s mamma kommer på besök kl 14.",
        "Hembesök hos {SP}, {SA}. Ta med blodtrycksmanschetten.",
        "Remiss från {T} gällande {SP}, {PNR}.",
        # school
        "{SF} i klass 3B har glömt sin gympapåse.",
        "Vårdnadshavare: {SP} och {SP}.",
        "{SF} och {SF} får byta plats i matsalen.",
        # HR, social services
        "Beslut om bostadsanpassning för {SP}, {SA}.",
        "Vi välkomnar {SP} som ny ekonomiassistent från och med måndag!",
        "Sjukanmälan: {SF} {L}, första dagen i dag.",
        "{SP} slutar hos oss den sista mars. Avtackning på fredag.",
        "Handläggare: {SP}. Klient: {PR}.",
        # customer service, property, moving
        "Kunden {SP} har flyttat från {SS} till {SA}.",
        "Ny adress för {SP}: {SA}.",
        "Lägenheten på {SS} visas av {SF} på torsdag.",
        "Paketet till {SP} skickades till fel adress, {RA}.",
        "Avsändare: {SP}, {BOX}",
        "{SP}\n{SA}",
        "Skicka räkningen till {CO}.",
        "Hyresgäst: {SP}, {SS}, lgh 1102. Störningsanmälan från grannen {SF}.",
        # meetings
        "Kallelse till styrelsemöte. Närvarande: {SP}, {SP} och {SF}. Ordförande: {IL}.",
        "Tack för i dag! /{SF}",
        "Med vänlig hälsning\n{SP}\nKvalitetssamordnare",
        "{SF} och jag åker till {EA} på torsdag.",
        "Ta kontakt med {PI} om nyckelkort.",
        "Bjud in {SF} och {F} till kickoffen.",
    ],
    "sv-chat": [
        "{sf} e sjuk idag",
        "säg till {sf} att jag är sen",
        "{sf} o jag tar lunch nu",
        "ses hos {sf} ikväll?",
        "har nån hört från {sf}",
        "{sf} skrev att hon bor på {la} nu",
        "kolla med {sf} vet inte",
        "{sf} sa att {f} fixar det",
        "grattis {sf}!!",
        "flyttar till {la} i maj",
        "åh {sf} vad snällt",
    ],
    "en": [
        # phone notes, messages
        "{F} called this morning about the invoice, please call back on {PH}.",
        "Message from {P}: running late for the meeting.",
        "I spoke to {F} yesterday and she thinks we should wait.",
        "According to {F}, the delivery is a week late.",
        "Has {F} replied to the email yet?",
        "Could you ask {F} to give me a ring?",
        # handovers, care
        "Handover: {P} (bay 4) slept poorly, {F} is on nights.",
        "Next of kin: {P}, son, mobile {PH}.",
        "Home visit to {P} at {EA}; key safe code with {T}.",
        "Referral from {T} regarding {P}.",
        "{F}'s mum is visiting at 2 pm.",
        # school
        "{F} in Year 4 left her PE kit at school again.",
        "Parents: {P} and {P}.",
        # HR
        "Please welcome {P}, who joins Accounts on Monday!",
        "Sickness absence: {F} {L}, day one.",
        "{P} is leaving us at the end of March; drinks on Friday.",
        "Caseworker: {P}. Client: {PR}.",
        # customer service, property, moving
        "Customer {P} has moved from {SS} to {EA}.",
        "New address for {P}: {EA}.",
        "The flat at {EA} will be shown by {F} on Thursday.",
        "Return to sender: {P}, {BOX}",
        "{P}\n{EA}",
        "Send the invoice to {CO}.",
        "Tenant: {P}. Noise complaint from the neighbour, {F}.",
        # meetings
        "Board meeting. Attendees: {P}, {P} and {F}. Chair: {IL}.",
        "Thanks all! / {F}",
        "Warm regards\n{P}\nQuality Lead",
        "Please get in touch with {PI} about access cards.",
        "EMERGENCY CONTACT: {PU}, {PH}",
    ],
    "en-chat": [
        "{f} is off sick",
        "tell {f} im running late",
        "{f} n me are grabbing lunch",
        "anyone heard from {f}",
        "{f} said {f} would sort it",
        "congrats {f}!!",
        "check w {f} not sure",
        "we're at {f}'s place",
    ],
    "mixed": [
        "{SF} called, hon vill ha en ny tid. Call back on {PH}.",
        "Meddelande från {P}: running late.",
        "Handover: {SP} har sovit dåligt, {F} is on nights.",
        "Next of kin: {SP}, dotter, {PH}.",
        "Customer {SP} har flyttat till {SA}.",
        "New address för {P}: {EA}.",
        "Welcome {SP} till teamet!",
        "Ping {SF} om access cards, tack.",
        "{SF}s laptop needs a new charger.",
        "Best regards / Vänliga hälsningar\n{SP}",
        "Kallelse: {SP}, {P} and {IL}. Chair: {SF}.",
        "{SF} och {F} are going to {EA} next week.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Kassan stänger klockan 16 på fredag.",
        "Styrelsen beslutade att höja avgiften.",
        "Nya rutiner för Självservice gäller från april.",
        "Hämta nyckeln i Receptionen Väst.",
        "Avdelning 12 har nytt telefonnummer.",
        "Vi kör utbildningen i Sal Norrsken.",
    ],
    "en": [
        "The till closes at 4 pm on Friday.",
        "The Board agreed to raise the fee.",
        "New Self Service routines apply from April.",
        "Collect the key at Reception West.",
        "Ward 12 has a new phone number.",
        "Training is in the Aurora Suite.",
    ],
    "mixed": [
        "Receptionen Väst is closed on Friday.",
        "Self Service gäller från april.",
        "Training i Sal Norrsken, bring a laptop.",
        "Avdelning 12 has moved.",
    ],
}
