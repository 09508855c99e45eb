"""German sample data for demo vaults and benchmarks, generated from a seed.

Pure Python on purpose: the generator only makes plain dataclasses, so the same plan can
be checked in milliseconds and written by any storage path. Every name is invented; every
sentence is composed from the fragments below, so thousands of incidents still read
differently. Everything depends only on the ``random.Random`` passed in and on ``today``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from grenzen.domain.incidents import Channel, Level

YEARS_OF_HISTORY = 3
HISTORY_DAYS = YEARS_OF_HISTORY * 365
RECENT_BIAS = 1.7  # > 1: incidents crowd towards today, as a relationship sours
CASE_LEAD_DAYS = 14  # incidents this long before a case was opened still belong to it

# Used by the benchmark and the tests: a word that is rare, an umlaut word that is common.
RARE_WORD = "Gedächtnisprotokoll"
UMLAUT_WORD = "Müll"


def _words(text: str) -> tuple[str, ...]:
    """Long word lists stay readable as one string."""
    return tuple(text.split())


# --- clients ------------------------------------------------------------------------------
# (name, kind, address form "Sie"/"du", short note). All invented.
CLIENT_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Kieselgrün Kommunikation GmbH",
        "Agentur",
        "Sie",
        "Agentur mit zwölf Leuten, viel Pitch-Druck.",
    ),
    ("Wolkenbruch Digitalagentur", "Agentur", "du", "Kreativ, chaotisch, spannende Projekte."),
    ("Hafenkante Medien GmbH & Co. KG", "GmbH", "Sie", "Verlagshaus, lange Abstimmungswege."),
    (
        "Lindenhaus Immobilienverwaltung GmbH",
        "GmbH",
        "Sie",
        "Zahlt zuverlässig, will alles gestern.",
    ),
    ("Physiotherapie Brenneke & Sohr", "Praxis", "Sie", "Zwei Inhaberinnen, kleine Praxis."),
    ("Zahnarztpraxis Dr. Quandtmeier", "Praxis", "Sie", "Website-Relaunch und Recall-Mailings."),
    ("Sportfreunde Ostufer e.V.", "e.V.", "du", "Ehrenamt, knappes Budget, herzliche Leute."),
    ("Förderverein Stadtteilbibliothek Mühlengrund e.V.", "e.V.", "Sie", "Jahresbericht, Flyer."),
    ("Tüftelwerk Robotics GmbH", "Startup", "du", "Series A, alles brennt, alles ist dringend."),
    ("Fahrradkurier Sausewind UG", "Startup", "du", "Drei Gründer, Kampagne für die Expansion."),
    ("Kaffeerösterei Bohnenglück GmbH", "GmbH", "Sie", "Familienbetrieb, Onlineshop im Aufbau."),
    ("Quellwerk Software AG", "AG", "Sie", "Konzernstrukturen, Einkauf drückt die Preise."),
    ("Kanzlei Drossel & Weyrauch", "Kanzlei", "Sie", "Sehr formell, Mandantenbriefe und Website."),
    ("Brauhaus Schäumling GmbH", "GmbH", "Sie", "Regionale Brauerei, saisonale Kampagnen."),
    ("Zukunftslabor Kleefeld e.V.", "e.V.", "du", "Bildungsprojekte, Förderanträge, Workshops."),
    ("Tierarztpraxis Pfotenglück", "Praxis", "Sie", "Freundlich, aber Rechnungen bleiben liegen."),
    ("Möbelmanufaktur Schwerelos GmbH", "GmbH", "Sie", "Neue Geschäftsführung seit letztem Jahr."),
    ("Flinkli Mobility GmbH", "Startup", "du", "App-Startup, Pivot alle drei Monate."),
    ("Glasbläserei Funkenflug KG", "GmbH", "Sie", "Traditionsbetrieb, Messeauftritte."),
    ("Stiftung Lernwiese", "Stiftung", "Sie", "Gemeinnützig, Vorstand entscheidet langsam."),
)

FEMALE_FIRST = _words(
    "Sabine Katrin Anja Özlem Birgit Lena Franziska Hannelore Svenja Nina Ute Charlotte "
    "Marlene Jördis Bärbel Małgorzata"
)
MALE_FIRST = _words(
    "Jörg Matthias Björn Jürgen Sören Kai Tobias Dirk Maximilian Mehmet Ralf Lukas Till "
    "Günther Torben Ömer"
)
LAST_NAMES = _words(
    "Brückner Hölzel Kowalski Meißner Fröhlich Schätzle Brandt Kühn Wendland Yıldız "
    "Lorenzen Pohl Sauerbier Grünewald Haberkorn Dietz Nowak Reuß Vogt Thielemann Böhm "
    "Strauß Klee Oberländer Janßen Lüdtke Ramdohr Weißgerber Tschöpe Eickhoff"
)

# (female form, male form) per kind of client; the first role is the decision maker.
ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "Agentur": (
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Art Directorin", "Art Director"),
        ("Projektleiterin", "Projektleiter"),
        ("Kundenberaterin", "Kundenberater"),
        ("Junior-Texterin", "Junior-Texter"),
    ),
    "GmbH": (
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Leiterin Marketing", "Leiter Marketing"),
        ("Projektleiterin", "Projektleiter"),
        ("Einkäuferin", "Einkäufer"),
        ("Buchhalterin", "Buchhalter"),
    ),
    "AG": (
        ("Bereichsleiterin Kommunikation", "Bereichsleiter Kommunikation"),
        ("Projektleiterin", "Projektleiter"),
        ("Strategische Einkäuferin", "Strategischer Einkäufer"),
        ("Referentin Marketing", "Referent Marketing"),
        ("Vorständin", "Vorstand"),
    ),
    "Praxis": (
        ("Praxisinhaberin", "Praxisinhaber"),
        ("Praxismanagerin", "Praxismanager"),
        ("Mitinhaberin", "Mitinhaber"),
        ("Empfang", "Empfang"),
    ),
    "e.V.": (
        ("Vorsitzende", "Vorsitzender"),
        ("Schatzmeisterin", "Schatzmeister"),
        ("Ehrenamtskoordinatorin", "Ehrenamtskoordinator"),
        ("Beisitzerin", "Beisitzer"),
    ),
    "Startup": (
        ("Gründerin", "Gründer"),
        ("CTO", "CTO"),
        ("Head of Marketing", "Head of Marketing"),
        ("Product Ownerin", "Product Owner"),
        ("Werkstudentin", "Werkstudent"),
    ),
    "Kanzlei": (
        ("Partnerin", "Partner"),
        ("Büroleiterin", "Büroleiter"),
        ("Rechtsanwältin", "Rechtsanwalt"),
    ),
    "Stiftung": (
        ("Vorständin", "Vorstand"),
        ("Referentin Öffentlichkeitsarbeit", "Referent Öffentlichkeitsarbeit"),
        ("Projektkoordinatorin", "Projektkoordinator"),
    ),
}

# (bare noun, "Der …" as a sentence start, "mein …" nominative, "meinen …" accusative)
THINGS: tuple[tuple[str, str, str, str], ...] = (
    ("Entwurf", "Der Entwurf", "mein Entwurf", "meinen Entwurf"),
    ("Konzept", "Das Konzept", "mein Konzept", "mein Konzept"),
    ("Präsentation", "Die Präsentation", "meine Präsentation", "meine Präsentation"),
    ("Angebot", "Das Angebot", "mein Angebot", "mein Angebot"),
    ("Newsletter", "Der Newsletter", "mein Newsletter", "meinen Newsletter"),
    ("Logo", "Das Logo", "mein Logo", "mein Logo"),
    ("Landingpage", "Die Landingpage", "meine Landingpage", "meine Landingpage"),
    ("Kampagne", "Die Kampagne", "meine Kampagne", "meine Kampagne"),
    ("Auswertung", "Die Auswertung", "meine Auswertung", "meine Auswertung"),
    ("Pressetext", "Der Pressetext", "mein Pressetext", "meinen Pressetext"),
    ("Flyer", "Der Flyer", "mein Flyer", "meinen Flyer"),
    ("Jahresbericht", "Der Jahresbericht", "mein Jahresbericht", "meinen Jahresbericht"),
    ("Styleguide", "Der Styleguide", "mein Styleguide", "meinen Styleguide"),
    ("Workshop-Konzept", "Das Workshop-Konzept", "mein Workshop-Konzept", "mein Workshop-Konzept"),
)

LATE_HOURS = (
    "23:40 Uhr",
    "kurz nach Mitternacht",
    "halb sechs Uhr morgens",
    "Sonntagabend um zehn",
    "22:15 Uhr",
    "Samstagfrüh um sieben",
    "0:30 Uhr",
    "an Heiligabend um acht",
)

# --- incidents: what was said ---------------------------------------------------------------
QUOTES_SIE: tuple[str, ...] = (
    "Das ist Müll.",
    "{Der_thing} ist Müll. Nochmal von vorn.",
    "Strengen Sie sich mehr an.",
    "Strengen Sie sich mal ein bisschen mehr an, ja?",
    "Das kann doch nicht so schwer sein.",
    "Dafür bezahlen wir Sie nicht.",
    "Wofür haben wir Sie eigentlich geholt?",
    "Sind Sie überhaupt vom Fach?",
    "Das ist ja wohl ein Witz.",
    "Machen Sie einfach, was ich sage.",
    "Ich will keine Erklärungen, ich will Ergebnisse.",
    "Ich brauche das bis morgen früh. Wie, ist mir egal.",
    "Haben Sie das überhaupt gelesen?",
    "Ich habe es Ihnen doch schon dreimal erklärt.",
    "Können Sie nicht einmal mitdenken?",
    "Wir können auch jemand anderen fragen, der das billiger macht.",
    "Nicht böse gemeint, aber das ist amateurhaft.",
    "Das macht doch jede KI in fünf Minuten.",
    "{Der_thing} sieht aus wie aus den Neunzigern.",
    "Sie sind hier nicht der Künstler, Sie sind Dienstleister.",
    "Ihre Rechnung ist eine Frechheit.",
    "Samstag ist doch ein ganz normaler Arbeitstag.",
    "Da hätte unser Praktikant mehr draus gemacht.",
    "Ganz ehrlich: peinlich.",
    "Wir reden hier nicht über Ihre Befindlichkeiten.",
    "Schon wieder falsch. Wie oft denn noch?",
    "Von Ihnen hätte ich deutlich mehr erwartet.",
    "Sie sind einfach zu langsam.",
    "Sparen Sie sich Ihre Vorschläge.",
    "Ich sage es jetzt zum letzten Mal.",
)
QUOTES_DU: tuple[str, ...] = (
    "Das ist echt Müll.",
    "{Der_thing} ist Müll, sorry.",
    "Streng dich mal mehr an.",
    "Komm schon, das kann doch nicht so schwer sein.",
    "Dafür zahlen wir dich nicht.",
    "Hast du das überhaupt gelesen?",
    "Bis morgen früh, sonst brauchen wir gar nicht weiterreden.",
    "Mach einfach, was ich sage.",
    "Das kann jede KI besser.",
    "Ehrlich, das ist peinlich.",
    "Wir sind ein Startup, da arbeitet man halt auch nachts.",
    "Du bist einfach kein Teamplayer.",
    "Chill mal, war doch nur Spaß.",
    "Wofür bezahlen wir dich eigentlich?",
    "Kriegst du das überhaupt hin?",
    "Schon wieder? Echt jetzt?",
)
QUOTE_ENDINGS = ("", "", "", "", " Unfassbar.", " Und zwar sofort!", "!!!", " Punkt.")
QUOTES_FACTUAL: tuple[str, ...] = (
    "Können wir die Farben doch noch einmal ändern?",
    "Wir brauchen zusätzlich noch eine Version für Social Media.",
    "Das Budget ist leider ausgeschöpft.",
    "Die Freigabe dauert noch, der Vorstand tagt erst nächste Woche.",
    "Die Zahlen brauchen wir bis Freitag aktualisiert.",
    "Die Zugänge kommen morgen, versprochen.",
    "Das war so nicht abgesprochen.",
)

# --- incidents: what happened, in the user's own words ------------------------------------
SETTINGS: dict[Channel, tuple[str, ...]] = {
    Channel.MEETING: (
        "Im Jour fixe",
        "In der Abstimmungsrunde",
        "Beim Kick-off vor Ort",
        "In der Abnahme",
        "Nach dem Meeting im Flur",
        "Beim Workshop vor versammeltem Team",
    ),
    Channel.VIDEO: (
        "Im Videocall",
        "Im Videocall mit acht Leuten",
        "In der Videokonferenz mit der Geschäftsleitung",
        "Im wöchentlichen Online-Status",
    ),
    Channel.CALL: (
        "Am Telefon",
        "In einem spontanen Anruf",
        "Auf meinem Handy, um {spaet},",
        "Im Rückruf, um den ich gebeten hatte",
    ),
    Channel.EMAIL: (
        "Per Mail um {spaet}",
        "In einer Mail mit der ganzen Geschäftsleitung in Kopie",
        "In einer Mail mit dem Betreff „DRINGEND!!!“",
        "In der Antwort auf meinen Zwischenstand",
    ),
    Channel.CHAT: (
        "Im Team-Chat, für alle sichtbar,",
        "Per Chatnachricht um {spaet}",
        "In einer Sprachnachricht",
        "Im Projektkanal",
    ),
    Channel.LETTER: ("In einem Brief", "Schriftlich, per Einschreiben,"),
    Channel.OTHER: ("Bei der Weihnachtsfeier", "Am Messestand", "Auf dem Parkplatz"),
}
CHANNEL_WEIGHTS: dict[Channel, int] = {
    Channel.EMAIL: 28,
    Channel.CHAT: 18,
    Channel.VIDEO: 18,
    Channel.MEETING: 16,
    Channel.CALL: 14,
    Channel.LETTER: 2,
    Channel.OTHER: 4,
}

# Which channels an action fits: said aloud, seen face to face, or written.
LIVE = (Channel.MEETING, Channel.VIDEO, Channel.CALL, Channel.OTHER)
FACE = (Channel.MEETING, Channel.VIDEO, Channel.OTHER)
WRITTEN = (Channel.EMAIL, Channel.CHAT, Channel.LETTER)
ANY = LIVE + WRITTEN

# (what happened after "hat {wer}", tags it suggests, channels it fits)
ACTIONS: tuple[tuple[str, tuple[str, ...], tuple[Channel, ...]], ...] = (
    ("{meinen_thing} vor allen als unbrauchbar abgetan.", ("Abwertung", "vor dem Team"), ANY),
    (
        "mich mitten im Satz unterbrochen und ins Lächerliche gezogen.",
        ("Unterbrechen", "Ton"),
        LIVE,
    ),
    ("nur Fehler aufgezählt, kein einziges Wort dazu, was gut war.", ("kein Lob",), ANY),
    (
        "mich angeschrien, weil ein Termin geplatzt ist, den das eigene Team verschoben hatte.",
        ("Ton", "Schuldzuweisung"),
        LIVE,
    ),
    ("gefragt, ob ich das überhaupt kann.", ("Abwertung",), ANY),
    ("meine Rechnung als unverschämt bezeichnet.", ("Rechnung", "Abwertung"), ANY),
    (
        "verlangt, dass ich am Wochenende erreichbar bin.",
        ("Wochenende", "Grenzüberschreitung"),
        ANY,
    ),
    ("mir Fehler aus dem eigenen Team zugeschoben.", ("Schuldzuweisung",), ANY),
    ("mich vor dem eigenen Chef bloßgestellt.", ("öffentlich", "Abwertung"), ANY),
    (
        "mit beißender Ironie reagiert, als ich eine Rückfrage gestellt habe.",
        ("Ironie", "Provokation"),
        ANY,
    ),
    (
        "die Abgabe über Nacht um drei Tage vorgezogen und mir die Verzögerung angelastet.",
        ("Deadline", "Schuldzuweisung"),
        ANY,
    ),
    (
        "mir nach einer Nachtschicht gesagt, ich solle mich mehr anstrengen.",
        ("Nachtarbeit", "Abwertung"),
        LIVE,
    ),
    (
        "mir nach einer Nachtschicht geschrieben, ich solle mich mehr anstrengen.",
        ("Nachtarbeit", "Abwertung"),
        WRITTEN,
    ),
    ("demonstrativ aufs Handy geschaut, während ich präsentiert habe.", ("Respekt",), FACE),
    (
        "mit dem Ende der Zusammenarbeit gedroht, ohne einen konkreten Punkt zu nennen.",
        ("Drohung",),
        ANY,
    ),
    (
        "meinen Vorschlag abgebügelt und zehn Minuten später als eigene Idee verkauft.",
        ("Respekt", "Provokation"),
        LIVE,
    ),
    (
        "{meinen_thing} in Grund und Boden kritisiert, Zeile für Zeile, vor allen.",
        ("öffentlich", "Abwertung"),
        ANY,
    ),
    ("mich mit „Schätzchen“ angeredet.", ("Ton", "Grenzüberschreitung"), ANY),
    ("jede meiner Antworten mit „Ja, aber“ abgewürgt.", ("Provokation",), LIVE),
    ("mir vorgeworfen, ich würde absichtlich Stunden schinden.", ("Rechnung", "Misstrauen"), ANY),
    (
        "noch fünf neue Aufgaben geschickt, alle „bis morgen früh“.",
        ("Nachtarbeit", "Deadline"),
        WRITTEN,
    ),
    (
        "meine Mail an alle weitergeleitet, mit einem hämischen Kommentar dazu.",
        ("öffentlich", "Provokation"),
        WRITTEN,
    ),
    (
        "mich gefragt, ob ich „sonst noch Kunden“ habe, weil ich ja so teuer sei.",
        ("Provokation", "Rechnung"),
        ANY,
    ),
)
HEARSAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Über eine Kollegin habe ich erfahren, dass {wer} mich intern als „zu teuer und zu "
        "langsam“ bezeichnet hat.",
        ("hinter dem Rücken", "Abwertung"),
    ),
    (
        "Erst Tage später habe ich gehört, dass {wer} meine Arbeit im Vorstand schlechtgeredet "
        "hat.",
        ("hinter dem Rücken", "Abwertung"),
    ),
    (
        "Erst jetzt habe ich erfahren, dass {mein_thing} intern als „Bastelarbeit“ "
        "herumgereicht wurde.",
        ("hinter dem Rücken", "Abwertung"),
    ),
    (
        "Aus dem Team wurde mir zugetragen, dass {wer} über meinen Stundensatz gelästert hat.",
        ("hinter dem Rücken", "Rechnung"),
    ),
)
FACTUAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Die Anforderungen an {meinen_thing} haben sich zum dritten Mal geändert, ohne dass "
        "jemand Bescheid gesagt hat.",
        ("Scope",),
    ),
    ("Seit zwei Wochen fehlen die Zugänge, ich komme nicht weiter.", ("Zugänge",)),
    ("Das Feedback kam erst nach der Frist, jetzt wird es knapp.", ("Deadline",)),
    ("Der Umfang wächst, das Budget bleibt gleich.", ("Scope", "Budget")),
    ("Uneinigkeit über die Zielgruppe – sachlich, aber zäh.", ("Sachebene",)),
    (
        "Die Rechnung vom letzten Monat ist immer noch offen, zweite Mahnung ist raus.",
        ("Rechnung",),
    ),
    ("Drei Leute bewerten {meinen_thing} völlig widersprüchlich.", ("Feedback",)),
    ("Die Freigabe hängt bei der Geschäftsführung fest.", ("Freigabe",)),
    (
        "Eine zusätzliche Korrekturschleife wurde verlangt, die im Angebot nicht vorgesehen war.",
        ("Scope", "Budget"),
    ),
    (
        "Die Schnittstelle liefert andere Daten als besprochen; Klärung mit der IT nötig.",
        ("Technik",),
    ),
)
# (what followed, channels it fits)
AFTERMATH: tuple[tuple[str, tuple[Channel, ...]], ...] = (
    ("Ich habe nichts gesagt und den Termin so schnell wie möglich beendet.", LIVE),
    ("Danach war der Tag für mich gelaufen.", ANY),
    ("Ich habe ruhig nachgefragt, was konkret fehlt – keine Antwort.", ANY),
    ("Eine Kollegin hat es mitbekommen und mir später geschrieben, dass das nicht okay war.", ANY),
    ("Ich bin erst mal eine Runde um den Block gegangen.", ANY),
    ("Abends konnte ich lange nicht einschlafen.", ANY),
    ("Ich habe sachlich geantwortet und die nächsten Schritte aufgeschrieben.", WRITTEN),
    ("Ich habe erst am nächsten Morgen geantwortet, kurz und sachlich.", WRITTEN),
    ("Das war schon das dritte Mal in diesem Monat.", ANY),
    ("Ich hatte bis zwei Uhr nachts daran gesessen.", ANY),
    ("Lob gab es wie immer keins.", ANY),
    ("Vor dem Team fühlte sich das besonders mies an.", FACE),
    ("Ich war kurz davor, laut zu werden, habe mich aber zurückgehalten.", LIVE),
    ("Im Nachhinein frage ich mich, ob ich zu empfindlich war.", ANY),
    ("Ich habe die Kamera ausgeschaltet und tief durchgeatmet.", (Channel.VIDEO,)),
    ("Später kam ein knappes „War nicht so gemeint“.", ANY),
    ("Ich habe mir den Rest des Nachmittags freigenommen.", ANY),
)
NOTES: tuple[str, ...] = (
    "Beim nächsten Mal direkt ansprechen.",
    "Ist das ein Muster? Schon die dritte Woche in Folge.",
    "Vielleicht war ich heute auch dünnhäutig – schlecht geschlafen.",
    "Zwei-Wochen-Frist für eine außerordentliche Kündigung im Blick behalten.",
    "Fürs Klärungsgespräch: konkrete Beispiele mit Datum sammeln.",
    "Am nächsten Tag kam eine Entschuldigung per Mail.",
    "Mit meiner Supervisorin besprechen.",
    "Sachlich war die Kritik zum Teil berechtigt, der Ton nicht.",
    "Nicht am selben Tag antworten.",
    "Wie viel Umsatz hängt eigentlich an diesem Kunden?",
    "Würde ich diesen Vertrag heute noch einmal unterschreiben?",
    "Fünf Minuten Atemübung haben geholfen.",
)
RARE_NOTE = f"{RARE_WORD} geschrieben und abgelegt."
RARE_NOTE_SHARE = 0.004

FEELINGS_BEFORE: tuple[tuple[str, int], ...] = (
    ("Wut", 14),
    ("Ärger", 18),
    ("Kränkung", 14),
    ("Frust", 16),
    ("Scham", 6),
    ("Erschöpfung", 9),
    ("Ohnmacht", 6),
    ("Enttäuschung", 8),
    ("Unsicherheit", 5),
    ("Hilflosigkeit", 3),
    ("Gereiztheit", 5),
    ("Traurigkeit", 3),
)
FEELINGS_AFTER: tuple[tuple[str, int], ...] = (
    ("Ruhe", 12),
    ("Gelassenheit", 8),
    ("Erleichterung", 8),
    ("Müdigkeit", 12),
    ("Klarheit", 10),
    ("Restärger", 12),
    ("Frust", 8),
    ("Nachdenklichkeit", 10),
    ("Distanz", 8),
    ("Erschöpfung", 8),
    ("Entschlossenheit", 6),
)
SEVERITY_WEIGHTS = (8, 34, 36, 16, 6)  # severities 1..5: most hits are 2 or 3

# --- energy, compliments ---------------------------------------------------------------------
ENERGY_NOTES: dict[str, tuple[str, ...]] = {
    "low": (
        "Nach dem Call mit {client} völlig platt.",
        "Kopf voll, Akku leer.",
        "Schon sonntags Bauchweh wegen Montag.",
        "Kaum geschlafen, zu viel im Kopf.",
        "Keine Lust mehr auf das Projekt bei {client}.",
    ),
    "mid": (
        "Geht so. Viel zu tun, aber machbar.",
        "Durchwachsen.",
        "Vormittags gut, nachmittags zäh.",
        "",
    ),
    "high": (
        "Gutes Wochenende gehabt, Akku voll.",
        "Tolles Feedback bekommen, das trägt.",
        "Endlich wieder Zeit für Sport.",
        "Spaziergang im Wald, danach ganz klar im Kopf.",
        "",
    ),
}
COMPLIMENTS_SIE: tuple[str, ...] = (
    "Vielen Dank für Ihren Einsatz, das hat uns sehr geholfen.",
    "Ihr Konzept hat den Vorstand sofort überzeugt.",
    "Die Präsentation war großartig – die Geschäftsführung ist begeistert.",
    "Danke für Ihre Geduld mit uns. Wir wissen, dass wir nicht einfach sind.",
    "So schnell und so sauber – das erleben wir selten.",
    "Schön, dass wir Sie haben.",
    "Ihre Texte treffen genau unseren Ton.",
    "Danke für den ehrlichen Rat, auch wenn er unbequem war.",
    "Unsere Mitglieder haben sich ausdrücklich für den Flyer bedankt.",
)
COMPLIMENTS_DU: tuple[str, ...] = (
    "Danke dir, ohne dich hätten wir das nie geschafft!",
    "Mega Arbeit, das ganze Team feiert die neue Seite.",
    "Du hast echt ein Auge für sowas.",
    "Danke, dass du so ruhig geblieben bist, als es bei uns gebrannt hat.",
    "Beste Zusammenarbeit seit Langem. Danke!",
)
COMPLIMENTS_OTHERS: tuple[tuple[str, str], ...] = (
    ("Kollegin aus dem Netzwerk", "Ich empfehle dich gern weiter – deine Arbeit spricht für sich."),
    ("ehemaliger Auftraggeber", "Ihre Arbeit von damals zeige ich heute noch als Beispiel."),
    ("Mentorin", "Du hast in diesem Jahr so viel gelernt. Sei stolz darauf."),
    ("Workshop-Teilnehmer", "Danke für den Workshop, der war Gold wert."),
)

# --- contracts -------------------------------------------------------------------------------
STATES = _words("BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH")
WORK_DELIVERABLES = (
    "Startseite und drei Unterseiten",
    "Logo in drei Varianten",
    "Styleguide als PDF",
    "Texte für die Kampagne",
    "Abschlussbericht",
    "Schulung fürs Team (zwei Stunden)",
    "Druckdaten für den Flyer",
    "Übergabe der Quelldateien",
)
SERVICE_DELIVERABLES = (
    "Monatsreport",
    "Quartalsauswertung für die Geschäftsführung",
    "Redaktionsplan fürs nächste Quartal",
    "Übergabedokumentation",
)
GERMAN_MONTHS = _words(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
)
CASE_STAGES = ("calm_down", "clarify", "set_boundaries", "escalate", "move_on")
CASE_ANSWERS: dict[str, dict[str, str]] = {
    "calm_down": {
        "self_check": "Ich war übermüdet, aber der Ton war eindeutig daneben.",
        "factual_now": "Nichts Dringendes, die Abgabe ist erst in einer Woche.",
        "recharge": "Spaziergang an der Elbe, danach Sport.",
    },
    "clarify": {
        "conflict": "Abwertende Kommentare vor dem Team, vor allem in den Abnahmen.",
        "their_pain": "Enormer Druck von oben, der Launch ist schon einmal verschoben worden.",
        "proposal": "Feedback künftig schriftlich und vorab, Abnahmen nur im kleinen Kreis.",
        "outcome": "Gespräch war gut, für zwei Wochen wurde es besser.",
    },
    "set_boundaries": {
        "statement": "In den letzten Abnahmen wurde meine Arbeit mehrfach vor dem Team als "
        "„Müll“ bezeichnet. Das verletzt mich und schadet dem Projekt. Ich bitte darum, "
        "Kritik sachlich und unter vier Augen zu äußern. Passiert das wieder, stelle ich die "
        "Zusammenarbeit infrage.",
    },
    "escalate": {
        "senior_contact": "Die Geschäftsführerin, mit der ich den Vertrag geschlossen habe.",
        "complaint": "Ich schätze die Zusammenarbeit, aber so kann ich nicht weiterarbeiten. "
        "Ich bitte um eine Veränderung bis zum Prüftermin.",
    },
    "move_on": {
        "zero_based": "Nein, mit dem Wissen von heute würde ich nicht noch einmal unterschreiben.",
        "exit_plan": "Offene Leistungen liefern, fristgerecht kündigen, freundlich verabschieden.",
    },
}


# --- the plan ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DemoPerson:
    name: str
    role: str
    female: bool
    address: str  # how the user refers to them in the journal: "Frau Kühn" or "Sabine"


@dataclass(frozen=True, slots=True)
class DemoDeliverable:
    what: str
    due_on: dt.date | None
    done: bool


@dataclass(frozen=True, slots=True)
class DemoContract:
    """Terms in the shape of contracts.md §7 (plus the fee amount for value figures)."""

    type: str
    state: str
    start: dt.date
    fee_unit: str
    fee_amount: float | None = None
    payment_interval: str | None = None
    term_months: int | None = None
    renewal_months: int | None = None
    notice_amount: int | None = None
    notice_unit: str | None = None
    notice_to: str | None = None
    notice_form: str | None = None
    known_on: dt.date | None = None
    higher_services_trust: bool = False
    fee_total: float | None = None
    progress: float | None = None
    notes: str | None = None
    deliverables: tuple[DemoDeliverable, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoClient:
    name: str
    kind: str
    address_form: str  # "Sie" or "du": how the client speaks to the user
    notes: str
    archived: bool
    active_from: dt.date
    active_until: dt.date  # today for current clients
    people: tuple[DemoPerson, ...]
    person_weights: tuple[float, ...]
    contract: DemoContract
    weight: float  # how many incidents this client brings, relative to the others
    late_payer: bool


@dataclass(frozen=True, slots=True)
class DemoCase:
    client: int  # index into DemoPlan.clients
    title: str
    opened_on: dt.date
    stage: str
    answers: dict[str, dict[str, str]]
    review_date: dt.date | None = None
    closed_on: dt.date | None = None
    outcome: str | None = None

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        """The days whose incidents belong to this case."""
        end = self.closed_on or dt.date.max
        return self.opened_on - dt.timedelta(days=CASE_LEAD_DAYS), end


@dataclass(frozen=True, slots=True)
class DemoEnergy:
    checked_on: dt.date
    level: int
    client: int | None
    note: str | None


@dataclass(frozen=True, slots=True)
class DemoCompliment:
    received_on: dt.date
    from_whom: str
    text: str
    client: int | None


@dataclass(frozen=True, slots=True)
class DemoInvoice:
    client: int
    amount_cents: int
    hours: float | None
    invoice_date: dt.date
    due_date: dt.date
    paid_date: dt.date | None
    note: str


@dataclass(frozen=True, slots=True)
class DemoIncident:
    client: int
    person: int | None  # index into the client's people
    case: int | None  # index into DemoPlan.cases
    occurred_on: dt.date
    learned_on: dt.date
    recorded_at: dt.datetime
    channel: str
    quote: str | None
    text: str
    level: str
    severity: int
    feeling_before: str | None
    intensity_before: int | None
    feeling_after: str | None
    intensity_after: int | None
    factual_action_needed: bool
    notes: str | None
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DemoCriterion:
    """A line of the dream-client profile; with a measure, judged from the figures."""

    text: str
    measure: str | None = None
    threshold: float | None = None


@dataclass(frozen=True, slots=True)
class DemoTick:
    client: int  # index into DemoPlan.clients
    criterion: int  # index into DemoPlan.dream_criteria
    matches: bool


@dataclass(frozen=True, slots=True)
class DemoZeroBased:
    client: int
    asked_on: dt.date
    answer: str  # yes / no / unsure
    note: str | None


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """Everything except the incidents, which are streamed (there may be a million)."""

    today: dt.date
    clients: tuple[DemoClient, ...]
    cases: tuple[DemoCase, ...]
    energy: tuple[DemoEnergy, ...]
    compliments: tuple[DemoCompliment, ...]
    invoices: tuple[DemoInvoice, ...]
    case_of_client: dict[int, int] = field(default_factory=dict)
    dream_description: str = ""
    dream_reflection: str = ""
    dream_criteria: tuple[DemoCriterion, ...] = ()
    dream_ticks: tuple[DemoTick, ...] = ()
    zero_based: tuple[DemoZeroBased, ...] = ()


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``(3)`` … if the vault already has a client of that name."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"


def _months_later(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _person(
    rng: random.Random, kind: str, role_index: int, form: str, used: set[str]
) -> DemoPerson:
    female = rng.random() < 0.55
    while True:
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        last = rng.choice(LAST_NAMES)
        if f"{first} {last}" not in used:
            break
    used.add(f"{first} {last}")
    roles = ROLES[kind]
    role = roles[min(role_index, len(roles) - 1)][0 if female else 1]
    address = first if form == "du" else f"{'Frau' if female else 'Herr'} {last}"
    return DemoPerson(f"{first} {last}", role, female, address)


def _contract(rng: random.Random, archetype: int, start: dt.date, today: dt.date) -> DemoContract:
    """One of ten typical freelance arrangements, so the exit planner has variety to show."""
    state = rng.choice(STATES)
    if archetype == 0:  # hourly support, notice clause in weeks to the month's end
        return DemoContract(
            "service",
            state,
            start,
            "hour",
            float(rng.randrange(85, 145, 5)),
            "monthly",
            notice_amount=4,
            notice_unit="weeks",
            notice_to="month_end",
            notice_form="text",
            notes="Support nach Aufwand, Abrechnung monatlich.",
        )
    if archetype == 1:  # day-rate consulting with a fixed term that renews itself
        return DemoContract(
            "service",
            state,
            start,
            "day",
            float(rng.randrange(650, 1150, 50)),
            "monthly",
            term_months=12,
            renewal_months=12,
            notice_amount=3,
            notice_unit="months",
            notice_to="term_end",
            notice_form="written",
            notes="Rahmenvertrag, verlängert sich automatisch um ein Jahr.",
        )
    if archetype == 2:  # monthly retainer without any notice clause: § 621 decides
        return DemoContract(
            "service",
            state,
            start,
            "month",
            float(rng.randrange(1500, 4600, 100)),
            "monthly",
            notes="Pauschale pro Monat, keine Kündigungsregel vereinbart.",
        )
    if archetype == 3:  # quarterly fee, two-year term, notice to a quarter's end
        return DemoContract(
            "service",
            state,
            start,
            "quarter",
            float(rng.randrange(6000, 12500, 500)),
            "quarterly",
            term_months=24,
            notice_amount=6,
            notice_unit="weeks",
            notice_to="quarter_end",
            notice_form="written",
        )
    if archetype == 4:  # coaching: services of a higher kind based on trust (§ 627)
        return DemoContract(
            "service",
            state,
            start,
            "hour",
            float(rng.randrange(150, 230, 10)),
            "monthly",
            higher_services_trust=True,
            notes="Coaching der Geschäftsführung, vertraulich.",
        )
    if archetype == 5:  # an annual fee paid monthly: counts as annual under § 621
        return DemoContract(
            "service",
            state,
            start,
            "year",
            float(rng.randrange(18000, 42000, 1000)),
            "monthly",
            term_months=12,
            renewal_months=12,
            notice_amount=3,
            notice_unit="months",
            notice_to="term_end",
            notice_form="written",
            notes="Jahreshonorar, in zwölf Raten gezahlt.",
        )
    if archetype == 6:  # weekly fee, no clause
        return DemoContract(
            "service",
            state,
            start,
            "week",
            float(rng.randrange(1800, 3200, 100)),
            "monthly",
        )
    if archetype == 7:  # a fixed price for a service (not a result): any-time notice
        return DemoContract(
            "service",
            state,
            start,
            "fixed",
            float(rng.randrange(2000, 6000, 250)),
            "on_delivery",
            notice_amount=14,
            notice_unit="days",
            notice_to="any_day",
            notice_form="text",
            notes="Pauschale für die Betreuung der Messe.",
        )
    # 8, 9: contracts for work (a result is owed), with deliverables and progress
    total = float(rng.randrange(4000, 28000, 500))
    progress = round(rng.uniform(0.2, 0.95), 2)
    count = rng.randint(2, 4)
    span = max(60, (today - start).days + 120)
    deliverables = []
    for what in rng.sample(WORK_DELIVERABLES, count):
        due = start + dt.timedelta(days=rng.randint(30, span))
        done = due < today and rng.random() < 0.85
        deliverables.append(DemoDeliverable(what, due, done))
    deliverables.sort(key=lambda d: d.due_on or dt.date.max)
    return DemoContract(
        "work",
        state,
        start,
        "fixed",
        None,
        "milestones",
        fee_total=total,
        progress=progress,
        notice_form="written",
        deliverables=tuple(deliverables),
        notes="Werkvertrag mit Abnahme, Abschläge nach Meilensteinen.",
    )


def _service_deliverables(
    rng: random.Random, start: dt.date, today: dt.date
) -> tuple[DemoDeliverable, ...]:
    items = []
    for what in rng.sample(SERVICE_DELIVERABLES, rng.randint(0, 2)):
        due = today + dt.timedelta(days=rng.randint(-200, 90))
        due = max(due, start + dt.timedelta(days=14))
        items.append(DemoDeliverable(what, due, due < today and rng.random() < 0.9))
    items.sort(key=lambda d: d.due_on or dt.date.max)
    return tuple(items)


def _clients(rng: random.Random, today: dt.date) -> tuple[DemoClient, ...]:
    count = rng.randint(8, 15)
    templates = rng.sample(CLIENT_TEMPLATES, count)
    archetypes = list(range(10))
    rng.shuffle(archetypes)
    archived = set(rng.sample(range(2, count), rng.randint(1, 2)))  # never the heavy ones
    used_names: set[str] = set()
    clients = []
    for index, (name, kind, form, note) in enumerate(templates):
        if index in archived:
            until = today - dt.timedelta(days=rng.randint(60, 500))
            start = until - dt.timedelta(days=rng.randint(200, 700))
        else:
            until = today
            start = today - dt.timedelta(days=rng.randint(120, 1600))
        # Heavy clients first: two or three bring most of the incidents.
        weight = rng.uniform(5, 9) if index < 2 else rng.uniform(0.3, 2.0)
        people_count = rng.randint(2, min(5, len(ROLES[kind]) + 1))
        people = tuple(_person(rng, kind, i, form, used_names) for i in range(people_count))
        if index == 1:  # a culture problem: several people behave the same way
            person_weights = tuple(1.0 for _ in people)
        else:
            person_weights = (3.0, *(rng.uniform(0.2, 1.0) for _ in people[1:]))
        contract = _contract(rng, archetypes[index % len(archetypes)], start, today)
        if contract.type == "service":
            contract = replace(contract, deliverables=_service_deliverables(rng, start, today))
        clients.append(
            DemoClient(
                name=name,
                kind=kind,
                address_form=form,
                notes=note,
                archived=index in archived,
                active_from=start,
                active_until=until,
                people=people,
                person_weights=person_weights,
                contract=contract,
                weight=weight,
                late_payer=rng.random() < 0.3 or index == 0,
            )
        )
    return tuple(clients)


def _cases(rng: random.Random, clients: Sequence[DemoClient], today: dt.date) -> list[DemoCase]:
    """A few cases, one per client, each at another stage of the ladder."""

    def days_ago(low: int, high: int) -> dt.date:
        return today - dt.timedelta(days=rng.randint(low, high))

    def answers_up_to(stage: str) -> dict[str, dict[str, str]]:
        upto = CASE_STAGES.index(stage)
        return {s: dict(CASE_ANSWERS[s]) for s in CASE_STAGES[: upto + 1]}

    active = [i for i, c in enumerate(clients) if not c.archived]
    archived = [i for i, c in enumerate(clients) if c.archived]
    specs: list[DemoCase] = []
    first = clients[0].people[0]
    specs.append(
        DemoCase(
            0,
            f"Abwertungen in den Abnahmen ({first.address})",
            days_ago(100, 140),
            "escalate",
            answers_up_to("escalate"),
            review_date=today + dt.timedelta(days=rng.randint(7, 21)),
        )
    )
    specs.append(
        DemoCase(
            1,
            f"Kulturcheck: der Ton bei {clients[1].name}",
            days_ago(20, 30),
            "clarify",
            answers_up_to("clarify"),
        )
    )
    spare = [i for i in active if i > 1]
    if spare:
        specs.append(
            DemoCase(
                spare[0],
                "Nachrichten mitten in der Nacht",
                days_ago(1, 4),
                "calm_down",
                {},
            )
        )
    if archived:
        gone = clients[archived[0]]
        specs.append(
            DemoCase(
                archived[0],
                "Rechnungsstreit und Drohungen",
                gone.active_until - dt.timedelta(days=90),
                "move_on",
                answers_up_to("move_on"),
                closed_on=gone.active_until,
                outcome="moved_on",
            )
        )
    if len(spare) > 1:
        specs.append(
            DemoCase(
                spare[1],
                "Ironie im Projektkanal",
                days_ago(45, 70),
                "set_boundaries",
                answers_up_to("set_boundaries"),
            )
        )
    if len(spare) > 2:
        opened = days_ago(300, 420)
        specs.append(
            DemoCase(
                spare[2],
                "Missverständnis beim Angebot",
                opened,
                "clarify",
                answers_up_to("clarify"),
                closed_on=opened + dt.timedelta(days=20),
                outcome="settled",
            )
        )
    return specs[: rng.randint(4, len(specs))] if len(specs) > 4 else specs


def _stress(day: dt.date, cases: Sequence[DemoCase]) -> tuple[float, int | None]:
    """How heavy the open conflicts weigh on a day, and the client that weighs most."""
    total, heaviest, worst = 0.0, None, 0.0
    for case in cases:
        start, end = case.window
        if start - dt.timedelta(days=30) <= day <= end:
            weight = 1.0 + CASE_STAGES.index(case.stage) * 0.3
            total += weight
            if weight > worst:
                heaviest, worst = case.client, weight
    return total, heaviest


def _client_of_the_day(clients: Sequence[DemoClient], day: dt.date) -> int | None:
    """On two days of three a check-in names a client active then (taken in turn, no
    random draw: the rest of the seed's data stays the same), so the value table has an
    energy figure for most clients."""
    if day.toordinal() % 3 == 0:
        return None
    active = [i for i, c in enumerate(clients) if c.active_from <= day <= c.active_until]
    return active[day.toordinal() % len(active)] if active else None


def _energy(
    rng: random.Random, clients: Sequence[DemoClient], cases: Sequence[DemoCase], today: dt.date
) -> list[DemoEnergy]:
    """Roughly weekly check-ins; lower while a case is open, as the method expects."""
    entries = []
    day = today - dt.timedelta(days=HISTORY_DAYS)
    while day <= today:
        if rng.random() < 0.88:
            stress, heaviest = _stress(day, cases)
            level = round(7.0 - 1.6 * stress + rng.gauss(0, 1.3))
            level = max(0, min(10, level))
            band = "low" if level <= 4 else "mid" if level <= 6 else "high"
            if band == "low" and heaviest is not None:
                client: int | None = heaviest
            else:
                client = _client_of_the_day(clients, day)
            name = clients[client].name if client is not None else "dem Kunden"
            note = rng.choice(ENERGY_NOTES[band]).format(client=name) or None
            entries.append(DemoEnergy(day, level, client, note))
        day += dt.timedelta(days=rng.randint(5, 9))
    return entries


def _compliments(
    rng: random.Random, clients: Sequence[DemoClient], today: dt.date
) -> list[DemoCompliment]:
    entries = []
    day = today - dt.timedelta(days=HISTORY_DAYS) + dt.timedelta(days=rng.randint(0, 30))
    while day <= today:
        active = [i for i, c in enumerate(clients) if c.active_from <= day <= c.active_until]
        if active and rng.random() < 0.85:
            index = rng.choice(active)
            client = clients[index]
            person = rng.choice(client.people)
            texts = COMPLIMENTS_DU if client.address_form == "du" else COMPLIMENTS_SIE
            entries.append(DemoCompliment(day, person.name, rng.choice(texts), index))
        else:
            who, text = rng.choice(COMPLIMENTS_OTHERS)
            entries.append(DemoCompliment(day, who, text, None))
        day += dt.timedelta(days=rng.randint(18, 45))
    return entries


def _invoice_amount(
    rng: random.Random, contract: DemoContract, month_index: int
) -> tuple[int, float | None] | None:
    """Net amount in cents and the hours behind it for one month, or None (no invoice)."""
    fee = contract.fee_amount or 0.0
    unit = contract.fee_unit
    if unit == "hour":
        hours = round(max(3.0, rng.gauss(24, 8)), 1)
        return round(hours * fee * 100), hours
    if unit == "day":
        days = rng.randint(2, 9)
        return round(days * fee * 100), days * 8.0
    if unit == "week":
        return round(fee * 4.33 * 100), round(rng.gauss(70, 12), 1)
    if unit == "month":
        return round(fee * 100), round(max(4.0, rng.gauss(22, 7)), 1)
    if unit == "quarter":
        if month_index % 3 != 2:
            return None
        return round(fee * 100), round(max(10.0, rng.gauss(60, 15)), 1)
    if unit == "year":
        return round(fee / 12 * 100), round(max(4.0, rng.gauss(30, 8)), 1)
    return None  # fixed prices and work contracts are billed by milestone


def _paid(rng: random.Random, due: dt.date, late_payer: bool, today: dt.date) -> dt.date | None:
    if late_payer and rng.random() < 0.6:
        paid = due + dt.timedelta(days=rng.randint(12, 95))
    else:
        paid = due + dt.timedelta(days=rng.randint(-10, 4))
    return paid if paid <= today else None


def _invoices(
    rng: random.Random, clients: Sequence[DemoClient], today: dt.date
) -> list[DemoInvoice]:
    """Monthly invoices (or milestones), with some clients paying weeks late."""
    entries = []
    horizon = today - dt.timedelta(days=HISTORY_DAYS)
    for index, client in enumerate(clients):
        contract = client.contract
        terms = 30 if client.kind in ("AG", "GmbH") else 14
        start = max(client.active_from, horizon)
        if contract.fee_unit == "fixed":
            total = contract.fee_total or contract.fee_amount or 0.0
            shares = [0.3, 0.4] if contract.type == "work" else [0.5, 0.5]
            days = max(30, (client.active_until - start).days)
            for number, share in enumerate(shares, start=1):
                issued = start + dt.timedelta(days=days * (number - 1) // len(shares) + 7)
                if issued > today:
                    break
                due = issued + dt.timedelta(days=terms)
                entries.append(
                    DemoInvoice(
                        index,
                        round(total * share * 100),
                        round(total * share / 95, 1),
                        issued,
                        due,
                        _paid(rng, due, client.late_payer, today),
                        f"Abschlag {number}",
                    )
                )
            continue
        month = dt.date(start.year, start.month, 1)
        month_index = 0
        while True:
            issued = _months_later(month, 1)  # invoiced on the first of the next month
            if issued > min(today, client.active_until + dt.timedelta(days=31)):
                break
            amount = _invoice_amount(rng, contract, month_index)
            if amount is not None:
                cents, hours = amount
                due = issued + dt.timedelta(days=terms)
                note = f"Rechnung {GERMAN_MONTHS[month.month - 1]} {month.year}"
                entries.append(
                    DemoInvoice(
                        index,
                        cents,
                        hours,
                        issued,
                        due,
                        _paid(rng, due, client.late_payer, today),
                        note,
                    )
                )
            month = issued
            month_index += 1
    return entries


# --- dream-client profile and zero-based answers ----------------------------------------------
# Derived from the clients without drawing random numbers, so the rest of a seed's demo
# (incidents, energy, invoices) stays exactly as it was before these were added.
DREAM_DESCRIPTION = (
    "Kundinnen und Kunden, die meine Arbeit schätzen und das auch sagen. Sie wissen, was "
    "sie wollen, halten Absprachen ein und zahlen pünktlich. Wir reden auf Augenhöhe "
    "miteinander – auch dann, wenn es einmal hakt."
)
DREAM_REFLECTION = (
    "Ich antworte selbst manchmal tagelang nicht auf Mails und schiebe Angebote vor mir "
    "her. Wenn ich Verlässlichkeit erwarte, fange ich bei mir an."
)
DREAM_CRITERIA = (
    DemoCriterion("Ein respektvoller Ton, auch wenn es stressig wird"),
    DemoCriterion("Klare Aufträge und eine feste Ansprechperson"),
    DemoCriterion("Schätzen meine Arbeit und sagen das auch"),
    DemoCriterion("Ein Nein ist ein Nein"),
    DemoCriterion("Mindestens 75 € pro Stunde", "min_rate", 75.0),
    DemoCriterion("Zahlt pünktlich: höchstens 14 Tage nach Fälligkeit", "max_days_late", 14.0),
    DemoCriterion("Nicht mehr als 10 Klopper im Zeitraum", "max_incidents", 10.0),
    DemoCriterion("Meine Energie bleibt bei mindestens 5 von 10", "min_energy", 5.0),
)
WRITTEN_CRITERIA = 4  # the first four are ticked by hand

SUNK_COST_NOTE = (
    "Eigentlich nicht. Aber ich habe schon so viel Zeit in das Projekt investiert, jetzt "
    "auszusteigen wäre schade."
)


def _dream_ticks(clients: Sequence[DemoClient]) -> list[DemoTick]:
    """Crosses for the heavy clients, ticks for the easy ones, some left open."""
    ticks = []
    for index, client in enumerate(clients):
        if client.archived:
            continue
        if index < 2:  # the clients that bring most incidents
            marks: tuple[bool | None, ...] = (False, index == 1, False, False)
        elif client.weight < 1.0:
            marks = (True, True, True, None)
        else:
            marks = (True, index % 2 == 0, None, True)
        ticks += [
            DemoTick(index, criterion, mark)
            for criterion, mark in enumerate(marks)
            if mark is not None
        ]
    return ticks


def _zero_based(clients: Sequence[DemoClient], today: dt.date) -> list[DemoZeroBased]:
    """Answers that changed over time for the hardest client, one each for a few others."""

    def day(client: DemoClient, days_ago: int) -> dt.date:
        return max(client.active_from, today - dt.timedelta(days=days_ago))

    first = clients[0]
    answers = [
        DemoZeroBased(0, day(first, 150), "yes", "Spannendes Projekt, gutes Geld."),
        DemoZeroBased(0, day(first, 45), "unsure", SUNK_COST_NOTE),
        DemoZeroBased(
            0, day(first, 6), "no", "Mit dem Wissen von heute: nein. Ich plane den Ausstieg."
        ),
        DemoZeroBased(
            1,
            day(clients[1], 30),
            "unsure",
            "Die Leute sind nett, aber es sind immer wieder dieselben Themen.",
        ),
    ]
    easy = [i for i, c in enumerate(clients) if i > 1 and not c.archived and c.weight < 1.0]
    if easy:
        answers.append(
            DemoZeroBased(
                easy[0],
                day(clients[easy[0]], 20),
                "yes",
                "Sofort wieder – wertschätzend, klar und pünktlich.",
            )
        )
    return answers


def build_plan(rng: random.Random, today: dt.date) -> DemoPlan:
    """Clients with people and contracts, cases, energy, compliments and invoices."""
    clients = _clients(rng, today)
    cases = _cases(rng, clients, today)
    if cases and cases[0].stage == "escalate":
        # The client in escalation gave a good cause recently: § 626 has a window to show.
        first = clients[0]
        known = today - dt.timedelta(days=rng.randint(2, 9))
        clients = (replace(first, contract=replace(first.contract, known_on=known)), *clients[1:])
    return DemoPlan(
        today=today,
        clients=clients,
        cases=tuple(cases),
        energy=tuple(_energy(rng, clients, cases, today)),
        compliments=tuple(_compliments(rng, clients, today)),
        invoices=tuple(_invoices(rng, clients, today)),
        case_of_client={case.client: i for i, case in enumerate(cases)},
        dream_description=DREAM_DESCRIPTION,
        dream_reflection=DREAM_REFLECTION,
        dream_criteria=DREAM_CRITERIA,
        dream_ticks=tuple(_dream_ticks(clients)),
        zero_based=tuple(_zero_based(clients, today)),
    )


# --- incidents -------------------------------------------------------------------------------
class _IncidentWriter:
    """Draws one incident at a time; the cumulative weights are computed once."""

    def __init__(self, rng: random.Random, plan: DemoPlan, now: dt.datetime) -> None:
        self.rng = rng
        self.plan = plan
        self.today = plan.today
        self.now = now
        self.client_cum = _cumulative([c.weight for c in plan.clients])
        self.person_cum = [_cumulative(c.person_weights) for c in plan.clients]
        horizon = self.today - dt.timedelta(days=HISTORY_DAYS)
        self.spans = [
            (c.active_until, max(1, (c.active_until - max(c.active_from, horizon)).days))
            for c in plan.clients
        ]
        self.channels = list(CHANNEL_WEIGHTS)
        self.actions = {ch: [a for a in ACTIONS if ch in a[2]] for ch in self.channels}
        self.aftermath = {ch: [t for t, fits in AFTERMATH if ch in fits] for ch in self.channels}
        self.channel_cum = _cumulative(list(CHANNEL_WEIGHTS.values()))
        self.severities = (1, 2, 3, 4, 5)
        self.severity_cum = _cumulative(SEVERITY_WEIGHTS)
        self.before = [f for f, _ in FEELINGS_BEFORE]
        self.before_cum = _cumulative([w for _, w in FEELINGS_BEFORE])
        self.after = [f for f, _ in FEELINGS_AFTER]
        self.after_cum = _cumulative([w for _, w in FEELINGS_AFTER])

    def pick(self, items: Sequence[Any], cum: Sequence[float]) -> Any:
        return self.rng.choices(items, cum_weights=cum)[0]

    def incident(self) -> DemoIncident:
        rng = self.rng
        client_index = self.pick(range(len(self.plan.clients)), self.client_cum)
        client = self.plan.clients[client_index]
        until, span = self.spans[client_index]
        occurred = until - dt.timedelta(days=int(span * rng.random() ** RECENT_BIAS))
        person_index: int | None = self.pick(
            range(len(client.people)), self.person_cum[client_index]
        )
        if rng.random() < 0.05:
            person_index = None
        who = (
            client.people[person_index].address
            if person_index is not None
            else "jemand aus dem Team"
        )
        thing = rng.choice(THINGS)
        words = {
            "wer": who,
            "Der_thing": thing[1],
            "mein_thing": thing[2],
            "meinen_thing": thing[3],
            "spaet": rng.choice(LATE_HOURS),
        }
        roll = rng.random()
        level = Level.RELATIONSHIP if roll < 0.65 else Level.BOTH if roll < 0.85 else Level.FACTUAL
        channel: Channel = self.pick(self.channels, self.channel_cum)
        delay = 0
        aftermath_count = rng.choice((0, 1, 1, 2))
        if level is Level.FACTUAL:
            sentence, tags = rng.choice(FACTUAL)
            text = sentence.format(**words)
            quote = rng.choice(QUOTES_FACTUAL) if rng.random() < 0.4 else None
            severity = rng.choice((1, 1, 2, 2, 2, 3))
            aftermath_count = min(aftermath_count, 1)
        else:
            if rng.random() < 0.04:
                sentence, tags = rng.choice(HEARSAY)
                channel = Channel.OTHER
                delay = rng.randint(2, 12)
                text = sentence.format(**words)
                quote = None
            else:
                sentence, tags, _fits = rng.choice(self.actions[channel])
                setting = rng.choice(SETTINGS[channel])
                text = f"{setting} hat {who} {sentence}".format(**words)
                quote = self._quote(client.address_form, words) if rng.random() < 0.7 else None
            severity = self.pick(self.severities, self.severity_cum)
            if level is Level.BOTH:
                factual, more_tags = rng.choice(FACTUAL)
                text = f"{text} {factual.format(**words)}"
                tags = tags + more_tags
        if aftermath_count:
            text = " ".join([text, *rng.sample(self.aftermath[channel], aftermath_count)])
        if delay == 0 and rng.random() < 0.12:
            delay = rng.randint(1, 5)  # heard about it the next days (e.g. away, on leave)
        learned = min(occurred + dt.timedelta(days=delay), self.today)
        recorded = dt.datetime.combine(
            learned, dt.time(rng.randint(7, 22), rng.randint(0, 59)), tzinfo=dt.UTC
        )
        recorded = min(recorded, self.now)
        feeling_before = intensity_before = feeling_after = intensity_after = None
        if rng.random() < 0.9:
            feeling_before = self.pick(self.before, self.before_cum)
            intensity_before = max(1, min(10, 2 + severity + rng.randint(-1, 3)))
            if rng.random() < 0.8:
                feeling_after = self.pick(self.after, self.after_cum)
                intensity_after = max(1, intensity_before - rng.randint(1, 6))
        notes = rng.choice(NOTES) if rng.random() < 0.3 else None
        if rng.random() < RARE_NOTE_SHARE:
            notes = f"{notes} {RARE_NOTE}" if notes else RARE_NOTE
        tags = tuple(dict.fromkeys(t for t in tags if rng.random() < 0.75))
        case_index = self.plan.case_of_client.get(client_index)
        if case_index is not None:
            start, end = self.plan.cases[case_index].window
            if not (start <= occurred <= end) or rng.random() < 0.3:
                case_index = None
        factual_needed = (
            rng.random() < {Level.FACTUAL: 0.6, Level.BOTH: 0.4, Level.RELATIONSHIP: 0.08}[level]
        )
        return DemoIncident(
            client=client_index,
            person=person_index,
            case=case_index,
            occurred_on=occurred,
            learned_on=learned,
            recorded_at=recorded,
            channel=channel.value,
            quote=quote,
            text=text,
            level=level.value,
            severity=severity,
            feeling_before=feeling_before,
            intensity_before=intensity_before,
            feeling_after=feeling_after,
            intensity_after=intensity_after,
            factual_action_needed=factual_needed,
            notes=notes,
            tags=tags,
        )

    def _quote(self, form: str, words: dict[str, str]) -> str:
        rng = self.rng
        pool = QUOTES_DU if form == "du" else QUOTES_SIE
        if rng.random() < 0.25:
            quote = " ".join(q.format(**words) for q in rng.sample(pool, 2))
        else:
            quote = rng.choice(pool).format(**words)
        ending = rng.choice(QUOTE_ENDINGS)
        if ending == "!!!":
            return quote.rstrip(".") + ending
        return quote + ending


def _cumulative(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def generate_incidents(
    rng: random.Random, plan: DemoPlan, count: int, now: dt.datetime | None = None
) -> Iterator[DemoIncident]:
    """``count`` incidents over the last three years, denser towards ``plan.today``.

    A generator, so a million incidents never sit in memory at once. ``now`` caps the
    recorded times (nothing is recorded in the future); it defaults to the end of today.
    """
    if now is None:
        now = dt.datetime.combine(plan.today, dt.time(23, 59), tzinfo=dt.UTC)
    writer = _IncidentWriter(rng, plan, now)
    for _ in range(count):
        yield writer.incident()
