<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Grenzen</source>
        <translation>Über Grenzen</translation>
    </message>
    <message>
        <source>A private journal, coach and exit planner for freelancers and consultants who are treated badly by a client.&lt;br&gt;&lt;br&gt;Everything stays encrypted on this computer. Grenzen never connects to the internet and collects no data.&lt;br&gt;&lt;br&gt;Dates and legal notes are orientation, not legal advice: check your contract and ask a lawyer when in doubt.</source>
        <translation>Ein privates Journal, ein Coach und ein Ausstiegsplaner für Freelancer und Beratende, die von einem Kunden schlecht behandelt werden.&lt;br&gt;&lt;br&gt;Alles bleibt verschlüsselt auf diesem Computer. Grenzen verbindet sich nie mit dem Internet und sammelt keine Daten.&lt;br&gt;&lt;br&gt;Termine und rechtliche Hinweise sind Orientierung, keine Rechtsberatung: Prüf deinen Vertrag und frag im Zweifel eine Anwältin oder einen Anwalt.</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <source>On 3 March you called my work garbage in the meeting.</source>
        <translation>Am 3. März haben Sie meine Arbeit im Meeting als Müll bezeichnet.</translation>
    </message>
    <message>
        <source>The concrete breach</source>
        <translation>Der konkrete Verstoß</translation>
    </message>
    <message>
        <source>Please stay factual with me, even when you disagree.</source>
        <translation>Bitte bleiben Sie mir gegenüber sachlich, auch wenn Sie anderer Meinung sind.</translation>
    </message>
    <message>
        <source>The change you ask for</source>
        <translation>Die Veränderung, um die du bittest</translation>
    </message>
    <message>
        <source>What a repetition means</source>
        <translation>Was eine Wiederholung bedeutet</translation>
    </message>
    <message>
        <source>What a repetition puts at risk</source>
        <translation>Was eine Wiederholung gefährdet</translation>
    </message>
    <message>
        <source>What ha&amp;ppened (the concrete breach)</source>
        <translation>&amp;Was ist passiert (der konkrete Verstoß)</translation>
    </message>
    <message>
        <source>The &amp;change you ask for</source>
        <translation>Die &amp;Veränderung, um die du bittest</translation>
    </message>
    <message>
        <source>What a &amp;repetition puts at risk</source>
        <translation>Was eine Wiederholung &amp;gefährdet</translation>
    </message>
    <message>
        <source>&amp;Language of the statement</source>
        <translation>&amp;Sprache des Grenzsatzes</translation>
    </message>
    <message>
        <source>Use this sentence</source>
        <translation>Diesen Satz nehmen</translation>
    </message>
    <message>
        <source>Put the suggested sentence into the field above; you can still change it.</source>
        <translation>Übernimmt den vorgeschlagenen Satz ins Feld oben; du kannst ihn danach noch ändern.</translation>
    </message>
    <message>
        <source>Your statement</source>
        <translation>Dein Grenzsatz</translation>
    </message>
    <message>
        <source>Preview of your boundary statement</source>
        <translation>Vorschau deines Grenzsatzes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the statement to paste it into a message.</source>
        <translation>Kopiert den Grenzsatz, damit du ihn in eine Nachricht einfügen kannst.</translation>
    </message>
    <message>
        <source>I have said it</source>
        <translation>Ich habe es gesagt</translation>
    </message>
    <message>
        <source>Culture check: is it only this person?</source>
        <translation>Kulturcheck: Liegt es nur an dieser Person?</translation>
    </message>
    <message>
        <source>Is it only this person?</source>
        <translation>Liegt es nur an dieser Person?</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unsicher</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Nur diese Person</translation>
    </message>
    <message>
        <source>Several people at the client behave like this, or towards others too</source>
        <translation>Mehrere Leute beim Kunden verhalten sich so, oder auch gegenüber anderen</translation>
    </message>
    <message>
        <source>Is changing that culture your job?</source>
        <translation>Ist es deine Aufgabe, diese Kultur zu ändern?</translation>
    </message>
    <message>
        <source>Yes, that is part of my assignment</source>
        <translation>Ja, das gehört zu meinem Auftrag</translation>
    </message>
    <message>
        <source>No, it is not my job</source>
        <translation>Nein, das ist nicht meine Aufgabe</translation>
    </message>
    <message>
        <source>Then this client can become your showcase: changing exactly this is what you were brought in for.</source>
        <translation>Dann kann dieser Kunde dein Vorzeigeprojekt werden: Genau das zu ändern, ist der Grund, warum man dich geholt hat.</translation>
    </message>
    <message>
        <source>Then tell the client openly about the problem, and move on. A culture rarely changes because one outsider asks.</source>
        <translation>Dann sprich das Problem beim Kunden offen an und zieh weiter. Eine Kultur ändert sich selten, nur weil eine Person von außen darum bittet.</translation>
    </message>
    <message>
        <source>If it is your job, this client can become your showcase. If it is not, tell the client openly about the problem, and move on.</source>
        <translation>Wenn es deine Aufgabe ist, kann dieser Kunde dein Vorzeigeprojekt werden. Wenn nicht, sprich das Problem beim Kunden offen an und zieh weiter.</translation>
    </message>
    <message>
        <source>Suggestion: {sentence}</source>
        <translation>Vorschlag: {sentence}</translation>
    </message>
    <message>
        <source>✓ Counts as a formal warning.</source>
        <translation>✓ Gilt als Abmahnung.</translation>
    </message>
    <message>
        <source>• the concrete breach</source>
        <translation>• der konkrete Verstoß</translation>
    </message>
    <message>
        <source>• the change you ask for</source>
        <translation>• die Veränderung, um die du bittest</translation>
    </message>
    <message>
        <source>• that a repetition puts the contract at risk</source>
        <translation>• dass eine Wiederholung den Vertrag gefährdet</translation>
    </message>
    <message>
        <source>Not yet a formal warning. Still missing:</source>
        <translation>Noch keine Abmahnung. Es fehlt noch:</translation>
    </message>
    <message>
        <source>Once you have said or sent it, keep the date here.</source>
        <translation>Sobald du ihn gesagt oder geschickt hast, halte hier das Datum fest.</translation>
    </message>
    <message>
        <source>Said on {date}. It counts as a formal warning.</source>
        <translation>Gesagt am {date}. Gilt als Abmahnung.</translation>
    </message>
    <message>
        <source>Said on {date}.</source>
        <translation>Gesagt am {date}.</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Time left in the pause</source>
        <translation>Verbleibende Zeit der Pause</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save as a calendar file</source>
        <translation>Als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Kalenderdatei gespeichert</translation>
    </message>
    <message>
        <source>Saved to {path}. Open it with your calendar app to add the dates with reminders four weeks, one week and one day before. Exporting again later updates the same entries.

The file is not encrypted, and calendar apps may sync it to a calendar service — delete it once it is imported.</source>
        <translation>Gespeichert unter {path}. Öffne die Datei mit deiner Kalender-App: Die Termine kommen mit Erinnerungen vier Wochen, eine Woche und einen Tag vorher. Ein späterer Export aktualisiert dieselben Einträge.

Die Datei ist nicht verschlüsselt, und Kalender-Apps gleichen sie womöglich mit einem Kalenderdienst ab – lösche sie, sobald sie importiert ist.</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>grenzen-deadlines</source>
        <translation>grenzen-fristen</translation>
    </message>
</context>
<context>
    <name>CalmDownPage</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Pause length:</source>
        <translation>&amp;Pausenlänge:</translation>
    </message>
    <message>
        <source>I&apos;m calmer</source>
        <translation>Ich bin ruhiger</translation>
    </message>
    <message>
        <source>End the pause and note how you feel now.</source>
        <translation>Beende die Pause und notiere, wie du dich jetzt fühlst.</translation>
    </message>
    <message>
        <source>Show the breathing circle</source>
        <translation>Atemkreis anzeigen</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Noch eins</translation>
    </message>
    <message>
        <source>Pick another compliment at random</source>
        <translation>Ein anderes Kompliment zufällig auswählen</translation>
    </message>
    <message>
        <source>Said about you</source>
        <translation>Über dich gesagt</translation>
    </message>
    <message>
        <source>An honest self-check</source>
        <translation>Ein ehrlicher Selbstcheck</translation>
    </message>
    <message>
        <source>Am I thin-skinned today?</source>
        <translation>Bin ich heute dünnhäutig?</translation>
    </message>
    <message>
        <source>Could there be stress on their side?</source>
        <translation>Könnte auf der anderen Seite Stress dahinterstecken?</translation>
    </message>
    <message>
        <source>Am I &amp;thin-skinned today?</source>
        <translation>Bin ich heute dünnhäu&amp;tig?</translation>
    </message>
    <message>
        <source>Could there be &amp;stress on their side?</source>
        <translation>Könnte auf der anderen Seite &amp;Stress dahinterstecken?</translation>
    </message>
    <message>
        <source>Anything else you notice, in a few words</source>
        <translation>Was dir sonst noch auffällt, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>How I feel now, 0 to 10</source>
        <translation>Wie ich mich jetzt fühle, 0 bis 10</translation>
    </message>
    <message>
        <source>How do I feel no&amp;w (0–10)?</source>
        <translation>Wie fühle ich mich &amp;jetzt (0–10)?</translation>
    </message>
    <message>
        <source>Does something on the factual level need action now?</source>
        <translation>Muss auf der Sachebene jetzt etwas getan werden?</translation>
    </message>
    <message>
        <source>You noted that you&apos;re calmer. Well done.</source>
        <translation>Du hast notiert, dass du ruhiger bist. Gut gemacht.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the countdown ({keys})</source>
        <translation>Countdown anhalten ({keys})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the breathing pause ({keys})</source>
        <translation>Atempause starten ({keys})</translation>
    </message>
    <message>
        <source>The pause is over. Take a moment to notice how you feel now.</source>
        <translation>Die Pause ist vorbei. Nimm dir einen Moment und spür nach, wie du dich jetzt fühlst.</translation>
    </message>
    <message>
        <source>Good. Take your time with the questions below.</source>
        <translation>Gut. Lass dir Zeit mit den Fragen unten.</translation>
    </message>
    <message>
        <source>No compliments collected yet. When a client thanks you, keep it under Compliments — it helps on days like this.</source>
        <translation>Noch keine Komplimente gesammelt. Wenn dir ein Kunde dankt, halte es unter Komplimente fest — das hilft an Tagen wie diesem.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Dossier…</source>
        <translation>D&amp;ossier…</translation>
    </message>
    <message>
        <source>Export a dated record of this case (PDF, web page or Markdown)</source>
        <translation>Eine datierte Aufzeichnung dieses Falls exportieren (PDF, Webseite oder Markdown)</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Zum Schritt</translation>
    </message>
    <message>
        <source>Open the step the coach suggests</source>
        <translation>Den Schritt öffnen, den der Coach vorschlägt</translation>
    </message>
    <message>
        <source>&amp;Incidents of this case</source>
        <translation>&amp;Klopper dieses Falls</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>Kunde: {client}</translation>
    </message>
    <message>
        <source>This case is closed: settled on {date}. Well done.</source>
        <translation>Dieser Fall ist abgeschlossen: geklärt am {date}. Gut gemacht.</translation>
    </message>
    <message>
        <source>This case is closed: you moved on on {date}.</source>
        <translation>Dieser Fall ist abgeschlossen: Du bist am {date} weitergezogen.</translation>
    </message>
    <message>
        <source>Not before {when}.</source>
        <translation>Nicht vor {when}.</translation>
    </message>
    <message>
        <source>No incidents in this case yet.</source>
        <translation>In diesem Fall gibt es noch keine Klopper.</translation>
    </message>
    <message>
        <source>This step is already done</source>
        <translation>Dieser Schritt ist schon erledigt</translation>
    </message>
    <message>
        <source>Only the current step can be marked done.</source>
        <translation>Nur der aktuelle Schritt kann als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Could not update the case</source>
        <translation>Der Fall konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Open a case…</source>
        <translation>Fall eröffnen…</translation>
    </message>
    <message>
        <source>Open a case for a client ({shortcut})</source>
        <translation>Einen Fall für einen Kunden eröffnen ({shortcut})</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Could not load the cases</source>
        <translation>Die Fälle konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>{client} · {stage}</source>
        <translation>{client} · {stage}</translation>
    </message>
    <message>
        <source>{client} · closed</source>
        <translation>{client} · abgeschlossen</translation>
    </message>
    <message>
        <source>No cases yet — good.

When a client keeps crossing a line, open a case. The coach then walks you through it one calm step at a time: calm down, clarify, set boundaries, escalate, move on.</source>
        <translation>Noch keine Fälle – gut so.

