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
        <source>What &amp;happened (the concrete breach)</source>
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
        <translation>Bin ich heute &amp;dünnhäutig?</translation>
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
        <source>How do I &amp;feel now (0–10)?</source>
        <translation>Wie &amp;fühle ich mich jetzt (0–10)?</translation>
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
        <translation>&amp;Dossier…</translation>
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
        <source>&amp;How did it go?</source>
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
        <translation>&amp;An wen</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
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
        <source>The ways out of this contract, with their dates (Ctrl+E).</source>
        <translation>Die Wege aus diesem Vertrag, mit ihren Terminen (Ctrl+E).</translation>
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
        <source>There is no contract stored for {client} yet, so there are no dates to show. For now you can add it on the command line with “grenzen contract set”; the exit planner screen comes soon.</source>
        <translation>Für {client} ist noch kein Vertrag gespeichert, deshalb gibt es keine Termine anzuzeigen. Vorerst kannst du ihn in der Kommandozeile mit „grenzen contract set“ hinzufügen; die Ausstiegsplaner-Ansicht kommt bald.</translation>
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
</TS>
