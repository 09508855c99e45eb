<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Grenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal, coach and exit planner for freelancers and consultants who are treated badly by a client.&lt;br&gt;&lt;br&gt;Everything stays encrypted on this computer. Grenzen never connects to the internet and collects no data.&lt;br&gt;&lt;br&gt;Dates and legal notes are orientation, not legal advice: check your contract and ask a lawyer when in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <source>On 3 March you called my work garbage in the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concrete breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please stay factual with me, even when you disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a repetition means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a repetition puts at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ha&amp;ppened (the concrete breach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;change you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a &amp;repetition puts at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the suggested sentence into the field above; you can still change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your boundary statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the statement to paste it into a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture check: is it only this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it only this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people at the client behave like this, or towards others too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is changing that culture your job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, that is part of my assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is not my job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then this client can become your showcase: changing exactly this is what you were brought in for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then tell the client openly about the problem, and move on. A culture rarely changes because one outsider asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is your job, this client can become your showcase. If it is not, tell the client openly about the problem, and move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Counts as a formal warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• the concrete breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• the change you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• that a repetition puts the contract at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet a formal warning. Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have said or sent it, keep the date here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said on {date}. It counts as a formal warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Time left in the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Open it with your calendar app to add the dates with reminders four weeks, one week and one day before. Exporting again later updates the same entries.

The file is not encrypted, and calendar apps may sync it to a calendar service — delete it once it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grenzen-deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmDownPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m calmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pause and note how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another compliment at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An honest self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I thin-skinned today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could there be stress on their side?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I &amp;thin-skinned today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could there be &amp;stress on their side?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you notice, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I feel no&amp;w (0–10)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does something on the factual level need action now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted that you&apos;re calmer. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the countdown ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the breathing pause ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause is over. Take a moment to notice how you feel now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Take your time with the questions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliments collected yet. When a client thanks you, keep it under Compliments — it helps on days like this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a dated record of this case (PDF, web page or Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the step the coach suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed: settled on {date}. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed: you moved on on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the current step can be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for a client ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} · {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} · closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet — good.

When a client keeps crossing a line, open a case. The coach then walks you through it one calm step at a time: calm down, clarify, set boundaries, escalate, move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries stay as they are: only the lock on the vault changes. Your recovery code stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters; a few words work well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase needs at least {count} characters. A few words are easier to remember than symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment — this takes about a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClarifyPage</name>
    <message>
        <source>Only what a camera would have seen or heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: I felt hurt and under pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: respect, clear agreements, time to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One concrete, doable request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, in neutral words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it affects you and the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would like instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gets better for both of you if it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonviolent Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESC script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what you agreed, what is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it &amp;go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-page prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the conversation prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording worth a second look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wording hints — it reads calmly. Hints appear here as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the prep to have it at hand in the talk ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prep as a PDF only you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the conversation prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation-prep-{date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prep as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Dream profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this client matches your profile: tick the written lines yourself; measured ones follow the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dream-client profile has no criteria yet. Add a few beside the table — then tick here how this client matches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing what I know today, would I sign this contract again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (from your gut, a sentence is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I would sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not with what I know today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier answers, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet. Answer from your gut; you can answer again any time, and your earlier answers stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an invoice for this client ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money arrived today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the invoice (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices of this client, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet — add the first one to see what this client really brings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invoices in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incidents, {relationship} on the relationship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy {cost} below your average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy {cost} above your average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sounds like sunk cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note argues from what already went in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, {days} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tick was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not marked as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice of {date} over {amount} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>Timeline: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything with {client}, newest first. The good moments are marked with ✓ — they belong to the story too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark}{day} · {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the client (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this client part of another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a former client from lists; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything with this client, the good moments included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the chosen client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the person (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear what this person does, such as project lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this person and another one of the same client one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to see the people on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people recorded for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here is archived; “Show archived” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived · %n incident(s) with this person</source>
        <translation>
            <numerusform>Archived · %n incident with this person</numerusform>
            <numerusform>Archived · %n incidents with this person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with this person</source>
        <translation>
            <numerusform>%n incident with this person</numerusform>
            <numerusform>%n incidents with this person</numerusform>
        </translation>
    </message>
    <message>
        <source>{person}, {role} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this client in lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this person in lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide someone who left the client; their incidents stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client needs a name; the old one stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a client named “{name}”. To make the two one, use Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name stays as it was: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source} is now part of {target}: %n incident(s) moved.</source>
        <translation>
            <numerusform>{source} is now part of {target}: %n incident moved.</numerusform>
            <numerusform>{source} is now part of {target}: %n incidents moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is archived; “Show archived” brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name; the old one stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} already has a person named “{name}”. To make the two one, use Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role stays as it was: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is now noted as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has no role noted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source} and {target} are one person now: %n incident(s) moved.</source>
        <translation>
            <numerusform>{source} and {target} are one person now: %n incident moved.</numerusform>
            <numerusform>{source} and {target} are one person now: %n incidents moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} is back in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is archived; “Show archived” brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you said or sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a dated record in this case (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet · opens {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplimentDialog</name>
    <message>
        <source>Add a compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they say or write? Their own words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this compliment ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to keep yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliment was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplimentsPage</name>
    <message>
        <source>Compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks and praise you received, kept for the hard moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another compliment at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add compliment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a compliment or thanks you received ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected compliment (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All compliments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this compliment? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first one with “Add compliment…” ({keys}). A line from an e-mail, a kind word after a meeting, a thank-you note: all of it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the thanks and praise you get. On a hard day, reading them again reminds you of what you do well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliment was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Add the contract with {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract with {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the contract ({keys} or {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for &amp;work (Werkvertrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service contract: you owe your work, not a result – a retainer, support, coaching, consulting by the hour or day. Contract for work: you owe a result – a website, a logo, a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Ask yourself: if the result did not come despite good work, would you still be paid? Then it is usually a service contract. The content decides, not the title; if it is mixed, ask a lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renews by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the term at “none” for a contract without an end date. A renewal needs a fixed term: it says how long the contract goes on each time unless notice arrives in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract names a &amp;notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period, amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period, unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a clause the law decides by the unit the fee is calculated in (§ 621 BGB): by the month, notice must arrive by the 15th for the end of that month, for example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good cause (§ 626 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;learned of a good cause on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day you learned of the good cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually leave this empty: Grenzen takes the date from your incidents – the newest incident on the relationship level with severity 4 or 5 whose two-week window is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not given –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the fee is calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee amount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee is calc&amp;ulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the fee is calculated in counts, not how often it is paid: a yearly fee paid monthly is a yearly fee. An hourly fee is treated like a daily one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form and place of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not stated (treat as written form) –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of notice the contract asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal state where the client receives the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state where the client receives the notice: its public holidays decide which days are business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example coaching, or consulting with a personal mandate – not a long engagement with fixed pay. Then either side may end the contract at any time, but not at an inopportune moment, or damages may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed total fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the fee earned by the work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice contract (Dienstvertrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s stat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of a &amp;higher kind based on special trust (§ 627 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed total fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With both, Grenzen shows what is still open and what the law presumes the client owes if the client ends the contract (§ 648 BGB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you still deliver, with due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else from the contract worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of contract: service contract or contract for work. The explanation above helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal needs a fixed term: enter the term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“To the end of the term” needs a fixed term above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a notice clause or a fixed term the law decides by the fee unit (§ 621 BGB): choose how the fee is calculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the federal state from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: say what is owed, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractSummary</name>
    <message>
        <source>No contract stored for {client} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the terms once from your contract – type, start, term, notice and fee – and Grenzen shows every way out with its dates: when the notice must arrive, when the contract ends, what you still owe and what money is still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this client&apos;s contract terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stored contract terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ordinary notice for you (contract for work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} months, then renews by {renewal} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} months, no renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated (written form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 627 BGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services based on special trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Add a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe one thing your dream clients do. Written criteria you tick for each client yourself; a measured one the figures judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treats me with respect, even under stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the criterion ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured — I tick it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays at most … days late on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most … incidents in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My energy with them at least (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe the criterion in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesDashboard</name>
    <message>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadlines, renewals, extraordinary windows and deliverables of all your clients, the most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the client in the exit planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every deadline as a calendar file (.ics) with reminders four weeks, one week and one day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines could not be worked out: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming deadlines — good. Dates appear here as soon as a contract or a deliverable has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract stored yet — add one for a client to see its dates here. Pick the client in the list and choose “Edit…” on the contract card; notice deadlines, renewals and deliverables then appear in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this list: {client} — its dates could not be worked out ({error}). Please check its contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a registered letter by then; a courier or handing it over can wait until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late for a registered letter: use a courier or hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days}, urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what} — {client}, {when} ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deadlines within the next four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next four weeks. Next: {what} — {client}, on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Export the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated record of this case: its incidents, the steps you took and what you said or sent. A checksum at the end shows later whether a copy was changed. The file is not encrypted — keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the names of people (Person A, B, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please end the file name with .pdf, .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DreamProfilePanel</name>
    <message>
        <source>Dream-client profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide in writing whom you want to work with: clients who value you and whom you value. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are they? How do they work with you, how do they talk, how do they pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of your dream clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are your dream clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honestly and kindly: late answers, unclear briefs, unpaid bills of your own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I behave like the clients I no longer want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do &amp;I behave like the clients I no longer want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria of the dream-client profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet. Add a few lines — “Pays on time”, “Respects my no” — and tick for each client how they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion to your dream-client profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this criterion? The ticks you gave for it go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <source>Energy and incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins or incidents in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This week: %n incident(s), no check-in yet.</source>
        <translation>
            <numerusform>This week: %n incident, no check-in yet.</numerusform>
            <numerusform>This week: %n incidents, no check-in yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n incident(s), average energy {energy} of 10.</source>
        <translation>
            <numerusform>This week: %n incident, average energy {energy} of 10.</numerusform>
            <numerusform>This week: %n incidents, average energy {energy} of 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet. Check in on your energy now and then; the weeks will appear here beside your incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average energy (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n incident(s), no check-in.</source>
        <translation>
            <numerusform>Week of {date}: %n incident, no check-in.</numerusform>
            <numerusform>Week of {date}: %n incidents, no check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n incident(s), average energy {energy} of 10.</source>
        <translation>
            <numerusform>Week of {date}: %n incident, average energy {energy} of 10.</numerusform>
            <numerusform>Week of {date}: %n incidents, average energy {energy} of 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnergyCheckinDialog</name>
    <message>
        <source>Energy check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How full is your battery right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy from 0 (empty) to 10 (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 · full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drains or recharges you? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-in ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How full your battery was, week by week, beside the incidents of that week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note how full your battery is ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. Now and then, note how full your battery is (0 to 10, a word or two): over the weeks you will see what drains you and what recharges you. Start with “Check in now” ({keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your energy has been low for a while: about {average} of 10 over your last three weeks with check-ins. Be kind to yourself this week — what would recharge you? If one client keeps draining you, it may be time to look at that calmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} of 10 · {word}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen ran into an unexpected problem. What you saved before is safe in your vault. If it happens again, please report the details below (they contain none of your entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalatePage</name>
    <message>
        <source>The most senior contact you value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom you write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, factually, with dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk, the boundary statement, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change so you can keep working well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a fair amount of time. On this day you look again at how it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you already &amp;tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint — the last love letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the letter to paste it into an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the letter as a plain file, outside your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is offered once. Keep the date you sent it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {date}. Review date: {review}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exit</name>
    <message>
        <source>Service contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed price (not by time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end of a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end of a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written form (signed letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text form (e-mail is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria (guidance only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland (guidance only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clause – the law decides by the fee unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit} {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary termination (§ 626 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination at any time (§ 627 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for missing cooperation (§ 643 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client terminates (§ 648 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination for good cause (§ 648a BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible any more: the two-week window closed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: the contract has a fixed term and ends by itself on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible with these terms – the basis below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends when the notice arrives – at the latest by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presumed claim if the client ends the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date you agree on together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends by itself on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest end (effective on receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest receipt (legal deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by registered letter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late for a registered letter – use a courier or hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By courier or by hand by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By e-mail (text form) by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next possible ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end}: notice must arrive by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You learned of the cause on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-week window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as entered in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your incident of that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents on the relationship level in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {date} · severity {severity} · {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier, for context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formal warning is on record: your boundary statement of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No formal warning is on record yet. For behaviour the client could change, a warning usually comes first – the “Set boundaries” stage of a case helps you write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {what} – due {date}, after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {what} – due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fees stop with the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {amount} in fees until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>All deadlines and the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines of all clients will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen cannot work out dates from these terms yet ({error}). Edit the contract to complete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Welcome to Grenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen is a quiet place for the moments when a client treats you badly. Write down what happened while it is fresh, calm down, and then decide step by step what to do — from a clear conversation to a good exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays encrypted on this computer, in your vault. Grenzen never goes online and collects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the entries of a Grenzen export or a jrnl journal (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase opens the vault. A few words that only you would put together are strong and easy to remember. Nobody can look it up for you, so next you get a recovery code as a spare key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault with this passphrase ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your vault and lets you choose a new one. Grenzen shows it only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it, and keep the paper somewhere safe, away from this computer. Anyone who has the code and your computer can read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page sheet to print. Keep the file off this computer afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure you kept it, type the &amp;last group of the code (four characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen then opens on this computer without asking for the passphrase; the key is kept in the system&apos;s keyring. Anyone who can use your login can then read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the code ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a Grenzen export or a jrnl journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the vault is created, Grenzen imports {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is ready, but the file could not be imported: {reason} You can try again later with File → Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, then keep the file off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not keep secrets safely encrypted, so Grenzen will not store the key there. You will be asked for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring was found on this computer (such as GNOME Keyring, the macOS Keychain or the Windows Credential Manager). You will be asked for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen will ask for your passphrase next time. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n deliverable</numerusform>
            <numerusform>%n deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n energy check-in(s)</source>
        <translation>
            <numerusform>%n energy check-in</numerusform>
            <numerusform>%n energy check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliment(s)</source>
        <translation>
            <numerusform>%n compliment</numerusform>
            <numerusform>%n compliments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter draft(s)</source>
        <translation>
            <numerusform>%n letter draft</numerusform>
            <numerusform>%n letter drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dream-client criterion/criteria</source>
        <translation>
            <numerusform>%n dream-client criterion</numerusform>
            <numerusform>%n dream-client criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dream-client tick(s)</source>
        <translation>
            <numerusform>%n dream-client tick</numerusform>
            <numerusform>%n dream-client ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zero-based answer(s)</source>
        <translation>
            <numerusform>%n zero-based answer</numerusform>
            <numerusform>%n zero-based answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already existed and were skipped; see the details.</source>
        <translation>
            <numerusform>%n entry already existed and was skipped; see the details.</numerusform>
            <numerusform>%n entries already existed and were skipped; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Choose an incident in the list to read or change it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact words, if you remember them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literal &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on the client&apos;s side (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learne&amp;d on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seve&amp;rity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Something on the factual level needs action now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you type. Ctrl+Z undoes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this incident (Delete in the list). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this incident up the ladder, starting with calming down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or two: angry, hurt, tired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the feeling before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the feeling after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} · severity {severity} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the client; a name is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep a few words about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you learned of it can’t be before the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength of a feeling goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change can’t be saved yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intensity</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Add invoice for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1200.00 (net, in euros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional — for the hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked for this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invoice ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the amount in euros, e.g. 1200 or 1200.50 (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the hours as a number, e.g. 12.5 — or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity {n} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents on this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents from this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incidents of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} ({client})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found; the best {shown} are listed.</source>
        <translation>
            <numerusform>%n found; the best {shown} are listed.</numerusform>
            <numerusform>%n found; the best {shown} are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet — good. When a client crosses a line, press Ctrl+N and write down what happened; a few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderStepper</name>
    <message>
        <source>Steps of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet
from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Ordinary notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for cooperation (§ 643 BGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are kept in your vault and filled into every letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (edit freely; [brackets] mark what is still missing; **stars** print bold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it so that receipt can be proven: a registered letter with return receipt, or a messenger with a witness. E-mail only where your contract allows text form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your edits with a fresh draft from the vault&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved files are not encrypted — keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place for the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person
Street and number
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{town} (from your address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hamburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edited draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template from your vault&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits of this letter will be replaced by a fresh draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Grenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vault unlocked · %n incident(s)</source>
        <translation>
            <numerusform>Vault unlocked · %n incident</numerusform>
            <numerusform>Vault unlocked · %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>next deadline: {date} ({client})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>Matches this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{glyph} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{glyph} does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{glyph} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged from the figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeClientDialog</name>
    <message>
        <source>Merge clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded for {client} moves to the client you choose, and {client} disappears from the list. People with the same name become one. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePersonDialog</name>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incident with {person} moves to the person you choose, and {person} disappears from the list. A role the other person lacks is kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveOnPage</name>
    <message>
        <source>Moving on is not a failure. Decide calmly, plan the exit with its dates, then finish the assignment well and say goodbye politely and firmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exit plan for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ways out of this contract, with their dates ({keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver what you still owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the final invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over access and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say a polite goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract stored for {client} yet, so there are no dates to show. Add it in the exit planner (“Exit” in the navigation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not plan the exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit plan for {client}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a few words only you would put together, like a short odd sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is on every list of common passwords. Choose something of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats and sequences like 1234 or aaaa are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly easy to guess. Another word or two make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. One more word would make it even better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case follows one conflict with one client. Pick the client and the incidents that belong to it; you can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Tone in the review calls”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents to include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRoleDialog</name>
    <message>
        <source>Role of {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: project lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to clear the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>exit-plan-{client}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-page plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit plan saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it or keep it at hand until the plan is done.

The file is not encrypted — keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <source>What happened (facts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it did to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation prep: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: {client} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen first: where is their pain point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonviolent Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESC script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done? The exact words help you later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who exactly (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. angry, hurt, tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the feeling is, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the incident ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;calm down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, then open a case for it and start with calming down ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; what you wrote stays here for next time (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty means {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the text is needed; everything else can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about what happened first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was it? Please name the client — a short name is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident saved. It is written down — you can let it rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Grenzen — your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens your Grenzen vault if you ever forget your passphrase. With it you can choose a new passphrase; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet on paper, somewhere safe and away from your computer, for example with your important documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can read your journal. Do not store it on the computer or send it by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen shows this code only once. It stays valid when you change your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are already applied (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an incident, setting boundaries and escalating wait this long, so nothing is sent from the peak of the anger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ooling-off time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the vault is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system has no file manager for this folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>1 – a small sting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – hurtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – hard to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very hard to take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Why this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled — close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is resolved; the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled — next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step done and close the case as moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step done and go one step up the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet — come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this step open; your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling off: sending opens at {when}. Preparing is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>The jrnl journal was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was added: everything in the file was already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault was exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was empty, so the file holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not encrypted. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found. Perhaps it was moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you wrote will be readable by anyone who gets the file. Use it to move to another computer or to keep a readable copy, and store it somewhere safe. For a regular safety copy, use “Back up now” instead: backups stay encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a Grenzen export or a jrnl journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenzen backups (*.grenzen-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is saved in {path}.

It is encrypted and opens with the passphrase you use today. Keep a copy away from this computer, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Grenzen — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code from your paper and choose a new passphrase. Your entries stay as they are, and the code keeps working afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.json) is damaged, so the vault cannot be opened. A backup can bring it back.
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not belong to this vault. A backup can bring it back.
{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Grenzen. Update Grenzen to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has {count} letters and digits, in groups of four. Please check it against your paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is not everything: what each client brings, what they cost you in time, waiting and energy. Click a column heading to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients compared, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Add a client with its first invoice — or log an incident for them — and see here what each client really brings and costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you tick it per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: hourly rate ≥ {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: paid ≤ {days} days late on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: ≤ {count} incidents in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: energy ≥ {level} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything invoiced in the period, paid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours recorded with the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective hourly rate: revenue of invoices with hours ÷ hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days invoices were paid after their due date (on time counts as 0; open overdue invoices count up to today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average energy (0–10) on check-ins naming this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dream-client profile: ✓ matches, ✗ does not, · open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No energy check-in names this client in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} check-ins naming this client, average {level} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is {cost} below your average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is {cost} above your average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours recorded with the invoices, so no hourly rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice with a due date has fallen due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incidents, {relationship} on the relationship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invoices, {open} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{yes} match, {no} do not, {open} not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