Wenn ein Kunde immer wieder eine Grenze überschreitet, eröffne einen Fall. Der Coach begleitet dich dann ruhig Schritt für Schritt: Runterkommen, Klären, Grenzen setzen, Eskalieren, Weiterziehen.</translation>
    </message>
    <message>
        <source>Choose a case on the left to see where it stands.</source>
        <translation>Wähle links einen Fall, um zu sehen, wo er steht.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Der Fall konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Your entries stay as they are: only the lock on the vault changes. Your recovery code stays valid.</source>
        <translation>Deine Einträge bleiben, wie sie sind: Nur das Schloss des Tresors ändert sich. Dein Wiederherstellungscode bleibt gültig.</translation>
    </message>
    <message>
        <source>At least {count} characters; a few words work well</source>
        <translation>Mindestens {count} Zeichen; ein paar Wörter funktionieren gut</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Change the passphrase (Enter)</source>
        <translation>Passphrase ändern (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>Bitte gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least {count} characters. A few words are easier to remember than symbols.</source>
        <translation>Die neue Passphrase braucht mindestens {count} Zeichen. Ein paar Wörter merkt man sich leichter als Sonderzeichen.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type them again.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Bitte tippe sie noch einmal.</translation>
    </message>
    <message>
        <source>One moment — this takes about a second.</source>
        <translation>Einen Moment — das dauert etwa eine Sekunde.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Please try again.</source>
        <translation>Das ist nicht deine aktuelle Passphrase. Versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <source>The new passphrase cannot be used: {reason}</source>
        <translation>Die neue Passphrase lässt sich nicht verwenden: {reason}</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>Die Passphrase wurde nicht geändert: {reason}</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
</context>
<context>
    <name>ClarifyPage</name>
    <message>
        <source>Only what a camera would have seen or heard.</source>
        <translation>Nur das, was eine Kamera gesehen oder gehört hätte.</translation>
    </message>
    <message>
        <source>For example: I felt hurt and under pressure.</source>
        <translation>Zum Beispiel: Ich war verletzt und fühlte mich unter Druck.</translation>
    </message>
    <message>
        <source>For example: respect, clear agreements, time to plan.</source>
        <translation>Zum Beispiel: Respekt, klare Absprachen, Zeit zum Planen.</translation>
    </message>
    <message>
        <source>One concrete, doable request.</source>
        <translation>Eine konkrete, machbare Bitte.</translation>
    </message>
    <message>
        <source>The situation, in neutral words.</source>
        <translation>Die Situation, in neutralen Worten.</translation>
    </message>
    <message>
        <source>How it affects you and the work.</source>
        <translation>Wie es sich auf dich und die Arbeit auswirkt.</translation>
    </message>
    <message>
        <source>What you would like instead.</source>
        <translation>Was du dir stattdessen wünschst.</translation>
    </message>
    <message>
        <source>What gets better for both of you if it changes.</source>
        <translation>Was für euch beide besser wird, wenn es sich ändert.</translation>
    </message>
    <message>
        <source>Nonviolent Communication</source>
        <translation>Gewaltfreie Kommunikation</translation>
    </message>
    <message>
        <source>DESC script</source>
        <translation>DESC-Skript</translation>
    </message>
    <message>
        <source>After the talk</source>
        <translation>Nach dem Gespräch</translation>
    </message>
    <message>
        <source>What was said, what you agreed, what is still open.</source>
        <translation>Was gesagt wurde, was ihr vereinbart habt, was noch offen ist.</translation>
    </message>
    <message>
        <source>How did it &amp;go?</source>
        <translation>&amp;Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Your one-page prep</source>
        <translation>Deine Vorbereitung auf einer Seite</translation>
    </message>
    <message>
        <source>Preview of the conversation prep</source>
        <translation>Vorschau der Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Wording worth a second look</source>
        <translation>Formulierungen, die einen zweiten Blick wert sind</translation>
    </message>
    <message>
        <source>Wording hints</source>
        <translation>Formulierungshinweise</translation>
    </message>
    <message>
        <source>No wording hints — it reads calmly. Hints appear here as you write.</source>
        <translation>Keine Formulierungshinweise — es liest sich ruhig. Hinweise erscheinen hier, während du schreibst.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the prep to have it at hand in the talk ({keys})</source>
        <translation>Die Vorbereitung drucken, um sie im Gespräch zur Hand zu haben ({keys})</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the prep as a PDF only you can read</source>
        <translation>Die Vorbereitung als PDF speichern, das nur du lesen kannst</translation>
    </message>
    <message>
        <source>{field}: {hint}</source>
        <translation>{field}: {hint}</translation>
    </message>
    <message>
        <source>Print the conversation prep</source>
        <translation>Gesprächsvorbereitung drucken</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Das PDF konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>conversation-prep-{date}.pdf</source>
        <translation>gespraechsvorbereitung-{date}.pdf</translation>
    </message>
    <message>
        <source>Save the prep as PDF</source>
        <translation>Vorbereitung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Dream profile</source>
        <translation>Wunschprofil</translation>
    </message>
    <message>
        <source>Sign again?</source>
        <translation>Wieder unterschreiben?</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>How this client matches your profile: tick the written lines yourself; measured ones follow the figures.</source>
        <translation>Wie dieser Kunde zu deinem Profil passt: Die geschriebenen Punkte hakst du selbst ab, die gemessenen folgen den Zahlen.</translation>
    </message>
    <message>
        <source>Your dream-client profile has no criteria yet. Add a few beside the table — then tick here how this client matches them.</source>
        <translation>Dein Wunschkundenprofil hat noch keine Kriterien. Leg neben der Tabelle ein paar an – dann hakst du hier ab, wie dieser Kunde dazu passt.</translation>
    </message>
    <message>
        <source>Knowing what I know today, would I sign this contract again?</source>
        <translation>Mit allem, was ich heute weiß: Würde ich diesen Vertrag noch einmal unterschreiben?</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Was bringt dich darauf? (optional)</translation>
    </message>
    <message>
        <source>Note to your answer</source>
        <translation>Notiz zu deiner Antwort</translation>
    </message>
    <message>
        <source>&amp;Note (from your gut, a sentence is enough)</source>
        <translation>&amp;Notiz (aus dem Bauch, ein Satz genügt)</translation>
    </message>
    <message>
        <source>Yes, I would sign again</source>
        <translation>Ja, ich würde wieder unterschreiben</translation>
    </message>
    <message>
        <source>No, not with what I know today</source>
        <translation>Nein, nicht mit dem, was ich heute weiß</translation>
    </message>
    <message>
        <source>I am not sure yet</source>
        <translation>Ich bin mir noch nicht sicher</translation>
    </message>
    <message>
        <source>Your earlier answers</source>
        <translation>Deine bisherigen Antworten</translation>
    </message>
    <message>
        <source>Your earlier answers, newest first</source>
        <translation>Deine bisherigen Antworten, neueste zuerst</translation>
    </message>
    <message>
        <source>Not asked yet. Answer from your gut; you can answer again any time, and your earlier answers stay here.</source>
        <translation>Noch nicht gefragt. Antworte aus dem Bauch; du kannst jederzeit neu antworten, deine früheren Antworten bleiben hier stehen.</translation>
    </message>
    <message>
        <source>Add invoice…</source>
        <translation>Rechnung erfassen…</translation>
    </message>
    <message>
        <source>Record an invoice for this client ({keys})</source>
        <translation>Eine Rechnung für diesen Kunden erfassen ({keys})</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>The money arrived today</source>
        <translation>Das Geld ist heute eingegangen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the invoice (you can undo it)</source>
        <translation>Die Rechnung löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Invoices of this client, newest first</source>
        <translation>Rechnungen dieses Kunden, neueste zuerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>No invoices yet — add the first one to see what this client really brings.</source>
        <translation>Noch keine Rechnungen – erfasse die erste, um zu sehen, was dieser Kunde wirklich bringt.</translation>
    </message>
    <message>
        <source>{count} invoices in the period</source>
        <translation>{count} Rechnungen im Zeitraum</translation>
    </message>
    <message>
        <source>{amount} still open</source>
        <translation>{amount} noch offen</translation>
    </message>
    <message>
        <source>{count} incidents, {relationship} on the relationship level</source>
        <translation>{count} Klopper, {relationship} auf der Beziehungsebene</translation>
    </message>
    <message>
        <source>energy {cost} below your average</source>
        <translation>Energie {cost} unter deinem Schnitt</translation>
    </message>
    <message>
        <source>energy {cost} above your average</source>
        <translation>Energie {cost} über deinem Schnitt</translation>
    </message>
    <message>
        <source>energy as usual</source>
        <translation>Energie wie sonst</translation>
    </message>
    <message>
        <source>sounds like sunk cost</source>
        <translation>klingt nach versunkenen Kosten</translation>
    </message>
    <message>
        <source>This note argues from what already went in.</source>
        <translation>Diese Notiz argumentiert mit dem, was schon hineingeflossen ist.</translation>
    </message>
    <message>
        <source>open, {days} days overdue</source>
        <translation>offen, {days} Tage überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>The tick was not saved</source>
        <translation>Der Haken wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The answer was not saved</source>
        <translation>Die Antwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The invoice was not marked as paid</source>
        <translation>Die Rechnung wurde nicht als bezahlt markiert</translation>
    </message>
    <message>
        <source>The invoice was not deleted</source>
        <translation>Die Rechnung wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Invoice of {date} over {amount} deleted.</source>
        <translation>Rechnung vom {date} über {amount} gelöscht.</translation>
    </message>
    <message>
        <source>The invoice was not restored</source>
        <translation>Die Rechnung wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>Timeline: {client}</source>
        <translation>Verlauf: {client}</translation>
    </message>
    <message>
        <source>Everything with {client}, newest first. The good moments are marked with ✓ — they belong to the story too.</source>
        <translation>Alles mit {client}, neueste zuerst. Die guten Momente sind mit ✓ markiert – auch sie gehören zur Geschichte.</translation>
    </message>
    <message>
        <source>Nothing recorded for this client yet.</source>
        <translation>Für diesen Kunden ist noch nichts festgehalten.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{mark}{day} · {kind}: {title}</source>
        <translation>{mark}{day} · {kind}: {title}</translation>
    </message>
    <message>
        <source>A good moment</source>
        <translation>Ein guter Moment</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Klopper</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Kompliment</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Case settled</source>
        <translation>Fall geklärt</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Weitergezogen</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Klopper</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the client (F2)</source>
        <translation>Kunden umbenennen (F2)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Make this client part of another one</source>
        <translation>Diesen Kunden mit einem anderen zusammenführen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Hide a former client from lists; its history stays</source>
        <translation>Einen früheren Kunden aus den Listen ausblenden; seine Geschichte bleibt erhalten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Everything with this client, the good moments included</source>
        <translation>Alles mit diesem Kunden, auch die guten Momente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People of the chosen client</source>
        <translation>Personen des gewählten Kunden</translation>
    </message>
    <message>
        <source>Rename the person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Rename the person (F2)</source>
        <translation>Person umbenennen (F2)</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Rolle…</translation>
    </message>
    <message>
        <source>Set the person&apos;s role</source>
        <translation>Rolle der Person festlegen</translation>
    </message>
    <message>
        <source>Set or clear what this person does, such as project lead</source>
        <translation>Festlegen oder löschen, was diese Person macht, etwa Projektleitung</translation>
    </message>
    <message>
        <source>Merge the person</source>
        <translation>Person zusammenführen</translation>
    </message>
    <message>
        <source>Make this person and another one of the same client one</source>
        <translation>Diese Person mit einer anderen desselben Kunden zusammenführen</translation>
    </message>
    <message>
        <source>{client} (archived)</source>
        <translation>{client} (archiviert)</translation>
    </message>
    <message>
        <source>Choose a client to see the people on its side.</source>
        <translation>Wähle einen Kunden, um die Personen auf seiner Seite zu sehen.</translation>
    </message>
    <message>
        <source>No people recorded for this client yet.</source>
        <translation>Für diesen Kunden sind noch keine Personen erfasst.</translation>
    </message>
    <message>
        <source>Everyone here is archived; “Show archived” lists them.</source>
        <translation>Alle hier sind archiviert; „Archivierte zeigen“ listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>Archived · %n incident(s) with this person</source>
        <translation>
            <numerusform>Archiviert · %n Klopper mit dieser Person</numerusform>
            <numerusform>Archiviert · %n Klopper mit dieser Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with this person</source>
        <translation>
            <numerusform>%n Klopper mit dieser Person</numerusform>
            <numerusform>%n Klopper mit dieser Person</numerusform>
        </translation>
    </message>
    <message>
        <source>{person}, {role} · {count}</source>
        <translation>{person}, {role} · {count}</translation>
    </message>
    <message>
        <source>{person} · {count}</source>
        <translation>{person} · {count}</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Show this client in lists again</source>
        <translation>Diesen Kunden wieder in den Listen zeigen</translation>
    </message>
    <message>
        <source>Unarchive the person</source>
        <translation>Person zurückholen</translation>
    </message>
    <message>
        <source>Show this person in lists again</source>
        <translation>Diese Person wieder in den Listen zeigen</translation>
    </message>
    <message>
        <source>Archive the person</source>
        <translation>Person archivieren</translation>
    </message>
    <message>
        <source>Hide someone who left the client; their incidents stay</source>
        <translation>Jemanden ausblenden, der nicht mehr beim Kunden ist; die Klopper bleiben erhalten</translation>
    </message>
    <message>
        <source>A client needs a name; the old one stays.</source>
        <translation>Ein Kunde braucht einen Namen; der alte bleibt.</translation>
    </message>
    <message>
        <source>There is already a client named “{name}”. To make the two one, use Merge.</source>
        <translation>Es gibt schon einen Kunden namens „{name}“. Um die beiden zu einem zu machen, nutze Zusammenführen.</translation>
    </message>
    <message>
        <source>The name stays as it was: {reason}</source>
        <translation>Der Name bleibt, wie er war: {reason}</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>{source} is now part of {target}: %n incident(s) moved.</source>
        <translation>
            <numerusform>{source} gehört jetzt zu {target}: %n Klopper verschoben.</numerusform>
            <numerusform>{source} gehört jetzt zu {target}: %n Klopper verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>{client} is back in the lists.</source>
        <translation>{client} ist wieder in den Listen.</translation>
    </message>
    <message>
        <source>{client} is archived; “Show archived” brings it back.</source>
        <translation>{client} ist archiviert; „Archivierte zeigen“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>A person needs a name; the old one stays.</source>
        <translation>Eine Person braucht einen Namen; der alte bleibt.</translation>
    </message>
    <message>
        <source>{client} already has a person named “{name}”. To make the two one, use Merge.</source>
        <translation>Bei {client} gibt es schon eine Person namens „{name}“. Um die beiden zu einer zu machen, nutze Zusammenführen.</translation>
    </message>
    <message>
        <source>The role stays as it was: {reason}</source>
        <translation>Die Rolle bleibt, wie sie war: {reason}</translation>
    </message>
    <message>
        <source>{person} is now noted as {role}.</source>
        <translation>{person} ist jetzt als {role} notiert.</translation>
    </message>
    <message>
        <source>{person} has no role noted now.</source>
        <translation>Für {person} ist jetzt keine Rolle notiert.</translation>
    </message>
    <message numerus="yes">
        <source>{source} and {target} are one person now: %n incident(s) moved.</source>
        <translation>
            <numerusform>{source} und {target} sind jetzt eine Person: %n Klopper verschoben.</numerusform>
            <numerusform>{source} und {target} sind jetzt eine Person: %n Klopper verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} is back in the list.</source>
        <translation>{person} ist wieder in der Liste.</translation>
    </message>
    <message>
        <source>{person} is archived; “Show archived” brings them back.</source>
        <translation>{person} ist archiviert; „Archivierte zeigen“ holt die Person zurück.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Language of the text</source>
        <translation>Sprache des Textes</translation>
    </message>
    <message>
        <source>Date you said or sent it</source>
        <translation>Datum, an dem du es gesagt oder geschickt hast</translation>
    </message>
    <message>
        <source>Keep a dated record in this case (Ctrl+Enter).</source>
        <translation>Einen datierten Eintrag in diesem Fall festhalten (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Not yet · opens {time}</source>
        <translation>Noch nicht · ab {time}</translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>am {date} um {time}</translation>
    </message>
</context>
<context>
    <name>ComplimentDialog</name>
    <message>
        <source>Add a compliment</source>
        <translation>Kompliment hinzufügen</translation>
    </message>
    <message>
        <source>What did they say or write? Their own words are best.</source>
        <translation>Was wurde gesagt oder geschrieben? Die eigenen Worte sind am besten.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Compliment</source>
        <translation>&amp;Kompliment</translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation>&amp;Von wem</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Erhalten am</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep this compliment ({keys})</source>
        <translation>Dieses Kompliment aufheben ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing to keep yet</source>
        <translation>Noch nichts zum Aufheben</translation>
    </message>
    <message>
        <source>Write the compliment first.</source>
        <translation>Schreib zuerst das Kompliment.</translation>
    </message>
    <message>
        <source>The compliment was not saved</source>
        <translation>Das Kompliment wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ComplimentsPage</name>
    <message>
        <source>Compliments</source>
        <translation>Komplimente</translation>
    </message>
    <message>
        <source>Thanks and praise you received, kept for the hard moments.</source>
        <translation>Dank und Lob, das du bekommen hast – aufgehoben für die schweren Momente.</translation>
    </message>
    <message>
        <source>Show me another</source>
        <translation>Zeig mir noch eins</translation>
    </message>
    <message>
        <source>Pick another compliment at random</source>
        <translation>Ein anderes Kompliment zufällig auswählen</translation>
    </message>
    <message>
        <source>Add compliment…</source>
        <translation>Kompliment hinzufügen…</translation>
    </message>
    <message>
        <source>Keep a compliment or thanks you received ({keys})</source>
        <translation>Ein Kompliment oder einen Dank aufheben, den du bekommen hast ({keys})</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected compliment (Del)</source>
        <translation>Das ausgewählte Kompliment löschen (Del)</translation>
    </message>
    <message>
        <source>All compliments, newest first</source>
        <translation>Alle Komplimente, neueste zuerst</translation>
    </message>
    <message>
        <source>Delete this compliment? It cannot be brought back.</source>
        <translation>Dieses Kompliment löschen? Es lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Add the first one with “Add compliment…” ({keys}). A line from an e-mail, a kind word after a meeting, a thank-you note: all of it counts.</source>
        <translation>Füge das erste mit „Kompliment hinzufügen…“ hinzu ({keys}). Ein Satz aus einer E-Mail, ein freundliches Wort nach einem Termin, ein Dankeschön: Alles zählt.</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>Collect the thanks and praise you get. On a hard day, reading them again reminds you of what you do well.</source>
        <translation>Sammle den Dank und das Lob, das du bekommst. An einem schweren Tag erinnert dich das Wiederlesen daran, was du gut machst.</translation>
    </message>
    <message>
        <source>— {name}, {date}</source>
        <translation>— {name}, {date}</translation>
    </message>
    <message>
        <source>— {date}</source>
        <translation>— {date}</translation>
    </message>
    <message>
        <source>The compliment was not deleted</source>
        <translation>Das Kompliment wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Add the contract with {client}</source>
        <translation>Vertrag mit {client} erfassen</translation>
    </message>
    <message>
        <source>Contract with {client}</source>
        <translation>Vertrag mit {client}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the contract ({keys} or {other})</source>
        <translation>Den Vertrag speichern ({keys} oder {other})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kind of contract</source>
        <translation>Art des Vertrags</translation>
    </message>
    <message>
        <source>Contract for &amp;work (Werkvertrag)</source>
        <translation>&amp;Werkvertrag</translation>
    </message>
    <message>
        <source>Service contract: you owe your work, not a result – a retainer, support, coaching, consulting by the hour or day. Contract for work: you owe a result – a website, a logo, a text.</source>
        <translation>Dienstvertrag: Du schuldest deine Arbeit, kein Ergebnis – etwa laufende Betreuung (Retainer), Support, Coaching, Beratung nach Stunden oder Tagen. Werkvertrag: Du schuldest ein Ergebnis – eine Website, ein Logo, einen Text.</translation>
    </message>
    <message>
        <source>Not sure? Ask yourself: if the result did not come despite good work, would you still be paid? Then it is usually a service contract. The content decides, not the title; if it is mixed, ask a lawyer.</source>
        <translation>Unsicher? Frag dich: Würdest du auch bezahlt, wenn das Ergebnis trotz guter Arbeit ausbliebe? Dann ist es meist ein Dienstvertrag. Es entscheidet der Inhalt, nicht die Überschrift; ist es gemischt, frag eine Anwältin oder einen Anwalt.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Beginn und Laufzeit</translation>
    </message>
    <message>
        <source>Start of the contract</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Fixed term in months</source>
        <translation>Feste Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>Renewal in months</source>
        <translation>Verlängerung in Monaten</translation>
    </message>
    <message>
        <source>Fixed &amp;term</source>
        <translation>Feste &amp;Laufzeit</translation>
    </message>
    <message>
        <source>&amp;Renews by</source>
        <translation>&amp;Verlängert sich um</translation>
    </message>
    <message>
        <source>Leave the term at “none” for a contract without an end date. A renewal needs a fixed term: it says how long the contract goes on each time unless notice arrives in time.</source>
        <translation>Lass die Laufzeit auf „keine“, wenn der Vertrag kein Enddatum hat. Eine Verlängerung braucht eine feste Laufzeit: Sie sagt, um wie viel sich der Vertrag jedes Mal verlängert, wenn die Kündigung nicht rechtzeitig zugeht.</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>The contract names a &amp;notice period</source>
        <translation>Der Vertrag nennt eine &amp;Kündigungsfrist</translation>
    </message>
    <message>
        <source>Notice period, amount</source>
        <translation>Kündigungsfrist, Dauer</translation>
    </message>
    <message>
        <source>Notice period, unit</source>
        <translation>Kündigungsfrist, Einheit</translation>
    </message>
    <message>
        <source>Notice takes effect</source>
        <translation>Kündigung wirkt</translation>
    </message>
    <message>
        <source>Without a clause the law decides by the unit the fee is calculated in (§ 621 BGB): by the month, notice must arrive by the 15th for the end of that month, for example.</source>
        <translation>Ohne Klausel entscheidet das Gesetz nach der Einheit, in der das Honorar berechnet wird (§ 621 BGB): Bei einem Monatshonorar zum Beispiel muss die Kündigung bis zum 15. zugehen, zum Ende desselben Monats.</translation>
    </message>
    <message>
        <source>Good cause (§ 626 BGB)</source>
        <translation>Wichtiger Grund (§ 626 BGB)</translation>
    </message>
    <message>
        <source>I &amp;learned of a good cause on</source>
        <translation>Von einem wichtigen &amp;Grund erfahren am</translation>
    </message>
    <message>
        <source>Day you learned of the good cause</source>
        <translation>Tag, an dem du vom wichtigen Grund erfahren hast</translation>
    </message>
    <message>
        <source>Usually leave this empty: Grenzen takes the date from your incidents – the newest incident on the relationship level with severity 4 or 5 whose two-week window is still open.</source>
        <translation>Lass das meist leer: Grenzen nimmt das Datum aus deinen Kloppern – den neuesten Klopper auf der Beziehungsebene mit Schwere 4 oder 5, dessen Zwei-Wochen-Frist noch läuft.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>– not given –</source>
        <translation>– nicht angegeben –</translation>
    </message>
    <message>
        <source>How the fee is calculated</source>
        <translation>Wie das Honorar berechnet wird</translation>
    </message>
    <message>
        <source>Fee amount per unit</source>
        <translation>Honorarbetrag pro Einheit</translation>
    </message>
    <message>
        <source>How often it is paid</source>
        <translation>Wie oft gezahlt wird</translation>
    </message>
    <message>
        <source>Fee is calc&amp;ulated</source>
        <translation>Honorar wird be&amp;rechnet</translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation>&amp;Zahlungsweise</translation>
    </message>
    <message>
        <source>The unit the fee is calculated in counts, not how often it is paid: a yearly fee paid monthly is a yearly fee. An hourly fee is treated like a daily one.</source>
        <translation>Es zählt die Einheit, nach der das Honorar berechnet wird, nicht wie oft gezahlt wird: Ein Jahreshonorar, das monatlich gezahlt wird, bleibt ein Jahreshonorar. Ein Stundenhonorar wird wie ein Tageshonorar behandelt.</translation>
    </message>
    <message>
        <source>Form and place of the notice</source>
        <translation>Form und Ort der Kündigung</translation>
    </message>
    <message>
        <source>– not stated (treat as written form) –</source>
        <translation>– nicht angegeben (gilt als Schriftform) –</translation>
    </message>
    <message>
        <source>Form of notice the contract asks for</source>
        <translation>Form der Kündigung, die der Vertrag verlangt</translation>
    </message>
    <message>
        <source>Country of the contract</source>
        <translation>Land des Vertrags</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– wählen –</translation>
    </message>
    <message>
        <source>Federal state where the client receives the notice</source>
        <translation>Bundesland, in dem der Auftraggeber die Kündigung erhält</translation>
    </message>
    <message>
        <source>&amp;Form of notice</source>
        <translation>&amp;Form der Kündigung</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>The state where the client receives the notice: its public holidays decide which days are business days.</source>
        <translation>Das Bundesland, in dem der Auftraggeber die Kündigung erhält: Seine Feiertage entscheiden, welche Tage Geschäftstage sind.</translation>
    </message>
    <message>
        <source>For example coaching, or consulting with a personal mandate – not a long engagement with fixed pay. Then either side may end the contract at any time, but not at an inopportune moment, or damages may follow.</source>
        <translation>Zum Beispiel Coaching oder Beratung mit persönlichem Mandat – keine lange Zusammenarbeit mit festen Bezügen. Dann kann jede Seite den Vertrag jederzeit beenden, aber nicht zur Unzeit, sonst droht Schadensersatz.</translation>
    </message>
    <message>
        <source>Contract for work</source>
        <translation>Werkvertrag</translation>
    </message>
    <message>
        <source>Agreed total fee</source>
        <translation>Vereinbartes Gesamthonorar</translation>
    </message>
    <message>
        <source>Share of the fee earned by the work done</source>
        <translation>Anteil des Honorars, den die erbrachte Arbeit schon verdient hat</translation>
    </message>
    <message>
        <source>Ser&amp;vice contract (Dienstvertrag)</source>
        <translation>&amp;Dienstvertrag</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>A&amp;mount per unit</source>
        <translation>Betr&amp;ag pro Einheit</translation>
    </message>
    <message>
        <source>Client&apos;s stat&amp;e</source>
        <translation>B&amp;undesland des Auftraggebers</translation>
    </message>
    <message>
        <source>Services of a &amp;higher kind based on special trust (§ 627 BGB)</source>
        <translation>Dienste &amp;höherer Art aus besonderem Vertrauen (§ 627 BGB)</translation>
    </message>
    <message>
        <source>A&amp;greed total fee</source>
        <translation>Vereinbartes Gesam&amp;thonorar</translation>
    </message>
    <message>
        <source>Work d&amp;one</source>
        <translation>Bereits &amp;erbracht</translation>
    </message>
    <message>
        <source>With both, Grenzen shows what is still open and what the law presumes the client owes if the client ends the contract (§ 648 BGB).</source>
        <translation>Mit beidem zeigt Grenzen, was noch offen ist und was der Auftraggeber nach der gesetzlichen Vermutung schuldet, wenn er den Vertrag kündigt (§ 648 BGB).</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>What you still deliver, with due dates</source>
        <translation>Was du noch lieferst, mit Fälligkeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>A&amp;dd a deliverable</source>
        <translation>Le&amp;istung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected deliverable</source>
        <translation>Die ausgewählte Leistung entfernen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on the contract</source>
        <translation>Notizen zum Vertrag</translation>
    </message>
    <message>
        <source>Anything else from the contract worth keeping</source>
        <translation>Was sonst noch aus dem Vertrag wichtig ist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Choose the kind of contract: service contract or contract for work. The explanation above helps.</source>
        <translation>Wähle die Art des Vertrags: Dienstvertrag oder Werkvertrag. Die Erklärung oben hilft dir.</translation>
    </message>
    <message>
        <source>A renewal needs a fixed term: enter the term first.</source>
        <translation>Eine Verlängerung braucht eine feste Laufzeit: Trag zuerst die Laufzeit ein.</translation>
    </message>
    <message>
        <source>“To the end of the term” needs a fixed term above.</source>
        <translation>„Zum Ende der Laufzeit“ braucht oben eine feste Laufzeit.</translation>
    </message>
    <message>
        <source>Without a notice clause or a fixed term the law decides by the fee unit (§ 621 BGB): choose how the fee is calculated.</source>
        <translation>Ohne Kündigungsklausel oder feste Laufzeit entscheidet das Gesetz nach der Vergütungseinheit (§ 621 BGB): Wähle, wie das Honorar berechnet wird.</translation>
    </message>
    <message>
        <source>Choose the federal state from the list.</source>
        <translation>Wähle das Bundesland aus der Liste.</translation>
    </message>
    <message>
        <source>Row {row}: say what is owed, or remove the row.</source>
        <translation>Zeile {row}: Trag ein, was du noch lieferst, oder entferne die Zeile.</translation>
    </message>
    <message>
        <source>Not saved yet: {text}</source>
        <translation>Noch nicht gespeichert: {text}</translation>
    </message>
    <message>
        <source>The contract was not saved: {error}</source>
        <translation>Der Vertrag wurde nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>ContractSummary</name>
    <message>
        <source>No contract stored for {client} yet</source>
        <translation>Noch kein Vertrag für {client} gespeichert</translation>
    </message>
    <message>
        <source>Enter the terms once from your contract – type, start, term, notice and fee – and Grenzen shows every way out with its dates: when the notice must arrive, when the contract ends, what you still owe and what money is still to come.</source>
        <translation>Trag die Bedingungen einmal aus deinem Vertrag ein – Art, Beginn, Laufzeit, Kündigungsfrist und Honorar –, und Grenzen zeigt dir jeden Weg hinaus mit seinen Terminen: wann die Kündigung zugehen muss, wann der Vertrag endet, was du noch schuldest und welches Geld noch kommt.</translation>
    </message>
    <message>
        <source>&amp;Add the contract…</source>
        <translation>Vertrag &amp;erfassen…</translation>
    </message>
    <message>
        <source>Enter this client&apos;s contract terms</source>
        <translation>Die Vertragsbedingungen dieses Kunden eintragen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Edit &amp;contract…</source>
        <translation>&amp;Vertrag bearbeiten…</translation>
    </message>
    <message>
        <source>Change the stored contract terms</source>
        <translation>Die gespeicherten Vertragsbedingungen ändern</translation>
    </message>
    <message>
        <source>no ordinary notice for you (contract for work)</source>
        <translation>keine ordentliche Kündigung für dich (Werkvertrag)</translation>
    </message>
    <message>
        <source>{term} months, then renews by {renewal} months</source>
        <translation>{term} Monate, dann Verlängerung um je {renewal} Monate</translation>
    </message>
    <message>
        <source>{term} months, no renewal</source>
        <translation>{term} Monate, keine Verlängerung</translation>
    </message>
    <message>
        <source>no fixed term</source>
        <translation>keine feste Laufzeit</translation>
    </message>
    <message>
        <source>state not given</source>
        <translation>Bundesland nicht angegeben</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zahlungsweise</translation>
    </message>
    <message>
        <source>Form of notice</source>
        <translation>Form der Kündigung</translation>
    </message>
    <message>
        <source>not stated (written form)</source>
        <translation>nicht angegeben (Schriftform)</translation>
    </message>
    <message>
        <source>Recipient&apos;s state</source>
        <translation>Bundesland des Empfängers</translation>
    </message>
    <message>
        <source>§ 627 BGB</source>
        <translation>§ 627 BGB</translation>
    </message>
    <message>
        <source>services based on special trust</source>
        <translation>Dienste aus besonderem Vertrauen</translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation>Vereinbartes Honorar</translation>
    </message>
    <message>
        <source>{total}, {done} done</source>
        <translation>{total}, davon {done} erbracht</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Add a criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Kriterium bearbeiten</translation>
    </message>
    <message>
        <source>Describe one thing your dream clients do. Written criteria you tick for each client yourself; a measured one the figures judge.</source>
        <translation>Beschreib eine Sache, die deine Wunschkunden tun. Geschriebene Kriterien hakst du pro Kunde selbst ab, gemessene beurteilen die Zahlen.</translation>
    </message>
    <message>
        <source>e.g. Treats me with respect, even under stress</source>
        <translation>z. B. Behandelt mich respektvoll, auch unter Druck</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Measured from the figures</source>
        <translation>Aus den Zahlen gemessen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation>&amp;Kriterium</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>Sch&amp;welle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the criterion ({keys})</source>
        <translation>Das Kriterium speichern ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not measured — I tick it myself</source>
        <translation>Nicht gemessen – ich hake selbst ab</translation>
    </message>
    <message>
        <source>Hourly rate at least</source>
        <translation>Stundensatz mindestens</translation>
    </message>
    <message>
        <source>Pays at most … days late on average</source>
        <translation>Zahlt im Schnitt höchstens … Tage zu spät</translation>
    </message>
    <message>
        <source>At most … incidents in the period</source>
        <translation>Höchstens … Klopper im Zeitraum</translation>
    </message>
    <message>
        <source>My energy with them at least (0–10)</source>
        <translation>Meine Energie mit ihnen mindestens (0–10)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Please describe the criterion in a few words.</source>
        <translation>Beschreib das Kriterium bitte in ein paar Worten.</translation>
    </message>
</context>
<context>
    <name>DeadlinesDashboard</name>
    <message>
        <source>All deadlines</source>
        <translation>Alle Fristen</translation>
    </message>
    <message>
        <source>Notice deadlines, renewals, extraordinary windows and deliverables of all your clients, the most urgent first.</source>
        <translation>Kündigungsfristen, Verlängerungen, Fristen für außerordentliche Kündigungen und offene Leistungen aller deiner Kunden, die dringendsten zuerst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Absenden bis</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>Anstehende Fristen</translation>
    </message>
    <message>
        <source>Enter or double-click opens the client in the exit planner.</source>
        <translation>Enter oder Doppelklick öffnet den Kunden im Ausstiegsplaner.</translation>
    </message>
    <message>
        <source>{date} (by hand)</source>
        <translation>{date} (Bote/persönlich)</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Add all to &amp;calendar…</source>
        <translation>Alle in den &amp;Kalender eintragen…</translation>
    </message>
    <message>
        <source>Save every deadline as a calendar file (.ics) with reminders four weeks, one week and one day before.</source>
        <translation>Speichert jede Frist als Kalenderdatei (.ics) mit Erinnerungen vier Wochen, eine Woche und einen Tag vorher.</translation>
    </message>
    <message>
        <source>The deadlines could not be worked out: {error}</source>
        <translation>Die Fristen konnten nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>No upcoming deadlines — good. Dates appear here as soon as a contract or a deliverable has one.</source>
        <translation>Keine anstehenden Fristen – gut so. Termine erscheinen hier, sobald ein Vertrag oder eine Leistung einen hat.</translation>
    </message>
    <message>
        <source>No contract stored yet — add one for a client to see its dates here. Pick the client in the list and choose “Edit…” on the contract card; notice deadlines, renewals and deliverables then appear in this list.</source>
        <translation>Noch kein Vertrag gespeichert – erfasse einen für einen Kunden, um seine Termine hier zu sehen. Wähle den Kunden in der Liste und dann „Vertrag erfassen…“ auf der Vertragskarte; Kündigungsfristen, Verlängerungen und Leistungen erscheinen dann in dieser Liste.</translation>
    </message>
    <message>
        <source>Not in this list: {client} — its dates could not be worked out ({error}). Please check its contract.</source>
        <translation>Nicht in dieser Liste: {client} – die Termine ließen sich nicht berechnen ({error}). Bitte prüf den Vertrag.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>Post a registered letter by then; a courier or handing it over can wait until {date}.</source>
        <translation>Gib ein Einschreiben bis dahin auf; per Bote oder persönlich hast du Zeit bis {date}.</translation>
    </message>
    <message>
        <source>Too late for a registered letter: use a courier or hand it over.</source>
        <translation>Zu spät für ein Einschreiben: Nimm einen Boten oder übergib den Brief persönlich.</translation>
    </message>
    <message>
        <source>{days}, urgent</source>
        <translation>{days}, dringend</translation>
    </message>
    <message>
        <source>Next: {what} — {client}, {when} ({date}).</source>
        <translation>Als Nächstes: {what} – {client}, {when} ({date}).</translation>
    </message>
    <message>
        <source>{n} deadlines within the next four weeks.</source>
        <translation>{n} Fristen in den nächsten vier Wochen.</translation>
    </message>
    <message>
        <source>Nothing due in the next four weeks. Next: {what} — {client}, on {date}.</source>
        <translation>In den nächsten vier Wochen ist nichts fällig. Als Nächstes: {what} – {client}, am {date}.</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>in {n} Tagen</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Export the dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>A dated record of this case: its incidents, the steps you took and what you said or sent. A checksum at the end shows later whether a copy was changed. The file is not encrypted — keep it somewhere safe.</source>
        <translation>Eine datierte Aufzeichnung dieses Falls: seine Klopper, deine Schritte und was du gesagt oder geschickt hast. Eine Prüfsumme am Ende zeigt später, ob eine Kopie verändert wurde. Die Datei ist nicht verschlüsselt – bewahre sie sicher auf.</translation>
    </message>
    <message>
        <source>&amp;Replace the names of people (Person A, B, …)</source>
        <translation>Namen von Personen &amp;ersetzen (Person A, B, …)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Dossier speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>Please end the file name with .pdf, .html or .md.</source>
        <translation>Bitte lass den Dateinamen auf .pdf, .html oder .md enden.</translation>
    </message>
    <message>
        <source>The dossier was not saved</source>
        <translation>Das Dossier wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DreamProfilePanel</name>
    <message>
        <source>Dream-client profile</source>
        <translation>Wunschkundenprofil</translation>
    </message>
    <message>
        <source>Decide in writing whom you want to work with: clients who value you and whom you value. Saved as you type.</source>
        <translation>Entscheide schriftlich, mit wem du arbeiten willst: mit Kunden, die dich schätzen und die du schätzt. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Who are they? How do they work with you, how do they talk, how do they pay?</source>
        <translation>Wer sind sie? Wie arbeiten sie mit dir, wie reden sie, wie zahlen sie?</translation>
    </message>
    <message>
        <source>Description of your dream clients</source>
        <translation>Beschreibung deiner Wunschkunden</translation>
    </message>
    <message>
        <source>&amp;Who are your dream clients?</source>
        <translation>&amp;Wer sind deine Wunschkunden?</translation>
    </message>
    <message>
        <source>Honestly and kindly: late answers, unclear briefs, unpaid bills of your own?</source>
        <translation>Ehrlich und freundlich: späte Antworten, unklare Briefings, eigene offene Rechnungen?</translation>
    </message>
    <message>
        <source>Where do I behave like the clients I no longer want?</source>
        <translation>Wo verhalte ich mich wie die Kunden, die ich nicht mehr will?</translation>
    </message>
    <message>
        <source>Where do &amp;I behave like the clients I no longer want?</source>
        <translation>Wo verhalte &amp;ich mich wie die Kunden, die ich nicht mehr will?</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>K&amp;riterien</translation>
    </message>
    <message>
        <source>Criteria of the dream-client profile</source>
        <translation>Kriterien des Wunschkundenprofils</translation>
    </message>
    <message>
        <source>No criteria yet. Add a few lines — “Pays on time”, “Respects my no” — and tick for each client how they match.</source>
        <translation>Noch keine Kriterien. Schreib ein paar Zeilen – „Zahlt pünktlich“, „Respektiert mein Nein“ – und hak für jeden Kunden ab, wie er passt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a criterion to your dream-client profile</source>
        <translation>Ein Kriterium zu deinem Wunschkundenprofil hinzufügen</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove this criterion? The ticks you gave for it go with it.</source>
        <translation>Dieses Kriterium entfernen? Deine Haken dafür gehen mit.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Das Profil wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The criterion was not removed</source>
        <translation>Das Kriterium wurde nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>okay</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <source>Energy and incidents per week</source>
        <translation>Energie und Klopper pro Woche</translation>
    </message>
    <message>
        <source>No check-ins or incidents in these weeks.</source>
        <translation>In diesen Wochen gibt es keine Energie-Checks und keine Klopper.</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n incident(s), no check-in yet.</source>
        <translation>
            <numerusform>Diese Woche: %n Klopper, noch kein Energie-Check.</numerusform>
            <numerusform>Diese Woche: %n Klopper, noch kein Energie-Check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n incident(s), average energy {energy} of 10.</source>
        <translation>
            <numerusform>Diese Woche: %n Klopper, Energie im Schnitt {energy} von 10.</numerusform>
            <numerusform>Diese Woche: %n Klopper, Energie im Schnitt {energy} von 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet. Check in on your energy now and then; the weeks will appear here beside your incidents.</source>
        <translation>Noch nichts zu zeigen. Mach ab und zu einen Energie-Check; die Wochen erscheinen dann hier neben deinen Kloppern.</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>Klopper pro Woche</translation>
    </message>
    <message>
        <source>Average energy (0–10)</source>
        <translation>Energie im Schnitt (0–10)</translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n incident(s), no check-in.</source>
        <translation>
            <numerusform>Woche ab {date}: %n Klopper, kein Energie-Check.</numerusform>
            <numerusform>Woche ab {date}: %n Klopper, kein Energie-Check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n incident(s), average energy {energy} of 10.</source>
        <translation>
            <numerusform>Woche ab {date}: %n Klopper, Energie im Schnitt {energy} von 10.</numerusform>
            <numerusform>Woche ab {date}: %n Klopper, Energie im Schnitt {energy} von 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnergyCheckinDialog</name>
    <message>
        <source>Energy check-in</source>
        <translation>Energie-Check</translation>
    </message>
    <message>
        <source>How full is your battery right now?</source>
        <translation>Wie voll ist dein Akku gerade?</translation>
    </message>
    <message>
        <source>Energy from 0 (empty) to 10 (full)</source>
        <translation>Energie von 0 (leer) bis 10 (voll)</translation>
    </message>
    <message>
        <source>0 · empty</source>
        <translation>0 · leer</translation>
    </message>
    <message>
        <source>10 · full</source>
        <translation>10 · voll</translation>
    </message>
    <message>
        <source>What drains or recharges you? (optional)</source>
        <translation>Was zieht dir Energie ab oder lädt dich auf? (optional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the check-in ({keys})</source>
        <translation>Energie-Check speichern ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The check-in was not saved</source>
        <translation>Der Energie-Check wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>How full your battery was, week by week, beside the incidents of that week.</source>
        <translation>Wie voll dein Akku war, Woche für Woche, neben den Kloppern dieser Woche.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Energie-Check machen</translation>
    </message>
    <message>
        <source>Note how full your battery is ({keys})</source>
        <translation>Notieren, wie voll dein Akku ist ({keys})</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Letzte Energie-Checks</translation>
    </message>
    <message>
        <source>Recent check-ins, newest first</source>
        <translation>Letzte Energie-Checks, neueste zuerst</translation>
    </message>
    <message>
        <source>No check-ins yet. Now and then, note how full your battery is (0 to 10, a word or two): over the weeks you will see what drains you and what recharges you. Start with “Check in now” ({keys}).</source>
        <translation>Noch keine Energie-Checks. Notiere ab und zu, wie voll dein Akku ist (0 bis 10, ein, zwei Wörter): Über die Wochen siehst du, was dich Kraft kostet und was dir Kraft gibt. Fang an mit „Energie-Check machen“ ({keys}).</translation>
    </message>
    <message>
        <source>Your energy has been low for a while: about {average} of 10 over your last three weeks with check-ins. Be kind to yourself this week — what would recharge you? If one client keeps draining you, it may be time to look at that calmly.</source>
        <translation>Deine Energie ist schon eine Weile niedrig: etwa {average} von 10 in deinen letzten drei Wochen mit Energie-Checks. Sei diese Woche gut zu dir — was würde dir Kraft geben? Wenn ein Kunde dich immer wieder Kraft kostet, ist es vielleicht Zeit, das in Ruhe anzuschauen.</translation>
    </message>
    <message>
        <source>{level} of 10 · {word}</source>
        <translation>{level} von 10 · {word}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Grenzen ran into an unexpected problem. What you saved before is safe in your vault. If it happens again, please report the details below (they contain none of your entries).</source>
        <translation>Grenzen ist auf ein unerwartetes Problem gestoßen. Was du vorher gespeichert hast, ist sicher in deinem Tresor. Wenn es wieder passiert, melde bitte die Details unten (sie enthalten keine deiner Einträge).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>EscalatePage</name>
    <message>
        <source>The most senior contact you value</source>
        <translation>Die ranghöchste Ansprechperson, die du schätzt</translation>
    </message>
    <message>
        <source>Whom you write to</source>
        <translation>An wen du schreibst</translation>
    </message>
    <message>
        <source>What happened, factually, with dates</source>
        <translation>Was passiert ist – sachlich und mit Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The talk, the boundary statement, …</source>
        <translation>Das Gespräch, der Grenzsatz, …</translation>
    </message>
    <message>
        <source>What you already tried</source>
        <translation>Was du schon versucht hast</translation>
    </message>
    <message>
        <source>What must change so you can keep working well</source>
        <translation>Was sich ändern muss, damit du weiter gut arbeiten kannst</translation>
    </message>
    <message>
        <source>What must change</source>
        <translation>Was sich ändern muss</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>Give a fair amount of time. On this day you look again at how it stands.</source>
        <translation>Lass genug Zeit. An diesem Tag schaust du noch einmal, wie es steht.</translation>
    </message>
    <message>
        <source>&amp;Whom</source>
        <translation>An w&amp;en</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>&amp;Was ist passiert</translation>
    </message>
    <message>
        <source>What you already &amp;tried</source>
        <translation>Was du schon &amp;versucht hast</translation>
    </message>
    <message>
        <source>What must &amp;change</source>
        <translation>Was sich ändern &amp;muss</translation>
    </message>
    <message>
        <source>&amp;Review date</source>
        <translation>&amp;Prüftermin</translation>
    </message>
    <message>
        <source>&amp;Language of the letter</source>
        <translation>&amp;Sprache des Briefs</translation>
    </message>
    <message>
        <source>Your complaint — the last love letter</source>
        <translation>Deine Beschwerde – der letzte Liebesbrief</translation>
    </message>
    <message>
        <source>Preview of your complaint</source>
        <translation>Vorschau deiner Beschwerde</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the letter to paste it into an e-mail.</source>
        <translation>Kopiert den Brief, damit du ihn in eine E-Mail einfügen kannst.</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <source>Saves the letter as a plain file, outside your encrypted vault.</source>
        <translation>Speichert den Brief als einfache Datei, außerhalb deines verschlüsselten Tresors.</translation>
    </message>
    <message>
        <source>I have sent it</source>
        <translation>Ich habe sie geschickt</translation>
    </message>
    <message>
        <source>Save the complaint as Markdown</source>
        <translation>Beschwerde als Markdown speichern</translation>
    </message>
    <message>
        <source>complaint.md</source>
        <translation>beschwerde.md</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not save the complaint</source>
        <translation>Die Beschwerde konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>A complaint is offered once. Keep the date you sent it here.</source>
        <translation>Eine Beschwerde gibt es nur einmal. Halte hier das Datum fest, an dem du sie geschickt hast.</translation>
    </message>
    <message>
        <source>Sent on {date}. Review date: {review}.</source>
        <translation>Geschickt am {date}. Prüftermin: {review}.</translation>
    </message>
</context>
<context>
    <name>Exit</name>
    <message>
        <source>Service contract</source>
        <translation>Dienstvertrag</translation>
    </message>
    <message>
        <source>Contract for work</source>
        <translation>Werkvertrag</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>by the hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>by the day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>by the week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>by the month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>by the quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>by the year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>fixed price (not by time)</source>
        <translation>Festpreis (nicht nach Zeit)</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>on delivery</source>
        <translation>bei Lieferung</translation>
    </message>
    <message>
        <source>by milestones</source>
        <translation>nach Meilensteinen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>zu jedem Tag</translation>
    </message>
    <message>
        <source>to the end of a month</source>
        <translation>zum Monatsende</translation>
    </message>
    <message>
        <source>to the end of a quarter</source>
        <translation>zum Quartalsende</translation>
    </message>
    <message>
        <source>to the end of the term</source>
        <translation>zum Ende der Laufzeit</translation>
    </message>
    <message>
        <source>written form (signed letter)</source>
        <translation>Schriftform (unterschriebener Brief)</translation>
    </message>
    <message>
        <source>text form (e-mail is enough)</source>
        <translation>Textform (E-Mail genügt)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria (guidance only)</source>
        <translation>Österreich (nur Orientierung)</translation>
    </message>
    <message>
        <source>Switzerland (guidance only)</source>
        <translation>Schweiz (nur Orientierung)</translation>
    </message>
    <message>
        <source>no clause – the law decides by the fee unit</source>
        <translation>keine Klausel – das Gesetz entscheidet nach der Vergütungseinheit</translation>
    </message>
    <message>
        <source>{amount} {unit} {to}</source>
        <translation>{amount} {unit} {to}</translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Ordinary termination</source>
        <translation>Ordentliche Kündigung</translation>
    </message>
    <message>
        <source>Let it run out</source>
        <translation>Auslaufen lassen</translation>
    </message>
    <message>
        <source>Extraordinary termination (§ 626 BGB)</source>
        <translation>Außerordentliche Kündigung (§ 626 BGB)</translation>
    </message>
    <message>
        <source>Termination at any time (§ 627 BGB)</source>
        <translation>Kündigung jederzeit (§ 627 BGB)</translation>
    </message>
    <message>
        <source>Mutual termination</source>
        <translation>Aufhebungsvertrag</translation>
    </message>
    <message>
        <source>Finish and deliver</source>
        <translation>Fertigstellen und abliefern</translation>
    </message>
    <message>
        <source>Deadline for missing cooperation (§ 643 BGB)</source>
        <translation>Frist bei fehlender Mitwirkung (§ 643 BGB)</translation>
    </message>
    <message>
        <source>If the client terminates (§ 648 BGB)</source>
        <translation>Wenn der Auftraggeber kündigt (§ 648 BGB)</translation>
    </message>
    <message>
        <source>Termination for good cause (§ 648a BGB)</source>
        <translation>Kündigung aus wichtigem Grund (§ 648a BGB)</translation>
    </message>
    <message>
        <source>Guidance for this country</source>
        <translation>Orientierung für dieses Land</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>in {n} Tagen</translation>
    </message>
    <message>
        <source>Not possible any more: the two-week window closed on {date}.</source>
        <translation>Nicht mehr möglich: Die Zwei-Wochen-Frist ist am {date} abgelaufen.</translation>
    </message>
    <message>
        <source>Not possible: the contract has a fixed term and ends by itself on {date}.</source>
        <translation>Nicht möglich: Der Vertrag hat eine feste Laufzeit und endet von selbst am {date}.</translation>
    </message>
    <message>
        <source>Not possible with these terms – the basis below says why.</source>
        <translation>Mit diesen Bedingungen nicht möglich – die Grundlage unten sagt, warum.</translation>
    </message>
    <message>
        <source>Ends when the notice arrives – at the latest by</source>
        <translation>Endet mit Zugang der Kündigung – spätestens am</translation>
    </message>
    <message>
        <source>Presumed claim if the client ends the contract</source>
        <translation>Vermuteter Anspruch, wenn der Auftraggeber kündigt</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Frühestes Ende</translation>
    </message>
    <message>
        <source>A date you agree on together</source>
        <translation>Ein Datum, auf das ihr euch gemeinsam einigt</translation>
    </message>
    <message>
        <source>Ends by itself on</source>
        <translation>Endet von selbst am</translation>
    </message>
    <message>
        <source>Earliest end (effective on receipt)</source>
        <translation>Frühestes Ende (wirksam mit Zugang)</translation>
    </message>
    <message>
        <source>Practical deadline</source>
        <translation>Sicherer Termin</translation>
    </message>
    <message>
        <source>Latest receipt (legal deadline)</source>
        <translation>Zugang spätestens (gesetzliche Frist)</translation>
    </message>
    <message>
        <source>Send by registered letter by</source>
        <translation>Einschreiben absenden bis</translation>
    </message>
    <message>
        <source>Too late for a registered letter – use a courier or hand it over.</source>
        <translation>Zu spät für ein Einschreiben – nimm einen Boten oder übergib den Brief persönlich.</translation>
    </message>
    <message>
        <source>By courier or by hand by</source>
        <translation>Per Bote oder persönlich bis</translation>
    </message>
    <message>
        <source>By e-mail (text form) by</source>
        <translation>Per E-Mail (Textform) bis</translation>
    </message>
    <message>
        <source>Next possible ends</source>
        <translation>Nächste mögliche Vertragsenden</translation>
    </message>
    <message>
        <source>{end}: notice must arrive by {deadline}</source>
        <translation>{end}: Die Kündigung muss bis {deadline} zugehen</translation>
    </message>
    <message>
        <source>You learned of the cause on</source>
        <translation>Vom Grund erfahren am</translation>
    </message>
    <message>
        <source>Two-week window ends</source>
        <translation>Zwei-Wochen-Frist endet</translation>
    </message>
    <message>
        <source>Safe deadline</source>
        <translation>Sicherer Termin</translation>
    </message>
    <message>
        <source>as entered in the contract</source>
        <translation>wie im Vertrag eingetragen</translation>
    </message>
    <message>
        <source>from your incident of that day</source>
        <translation>aus deinem Klopper von diesem Tag</translation>
    </message>
    <message>
        <source>Incidents behind it</source>
        <translation>Die Klopper dahinter</translation>
    </message>
    <message>
        <source>No incidents on the relationship level in this window.</source>
        <translation>Keine Klopper auf der Beziehungsebene in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>• {date} · severity {severity} · {text}</source>
        <translation>• {date} · Schwere {severity} · {text}</translation>
    </message>
    <message>
        <source>Earlier, for context</source>
        <translation>Davor, zur Einordnung</translation>
    </message>
    <message>
        <source>A formal warning is on record: your boundary statement of {date}.</source>
        <translation>Eine Abmahnung ist festgehalten: dein Grenzsatz vom {date}.</translation>
    </message>
    <message>
        <source>No formal warning is on record yet. For behaviour the client could change, a warning usually comes first – the “Set boundaries” stage of a case helps you write one.</source>
        <translation>Noch keine Abmahnung festgehalten. Bei Verhalten, das der Kunde ändern könnte, kommt meist zuerst eine Abmahnung – die Stufe „Grenzen setzen“ eines Falls hilft dir, sie zu schreiben.</translation>
    </message>
    <message>
        <source>Basis: {text}</source>
        <translation>Grundlage: {text}</translation>
    </message>
    <message>
        <source>• {what}</source>
        <translation>• {what}</translation>
    </message>
    <message>
        <source>• {what} – due {date}, after the end</source>
        <translation>• {what} – fällig am {date}, nach dem Ende</translation>
    </message>
    <message>
        <source>• {what} – due {date}</source>
        <translation>• {what} – fällig am {date}</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>Noch zu liefern</translation>
    </message>
    <message>
        <source>The fees stop with the end.</source>
        <translation>Mit dem Ende endet auch das Honorar.</translation>
    </message>
    <message>
        <source>Money still to come</source>
        <translation>Geld, das noch kommt</translation>
    </message>
    <message>
        <source>About {amount} in fees until {date}.</source>
        <translation>Bis zum {date} noch etwa {amount} Honorar.</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>In den Kalender eintragen…</translation>
    </message>
    <message>
        <source>Draft the letter…</source>
        <translation>Brief entwerfen…</translation>
    </message>
    <message>
        <source>One-page plan…</source>
        <translation>Plan auf einer Seite…</translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>All deadlines and the clients</source>
        <translation>Alle Fristen und die Kunden</translation>
    </message>
    <message>
        <source>The deadlines of all clients will appear here.</source>
        <translation>Die Fristen aller Kunden erscheinen hier.</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Alle Fristen</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>Grenzen cannot work out dates from these terms yet ({error}). Edit the contract to complete them.</source>
        <translation>Aus diesen Bedingungen kann Grenzen noch keine Termine berechnen ({error}). Bearbeite den Vertrag, um sie zu vervollständigen.</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Welcome to Grenzen</source>
        <translation>Willkommen bei Grenzen</translation>
    </message>
    <message>
        <source>Grenzen is a quiet place for the moments when a client treats you badly. Write down what happened while it is fresh, calm down, and then decide step by step what to do — from a clear conversation to a good exit.</source>
        <translation>Grenzen ist ein ruhiger Ort für die Momente, in denen ein Kunde dich schlecht behandelt. Schreib auf, was passiert ist, solange es frisch ist, komm zur Ruhe und entscheide dann Schritt für Schritt, was du tun willst — vom klärenden Gespräch bis zum guten Ausstieg.</translation>
    </message>
    <message>
        <source>Everything stays encrypted on this computer, in your vault. Grenzen never goes online and collects nothing.</source>
        <translation>Alles bleibt verschlüsselt auf diesem Computer, in deinem Tresor. Grenzen geht nie online und sammelt nichts.</translation>
    </message>
    <message>
        <source>Import from an export…</source>
        <translation>Aus einem Export importieren…</translation>
    </message>
    <message>
        <source>Start with the entries of a Grenzen export or a jrnl journal (JSON).</source>
        <translation>Starte mit den Einträgen aus einem Grenzen-Export oder einem jrnl-Journal (JSON).</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Create my vault ({key})</source>
        <translation>Meinen Tresor anlegen ({key})</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase opens the vault. A few words that only you would put together are strong and easy to remember. Nobody can look it up for you, so next you get a recovery code as a spare key.</source>
        <translation>Deine Passphrase öffnet den Tresor. Ein paar Wörter, die nur du so zusammenstellen würdest, sind sicher und leicht zu merken. Niemand kann sie für dich nachschlagen, deshalb bekommst du als Nächstes einen Wiederherstellungscode als Ersatzschlüssel.</translation>
    </message>
    <message>
        <source>Creating your vault… this takes a moment.</source>
        <translation>Dein Tresor wird angelegt… das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Create the vault with this passphrase ({key})</source>
        <translation>Tresor mit dieser Passphrase anlegen ({key})</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your vault and lets you choose a new one. Grenzen shows it only this once.</source>
        <translation>Falls du deine Passphrase einmal vergisst, öffnet dieser Code deinen Tresor, und du kannst eine neue wählen. Grenzen zeigt ihn nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep the paper somewhere safe, away from this computer. Anyone who has the code and your computer can read your journal.</source>
        <translation>Schreib ihn auf oder drucke ihn aus und bewahre das Papier an einem sicheren Ort auf, nicht bei diesem Computer. Wer den Code und deinen Computer hat, kann dein Journal lesen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>A one-page sheet to print. Keep the file off this computer afterwards.</source>
        <translation>Ein einseitiges Blatt zum Ausdrucken. Bewahre die Datei danach nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>To be sure you kept it, type the &amp;last group of the code (four characters):</source>
        <translation>Um sicherzugehen, dass du ihn aufbewahrt hast, tippe die &amp;letzte Gruppe des Codes ein (vier Zeichen):</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Auf diesem Gerät merken</translation>
    </message>
    <message>
        <source>Grenzen then opens on this computer without asking for the passphrase; the key is kept in the system&apos;s keyring. Anyone who can use your login can then read your journal.</source>
        <translation>Grenzen öffnet sich dann auf diesem Computer, ohne nach der Passphrase zu fragen; der Schlüssel liegt im Schlüsselbund des Systems. Wer dein Benutzerkonto nutzen kann, kann dann auch dein Journal lesen.</translation>
    </message>
    <message>
        <source>I have kept the code ({key})</source>
        <translation>Ich habe den Code aufbewahrt ({key})</translation>
    </message>
    <message>
        <source>Import from a Grenzen export or a jrnl journal</source>
        <translation>Aus einem Grenzen-Export oder einem jrnl-Journal importieren</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>JSON-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>After the vault is created, Grenzen imports {file}.</source>
        <translation>Sobald der Tresor angelegt ist, importiert Grenzen {file}.</translation>
    </message>
    <message>
        <source>The vault folder could not be written: {reason}.</source>
        <translation>In den Tresor-Ordner konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>Der Tresor wurde nicht angelegt</translation>
    </message>
    <message>
        <source>The vault is ready, but the file could not be imported: {reason} You can try again later with File → Import.</source>
        <translation>Der Tresor ist bereit, aber die Datei konnte nicht importiert werden: {reason} Du kannst es später über Datei → Importieren noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Wiederherstellungscode als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, then keep the file off this computer.</source>
        <translation>Gespeichert als {path}. Drucke es aus und bewahre die Datei danach nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring.</source>
        <translation>Den Schlüssel des Tresors im Schlüsselbund dieses Computers aufbewahren.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not keep secrets safely encrypted, so Grenzen will not store the key there. You will be asked for your passphrase.</source>
        <translation>Der Schlüsselbund dieses Computers verschlüsselt Geheimnisse nicht sicher, deshalb legt Grenzen den Schlüssel dort nicht ab. Du wirst nach deiner Passphrase gefragt.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer (such as GNOME Keyring, the macOS Keychain or the Windows Credential Manager). You will be asked for your passphrase.</source>
        <translation>Auf diesem Computer wurde kein sicherer Schlüsselbund gefunden (etwa GNOME Keyring, der macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung). Du wirst nach deiner Passphrase gefragt.</translation>
    </message>
    <message>
        <source>Not remembered on this device</source>
        <translation>Nicht auf diesem Gerät gemerkt</translation>
    </message>
    <message>
        <source>Grenzen will ask for your passphrase next time. {reason}</source>
        <translation>Grenzen fragt beim nächsten Mal nach deiner Passphrase. {reason}</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n Leistung</numerusform>
            <numerusform>%n Leistungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Klopper</numerusform>
            <numerusform>%n Klopper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n energy check-in(s)</source>
        <translation>
            <numerusform>%n Energie-Check</numerusform>
            <numerusform>%n Energie-Checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliment(s)</source>
        <translation>
            <numerusform>%n Kompliment</numerusform>
            <numerusform>%n Komplimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter draft(s)</source>
        <translation>
            <numerusform>%n Briefentwurf</numerusform>
            <numerusform>%n Briefentwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dream-client criterion/criteria</source>
        <translation>
            <numerusform>%n Punkt des Wunschkundenprofils</numerusform>
            <numerusform>%n Punkte des Wunschkundenprofils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dream-client tick(s)</source>
        <translation>
            <numerusform>%n Haken im Wunschkundenprofil</numerusform>
            <numerusform>%n Haken im Wunschkundenprofil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zero-based answer(s)</source>
        <translation>
            <numerusform>%n Antwort auf die Null-Basis-Frage</numerusform>
            <numerusform>%n Antworten auf die Null-Basis-Frage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already existed and were skipped; see the details.</source>
        <translation>
            <numerusform>%n Eintrag gab es schon; er wurde übersprungen (siehe Details).</numerusform>
            <numerusform>%n Einträge gab es schon; sie wurden übersprungen (siehe Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Choose an incident in the list to read or change it here.</source>
        <translation>Wähle einen Klopper in der Liste, um ihn hier zu lesen oder zu ändern.</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Was ist passiert</translation>
    </message>
    <message>
        <source>The exact words, if you remember them</source>
        <translation>Die genauen Worte, falls du sie noch weißt</translation>
    </message>
    <message>
        <source>Literal &amp;quote</source>
        <translation>Wörtliches &amp;Zitat</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Who on the client&apos;s side (optional)</source>
        <translation>Wer beim Kunden (optional)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation>Passiert &amp;am</translation>
    </message>
    <message>
        <source>Learne&amp;d on</source>
        <translation>&amp;Erfahren am</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Kana&amp;l</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>E&amp;bene</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>Seve&amp;rity</source>
        <translation>&amp;Schwere</translation>
    </message>
    <message>
        <source>Feeling &amp;before</source>
        <translation>Gefühl &amp;vorher</translation>
    </message>
    <message>
        <source>Feeling &amp;after</source>
        <translation>Gefühl &amp;danach</translation>
    </message>
    <message>
        <source>&amp;Something on the factual level needs action now</source>
        <translation>Auf der Sachebene muss jetzt &amp;gehandelt werden</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Wörter zum Wiederfinden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>S&amp;tichwörter</translation>
    </message>
    <message>
        <source>Changes are saved as you type. Ctrl+Z undoes them.</source>
        <translation>Änderungen werden beim Tippen gespeichert. Ctrl+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this incident (Delete in the list). You can undo it.</source>
        <translation>Diesen Klopper löschen (in der Liste: Delete). Du kannst es rückgängig machen.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Fall eröffnen…</translation>
    </message>
    <message>
        <source>Follow this incident up the ladder, starting with calming down.</source>
        <translation>Begleite diesen Klopper die Stufen hinauf, beginnend mit dem Runterkommen.</translation>
    </message>
    <message>
        <source>A word or two: angry, hurt, tired…</source>
        <translation>Ein, zwei Wörter: wütend, gekränkt, müde…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>strength </source>
        <translation>Stärke </translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Strength of the feeling before, 0 to 10</source>
        <translation>Stärke des Gefühls vorher, 0 bis 10</translation>
    </message>
    <message>
        <source>Strength of the feeling after, 0 to 10</source>
        <translation>Stärke des Gefühls danach, 0 bis 10</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>{level} · severity {severity} of 5</source>
        <translation>{level} · Schwere {severity} von 5</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Please name the client; a name is enough.</source>
        <translation>Bitte nenne den Kunden; ein Name genügt.</translation>
    </message>
    <message>
        <source>This text is too long to save.</source>
        <translation>Dieser Text ist zu lang zum Speichern.</translation>
    </message>
    <message>
        <source>Please keep a few words about what happened.</source>
        <translation>Bitte lass ein paar Worte dazu stehen, was passiert ist.</translation>
    </message>
    <message>
        <source>The day you learned of it can’t be before the day it happened.</source>
        <translation>Der Tag, an dem du davon erfahren hast, kann nicht vor dem Tag liegen, an dem es passiert ist.</translation>
    </message>
    <message>
        <source>Severity goes from 1 to 5.</source>
        <translation>Die Schwere geht von 1 bis 5.</translation>
    </message>
    <message>
        <source>The strength of a feeling goes from 0 to 10.</source>
        <translation>Die Stärke eines Gefühls geht von 0 bis 10.</translation>
    </message>
    <message>
        <source>This change can’t be saved yet: {reason}</source>
        <translation>Diese Änderung lässt sich noch nicht speichern: {reason}</translation>
    </message>
</context>
<context>
    <name>Intensity</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Add invoice for {client}</source>
        <translation>Rechnung für {client} erfassen</translation>
    </message>
    <message>
        <source>Invoice for {client}</source>
        <translation>Rechnung für {client}</translation>
    </message>
    <message>
        <source>e.g. 1200.00 (net, in euros)</source>
        <translation>z. B. 1200,00 (netto, in Euro)</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Betrag in Euro</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>F&amp;ällig am</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Bezahlt am</translation>
    </message>
    <message>
        <source>Optional — for the hourly rate</source>
        <translation>Optional – für den Stundensatz</translation>
    </message>
    <message>
        <source>Hours worked for this invoice</source>
        <translation>Stunden für diese Rechnung</translation>
    </message>
    <message>
        <source>Optional, e.g. the invoice number</source>
        <translation>Optional, z. B. die Rechnungsnummer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>Betr&amp;ag (€)</translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation>Rechnungs&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>S&amp;tunden</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the invoice ({keys})</source>
        <translation>Die Rechnung speichern ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please enter the amount in euros, e.g. 1200 or 1200.50 (at most two decimals).</source>
        <translation>Bitte gib den Betrag in Euro an, z. B. 1200 oder 1200,50 (höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <source>Please enter the hours as a number, e.g. 12.5 — or leave it empty.</source>
        <translation>Bitte gib die Stunden als Zahl an, z. B. 12,5 – oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Das Fälligkeitsdatum kann nicht vor dem Rechnungsdatum liegen.</translation>
    </message>
    <message>
        <source>The payment date cannot be before the invoice date.</source>
        <translation>Das Zahlungsdatum kann nicht vor dem Rechnungsdatum liegen.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Die Notiz ist zu lang.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>factual level</source>
        <translation>Sachebene</translation>
    </message>
    <message>
        <source>relationship level</source>
        <translation>Beziehungsebene</translation>
    </message>
    <message>
        <source>both levels</source>
        <translation>beide Ebenen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Severity {n} of 5</source>
        <translation>Schwere {n} von 5</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Klopper bearbeiten</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Klopper löschen</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Show incidents of this client</source>
        <translation>Klopper dieses Kunden zeigen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Show incidents with this person</source>
        <translation>Klopper mit dieser Person zeigen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Show incidents on this level</source>
        <translation>Klopper auf dieser Ebene zeigen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show incidents from this time</source>
        <translation>Klopper aus diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Show incidents of this case</source>
        <translation>Klopper dieses Falls zeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>{person} ({client})</source>
        <translation>{person} ({client})</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Klopper</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n found; the best {shown} are listed.</source>
        <translation>
            <numerusform>%n Treffer; die besten {shown} stehen in der Liste.</numerusform>
            <numerusform>%n Treffer; die besten {shown} stehen in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet — good. When a client crosses a line, press Ctrl+N and write down what happened; a few words are enough.</source>
        <translation>Noch keine Klopper – gut so. Wenn ein Kunde eine Grenze überschreitet, drück Ctrl+N und schreib auf, was passiert ist; ein paar Worte genügen.</translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation>Keine Klopper passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Klopper</numerusform>
            <numerusform>%n Klopper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderStepper</name>
    <message>
        <source>Steps of the case</source>
        <translation>Schritte des Falls</translation>
    </message>
    <message>
        <source>{stage}: {status}</source>
        <translation>{stage}: {status}</translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation>Diesen Schritt öffnen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>not yet
from {when}</source>
        <translation>noch nicht
ab {when}</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>kommt noch</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Ordinary notice</source>
        <translation>Ordentliche Kündigung</translation>
    </message>
    <message>
        <source>Extraordinary termination</source>
        <translation>Außerordentliche Kündigung</translation>
    </message>
    <message>
        <source>Mutual termination</source>
        <translation>Aufhebungsvertrag</translation>
    </message>
    <message>
        <source>Deadline for cooperation (§ 643 BGB)</source>
        <translation>Frist zur Mitwirkung (§ 643 BGB)</translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation>Keine Verlängerung</translation>
    </message>
    <message>
        <source>Letter to {client}</source>
        <translation>Brief an {client}</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Both are kept in your vault and filled into every letter.</source>
        <translation>Beides bleibt in deinem Tresor und wird in jeden Brief eingesetzt.</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>&amp;Text (edit freely; [brackets] mark what is still missing; **stars** print bold):</source>
        <translation>&amp;Text (frei bearbeitbar; [Klammern] zeigen, was noch fehlt; **Sternchen** werden fett gedruckt):</translation>
    </message>
    <message>
        <source>Send it so that receipt can be proven: a registered letter with return receipt, or a messenger with a witness. E-mail only where your contract allows text form.</source>
        <translation>Verschick ihn so, dass der Zugang beweisbar ist: als Einschreiben mit Rückschein oder per Bote mit Zeugen. Per E-Mail nur, wenn dein Vertrag Textform erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Reset to the template</source>
        <translation>Auf die &amp;Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Replace your edits with a fresh draft from the vault&apos;s facts</source>
        <translation>Ersetzt deine Änderungen durch einen frischen Entwurf aus den Fakten in deinem Tresor</translation>
    </message>
    <message>
        <source>Saved files are not encrypted — keep them somewhere safe.</source>
        <translation>Gespeicherte Dateien sind nicht verschlüsselt – bewahre sie sicher auf.</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF ({keys})</source>
        <translation>Als PDF speichern ({keys})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Deine Angaben</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Deine Adresse</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
PLZ und Ort</translation>
    </message>
    <message>
        <source>Place for the date line</source>
        <translation>Ort für die Datumszeile</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Deine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address of {client}</source>
        <translation>Adresse von {client}</translation>
    </message>
    <message>
        <source>Contact person
Street and number
Postcode and town</source>
        <translation>Ansprechperson
Straße und Hausnummer
PLZ und Ort</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>{town} (from your address)</source>
        <translation>{town} (aus deiner Adresse)</translation>
    </message>
    <message>
        <source>e.g. Hamburg</source>
        <translation>z. B. Hamburg</translation>
    </message>
    <message>
        <source>Your draft is saved.</source>
        <translation>Dein Entwurf ist gespeichert.</translation>
    </message>
    <message>
        <source>Your edited draft</source>
        <translation>Dein bearbeiteter Entwurf</translation>
    </message>
    <message>
        <source>Template from your vault&apos;s facts</source>
        <translation>Vorlage aus den Fakten in deinem Tresor</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Der Entwurf wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Reset to the template?</source>
        <translation>Auf die Vorlage zurücksetzen?</translation>
    </message>
    <message>
        <source>Your edits of this letter will be replaced by a fresh draft.</source>
        <translation>Deine Änderungen an diesem Brief werden durch einen frischen Entwurf ersetzt.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save the letter as Markdown</source>
        <translation>Brief als Markdown speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation>Der Brief wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Client value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Compliments</source>
        <translation>Komplimente</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Neuer Klopper…</translation>
    </message>
    <message>
        <source>Energy check-in…</source>
        <translation>Energie-Check…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>About Grenzen</source>
        <translation>Über Grenzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <source>Vault unlocked · %n incident(s)</source>
        <translation>
            <numerusform>Tresor entsperrt · %n Klopper</numerusform>
            <numerusform>Tresor entsperrt · %n Klopper</numerusform>
        </translation>
    </message>
    <message>
        <source>next deadline: {date} ({client})</source>
        <translation>nächste Frist: {date} ({client})</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>Matches this client</source>
        <translation>Passt bei diesem Kunden</translation>
    </message>
    <message>
        <source>Does not match this client</source>
        <translation>Passt bei diesem Kunden nicht</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht beurteilt</translation>
    </message>
    <message>
        <source>{glyph} matches</source>
        <translation>{glyph} passt</translation>
    </message>
    <message>
        <source>{glyph} does not match</source>
        <translation>{glyph} passt nicht</translation>
    </message>
    <message>
        <source>{glyph} open</source>
        <translation>{glyph} offen</translation>
    </message>
    <message>
        <source>Judged from the figures</source>
        <translation>Aus den Zahlen beurteilt</translation>
    </message>
</context>
<context>
    <name>MergeClientDialog</name>
    <message>
        <source>Merge clients</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Everything recorded for {client} moves to the client you choose, and {client} disappears from the list. People with the same name become one. This cannot be undone.</source>
        <translation>Alles, was zu {client} erfasst ist, geht an den Kunden, den du wählst, und {client} verschwindet aus der Liste. Personen mit gleichem Namen werden zu einer. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergePersonDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <source>Every incident with {person} moves to the person you choose, and {person} disappears from the list. A role the other person lacks is kept. This cannot be undone.</source>
        <translation>Alle Klopper mit {person} gehen an die Person, die du wählst, und {person} verschwindet aus der Liste. Eine Rolle, die der anderen Person fehlt, bleibt erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>{person} (archived)</source>
        <translation>{person} (archiviert)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MoveOnPage</name>
    <message>
        <source>Moving on is not a failure. Decide calmly, plan the exit with its dates, then finish the assignment well and say goodbye politely and firmly.</source>
        <translation>Weiterziehen ist kein Scheitern. Entscheide in Ruhe, plane den Ausstieg mit seinen Terminen, bring den Auftrag dann gut zu Ende und verabschiede dich höflich und bestimmt.</translation>
    </message>
    <message>
        <source>Open the exit plan for {client}</source>
        <translation>Ausstiegsplan für {client} öffnen</translation>
    </message>
    <message>
        <source>The ways out of this contract, with their dates ({keys}).</source>
        <translation>Die Wege aus diesem Vertrag, mit ihren Terminen ({keys}).</translation>
    </message>
    <message>
        <source>Finishing well</source>
        <translation>Gut abschließen</translation>
    </message>
    <message>
        <source>Deliver what you still owe</source>
        <translation>Offene Leistungen erbringen</translation>
    </message>
    <message>
        <source>Send the final invoice</source>
        <translation>Schlussrechnung schicken</translation>
    </message>
    <message>
        <source>Hand over access and documents</source>
        <translation>Zugänge und Unterlagen übergeben</translation>
    </message>
    <message>
        <source>Say a polite goodbye</source>
        <translation>Höflich verabschieden</translation>
    </message>
    <message>
        <source>Archive the client</source>
        <translation>Kunden archivieren</translation>
    </message>
    <message>
        <source>There is no contract stored for {client} yet, so there are no dates to show. Add it in the exit planner (“Exit” in the navigation).</source>
        <translation>Für {client} ist noch kein Vertrag gespeichert, daher gibt es keine Termine zu zeigen. Erfasse ihn im Ausstiegsplaner („Ausstieg“ in der Navigation).</translation>
    </message>
    <message>
        <source>Could not plan the exit</source>
        <translation>Der Ausstieg konnte nicht geplant werden</translation>
    </message>
    <message>
        <source>Exit plan for {client}</source>
        <translation>Ausstiegsplan für {client}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Sh&amp;ow passphrase</source>
        <translation>Passphrase &amp;zeigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Beide stimmen überein.</translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation>Die beiden stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Choose a few words only you would put together, like a short odd sentence.</source>
        <translation>Wähle ein paar Wörter, die nur du so zusammenstellen würdest, etwa einen kurzen, schrägen Satz.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Nimm mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>This one is on every list of common passwords. Choose something of your own.</source>
        <translation>Diese steht auf jeder Liste häufiger Passwörter. Wähle etwas Eigenes.</translation>
    </message>
    <message>
        <source>Repeats and sequences like 1234 or aaaa are easy to guess.</source>
        <translation>Wiederholungen und Folgen wie 1234 oder aaaa sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Fairly easy to guess. Another word or two make it much stronger.</source>
        <translation>Noch recht leicht zu erraten. Ein, zwei weitere Wörter machen sie viel stärker.</translation>
    </message>
    <message>
        <source>Good. One more word would make it even better.</source>
        <translation>Gut. Ein weiteres Wort würde sie noch besser machen.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Stark. Sorg dafür, dass du sie dir merken kannst.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>A case follows one conflict with one client. Pick the client and the incidents that belong to it; you can add more later.</source>
        <translation>Ein Fall begleitet einen Konflikt mit einem Kunden. Wähle den Kunden und die Klopper, die dazugehören; du kannst später weitere hinzufügen.</translation>
    </message>
    <message>
        <source>Optional, e.g. “Tone in the review calls”</source>
        <translation>Optional, z. B. „Ton in den Review-Terminen“</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Incidents to include:</source>
        <translation>&amp;Zugehörige Klopper:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation>Wer ist der Kunde?</translation>
    </message>
    <message>
        <source>Please name the client.</source>
        <translation>Bitte nenne den Kunden.</translation>
    </message>
</context>
<context>
    <name>PersonRoleDialog</name>
    <message>
        <source>Role of {person}</source>
        <translation>Rolle von {person}</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>For example: project lead</source>
        <translation>Zum Beispiel: Projektleitung</translation>
    </message>
    <message>
        <source>Leave it empty to clear the role.</source>
        <translation>Lass das Feld leer, um die Rolle zu löschen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the role (Enter)</source>
        <translation>Rolle speichern (Enter)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>exit-plan-{client}.pdf</source>
        <translation>ausstiegsplan-{client}.pdf</translation>
    </message>
    <message>
        <source>Save the one-page plan</source>
        <translation>Plan auf einer Seite speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exit plan saved</source>
        <translation>Ausstiegsplan gespeichert</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or keep it at hand until the plan is done.

The file is not encrypted — keep it somewhere safe.</source>
        <translation>Gespeichert unter {path}. Druck ihn aus oder halte ihn bereit, bis alles erledigt ist.

Die Datei ist nicht verschlüsselt – bewahre sie sicher auf.</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Der Plan wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <source>What happened (facts only)</source>
        <translation>Was passiert ist (nur Fakten)</translation>
    </message>
    <message>
        <source>What it did to me</source>
        <translation>Was es mit mir gemacht hat</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Was ich brauche</translation>
    </message>
    <message>
        <source>What I ask for</source>
        <translation>Worum ich bitte</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschreiben</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>Ausdrücken</translation>
    </message>
    <message>
        <source>Specify</source>
        <translation>Konkret benennen</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>(not filled in yet)</source>
        <translation>(noch nicht ausgefüllt)</translation>
    </message>
    <message>
        <source>Conversation prep: {title}</source>
        <translation>Gesprächsvorbereitung: {title}</translation>
    </message>
    <message>
        <source>Client: {client} · {date}</source>
        <translation>Kunde: {client} · {date}</translation>
    </message>
    <message>
        <source>Listen first: where is their pain point?</source>
        <translation>Erst zuhören: Wo drückt es auf der anderen Seite?</translation>
    </message>
    <message>
        <source>Nonviolent Communication</source>
        <translation>Gewaltfreie Kommunikation</translation>
    </message>
    <message>
        <source>DESC script</source>
        <translation>DESC-Methode</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>New incident</source>
        <translation>Neuer Klopper</translation>
    </message>
    <message>
        <source>What was said or done? The exact words help you later.</source>
        <translation>Was wurde gesagt oder getan? Die genauen Worte helfen dir später.</translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation>&amp;Was ist passiert?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Who exactly (optional)</source>
        <translation>Wer genau (optional)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation>Schwere {value}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>e.g. angry, hurt, tired</source>
        <translation>z. B. wütend, gekränkt, müde</translation>
    </message>
    <message>
        <source>How strong the feeling is, 0 to 10</source>
        <translation>Wie stark das Gefühl ist, 0 bis 10</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Schwe&amp;re</translation>
    </message>
    <message>
        <source>&amp;Feeling</source>
        <translation>&amp;Gefühl</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensität</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the incident ({keys})</source>
        <translation>Klopper speichern ({keys})</translation>
    </message>
    <message>
        <source>Save and &amp;calm down</source>
        <translation>Speichern und &amp;runterkommen</translation>
    </message>
    <message>
        <source>Save, then open a case for it and start with calming down ({keys})</source>
        <translation>Speichern, dann einen Fall dazu eröffnen und mit dem Runterkommen beginnen ({keys})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; what you wrote stays here for next time (Esc)</source>
        <translation>Schließen; was du geschrieben hast, bleibt für das nächste Mal hier (Esc)</translation>
    </message>
    <message>
        <source>Empty means {client}</source>
        <translation>Leer heißt {client}</translation>
    </message>
    <message>
        <source>Who was it?</source>
        <translation>Wer war es?</translation>
    </message>
    <message>
        <source>Only the text is needed; everything else can wait.</source>
        <translation>Nur der Text ist nötig; alles andere kann warten.</translation>
    </message>
    <message>
        <source>Write a few words about what happened first.</source>
        <translation>Schreib zuerst ein paar Worte dazu, was passiert ist.</translation>
    </message>
    <message>
        <source>Who was it? Please name the client — a short name is enough.</source>
        <translation>Wer war es? Bitte nenne den Kunden – ein kurzer Name genügt.</translation>
    </message>
    <message>
        <source>The incident was not saved</source>
        <translation>Der Klopper wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Incident saved. It is written down — you can let it rest.</source>
        <translation>Klopper gespeichert. Es ist aufgeschrieben – du kannst es ruhen lassen.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Grenzen — your recovery code</source>
        <translation>Grenzen – dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Created on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>This code opens your Grenzen vault if you ever forget your passphrase. With it you can choose a new passphrase; nothing is lost.</source>
        <translation>Dieser Code öffnet deinen Grenzen-Tresor, falls du deine Passphrase einmal vergisst. Damit wählst du eine neue Passphrase; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Keep this sheet on paper, somewhere safe and away from your computer, for example with your important documents.</source>
        <translation>Bewahre dieses Blatt auf Papier auf, sicher und getrennt vom Computer – zum Beispiel bei deinen wichtigen Unterlagen.</translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can read your journal. Do not store it on the computer or send it by e-mail.</source>
        <translation>Wer diesen Code und deinen Computer hat, kann dein Journal lesen. Speichere ihn nicht auf dem Computer und schick ihn nicht per E-Mail.</translation>
    </message>
    <message>
        <source>Grenzen shows this code only once. It stays valid when you change your passphrase.</source>
        <translation>Grenzen zeigt diesen Code nur einmal. Er bleibt gültig, wenn du deine Passphrase änderst.</translation>
    </message>
    <message>
        <source>Grenzen recovery code</source>
        <translation>Grenzen-Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Wiederherstellungscode drucken</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Changes are already applied (Esc)</source>
        <translation>Änderungen gelten sofort (Esc)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use.</source>
        <translation>Der Tresor sperrt sich nach so vielen Minuten ohne Nutzung von selbst.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>Sperren &amp;nach</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>After an incident, setting boundaries and escalating wait this long, so nothing is sent from the peak of the anger.</source>
        <translation>Nach einem Klopper warten „Grenzen setzen“ und „Eskalieren“ so lange – damit nichts im ersten Ärger verschickt wird.</translation>
    </message>
    <message>
        <source>C&amp;ooling-off time</source>
        <translation>&amp;Abkühlzeit</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Where the vault is</source>
        <translation>Wo der Tresor liegt</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the vault</source>
        <translation>Eine verschlüsselte Kopie des Tresors speichern</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>The folder did not open</source>
        <translation>Der Ordner ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Your system has no file manager for this folder: {folder}</source>
        <translation>Auf deinem System gibt es keinen Dateimanager für diesen Ordner: {folder}</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>Deine Passphrase ist geändert. Nimm beim nächsten Entsperren die neue.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>1 – a small sting</source>
        <translation>1 – ein kleiner Stich</translation>
    </message>
    <message>
        <source>2 – unpleasant</source>
        <translation>2 – unangenehm</translation>
    </message>
    <message>
        <source>3 – hurtful</source>
        <translation>3 – verletzend</translation>
    </message>
    <message>
        <source>4 – hard to take</source>
        <translation>4 – schwer zu ertragen</translation>
    </message>
    <message>
        <source>5 – very hard to take</source>
        <translation>5 – sehr schwer zu ertragen</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Why this step</source>
        <translation>Warum dieser Schritt</translation>
    </message>
    <message>
        <source>Guidance for this step</source>
        <translation>Hinweise zu diesem Schritt</translation>
    </message>
    <message>
        <source>Settled — close the case</source>
        <translation>Geklärt – Fall schließen</translation>
    </message>
    <message>
        <source>It is resolved; the case is closed.</source>
        <translation>Es ist geklärt; der Fall ist abgeschlossen.</translation>
    </message>
    <message>
        <source>I have moved on</source>
        <translation>Ich bin weitergezogen</translation>
    </message>
    <message>
        <source>Not settled — next step</source>
        <translation>Nicht geklärt – nächster Schritt</translation>
    </message>
    <message>
        <source>Mark this step done and close the case as moved on.</source>
        <translation>Diesen Schritt abhaken und den Fall als „Weitergezogen“ schließen.</translation>
    </message>
    <message>
        <source>Mark this step done and go one step up the ladder.</source>
        <translation>Diesen Schritt abhaken und eine Stufe weitergehen.</translation>
    </message>
    <message>
        <source>Not yet — come back later</source>
        <translation>Noch nicht – später wiederkommen</translation>
    </message>
    <message>
        <source>Keep this step open; your answers are saved.</source>
        <translation>Dieser Schritt bleibt offen; deine Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>Could not save your answers</source>
        <translation>Deine Antworten konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cooling off: sending opens at {when}. Preparing is fine.</source>
        <translation>Abkühlzeit: Senden ist ab {when} möglich. Vorbereiten kannst du schon jetzt.</translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>The jrnl journal was imported.</source>
        <translation>Das jrnl-Journal wurde importiert.</translation>
    </message>
    <message>
        <source>The export was imported.</source>
        <translation>Der Export wurde importiert.</translation>
    </message>
    <message>
        <source>Added to your vault:</source>
        <translation>Neu in deinem Tresor:</translation>
    </message>
    <message>
        <source>Nothing new was added: everything in the file was already there.</source>
        <translation>Nichts Neues hinzugefügt: Alles aus der Datei war schon da.</translation>
    </message>
    <message>
        <source>Your vault was exported to {path}.</source>
        <translation>Dein Tresor wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <source>The vault was empty, so the file holds no entries.</source>
        <translation>Der Tresor war leer, die Datei enthält also keine Einträge.</translation>
    </message>
    <message>
        <source>The file is not encrypted. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Die Datei ist nicht verschlüsselt. Bewahre sie sicher auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}.</source>
        <translation>Die Datei ließ sich nicht verwenden: {reason}.</translation>
    </message>
    <message>
        <source>The file was not found. Perhaps it was moved or renamed.</source>
        <translation>Die Datei wurde nicht gefunden. Vielleicht wurde sie verschoben oder umbenannt.</translation>
    </message>
    <message>
        <source>Export your vault</source>
        <translation>Tresor exportieren</translation>
    </message>
    <message>
        <source>The export file is NOT encrypted.</source>
        <translation>Die Exportdatei ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>Everything you wrote will be readable by anyone who gets the file. Use it to move to another computer or to keep a readable copy, and store it somewhere safe. For a regular safety copy, use “Back up now” instead: backups stay encrypted.</source>
        <translation>Alles, was du geschrieben hast, kann jeder lesen, der die Datei bekommt. Nutze sie für den Umzug auf einen anderen Computer oder als lesbare Kopie und bewahre sie sicher auf. Für eine regelmäßige Sicherung nimm lieber „Jetzt sichern“: Sicherungen bleiben verschlüsselt.</translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation>Unverschlüsselt exportieren</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export did not work</source>
        <translation>Der Export hat nicht geklappt</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export fertig</translation>
    </message>
    <message>
        <source>Import from a Grenzen export or a jrnl journal</source>
        <translation>Aus einem Grenzen-Export oder einem jrnl-Journal importieren</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>JSON-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import did not work</source>
        <translation>Der Import hat nicht geklappt</translation>
    </message>
    <message>
        <source>Nothing was changed in your vault.</source>
        <translation>In deinem Tresor wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import fertig</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Grenzen backups (*.grenzen-backup)</source>
        <translation>Grenzen-Sicherungen (*.grenzen-backup)</translation>
    </message>
    <message>
        <source>The backup did not work</source>
        <translation>Die Sicherung hat nicht geklappt</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Your backup is saved in {path}.

It is encrypted and opens with the passphrase you use today. Keep a copy away from this computer, for example on a USB stick.</source>
        <translation>Deine Sicherung liegt unter {path}.

Sie ist verschlüsselt und öffnet sich mit der Passphrase, die du heute nutzt. Bewahre eine Kopie getrennt von diesem Computer auf, zum Beispiel auf einem USB-Stick.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Grenzen — unlock</source>
        <translation>Grenzen — entsperren</translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation>Dein Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock ({key})</source>
        <translation>Entsperren ({key})</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code</source>
        <translation>Vergessen? Nutze den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Deinen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Type the recovery code from your paper and choose a new passphrase. Your entries stay as they are, and the code keeps working afterwards.</source>
        <translation>Gib den Wiederherstellungscode von deinem Papier ein und wähle eine neue Passphrase. Deine Einträge bleiben, wie sie sind, und der Code funktioniert auch danach weiter.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock ({key})</source>
        <translation>Neue Passphrase festlegen und entsperren ({key})</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Dieser Wiederherstellungscode öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is damaged, so the vault cannot be opened. A backup can bring it back.
{detail}</source>
        <translation>Die Schlüsseldatei des Tresors (vault.json) ist beschädigt, deshalb lässt sich der Tresor nicht öffnen. Mit einer Sicherung lässt er sich wiederherstellen.
{detail}</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not belong to this vault. A backup can bring it back.
{detail}</source>
        <translation>Die Datenbank des Tresors ist beschädigt oder gehört nicht zu diesem Tresor. Mit einer Sicherung lässt er sich wiederherstellen.
{detail}</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Grenzen. Update Grenzen to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Grenzen gespeichert. Aktualisiere Grenzen, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation>In {folder} gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>The vault could not be read: {reason}.</source>
        <translation>Der Tresor konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>A recovery code has {count} letters and digits, in groups of four. Please check it against your paper.</source>
        <translation>Ein Wiederherstellungscode hat {count} Buchstaben und Ziffern in Vierergruppen. Bitte vergleiche ihn mit deinem Papier.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Client value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>Zeitraum der Zahlen</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Revenue is not everything: what each client brings, what they cost you in time, waiting and energy. Click a column heading to sort.</source>
        <translation>Umsatz ist nicht alles: was jeder Kunde bringt und was er dich an Zeit, Warten und Energie kostet. Klick auf eine Spaltenüberschrift, um zu sortieren.</translation>
    </message>
    <message>
        <source>Clients compared, one row each</source>
        <translation>Kunden im Vergleich, eine Zeile je Kunde</translation>
    </message>
    <message>
        <source>No clients yet. Add a client with its first invoice — or log an incident for them — and see here what each client really brings and costs.</source>
        <translation>Noch keine Kunden. Erfasse für einen Kunden die erste Rechnung – oder einen Klopper – und sieh hier, was jeder Kunde wirklich bringt und kostet.</translation>
    </message>
    <message>
        <source>you tick it per client</source>
        <translation>du hakst es pro Kunde ab</translation>
    </message>
    <message>
        <source>measured: hourly rate ≥ {rate}</source>
        <translation>gemessen: Stundensatz ≥ {rate}</translation>
    </message>
    <message>
        <source>measured: paid ≤ {days} days late on average</source>
        <translation>gemessen: im Schnitt ≤ {days} Tage zu spät bezahlt</translation>
    </message>
    <message>
        <source>measured: ≤ {count} incidents in the period</source>
        <translation>gemessen: ≤ {count} Klopper im Zeitraum</translation>
    </message>
    <message>
        <source>measured: energy ≥ {level} of 10</source>
        <translation>gemessen: Energie ≥ {level} von 10</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Klopper</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Everything invoiced in the period, paid or not</source>
        <translation>Alles, was im Zeitraum in Rechnung gestellt wurde, bezahlt oder nicht</translation>
    </message>
    <message>
        <source>Hours recorded with the invoices</source>
        <translation>Stunden, die zu den Rechnungen erfasst sind</translation>
    </message>
    <message>
        <source>Effective hourly rate: revenue of invoices with hours ÷ hours</source>
        <translation>Tatsächlicher Stundensatz: Umsatz der Rechnungen mit Stunden ÷ Stunden</translation>
    </message>
    <message>
        <source>Average days invoices were paid after their due date (on time counts as 0; open overdue invoices count up to today)</source>
        <translation>Wie viele Tage Rechnungen im Schnitt nach Fälligkeit bezahlt wurden (pünktlich zählt als 0; offene überfällige Rechnungen zählen bis heute)</translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation>Klopper im Zeitraum</translation>
    </message>
    <message>
        <source>Average energy (0–10) on check-ins naming this client</source>
        <translation>Durchschnittliche Energie (0–10) bei Energie-Checks mit diesem Kunden</translation>
    </message>
    <message>
        <source>Dream-client profile: ✓ matches, ✗ does not, · open</source>
        <translation>Wunschkundenprofil: ✓ passt, ✗ passt nicht, · offen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <source>No energy check-in names this client in the period.</source>
        <translation>Im Zeitraum nennt kein Energie-Check diesen Kunden.</translation>
    </message>
    <message>
        <source>{count} check-ins naming this client, average {level} of 10.</source>
        <translation>{count} Energie-Checks mit diesem Kunden, im Schnitt {level} von 10.</translation>
    </message>
    <message>
        <source>That is {cost} below your average.</source>
        <translation>Das sind {cost} unter deinem Schnitt.</translation>
    </message>
    <message>
        <source>That is {cost} above your average.</source>
        <translation>Das sind {cost} über deinem Schnitt.</translation>
    </message>
    <message>
        <source>No hours recorded with the invoices, so no hourly rate.</source>
        <translation>Zu den Rechnungen sind keine Stunden erfasst, daher kein Stundensatz.</translation>
    </message>
    <message>
        <source>No invoice with a due date has fallen due yet.</source>
        <translation>Noch keine Rechnung mit Zahlungsziel ist fällig geworden.</translation>
    </message>
    <message>
        <source>{count} incidents, {relationship} on the relationship level</source>
        <translation>{count} Klopper, {relationship} auf der Beziehungsebene</translation>
    </message>
    <message>
        <source>{count} invoices, {open} still open</source>
        <translation>{count} Rechnungen, {open} noch offen</translation>
    </message>
    <message>
        <source>{yes} match, {no} do not, {open} not judged yet</source>
        <translation>{yes} passen, {no} nicht, {open} noch nicht beurteilt</translation>
    </message>
</context>
</TS>
