<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdviceDialog</name>
    <message>
        <source>No touch today. That&apos;s fine.</source>
        <translation>Heute keine Berührung. Das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn ihr es seid</translation>
    </message>
    <message>
        <source>Something lighter today?</source>
        <translation>Heute etwas Leichteres?</translation>
    </message>
    <message>
        <source>A gentle day</source>
        <translation>Ein sanfter Tag</translation>
    </message>
    <message>
        <source>Waiting for both check-ins</source>
        <translation>Beide Check-ins stehen noch aus</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start a &amp;shorter version ({minutes} min)</source>
        <translation>Eine &amp;kürzere Version starten ({minutes} Min.)</translation>
    </message>
    <message>
        <source>Choose an exercise from &amp;level {level}…</source>
        <translation>Eine Übung aus Stu&amp;fe {level} wählen…</translation>
    </message>
    <message>
        <source>Choose a &amp;talk instead…</source>
        <translation>Stattdessen ein &amp;Gespräch wählen…</translation>
    </message>
    <message>
        <source>Choose a &amp;gentler talk…</source>
        <translation>Ein s&amp;anfteres Gespräch wählen…</translation>
    </message>
    <message>
        <source>&amp;Rest today</source>
        <translation>Heute &amp;ruhen</translation>
    </message>
    <message>
        <source>After your check-in</source>
        <translation>Nach eurem Check-in</translation>
    </message>
    <message>
        <source>What your check-ins suggest</source>
        <translation>Was eure Check-ins nahelegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>AlternativeDialog</name>
    <message>
        <source>Not this — how about…?</source>
        <extracomment>Shown through translate(&quot;AlternativeDialog&quot;, …): the default is marked here, a caller passes its own words.</extracomment>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <source>Saying no to this one is fine, and needs no reason.</source>
        <translation>Nein zu dieser Übung zu sagen ist in Ordnung und braucht keinen Grund.</translation>
    </message>
    <message>
        <source>Instead of “{title}”. Saying no to this one is fine, and needs no reason.</source>
        <translation>Statt „{title}“. Nein zu dieser Übung zu sagen ist in Ordnung und braucht keinen Grund.</translation>
    </message>
    <message>
        <source>&amp;Suggest this</source>
        <translation>Das &amp;vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Choose this</source>
        <translation>Das &amp;wählen</translation>
    </message>
    <message>
        <source>Who would like something else?</source>
        <translation>Wer möchte etwas anderes?</translation>
    </message>
    <message>
        <source>{name} suggests something else</source>
        <translation>{name} schlägt etwas anderes vor</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Talk (suggested)</source>
        <translation>Gespräch (empfohlen)</translation>
    </message>
    <message>
        <source>Show talk (suggested)</source>
        <translation>Gespräche zeigen (empfohlen)</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Berührung</translation>
    </message>
    <message>
        <source>Show touch</source>
        <translation>Berührung zeigen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Show both</source>
        <translation>Beides zeigen</translation>
    </message>
    <message>
        <source>Exercises at level {level} or lower</source>
        <translation>Übungen bis Stufe {level}</translation>
    </message>
    <message>
        <source>About the chosen exercise</source>
        <translation>Zur gewählten Übung</translation>
    </message>
    <message>
        <source>{title}
{track} · level {level} · {minutes} min</source>
        <translation>{title}
{track} · Stufe {level} · {minutes} Min.</translation>
    </message>
    <message>
        <source>No exercise at level {level} or lower. Try showing both tracks.</source>
        <translation>Keine Übung bis Stufe {level}. Versucht es mit „Beides“.</translation>
    </message>
    <message>
        <source>No exercise at level {level} or lower. Nothing else in the library fits here.</source>
        <translation>Keine Übung bis Stufe {level}. Sonst passt hier nichts aus der Bibliothek.</translation>
    </message>
    <message>
        <source>What you agree to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The disk is full, so your last change could not be saved. Everything saved before it is safe. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte eure letzte Änderung nicht gespeichert werden. Alles, was davor gespeichert wurde, ist sicher. Macht etwas Speicherplatz frei und versucht es dann noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong, and your last change may not have been saved. Everything saved before it is safe. If it happens again, please report it with this detail: {detail}</source>
        <translation>Etwas ist schiefgegangen, und eure letzte Änderung wurde vielleicht nicht gespeichert. Alles, was davor gespeichert wurde, ist sicher. Wenn es wieder passiert, meldet es bitte mit diesem Detail: {detail}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Restore from a backup</source>
        <extracomment>How often a running app checks whether today&apos;s copy is due (it is made at most once a day).</extracomment>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Einen Plan importieren</translation>
    </message>
    <message>
        <source>RepairPlanner export (*.json)</source>
        <translation>RepairPlanner-Export (*.json)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <extracomment>The file name an export is offered under (kept in English: it is a file, not a sentence).</extracomment>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>&amp;Alles exportieren…</translation>
    </message>
    <message>
        <source>Write the whole plan to one file, to move it to another computer</source>
        <translation>Den ganzen Plan in eine Datei schreiben, um ihn auf einen anderen Computer mitzunehmen</translation>
    </message>
    <message>
        <source>&amp;Import a plan…</source>
        <translation>Einen Plan &amp;importieren…</translation>
    </message>
    <message>
        <source>There are no backups yet. A copy is made each day you use the plan.</source>
        <translation>Es gibt noch keine Sicherungen. An jedem Tag, an dem ihr den Plan nutzt, wird eine Kopie angelegt.</translation>
    </message>
    <message>
        <source>Go back to this copy?

{copy}

The plan as it is now is kept aside, and you can return to it from this same list.</source>
        <translation>Zu dieser Kopie zurückkehren?

{copy}

Der Plan, wie er jetzt ist, wird beiseitegelegt, und ihr könnt über dieselbe Liste zu ihm zurückkehren.</translation>
    </message>
    <message>
        <source>The copy is restored. The plan as it was a moment ago is kept aside; choose it in this list to undo.</source>
        <translation>Die Kopie ist wiederhergestellt. Der Plan, wie er eben noch war, ist beiseitegelegt; wählt ihn in dieser Liste, um das rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Its {notes} private notes stay sealed: they open with the same passphrases after an import. Keep the file somewhere private.</source>
        <translation>Der ganze Plan (Wochen: {weeks}, Einheiten: {sessions}) steht in {file}. Private Notizen darin: {notes}. Sie bleiben versiegelt und öffnen sich nach einem Import mit denselben Passphrasen. Bewahrt die Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Keep the file somewhere private.</source>
        <translation>Der ganze Plan (Wochen: {weeks}, Einheiten: {sessions}) steht in {file}. Bewahrt die Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Replace your plan with the one in {file}? It holds {weeks} weeks and {sessions} sessions.</source>
        <translation>Euren Plan durch den Plan aus {file} ersetzen (Wochen: {weeks}, Einheiten: {sessions})?</translation>
    </message>
    <message>
        <source>Are you sure? Your plan as it is now will be backed up first and kept aside, so you can go back to it with File › Restore from a backup…</source>
        <translation>Seid ihr sicher? Euer Plan, wie er jetzt ist, wird vorher gesichert und beiseitegelegt, sodass ihr mit Datei › Aus einer Sicherung wiederherstellen… zu ihm zurückkehren könnt.</translation>
    </message>
    <message>
        <source>The plan is imported. Your previous plan is kept aside.</source>
        <translation>Der Plan ist importiert. Euer bisheriger Plan ist beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>RepairPlanner could not make a backup of your plan ({reason}). Your plan itself is safe.</source>
        <translation>RepairPlanner konnte keine Sicherung eures Plans erstellen ({reason}). Euer Plan selbst ist sicher.</translation>
    </message>
    <message>
        <source>There is no backup called {name}. &apos;repairplanner restore --list&apos; shows them.</source>
        <translation>Es gibt keine Sicherung namens {name}. „repairplanner restore --list“ zeigt alle Sicherungen.</translation>
    </message>
    <message>
        <source>There is no copy at {copy}. Nothing was changed.</source>
        <translation>Unter {copy} gibt es keine Kopie. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The copy {name} is damaged or is not a RepairPlanner plan, so it was not restored. Nothing was changed.</source>
        <translation>Die Kopie {name} ist beschädigt oder kein RepairPlanner-Plan, deshalb wurde sie nicht wiederhergestellt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>That is the plan already in use. Nothing was changed.</source>
        <translation>Das ist der Plan, der gerade genutzt wird. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The copy {name} could not be read back after copying. Nothing was changed.</source>
        <translation>Die Kopie {name} konnte nach dem Kopieren nicht zurückgelesen werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The copy could not be restored ({reason}). Your plan was not changed.</source>
        <translation>Die Kopie konnte nicht wiederhergestellt werden ({reason}). Euer Plan wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily copy</source>
        <extracomment>Why a copy was made, in words for the restore list (context &quot;Backups&quot;).</extracomment>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>when the app closed</source>
        <translation>beim Schließen der App</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor dem Wiederherstellen</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>set aside by a restore</source>
        <translation>beim Wiederherstellen beiseitegelegt</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <source>{weeks}, {sessions}</source>
        <translation>{weeks}, {sessions}</translation>
    </message>
    <message>
        <source>{holds}, last change {date}, {time}</source>
        <translation>{holds}, letzte Änderung {date}, {time} Uhr</translation>
    </message>
    <message>
        <source>{line} — damaged, cannot be restored</source>
        <translation>{line} – beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>BodyMaps</name>
    <message>
        <source>Body maps: front and back</source>
        <translation>Körperkarten: vorne und hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Each of you colours your own copy of this page, on your own: green where touch is welcome, yellow where to ask first, red for “not now”, and leave the rest blank; anything left blank is not part of your map. {never_list} The mouth is never part of a map. A map is never a promise: you can redraw yours, or make it smaller, whenever you like.</source>
        <translation>Ihr malt beide eure eigene Kopie dieser Seite aus, jede Person für sich: grün, wo Berührung willkommen ist, gelb, wo erst gefragt werden soll, rot für „jetzt nicht“; den Rest lasst ihr frei. Was frei bleibt, gehört nicht zu eurer Karte. {never_list} Der Mund gehört nie zu einer Karte. Eine Karte ist nie ein Versprechen: Ihr könnt eure Karte jederzeit neu zeichnen oder kleiner machen.</translation>
    </message>
    <message>
        <source>Whose map: ______________________</source>
        <extracomment>The instruction in English, the never-list in it.</extracomment>
        <translation>Wessen Karte: ______________________</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Add to week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Time together</source>
        <extracomment>What a calendar shows for each session unless the couple asks for exercise titles: nothing more than this.</extracomment>
        <translation>Zeit zu zweit</translation>
    </message>
    <message>
        <source>Talk together</source>
        <translation>Gespräch zu zweit</translation>
    </message>
    <message>
        <source>Your time together begins soon</source>
        <extracomment>What a reminder says: as neutral as the events, and never about a session that did not happen.</extracomment>
        <translation>Eure Zeit zu zweit beginnt bald</translation>
    </message>
    <message>
        <source>{name}: time on your own</source>
        <extracomment>A solo session in a calendar: for one partner, by name, and still neutral.</extracomment>
        <translation>{name}: Zeit für dich</translation>
    </message>
    <message>
        <source>{title} ({name}, on your own)</source>
        <extracomment>SEQUENCE counts minutes from here, so every export is newer than the one before and calendars take its times.</extracomment>
        <translation>{title} ({name}, für dich allein)</translation>
    </message>
</context>
<context>
    <name>CalendarOptionsDialog</name>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>{count} hours before</source>
        <translation>{count} Stunden vorher</translation>
    </message>
    <message>
        <source>{count} minutes before</source>
        <translation>{count} Minuten vorher</translation>
    </message>
    <message>
        <source>Export the week to a calendar</source>
        <translation>Die Woche in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>&amp;Neutral event titles (“Time together”, “Talk together”)</source>
        <translation>&amp;Neutrale Terminnamen („Zeit zu zweit“, „Gespräch zu zweit“)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <source>A reminder is kept by your calendar, quietly, before each session with a time. Nothing is sent anywhere, and nothing reminds you of a session that did not happen.</source>
        <translation>Eine Erinnerung hält euer Kalender bereit, leise, vor jeder Einheit mit Uhrzeit. Nichts wird irgendwohin geschickt, und nichts erinnert euch an eine Einheit, die nicht stattgefunden hat.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Stattdessen geruht</translation>
    </message>
    <message>
        <source>{name} reflected</source>
        <extracomment>Whether its controls can act: False while the app is still opening (the services are not there yet). Its day is still to come (Start waits for the day itself).</extracomment>
        <translation>Rückblick von {name}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>The exercises of this week</source>
        <translation>Die Übungen dieser Woche</translation>
    </message>
    <message>
        <source>What each of you agrees to</source>
        <translation>Was ihr beide vereinbart</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <source>Our help lines</source>
        <translation>Unsere Hilfenummern</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Stop signal: “{stop}”. Either of you can stop at any time, without a reason.</source>
        <translation>Stoppsignal: „{stop}“. Ihr könnt beide jederzeit aufhören, ohne Begründung.</translation>
    </message>
    <message>
        <source>Stop signal: “{stop}”. Slow-down signal: “{slow}”. Either of you can slow down or stop at any time, without a reason.</source>
        <translation>Stoppsignal: „{stop}“. Langsamer-Signal: „{slow}“. Ihr könnt beide jederzeit langsamer machen oder aufhören, ohne Begründung.</translation>
    </message>
    <message>
        <source>{track} · level {level} · about {minutes} minutes</source>
        <translation>{track} · Stufe {level} · etwa {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chart</source>
        <extracomment>Series are told apart by line style and marker as well as colour, so a chart survives greyscale and colour blindness.</extracomment>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Your first reflections will appear here.</source>
        <translation>Hier erscheinen eure ersten Rückblicke.</translation>
    </message>
    <message>
        <source>Once you have checked in before a session and reflected after it, you can compare the two here.</source>
        <translation>Sobald ihr vor einer Einheit einen Check-in und danach einen Rückblick gemacht habt, könnt ihr beides hier vergleichen.</translation>
    </message>
    <message>
        <source>Working level of each track</source>
        <translation>Aktuelle Stufe in beiden Bereichen</translation>
    </message>
    <message>
        <source>Felt safe, week by week</source>
        <translation>Sicher gefühlt, Woche für Woche</translation>
    </message>
    <message>
        <source>Felt safe, month by month</source>
        <translation>Sicher gefühlt, Monat für Monat</translation>
    </message>
    <message>
        <source>Peak distress, week by week</source>
        <translation>Höchste Belastung, Woche für Woche</translation>
    </message>
    <message>
        <source>Peak distress, month by month</source>
        <translation>Höchste Belastung, Monat für Monat</translation>
    </message>
    <message>
        <source>Expected beforehand</source>
        <translation>Vorher erwartet</translation>
    </message>
    <message>
        <source>Felt at the time</source>
        <translation>Währenddessen gespürt</translation>
    </message>
    <message>
        <source>Expected and felt distress, week by week</source>
        <translation>Erwartete und gespürte Belastung, Woche für Woche</translation>
    </message>
    <message>
        <source>Expected and felt distress, month by month</source>
        <translation>Erwartete und gespürte Belastung, Monat für Monat</translation>
    </message>
    <message>
        <source>On average you expected {expected} and felt {felt}.</source>
        <translation>Im Schnitt habt ihr {expected} erwartet und {felt} gespürt.</translation>
    </message>
    <message>
        <source>Most sessions were gentler than you feared; expectations often run high.</source>
        <translation>Die meisten Einheiten waren sanfter als befürchtet; Erwartungen fallen oft zu hoch aus.</translation>
    </message>
    <message>
        <source>Some sessions were harder than you expected. Going gently, or stepping back, is part of the way.</source>
        <translation>Manche Einheiten waren schwerer als erwartet. Behutsam weitergehen oder eine Stufe zurückgehen gehört zum Weg dazu.</translation>
    </message>
    <message>
        <source>What you expected and what you felt were close.</source>
        <translation>Was ihr erwartet und was ihr gespürt habt, lag nah beieinander.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <extracomment>Beyond this many days, weekly points are averaged by month so the lines stay calm. What an empty chart says; &quot;&quot; for the general &quot;Nothing to show yet.&quot; in the interface language.</extracomment>
        <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal point</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{name}: nothing yet.</source>
        <translation>{name}: noch nichts.</translation>
    </message>
    <message>
        <source>level {level} from {day}</source>
        <translation>Stufe {level} ab {day}</translation>
    </message>
    <message>
        <source>{name}: {steps}; now level {level}.</source>
        <translation>{name}: {steps}; jetzt Stufe {level}.</translation>
    </message>
    <message>
        <source>{name}: {count} value from {first} to {last}, between {low} and {high}, on average {mean}, most recently {latest}.</source>
        <translation>{name}: {count} Wert von {first} bis {last}, zwischen {low} und {high}, im Schnitt {mean}, zuletzt {latest}.</translation>
    </message>
    <message>
        <source>{name}: {count} values from {first} to {last}, between {low} and {high}, on average {mean}, most recently {latest}.</source>
        <translation>{name}: {count} Werte von {first} bis {last}, zwischen {low} und {high}, im Schnitt {mean}, zuletzt {latest}.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Expected and felt distress, in words</source>
        <translation>Erwartete und erlebte Belastung, in Worten</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Not today, then. That&apos;s a perfectly good answer, and nobody needs to say why. The session stays in your plan, and you can look at it again another day.</source>
        <translation>Dann heute nicht. Das ist eine völlig gute Antwort, und niemand muss sagen, warum. Die Einheit bleibt in eurem Plan, und ihr könnt sie an einem anderen Tag wieder anschauen.</translation>
    </message>
    <message>
        <source>Do you want to do this today?</source>
        <translation>Möchtest du das heute machen?</translation>
    </message>
    <message>
        <source>Choose a traffic light.</source>
        <translation>Wähle eine Ampelfarbe.</translation>
    </message>
    <message>
        <source>Say how hard you expect it to be, from 0 to 10.</source>
        <translation>Sag, wie schwer es dir vermutlich fallen wird, von 0 bis 10.</translation>
    </message>
    <message>
        <source>Choose what you would like today.</source>
        <translation>Wähle, was du heute möchtest.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Green — I feel ready</source>
        <translation>Grün – ich fühle mich bereit</translation>
    </message>
    <message>
        <source>Yellow — a bit unsure</source>
        <translation>Gelb – etwas unsicher</translation>
    </message>
    <message>
        <source>Red — I need to go very gently today</source>
        <translation>Rot – heute muss es ganz sanft sein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>What would you like today? Only you choose this, and nobody will see which you picked.</source>
        <translation>Was möchtest du heute? Das wählst nur du, und niemand sieht, was du gewählt hast.</translation>
    </message>
    <message>
        <source>A shorter or lighter version</source>
        <translation>Eine kürzere oder leichtere Version</translation>
    </message>
    <message>
        <source>An exercise from the level before</source>
        <translation>Eine Übung aus der Stufe davor</translation>
    </message>
    <message>
        <source>A talk instead</source>
        <translation>Stattdessen ein Gespräch</translation>
    </message>
    <message>
        <source>Go ahead as planned</source>
        <translation>Wie geplant weitermachen</translation>
    </message>
    <message>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{names}, please look away while {name} answers.</source>
        <translation>{names}, bitte schau weg, während {name} antwortet.</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Wer an der Reihe ist</translation>
    </message>
    <message>
        <source>{name}, press Next when you are ready. Your answers stay between you and the app.</source>
        <translation>{name}, drück auf „Weiter“, wenn du bereit bist. Deine Antworten bleiben zwischen dir und der App.</translation>
    </message>
    <message>
        <source>{name}, this is your turn.</source>
        <translation>{name}, jetzt bist du dran.</translation>
    </message>
    <message>
        <source>{name}: {question} {answer}</source>
        <translation>{name}: {question} {answer}</translation>
    </message>
    <message>
        <source>How are you arriving?</source>
        <translation>Wie kommst du gerade an?</translation>
    </message>
    <message>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <source>How hard do you expect it to be? 0 is not at all, 10 is the hardest you can imagine.</source>
        <translation>Wie schwer wird es wohl für dich? 0 heißt gar nicht, 10 ist das Schwerste, was du dir vorstellen kannst.</translation>
    </message>
    <message>
        <source>{name}: expected distress, 0 to 10</source>
        <translation>{name}: erwartete Belastung, 0 bis 10</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Einheit</translation>
    </message>
    <message>
        <source>What you are agreeing to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <source>Your stop signal is “{signal}”. It can be used at any moment.</source>
        <translation>Euer Stoppsignal ist „{signal}“. Ihr könnt es jederzeit nutzen.</translation>
    </message>
    <message>
        <source>Your slow-down signal is “{signal}”: slower and gentler, not stop.</source>
        <translation>Euer Langsamer-Signal ist „{signal}“: langsamer und sanfter, kein Stopp.</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Jetzt &amp;nicht</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>{name}&apos;s turn ({number} of {count})</source>
        <translation>{name} ist dran ({number} von {count})</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next: hand over</source>
        <translation>&amp;Weiter: übergeben</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&apos;{text}&apos; is not a number of years</source>
        <translation>„{text}“ ist keine Anzahl von Jahren</translation>
    </message>
    <message>
        <source>choose between 0 and 20 years</source>
        <translation>zwischen 0 und 20 Jahren wählen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a paper size; choose A4 or Letter</source>
        <translation>„{text}“ ist kein Papierformat; A4 oder Letter wählen</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>White</source>
        <extracomment>Every name `colour_name` can give, whole, so each language can word (and order) it its own way.</extracomment>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Light grey</source>
        <translation>Hellgrau</translation>
    </message>
    <message>
        <source>Dark grey</source>
        <translation>Dunkelgrau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Light red</source>
        <translation>Hellrot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Light orange</source>
        <translation>Hellorange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Light yellow</source>
        <translation>Hellgelb</translation>
    </message>
    <message>
        <source>Dark yellow</source>
        <translation>Dunkelgelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Light green</source>
        <translation>Hellgrün</translation>
    </message>
    <message>
        <source>Dark green</source>
        <translation>Dunkelgrün</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Light teal</source>
        <translation>Hellpetrol</translation>
    </message>
    <message>
        <source>Dark teal</source>
        <translation>Dunkelpetrol</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Light blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Dunkelblau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Light purple</source>
        <translation>Hellviolett</translation>
    </message>
    <message>
        <source>Dark purple</source>
        <translation>Dunkelviolett</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Light pink</source>
        <translation>Hellrosa</translation>
    </message>
    <message>
        <source>Dark pink</source>
        <translation>Dunkelrosa</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose a colour for {name}</source>
        <translation>Eine Farbe für {name} auswählen</translation>
    </message>
    <message>
        <source>Remove the colour for {name}</source>
        <translation>Die Farbe für {name} entfernen</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Now: {colour}</source>
        <translation>Jetzt: {colour}</translation>
    </message>
    <message>
        <source>A colour for {name}</source>
        <translation>Eine Farbe für {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>no plan here yet: {folder} holds no RepairPlanner plan (see --data-dir)</source>
        <translation>noch kein Plan hier: {folder} enthält keinen RepairPlanner-Plan (siehe --data-dir)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>it is one of RepairPlanner&apos;s own data files</source>
        <translation>es ist eine der eigenen Datendateien von RepairPlanner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is a device or another special file, not a file</source>
        <translation>es ist ein Gerät oder eine andere Spezialdatei, keine normale Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>{count} event</source>
        <translation>{count} Termin</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <source>no private notes</source>
        <translation>keine privaten Notizen</translation>
    </message>
    <message>
        <source>{count} private note, still sealed</source>
        <translation>{count} private Notiz, weiterhin versiegelt</translation>
    </message>
    <message>
        <source>{count} private notes, still sealed</source>
        <translation>{count} private Notizen, weiterhin versiegelt</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Noch keine Sicherungen in {folder}.</translation>
    </message>
    <message>
        <source>give either --list or a FILE to restore, not both</source>
        <translation>entweder --list oder eine DATEI zum Wiederherstellen angeben, nicht beides</translation>
    </message>
    <message>
        <source>no plan here yet: {folder} does not exist (see --data-dir)</source>
        <translation>noch kein Plan hier: {folder} existiert nicht (siehe --data-dir)</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The plan that was in use is kept as {name}; restore it the same way to undo.</source>
        <translation>Der bisher genutzte Plan ist als {name} aufbewahrt; auf dieselbe Weise wiederhergestellt, macht er diesen Schritt rückgängig.</translation>
    </message>
    <message>
        <source>Wrote the whole plan ({weeks}, {sessions}, {notes}) to {target}.</source>
        <translation>Den ganzen Plan ({weeks}, {sessions}, {notes}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <source>replacing a plan must be confirmed: give --replace twice, or --replace --yes</source>
        <translation>das Ersetzen eines Plans muss bestätigt werden: --replace zweimal angeben oder --replace --yes</translation>
    </message>
    <message>
        <source>{folder} already holds a plan, so nothing was imported. To replace it (a backup is made first and the plan is kept aside), give --replace twice, or --replace --yes.</source>
        <translation>{folder} enthält bereits einen Plan, deshalb wurde nichts importiert. Um ihn zu ersetzen (vorher wird eine Sicherung erstellt und der Plan beiseitegelegt), --replace zweimal angeben oder --replace --yes.</translation>
    </message>
    <message>
        <source>Imported {weeks}, {sessions} and {notes} into {folder}.</source>
        <translation>{weeks}, {sessions} und {notes} nach {folder} importiert.</translation>
    </message>
    <message>
        <source>The plan that was here is backed up as {name}.</source>
        <translation>Der Plan, der hier war, ist als {name} gesichert.</translation>
    </message>
    <message>
        <source>Wrote a demo couple with {weeks} weeks, {sessions} sessions and {reflections} reflections to {folder}.</source>
        <translation>Ein Beispielpaar mit {weeks} Wochen, {sessions} Einheiten und {reflections} Rückblicken nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>the range is backwards: --to {end} is before --from {start}</source>
        <translation>der Zeitraum ist verkehrt herum: --to {end} liegt vor --from {start}</translation>
    </message>
    <message>
        <source>the range is longer than {count} years; choose a shorter one</source>
        <translation>der Zeitraum ist länger als {count} Jahre; einen kürzeren wählen</translation>
    </message>
    <message>
        <source>{option} &apos;{text}&apos; is not a date; write it like 2026-11-23</source>
        <translation>{option} „{text}“ ist kein Datum; so schreiben: 2026-11-23</translation>
    </message>
    <message>
        <source>{what} is out of range; choose a year from {first} to {last}</source>
        <translation>{what} liegt außerhalb des möglichen Bereichs; ein Jahr von {first} bis {last} wählen</translation>
    </message>
    <message>
        <source>no plan here yet: the setup in {folder} was never finished</source>
        <translation>noch kein Plan hier: die Einrichtung in {folder} wurde nie abgeschlossen</translation>
    </message>
    <message>
        <source>Wrote the week of {dates} ({sessions}, {pages}, {paper}) to {target}.</source>
        <translation>Die Woche {dates} ({sessions}, {pages}, {paper}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the summary of {dates} ({weeks}, {pages}, {paper}) to {target}.</source>
        <translation>Die Zusammenfassung für {dates} ({weeks}, {pages}, {paper}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {events} for the week of {dates} to {target}.</source>
        <translation>{events} für die Woche {dates} nach {target} geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConsentBoxes</name>
    <message>
        <source>✓ Agreed</source>
        <translation>✓ Zugestimmt</translation>
    </message>
    <message>
        <source>{name} agrees to this session</source>
        <translation>{name} stimmt dieser Einheit zu</translation>
    </message>
    <message>
        <source>Both of you agree to this session</source>
        <translation>Ihr stimmt beide dieser Einheit zu</translation>
    </message>
</context>
<context>
    <name>CoupleService</name>
    <message>
        <source>This plan already belongs to a couple; change names in Settings instead.</source>
        <translation>Dieser Plan gehört bereits einem Paar; Namen ändert ihr in den Einstellungen.</translation>
    </message>
    <message>
        <source>There is no couple to change yet; finish the setup first.</source>
        <translation>Es gibt noch kein Paar, das sich ändern ließe; schließt zuerst die Einrichtung ab.</translation>
    </message>
</context>
<context>
    <name>CoupleSetup</name>
    <message>
        <source>Please enter a name for each of you.</source>
        <extracomment>A word or gesture meaning &quot;slower, gentler&quot;; optional, empty when the couple chose none.</extracomment>
        <translation>Bitte gebt für euch beide einen Namen ein.</translation>
    </message>
    <message>
        <source>A name can be at most {count} characters; &apos;{start}…&apos; is longer.</source>
        <translation>Ein Name darf höchstens {count} Zeichen haben; „{start}…“ ist länger.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or invisible control characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche und keine unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Please write down the stop signal you agreed on: a word or a gesture.</source>
        <translation>Bitte schreibt das Stoppsignal auf, das ihr vereinbart habt: ein Wort oder eine Geste.</translation>
    </message>
    <message>
        <source>Please keep the stop signal short (at most {count} characters).</source>
        <translation>Bitte haltet das Stoppsignal kurz (höchstens {count} Zeichen).</translation>
    </message>
    <message>
        <source>Please keep the slow-down signal short (at most {count} characters).</source>
        <translation>Bitte haltet das Langsamer-Signal kurz (höchstens {count} Zeichen).</translation>
    </message>
    <message>
        <source>Please choose a slow-down signal that is different from your stop signal.</source>
        <translation>Bitte wählt ein Langsamer-Signal, das sich von eurem Stoppsignal unterscheidet.</translation>
    </message>
    <message>
        <source>Please use two different names, so the plan can tell you apart.</source>
        <translation>Bitte verwendet zwei verschiedene Namen, damit der Plan euch auseinanderhalten kann.</translation>
    </message>
    <message>
        <source>The week must start on a day from Monday to Sunday.</source>
        <translation>Die Woche muss an einem Tag von Montag bis Sonntag beginnen.</translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour; choose one from the colour picker.</source>
        <translation>„{colour}“ ist keine Farbe; wählt eine aus der Farbauswahl.</translation>
    </message>
    <message>
        <source>Unavailable days must be weekdays from Monday to Sunday.</source>
        <translation>Nicht verfügbare Tage müssen Wochentage von Montag bis Sonntag sein.</translation>
    </message>
    <message>
        <source>Please leave at least one day of the week free.</source>
        <translation>Bitte lasst mindestens einen Tag der Woche frei.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the copy did not pass its check</source>
        <translation>die Kopie hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>RepairPlanner needs to update its data file {database}, but could not first make a backup ({reason}). Nothing was changed; free some space and start it again.</source>
        <translation>RepairPlanner muss seine Datendatei {database} aktualisieren, konnte aber vorher keine Sicherung erstellen ({reason}). Es wurde nichts verändert; macht etwas Speicherplatz frei und startet die App erneut.</translation>
    </message>
    <message>
        <source>RepairPlanner could not create its data file {database} ({reason}). Nothing was kept; free some space or choose another folder with --data-dir.</source>
        <translation>RepairPlanner konnte seine Datendatei {database} nicht anlegen ({reason}). Es wurde nichts behalten; macht etwas Speicherplatz frei oder wählt mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Updating the data file {database} would break {count} links between records, so it was not updated. Nothing was changed; please report this.</source>
        <translation>Die Aktualisierung der Datendatei {database} würde {count} Verknüpfungen zwischen Einträgen zerstören, deshalb wurde sie nicht aktualisiert. Es wurde nichts verändert; bitte meldet das.</translation>
    </message>
    <message>
        <source>Updating the data file {database} failed ({detail}), so it was not updated. Nothing was changed; please report this if it happens again.</source>
        <translation>Die Aktualisierung der Datendatei {database} ist fehlgeschlagen ({detail}), deshalb wurde sie nicht aktualisiert. Es wurde nichts verändert; bitte meldet das, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>it is not a RepairPlanner database</source>
        <extracomment>An empty SQLite file and no marker: a first start that was killed before it finished; it is made again.</extracomment>
        <translation>es ist keine RepairPlanner-Datenbank</translation>
    </message>
    <message>
        <source>SQLite&apos;s own check found damage</source>
        <translation>die eigene Prüfung von SQLite hat Schäden gefunden</translation>
    </message>
    <message>
        <source>The data in {database} was saved by a newer version of RepairPlanner (schema {revision}). Please install that version or a later one to open it. Nothing was changed.</source>
        <translation>Die Daten in {database} wurden von einer neueren Version von RepairPlanner gespeichert (Schema {revision}). Bitte installiert diese oder eine spätere Version, um sie zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The newest backup is {path}; restore it with &apos;repairplanner restore {name}&apos;.</source>
        <translation>Die neueste Sicherung ist {path}; stellt sie mit „repairplanner restore {name}“ wieder her.</translation>
    </message>
    <message>
        <source>If you have a copy of that file, put it back there.</source>
        <translation>Wenn ihr eine Kopie dieser Datei habt, legt sie dorthin zurück.</translation>
    </message>
    <message>
        <source>RepairPlanner&apos;s data file {database} is empty, although a plan was kept here before. Nothing was changed and nothing was re-created.</source>
        <translation>Die Datendatei {database} von RepairPlanner ist leer, obwohl hier früher ein Plan gespeichert war. Es wurde nichts verändert und nichts neu angelegt.</translation>
    </message>
    <message>
        <source>RepairPlanner&apos;s data file {database} is missing, although a plan was kept here before. Nothing was changed and nothing was re-created.</source>
        <translation>Die Datendatei {database} von RepairPlanner fehlt, obwohl hier früher ein Plan gespeichert war. Es wurde nichts verändert und nichts neu angelegt.</translation>
    </message>
    <message>
        <source>The newest good backup is {path}; restore it with &apos;repairplanner restore {name}&apos;.</source>
        <translation>Die neueste intakte Sicherung ist {path}; stellt sie mit „repairplanner restore {name}“ wieder her.</translation>
    </message>
    <message>
        <source>Keep a copy of the file and restore a backup if you have one.</source>
        <translation>Bewahrt eine Kopie der Datei auf und stellt eine Sicherung wieder her, falls ihr eine habt.</translation>
    </message>
    <message>
        <source>RepairPlanner cannot read its data file {database} ({detail}). It may be damaged. Nothing was changed.</source>
        <translation>RepairPlanner kann seine Datendatei {database} nicht lesen ({detail}). Sie ist möglicherweise beschädigt. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum gehen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Show that week</source>
        <translation>Diese Woche &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Summary for your therapist</source>
        <translation>Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The summary shows sessions, ratings over time, level changes and shared notes. Private notes are never included.</source>
        <translation>Die Zusammenfassung zeigt Einheiten, Bewertungen im Zeitverlauf, Stufenwechsel und gemeinsame Notizen. Private Notizen sind nie enthalten.</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>&apos;{text}&apos; is not a week; write it like 2026-W48</source>
        <extracomment>From a couple&apos;s first day to the day that decides the week&apos;s number (its Thursday, for a Monday-first week).</extracomment>
        <translation>„{text}“ ist keine Woche; so schreiben: 2026-W48</translation>
    </message>
    <message>
        <source>{year} has no week {week}</source>
        <translation>das Jahr {year} hat keine Woche {week}</translation>
    </message>
    <message>
        <source>week {week} of {year} is out of range</source>
        <translation>Woche {week} des Jahres {year} liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first} – {last} {year}</source>
        <translation>{first} – {last} {year}</translation>
    </message>
    <message>
        <source>{first_day}–{last_day} {month} {year}</source>
        <translation>{first_day}.–{last_day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>MMM d</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>{date} · Today</source>
        <translation>{date} · Heute</translation>
    </message>
    <message>
        <source>{weekday} {date}, today</source>
        <translation>{weekday}, {date}, heute</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
</context>
<context>
    <name>DaysRow</name>
    <message>
        <source>{name} is usually unavailable on {day}</source>
        <translation>{name} hat am {day} meist keine Zeit</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Bei Inaktivität sperren</translation>
    </message>
    <message>
        <source>Lock the window after this long without use:</source>
        <translation>Das Fenster nach so langer Zeit ohne Nutzung sperren:</translation>
    </message>
</context>
<context>
    <name>ExerciseDetails</name>
    <message>
        <source>An invitation, never a task: this talk is asked for by one of you, when you are ready, and the app never schedules it. To take it up, choose Add to the week; it asks which of you is asking, and that partner invites.</source>
        <extracomment>An asked-for talk is an invitation the right partner can take up; the app never books it for them.</extracomment>
        <translation>Eine Einladung, nie eine Aufgabe: Um dieses Gespräch bittet eine Person von euch, wenn ihr so weit seid, und die App plant es nie von selbst ein. Wenn ihr es aufgreifen wollt, wählt „Zur Woche hinzufügen“; dort wird gefragt, wer von euch darum bittet, und diese Person lädt ein.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>{track} · level {level} · about {minutes} minutes</source>
        <translation>{track} · Stufe {level} · etwa {minutes} Minuten</translation>
    </message>
    <message>
        <source>Archived: restore it to plan it again.</source>
        <translation>Archiviert: Stellt die Übung wieder her, um sie erneut zu planen.</translation>
    </message>
    <message>
        <source>One of you does this alone; Add to the week asks whom it is for.</source>
        <translation>Eine Person von euch macht diese Übung allein; „Zur Woche hinzufügen“ fragt, für wen sie ist.</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What each of you agrees to</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <source>A step further, same level</source>
        <translation>Ein Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Comes with RepairPlanner; draws on {technique}</source>
        <translation>Mitgeliefert mit RepairPlanner; Methode: {technique}</translation>
    </message>
    <message>
        <source>Your own exercise; draws on {technique}</source>
        <translation>Eure eigene Übung; Methode: {technique}</translation>
    </message>
    <message>
        <source>Your own exercise; draws on your own ideas</source>
        <translation>Eure eigene Übung; nach euren eigenen Ideen</translation>
    </message>
    <message>
        <source> · tags: {tags}</source>
        <translation> · Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Touch in RepairPlanner stays non-sexual: clothed unless you both choose otherwise, never genitals or breasts, and never aimed at arousal. For sexual intimacy, a couples or sex therapist is the right guide.</source>
        <translation>Berührung bleibt in RepairPlanner nicht sexuell: bekleidet, außer ihr entscheidet beide anders, nie Genitalien oder Brüste und nie mit dem Ziel der Erregung. Für sexuelle Intimität ist eine Paar- oder Sexualtherapie die richtige Begleitung.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>A sentence or two on what you will do and why.</source>
        <translation>Ein, zwei Sätze dazu, was ihr tun werdet und warum.</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <source>One thing per line, for example: two chairs</source>
        <translation>Eine Sache pro Zeile, zum Beispiel: zwei Stühle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>One step per line, in order.</source>
        <translation>Ein Schritt pro Zeile, der Reihe nach.</translation>
    </message>
    <message>
        <source>What each of you agrees to</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>For example: hands and forearms only, clothed.</source>
        <translation>Zum Beispiel: nur Hände und Unterarme, bekleidet.</translation>
    </message>
    <message>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <source>How either of you can slow down or stop, at any moment.</source>
        <translation>Wie ihr beide jederzeit langsamer werden oder aufhören könnt.</translation>
    </message>
    <message>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <source>Shorter, lighter or more distant.</source>
        <translation>Kürzer, leichter oder mit mehr Abstand.</translation>
    </message>
    <message>
        <source>A step further, same level</source>
        <translation>Ein Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <source>A small variation for when this feels easy.</source>
        <translation>Eine kleine Abwandlung für den Fall, dass es sich leicht anfühlt.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>What to watch for, and what to do if it gets too much.</source>
        <translation>Worauf ihr achten solltet und was ihr tut, wenn es zu viel wird.</translation>
    </message>
    <message>
        <source>A short, friendly name</source>
        <translation>Ein kurzer, freundlicher Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>About touch exercises</source>
        <translation>Über Berührungsübungen</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>Draws on</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Write it in your own words. Plan it only when both of you are happy with every line.</source>
        <translation>Schreibt sie in euren eigenen Worten. Plant sie erst, wenn ihr beide mit jeder Zeile einverstanden seid.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <source>What it is</source>
        <extracomment>(field, label, required) for a custom exercise&apos;s texts, in the order of the editor&apos;s form. Maxima come from SCHEMA; a couple&apos;s own exercise may be simpler than a built-in one, so only what consent and safety need is required. The labels are marked in context &quot;ExerciseFields&quot;; `field_label` translates them.</extracomment>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What each of you agrees to</source>
        <translation>Was ihr beide vereinbart</translation>
    </message>
    <message>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <source>A step further, same level</source>
        <translation>Einen Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Please give it a name of {low} to {high} characters.</source>
        <translation>Bitte gebt ihr einen Namen mit {low} bis {high} Zeichen.</translation>
    </message>
    <message>
        <source>Please choose touch or talk.</source>
        <translation>Bitte wählt Berührung oder Gespräch.</translation>
    </message>
    <message>
        <source>Please choose a level from {low} to {high}.</source>
        <translation>Bitte wählt eine Stufe von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Please choose from {low} to {high} minutes.</source>
        <translation>Bitte wählt {low} bis {high} Minuten.</translation>
    </message>
    <message>
        <source>Please choose at most {count}.</source>
        <translation>Bitte wählt höchstens {count} aus.</translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation>Bitte wählt aus der Liste.</translation>
    </message>
    <message>
        <source>Please add at least {count} line under “{label}”.</source>
        <translation>Bitte ergänzt unter „{label}“ mindestens {count} Zeile.</translation>
    </message>
    <message>
        <source>Please keep “{label}” to at most {count} lines.</source>
        <translation>Bitte beschränkt „{label}“ auf höchstens {count} Zeilen.</translation>
    </message>
    <message>
        <source>Line {line} is longer than {count} characters; could it be two lines?</source>
        <translation>Zeile {line} ist länger als {count} Zeichen; passt es auch in zwei Zeilen?</translation>
    </message>
    <message>
        <source>Please fill in “{label}”: it is part of what you both agree to.</source>
        <translation>Bitte füllt „{label}“ aus: Es gehört zu dem, was ihr beide vereinbart.</translation>
    </message>
    <message>
        <source>Please keep this under {count} characters (it has {length}).</source>
        <translation>Bitte bleibt unter {count} Zeichen (hier sind es {length}).</translation>
    </message>
</context>
<context>
    <name>ExerciseTable</name>
    <message>
        <source>Exercises</source>
        <extracomment>Sized to their contents once per refresh (not on every keystroke).</extracomment>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <source>Exercise</source>
        <extracomment>Shared drag-and-drop contract with the week page: the payload is the exercise id, UTF-8.</extracomment>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Above your current touch level ({level}). Levels are a guide; you decide together.</source>
        <extracomment>One whole sentence per track, so each language can place the track where its grammar wants it.</extracomment>
        <translation>Über eurer aktuellen Stufe für Berührung ({level}). Stufen sind eine Orientierung; ihr entscheidet gemeinsam.</translation>
    </message>
    <message>
        <source>Above your current talk level ({level}). Levels are a guide; you decide together.</source>
        <translation>Über eurer aktuellen Stufe für Gespräche ({level}). Stufen sind eine Orientierung; ihr entscheidet gemeinsam.</translation>
    </message>
    <message>
        <source>{title} (ours, archived)</source>
        <translation>{title} (unsere, archiviert)</translation>
    </message>
    <message>
        <source>{title} (ours)</source>
        <translation>{title} (unsere)</translation>
    </message>
    <message>
        <source>{title}, comes with RepairPlanner, archived</source>
        <translation>{title}, mitgeliefert mit RepairPlanner, archiviert</translation>
    </message>
    <message>
        <source>{title}, comes with RepairPlanner</source>
        <translation>{title}, mitgeliefert mit RepairPlanner</translation>
    </message>
    <message>
        <source>{title}, your own exercise, archived</source>
        <translation>{title}, eure eigene Übung, archiviert</translation>
    </message>
    <message>
        <source>{title}, your own exercise</source>
        <translation>{title}, eure eigene Übung</translation>
    </message>
    <message>
        <source>Level {level}, above your current level</source>
        <translation>Stufe {level}, über eurer aktuellen Stufe</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>About {minutes} minutes</source>
        <translation>Etwa {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is a device or another special file, not a file</source>
        <translation>es ist ein Gerät oder eine andere Spezialdatei, keine normale Datei</translation>
    </message>
    <message>
        <source>{error}; the disk may be full</source>
        <translation>{error}; vielleicht ist der Datenträger voll</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Repeat this level and vary one detail: the room, the time, the length, or seated or standing.</source>
        <translation>Wiederholt diese Stufe und verändert ein Detail: den Raum, die Uhrzeit, die Dauer, oder ob ihr sitzt oder steht.</translation>
    </message>
    <message>
        <source>Book a repair talk this week, to talk through what happened without blame.</source>
        <translation>Plant diese Woche ein Klärungsgespräch ein, um ohne Vorwürfe über das Geschehene zu sprechen.</translation>
    </message>
    <message>
        <source>Nothing is missed and nothing is lost: looking after yourselves is part of the plan.</source>
        <translation>Nichts ist versäumt und nichts ist verloren: Gut für euch zu sorgen, gehört zum Plan.</translation>
    </message>
    <message>
        <source>a shorter or lighter version</source>
        <translation>eine kürzere oder leichtere Version</translation>
    </message>
    <message>
        <source>an exercise from the level before</source>
        <translation>eine Übung der Stufe davor</translation>
    </message>
    <message>
        <source>a talk exercise instead</source>
        <translation>stattdessen eine Gesprächsübung</translation>
    </message>
    <message>
        <source>Take your time, and remember either of you can stop at any moment.</source>
        <translation>Nehmt euch Zeit, und denkt daran: Ihr könnt beide jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Take your time, and remember you can stop at any moment.</source>
        <translation>Nimm dir Zeit, und denk daran: Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Waiting for both check-ins.</source>
        <translation>Warten auf beide Check-ins.</translation>
    </message>
    <message>
        <source>No touch today. You could do a talk exercise together instead, or simply rest.</source>
        <translation>Heute keine Berührung. Ihr könnt stattdessen zusammen eine Gesprächsübung machen oder einfach ausruhen.</translation>
    </message>
    <message>
        <source>Today is a day to go gently. You could rest, or choose a gentler talk.</source>
        <translation>Heute ist ein Tag, um behutsam zu sein. Ihr könnt ausruhen oder ein sanfteres Gespräch wählen.</translation>
    </message>
    <message>
        <source>{items}, or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <source>Today asks for something lighter. You could choose {ideas}. Going gently is part of the method.</source>
        <translation>Heute darf es etwas Leichteres sein. Ihr könntet {ideas} wählen. Behutsam vorzugehen gehört zur Methode.</translation>
    </message>
    <message>
        <source>No sessions at this level yet.</source>
        <extracomment>Why the next level waits for other work first (core.method: the accountability talk), in kind words.</extracomment>
        <translation>Noch keine Einheiten auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Last time was hard work for at least one of you.</source>
        <translation>Das letzte Mal war anstrengend, zumindest für eine Person von euch.</translation>
    </message>
    <message>
        <source>The stop signal was used last time.</source>
        <translation>Beim letzten Mal wurde das Stoppsignal benutzt.</translation>
    </message>
    <message>
        <source>Last time was very hard.</source>
        <translation>Das letzte Mal war sehr schwer.</translation>
    </message>
    <message>
        <source>Choose an easier exercise, one where you both expect to feel safe.</source>
        <translation>Wählt eine leichtere Übung, bei der ihr beide erwartet, euch sicher zu fühlen.</translation>
    </message>
    <message>
        <source>Go back to the last exercise where you both checked in green.</source>
        <translation>Geht zurück zur letzten Übung, bei der ihr beide beim Check-in grün hattet.</translation>
    </message>
    <message>
        <source>You have already had a repair talk about it.</source>
        <translation>Ihr hattet darüber schon ein Klärungsgespräch.</translation>
    </message>
    <message>
        <source>This is the top level; keep going at your own pace.</source>
        <translation>Das ist die höchste Stufe; macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <source>{done} of {needed} sessions at this level so far.</source>
        <translation>Bisher {done} von {needed} Einheiten auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Your sessions at this level span {span} of {needed} days so far.</source>
        <translation>Eure Einheiten auf dieser Stufe erstrecken sich bisher über {span} von {needed} Tagen.</translation>
    </message>
    <message>
        <source>The last {count} sessions need to feel calm and safe for both of you.</source>
        <translation>Die letzten {count} Einheiten sollten sich für euch beide ruhig und sicher anfühlen.</translation>
    </message>
    <message>
        <source>Talk is at level {talk}; touch can move up once talk has reached level {needed}.</source>
        <translation>Gespräch ist auf Stufe {talk}; Berührung kann eine Stufe höher gehen, sobald Gespräch Stufe {needed} erreicht hat.</translation>
    </message>
    <message>
        <source>{count} sessions at this level over {days} days, and the last {recent} felt calm and safe for both of you.</source>
        <translation>{count} Einheiten auf dieser Stufe über {days} Tage, und die letzten {recent} fühlten sich für euch beide ruhig und sicher an.</translation>
    </message>
    <message>
        <source>If you like, each of you can answer privately whether you are ready for level {level}.</source>
        <translation>Wenn ihr mögt, beantwortet ihr beide jeweils für euch, ob ihr bereit für Stufe {level} seid.</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>more clothing</source>
        <translation>mehr Kleidung</translation>
    </message>
    <message>
        <source>a smaller area</source>
        <translation>eine kleinere Fläche</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>eyes open</source>
        <translation>mit offenen Augen</translation>
    </message>
    <message>
        <source>one question at a time</source>
        <translation>eine Frage nach der anderen</translation>
    </message>
    <message>
        <source>a smaller topic</source>
        <translation>ein kleineres Thema</translation>
    </message>
    <message>
        <source>written first, then spoken</source>
        <translation>erst schreiben, dann sprechen</translation>
    </message>
    <message>
        <source>This exercise has been hard {count} times running. Try it in smaller steps ({steps}), or have a talk about what makes it hard.</source>
        <translation>Diese Übung war {count}-mal hintereinander schwer. Probiert sie in kleineren Schritten ({steps}) oder sprecht darüber, was sie schwer macht.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The guide file &apos;{file}&apos; is not readable: {error}.</source>
        <translation>Die Leitfaden-Datei „{file}“ ist nicht lesbar: {error}.</translation>
    </message>
    <message>
        <source>The guide file &apos;{file}&apos; must hold only [[{table}]] tables.</source>
        <translation>Die Leitfaden-Datei „{file}“ darf nur [[{table}]]-Tabellen enthalten.</translation>
    </message>
    <message>
        <source>The guide file &apos;{file}&apos;, {table} {number}</source>
        <translation>Die Leitfaden-Datei „{file}“, {table} {number}</translation>
    </message>
    <message>
        <source>The guide file &apos;{file}&apos; repeats an id.</source>
        <translation>Die Leitfaden-Datei „{file}“ wiederholt eine ID.</translation>
    </message>
    <message>
        <source>{where} is not a table.</source>
        <translation>{where}: Das ist keine Tabelle.</translation>
    </message>
    <message>
        <source>{where} has a missing or unknown field: {fields}.</source>
        <translation>{where}: Ein Feld fehlt oder ist unbekannt: {fields}.</translation>
    </message>
    <message>
        <source>{where}: every field must be text.</source>
        <translation>{where}: Jedes Feld muss Text sein.</translation>
    </message>
    <message>
        <source>{where}: the id must be lower-case words joined by hyphens.</source>
        <translation>{where}: Die ID muss aus kleingeschriebenen Wörtern bestehen, verbunden durch Bindestriche.</translation>
    </message>
    <message>
        <source>{where}: the title or the body has an unexpected length.</source>
        <translation>{where}: Der Titel oder der Text hat eine unerwartete Länge.</translation>
    </message>
    <message>
        <source>{where}: the moment must be one of {moments}.</source>
        <translation>{where}: Der Moment muss einer dieser Werte sein: {moments}.</translation>
    </message>
    <message>
        <source>The guide file {file} is missing.</source>
        <translation>Die Leitfaden-Datei {file} fehlt.</translation>
    </message>
</context>
<context>
    <name>GuideBanner</name>
    <message>
        <source>Before you begin: a short reading, “{title}”.</source>
        <extracomment>Each moment&apos;s offer, whole, with the reading&apos;s title as {title}.</extracomment>
        <translation>Bevor ihr beginnt: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <source>Before your first touch session: a short reading, “{title}”.</source>
        <translation>Vor eurer ersten Berührungseinheit: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <source>For your new level: a short reading, “{title}”.</source>
        <translation>Für eure neue Stufe: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <source>After a stop: a short reading, “{title}”.</source>
        <translation>Nach einem Stopp: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <source>A short reading for this moment</source>
        <translation>Ein kurzer Text für diesen Moment</translation>
    </message>
    <message>
        <source>&amp;Read it now</source>
        <translation>Jetzt &amp;lesen</translation>
    </message>
    <message>
        <source>L&amp;ater</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Read “{title}” now</source>
        <translation>„{title}“ jetzt lesen</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>The Guide&apos;s readings are not installed yet.</source>
        <translation>Die Texte des Leitfadens sind noch nicht installiert.</translation>
    </message>
    <message>
        <source>No reading mentions that. Try fewer or other words.</source>
        <translation>Kein Text erwähnt das. Versucht es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <source>Print this reading</source>
        <translation>Diesen Text drucken</translation>
    </message>
    <message>
        <source>Export the reading as PDF</source>
        <translation>Den Text als PDF exportieren</translation>
    </message>
    <message>
        <source>Search the Guide</source>
        <translation>Im Leitfaden suchen</translation>
    </message>
    <message>
        <source>Search the readings…</source>
        <translation>In den Texten suchen…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Print &amp;this reading…</source>
        <translation>Diesen Text &amp;drucken…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>Im Leitfaden &amp;suchen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the reading to {path}.</source>
        <translation>Der Text wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>GuideService</name>
    <message>
        <source>The Guide could not be read: {message}</source>
        <translation>Der Leitfaden konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>Please keep the help lines under {count} characters; they go on every card.</source>
        <translation>Bitte haltet die Hilfenummern unter {count} Zeichen; sie stehen auf jeder Karte.</translation>
    </message>
</context>
<context>
    <name>GuidedSessionDialog</name>
    <message>
        <source>Space or → for the next step, ← to go back, T for the timer, S to stop.</source>
        <extracomment>Step text is read at arm&apos;s length: this many times the base font.</extracomment>
        <translation>Leertaste oder → weiter, ← zurück, T für den Timer, S zum Stoppen.</translation>
    </message>
    <message>
        <source>The planned time is up. Finish in your own time.</source>
        <translation>Die geplante Zeit ist um. Zum Abschluss bleibt alle Zeit, die es braucht.</translation>
    </message>
    <message>
        <source>That was the last step. Take a moment together before you move on; then each of you says how it was, in your own reflection.</source>
        <translation>Das war der letzte Schritt. Nehmt euch gemeinsam einen Moment, bevor ihr weitermacht; dann sagt ihr beide jeweils in eurem eigenen Rückblick, wie es war.</translation>
    </message>
    <message>
        <source>You stopped, and that is the stop signal doing its job. Stopping needs no reason, and this still counts as a session done together. Take a moment; then each of you reflects when ready.</source>
        <translation>Ihr habt gestoppt, und damit hat das Stoppsignal seine Aufgabe erfüllt. Stoppen braucht keinen Grund, und die Einheit zählt trotzdem als gemeinsam gemacht. Nehmt euch einen Moment; dann schreibt ihr beide euren Rückblick, wenn ihr bereit seid.</translation>
    </message>
    <message>
        <source>You stopped, and that is exactly what the stop signal is for. Stopping needs no reason, and this still counts as a session done. Take a moment; then reflect when you are ready.</source>
        <translation>Du hast gestoppt, und genau dafür ist das Stoppsignal da. Stoppen braucht keinen Grund, und die Einheit zählt trotzdem als gemacht. Nimm dir einen Moment; dann schreib deinen Rückblick, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Your session</source>
        <extracomment>The couple&apos;s slow-down signal; empty when they chose none, and then nothing is shown for it.</extracomment>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <source>Take your time.</source>
        <translation>Ganz ohne Eile.</translation>
    </message>
    <message>
        <source>Slow-down signal: “{signal}”. It asks for slower and gentler, without stopping.</source>
        <translation>Langsamer-Signal: „{signal}“. Es bittet um langsamer und sanfter, ohne zu stoppen.</translation>
    </message>
    <message>
        <source>What you agreed to</source>
        <translation>Deine Vereinbarung</translation>
    </message>
    <message>
        <source>What you agreed to: {agreement}</source>
        <translation>Deine Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <source>What each of you agreed to</source>
        <translation>Eure Vereinbarung</translation>
    </message>
    <message>
        <source>What each of you agreed to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <source>Never part of this exercise</source>
        <translation>Nie Teil dieser Übung</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Die Einheit ist zu Ende</translation>
    </message>
    <message>
        <source>Go to the &amp;reflection</source>
        <translation>Zum &amp;Rückblick</translation>
    </message>
    <message>
        <source>Planned: {minutes} min. The timer is optional and silent.</source>
        <translation>Geplant: {minutes} Min. Der Timer ist freiwillig und lautlos.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Start the &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
    <message>
        <source>Stop signal: “{signal}”. You can use it at any moment, without a reason.</source>
        <translation>Stoppsignal: „{signal}“. Du kannst es jederzeit nutzen, ohne Grund.</translation>
    </message>
    <message>
        <source>Stop signal: “{signal}”. Either of you can use it at any moment, without a reason.</source>
        <translation>Stoppsignal: „{signal}“. Ihr könnt es beide jederzeit nutzen, ohne Grund.</translation>
    </message>
    <message>
        <source>Your stop signal</source>
        <translation>Das Stoppsignal</translation>
    </message>
    <message>
        <source>I &amp;stopped</source>
        <translation>Ich habe ge&amp;stoppt</translation>
    </message>
    <message>
        <source>We &amp;stopped</source>
        <translation>Wir haben ge&amp;stoppt</translation>
    </message>
    <message>
        <source>Your slow-down signal</source>
        <translation>Euer Langsamer-Signal</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Finish →</source>
        <translation>Beenden →</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <source>Pause the &amp;timer</source>
        <translation>&amp;Timer anhalten</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;How to use {app}</source>
        <translation>&amp;Anleitung zu {app}</translation>
    </message>
    <message>
        <source>The manual, at the part about this page (F1)</source>
        <translation>Die Anleitung, beim Teil zu dieser Seite (F1)</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Ein &amp;Problem melden…</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file is larger than any RepairPlanner export ({size} MB)</source>
        <extracomment>Larger than a lifetime of plans (a year is well under a megabyte), small enough to refuse a hostile file quickly. Integers SQLite can store. A value as SQLite stores it.</extracomment>
        <translation>die Datei ist größer als jeder RepairPlanner-Export ({size} MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a RepairPlanner export (not text)</source>
        <translation>sie ist kein RepairPlanner-Export (kein Text)</translation>
    </message>
    <message>
        <source>it is not a RepairPlanner export (nested too deeply)</source>
        <translation>sie ist kein RepairPlanner-Export (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>the file is damaged or cut short (not valid JSON near byte {position})</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (kein gültiges JSON bei Byte {position})</translation>
    </message>
    <message>
        <source>the file is damaged or cut short (not valid JSON)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>it is not a RepairPlanner export</source>
        <translation>sie ist kein RepairPlanner-Export</translation>
    </message>
    <message>
        <source>its format version is missing or not a number</source>
        <translation>ihre Formatversion fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>it was written by a newer version of RepairPlanner (export format {version}); install that version or a later one to import it</source>
        <translation>sie wurde von einer neueren Version von RepairPlanner geschrieben (Exportformat {version}); installiert diese oder eine spätere Version, um sie zu importieren</translation>
    </message>
    <message>
        <source>its header is damaged ({key})</source>
        <translation>ihr Kopfteil ist beschädigt ({key})</translation>
    </message>
    <message>
        <source>it holds no tables</source>
        <translation>sie enthält keine Tabellen</translation>
    </message>
    <message>
        <source>it holds a table this version does not know ({table})</source>
        <translation>sie enthält eine Tabelle, die diese Version nicht kennt ({table})</translation>
    </message>
    <message>
        <source>the table {table} is missing; the file is damaged or cut short</source>
        <translation>die Tabelle {table} fehlt; die Datei ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the table {table} is damaged</source>
        <translation>die Tabelle {table} ist beschädigt</translation>
    </message>
    <message>
        <source>the table {table} has damaged column names</source>
        <translation>die Tabelle {table} hat beschädigte Spaltennamen</translation>
    </message>
    <message>
        <source>the table {table} does not have the columns this version expects</source>
        <translation>die Tabelle {table} hat nicht die Spalten, die diese Version erwartet</translation>
    </message>
    <message>
        <source>the table {table} has more rows than any plan could</source>
        <translation>die Tabelle {table} hat mehr Zeilen, als ein Plan haben kann</translation>
    </message>
    <message>
        <source>row {row} of the table {table} is damaged</source>
        <translation>Zeile {row} der Tabelle {table} ist beschädigt</translation>
    </message>
    <message>
        <source>row {row} of the table {table} holds text that is not valid Unicode</source>
        <translation>Zeile {row} der Tabelle {table} enthält Text, der kein gültiges Unicode ist</translation>
    </message>
    <message>
        <source>row {row} of the table {table} holds a number too large to store</source>
        <translation>Zeile {row} der Tabelle {table} enthält eine Zahl, die zu groß zum Speichern ist</translation>
    </message>
    <message>
        <source>row {row} of the table {table} holds damaged binary data</source>
        <translation>Zeile {row} der Tabelle {table} enthält beschädigte Binärdaten</translation>
    </message>
    <message>
        <source>row {row} of the table {table} holds a value of an unknown kind</source>
        <translation>Zeile {row} der Tabelle {table} enthält einen Wert unbekannter Art</translation>
    </message>
    <message>
        <source>it was written by a newer version of RepairPlanner (schema {revision}); install that version or a later one to import it</source>
        <extracomment>Not exported: the schema revision travels in the header instead.</extracomment>
        <translation>sie wurde von einer neueren Version von RepairPlanner geschrieben (Schema {revision}); installiert diese oder eine spätere Version, um sie zu importieren</translation>
    </message>
    <message>
        <source>the data in it does not hold together ({problem})</source>
        <translation>die Daten darin passen nicht zusammen ({problem})</translation>
    </message>
    <message>
        <source>a record in the table {table} points to one that is not there</source>
        <translation>ein Eintrag in der Tabelle {table} verweist auf einen, den es nicht gibt</translation>
    </message>
    <message>
        <source>a record breaks the plan&apos;s rules ({error})</source>
        <translation>ein Eintrag verletzt die Regeln des Plans ({error})</translation>
    </message>
    <message>
        <source>a record could not be stored ({error})</source>
        <translation>ein Eintrag konnte nicht gespeichert werden ({error})</translation>
    </message>
</context>
<context>
    <name>LengthFilter</name>
    <message>
        <source>Any length</source>
        <translation>Jede Länge</translation>
    </message>
    <message>
        <source>Up to 10 minutes</source>
        <translation>Bis 10 Minuten</translation>
    </message>
    <message>
        <source>Up to 20 minutes</source>
        <translation>Bis 20 Minuten</translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation>Bis 30 Minuten</translation>
    </message>
    <message>
        <source>Over 30 minutes</source>
        <translation>Über 30 Minuten</translation>
    </message>
</context>
<context>
    <name>LevelTheme</name>
    <message>
        <source>Settle and signal</source>
        <extracomment>Each level&apos;s theme (PRODUCT.md), the same for both tracks (context &quot;LevelTheme&quot;).</extracomment>
        <translation>Ankommen und Signale vereinbaren</translation>
    </message>
    <message>
        <source>Friendly touch, structured listening</source>
        <translation>Freundliche Berührung, strukturiertes Zuhören</translation>
    </message>
    <message>
        <source>Sustained touch, honest check-ins</source>
        <translation>Längere Berührung, ehrliche Check-ins</translation>
    </message>
    <message>
        <source>Receptive touch, vulnerability</source>
        <translation>Empfangende Berührung, Verletzlichkeit</translation>
    </message>
    <message>
        <source>Renegotiation and integration</source>
        <translation>Neu aushandeln und zusammenführen</translation>
    </message>
</context>
<context>
    <name>LevelsPanel</name>
    <message>
        <source>Touch can move up once talk has reached level {level}: words carry the touch.</source>
        <translation>Berührung kann erst eine Stufe höher gehen, wenn ihr bei Gespräch Stufe {level} erreicht habt: Worte tragen die Berührung.</translation>
    </message>
    <message>
        <source>Ready for the next level</source>
        <translation>Bereit für die nächste Stufe</translation>
    </message>
    <message>
        <source>Move {track} up to level {level} together? Either of you can step back again at any time.</source>
        <translation>Gemeinsam auf Stufe {level} ({track}) gehen? Ihr könnt jederzeit wieder eine Stufe zurückgehen, auch allein.</translation>
    </message>
    <message>
        <source>Move up together</source>
        <translation>Gemeinsam eine Stufe höher gehen</translation>
    </message>
    <message>
        <source>Step {track} back to level {level}? No reason is needed, and either of you can do this at any time. Moving up again is something you decide together.</source>
        <translation>Auf Stufe {level} ({track}) zurückgehen? Ein Grund ist nicht nötig, und ihr könnt das jederzeit tun, auch allein. Wieder eine Stufe höher zu gehen, entscheidet ihr gemeinsam.</translation>
    </message>
    <message>
        <source>Step back a level</source>
        <translation>Eine Stufe zurückgehen</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The translation file &apos;{file}&apos; is not readable TOML text.</source>
        <translation>Die Übersetzungsdatei „{file}“ ist kein lesbarer TOML-Text.</translation>
    </message>
    <message>
        <source>The translation file &apos;{file}&apos; must hold only [[{table}]] tables.</source>
        <translation>Die Übersetzungsdatei „{file}“ darf nur [[{table}]]-Tabellen enthalten.</translation>
    </message>
    <message>
        <source>The translation file &apos;{file}&apos;, entry {number}, needs an id of its own.</source>
        <translation>Die Übersetzungsdatei „{file}“ braucht in Eintrag {number} eine eigene Kennung.</translation>
    </message>
    <message>
        <source>The translation file &apos;{file}&apos; (&apos;{id}&apos;): the field &apos;{field}&apos; must be text.</source>
        <translation>Die Übersetzungsdatei „{file}“ („{id}“): Das Feld „{field}“ muss Text sein.</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{field}&apos; is translated but the English has none.</source>
        <translation>{where}: Das Feld „{field}“ ist übersetzt, aber die englische Fassung hat keins.</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{field}&apos; must have {count} items, as the English has.</source>
        <translation>{where}: Das Feld „{field}“ muss {count} Einträge haben, wie die englische Fassung.</translation>
    </message>
    <message>
        <source>{where}: the field &apos;{field}&apos; must be text.</source>
        <translation>{where}: Das Feld „{field}“ muss Text sein.</translation>
    </message>
    <message>
        <source>The translation file &apos;{file}&apos; names &apos;{id}&apos;, which it cannot translate.</source>
        <translation>Die Übersetzungsdatei „{file}“ nennt „{id}“, das sie nicht übersetzen kann.</translation>
    </message>
    <message>
        <source>Never part of any exercise: genitals, breasts and chest, buttocks, inner thighs, lower belly, the mouth; no kissing.</source>
        <extracomment>What is never part of any exercise (PRODUCT.md); every built-in touch agreement carries this sentence word for word, and the guided session and the printed cards show it for every touch exercise, the couple&apos;s own included.</extracomment>
        <translation>Nie Teil einer Übung: Genitalien, Brüste und Brustkorb, Gesäß, Innenseiten der Oberschenkel, Unterbauch, der Mund; kein Küssen.</translation>
    </message>
    <message>
        <source>The exercise library in {folder} could not be read: {reason}.</source>
        <translation>Die Übungsbibliothek in {folder} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The exercise library is missing: no exercise files were found in {folder}.</source>
        <translation>Die Übungsbibliothek fehlt: In {folder} wurden keine Übungsdateien gefunden.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; repeats the id &apos;{id}&apos;, already used in &apos;{other}&apos;.</source>
        <extracomment>The schema every exercise table must satisfy: each key is required, and no other key is allowed. Fields an exercise table may leave out, with their defaults. The text fields a translation may replace (the rest of an exercise comes from the English file).</extracomment>
        <translation>Die Datei „{file}“ der Übungsbibliothek wiederholt die ID „{id}“, die schon in „{other}“ verwendet wird.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; (&apos;{id}&apos;): the field &apos;requires&apos; names &apos;{required}&apos;, which is not another exercise of the library.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek („{id}“): Das Feld „requires“ nennt „{required}“, und das ist keine andere Übung der Bibliothek.</translation>
    </message>
    <message>
        <source>The translation of &apos;{id}&apos;</source>
        <translation>Die Übersetzung von „{id}“</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; is not UTF-8 text.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; is malformed: {error}.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist fehlerhaft: {error}.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; is malformed: it nests too deeply.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist fehlerhaft: Sie ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos; must hold only [[exercise]] tables.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek darf nur [[exercise]]-Tabellen enthalten.</translation>
    </message>
    <message>
        <source>The exercise library file &apos;{file}&apos;, exercise {number}</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek, Übung {number}</translation>
    </message>
    <message>
        <source>{where} is missing the field &apos;{field}&apos;.</source>
        <translation>{where}: Das Feld „{field}“ fehlt.</translation>
    </message>
    <message>
        <source>{where} has an unknown field &apos;{field}&apos;.</source>
        <translation>{where}: Das Feld „{field}“ ist unbekannt.</translation>
    </message>
    <message>
        <source>an exercise tagged &apos;sensitive&apos; needs a &apos;neutral_title&apos; for the printed week</source>
        <translation>eine als „sensitive“ markierte Übung braucht einen „neutral_title“ für die gedruckte Woche</translation>
    </message>
    <message>
        <source>the field &apos;track&apos; must be &apos;touch&apos; or &apos;talk&apos;</source>
        <translation>das Feld „track“ muss „touch“ oder „talk“ sein</translation>
    </message>
    <message>
        <source>the field &apos;id&apos; must look like &apos;{track}-{level}-short-name&apos; (lower-case letters, digits and hyphens) and match the exercise&apos;s track and level</source>
        <translation>das Feld „id“ muss wie „{track}-{level}-kurzer-name“ aussehen (Kleinbuchstaben, Ziffern und Bindestriche) und zu Bereich und Stufe der Übung passen</translation>
    </message>
    <message>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; must be a whole number from {low} to {high}</source>
        <translation>das Feld „{field}“ muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; must be a text of {low} to {high} characters</source>
        <translation>das Feld „{field}“ muss ein Text mit {low} bis {high} Zeichen sein</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; must be a list of {low} to {high} texts</source>
        <translation>das Feld „{field}“ muss eine Liste mit {low} bis {high} Texten sein</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; must hold texts of {low} to {high} characters</source>
        <translation>das Feld „{field}“ muss Texte mit {low} bis {high} Zeichen enthalten</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; has &apos;{item}&apos;, which is not one of: {allowed}</source>
        <translation>das Feld „{field}“ enthält „{item}“, und das ist keiner dieser Werte: {allowed}</translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Both tracks</source>
        <translation>Beide Bereiche</translation>
    </message>
    <message>
        <source>Track filter</source>
        <translation>Filter nach Bereich</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Filter nach Stufe</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Up to our level</source>
        <translation>Bis zu unserer Stufe</translation>
    </message>
    <message>
        <source>Length filter</source>
        <translation>Filter nach Länge</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>Show archived exercises of your own</source>
        <translation>Eure archivierten eigenen Übungen zeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Exercises shown</source>
        <translation>Angezeigte Übungen</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Built-in exercises can&apos;t be changed; duplicate one to make your own</source>
        <extracomment>While the couple types, the details pane follows once they pause; the list itself follows every key.</extracomment>
        <translation>Mitgelieferte Übungen lassen sich nicht ändern; dupliziert eine, um eure eigene daraus zu machen</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Einzelheiten der Übung</translation>
    </message>
    <message>
        <source>Loading the exercise library…</source>
        <translation>Die Übungsbibliothek wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Search exercises</source>
        <translation>Übungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Add to week…</source>
        <translation>Zur &amp;Woche hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Choose an exercise to read all of it here.</source>
        <translation>Wählt eine Übung, um sie hier vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, or Clear to see every exercise.</source>
        <translation>Nichts passt. Versucht es mit weniger Wörtern oder mit „Zurücksetzen“, um alle Übungen zu sehen.</translation>
    </message>
    <message>
        <source>{shown} of {count} exercise</source>
        <translation>{shown} von {count} Übung</translation>
    </message>
    <message>
        <source>{shown} of {count} exercises</source>
        <translation>{shown} von {count} Übungen</translation>
    </message>
    <message>
        <source>{count} exercise</source>
        <translation>{count} Übung</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <source>Change this exercise</source>
        <translation>Diese Übung ändern</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the exercise</source>
        <translation>Die Übung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Couldn&apos;t duplicate the exercise</source>
        <translation>Die Übung konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Change “{title}”</source>
        <translation>„{title}“ ändern</translation>
    </message>
    <message>
        <source>“{title}” will leave the library list. Sessions already planned with it stay as they are, and you can bring it back any time with Show archived, then Restore.</source>
        <translation>„{title}“ verschwindet aus der Liste der Bibliothek. Bereits damit geplante Einheiten bleiben, wie sie sind, und ihr könnt die Übung jederzeit zurückholen: mit „Archivierte zeigen“ und dann „Wiederherstellen“.</translation>
    </message>
    <message>
        <source>Archive this exercise?</source>
        <translation>Diese Übung archivieren?</translation>
    </message>
    <message>
        <source>Couldn&apos;t archive the exercise</source>
        <translation>Die Übung konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>Couldn&apos;t restore the exercise</source>
        <translation>Die Übung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>A built-in exercise cannot use the id &apos;{id}&apos;.</source>
        <translation>Eine mitgelieferte Übung kann die ID „{id}“ nicht verwenden.</translation>
    </message>
    <message>
        <source>There is no exercise &apos;{id}&apos;.</source>
        <translation>Es gibt keine Übung „{id}“.</translation>
    </message>
    <message>
        <source>{title} (our version)</source>
        <translation>{title} (unsere Version)</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; comes with RepairPlanner and cannot be changed; duplicate it to make your own.</source>
        <translation>„{title}“ kommt mit RepairPlanner und kann nicht geändert werden; dupliziert sie, um eure eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>Only your own exercises can be archived.</source>
        <translation>Nur eure eigenen Übungen können archiviert werden.</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <source>green</source>
        <extracomment>The traffic light&apos;s colours as words (context &quot;Light&quot;).</extracomment>
        <translation>grün</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
</context>
<context>
    <name>LockPassphraseDialog</name>
    <message>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase the two of you will use to open the window when it is locked. Either of your own passphrases opens it too.</source>
        <translation>Wählt eine Passphrase, mit der ihr beide das Fenster öffnet, wenn es gesperrt ist. Auch eure eigenen Passphrasen öffnen es.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>At least {count} characters, please.</source>
        <translation>Bitte mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the plan is paused, resting until you both resume</source>
        <extracomment>The manual&apos;s topic for each page: F1 opens it there. The status bar while the plan rests: never whose click it was.</extracomment>
        <translation>der Plan ruht, bis ihr ihn beide fortsetzt</translation>
    </message>
    <message>
        <source>Weekly planner</source>
        <extracomment>Safety and help, one keystroke away on every page (F1 opens the manual). The Guide, besides Ctrl+4 (its place in the page list). A title that says nothing about what the plan is for, for a screen others can see.</extracomment>
        <translation>Wochenplaner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;A place for two people to plan a calm, graded week of non-sexual touch and honest talk, together, at their own pace.&lt;/p&gt;&lt;p&gt;RepairPlanner is not therapy. A couples therapist can walk this road with you. If anyone is unsafe at home, please contact local emergency services or a domestic abuse helpline.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <extracomment>Redo by either common key (each bound once, so neither is ambiguous). With `{app}` and `{version}` filled in where it is shown.</extracomment>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Ein Ort, an dem zwei Menschen gemeinsam und in ihrem eigenen Tempo eine ruhige, gestufte Woche mit nicht sexueller Berührung und ehrlichen Gesprächen planen.&lt;/p&gt;&lt;p&gt;RepairPlanner ist keine Therapie. Eine Paartherapeutin oder ein Paartherapeut kann diesen Weg mit euch gehen. Wenn jemand zu Hause nicht sicher ist, wendet euch bitte an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>The page list&apos;s icons (resources/icons/pages/), in the order of the pages.</extracomment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Euer Plan wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>C&amp;hange a passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Discreet window title</source>
        <translation>&amp;Unauffälliger Fenstertitel</translation>
    </message>
    <message>
        <source>Show “{discreet}” instead of “{app}”, and keep levels and the stop signal out of the status bar</source>
        <translation>„{discreet}“ statt „{app}“ anzeigen und Stufen und Stoppsignal aus der Statusleiste heraushalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety and help…</source>
        <translation>&amp;Sicherheit und Hilfe…</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Welcome. Let&apos;s set up your plan together.</source>
        <translation>Willkommen. Jetzt richtet ihr gemeinsam euren Plan ein.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bibl&amp;iothek</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first} and {second} · touch at level {touch}, talk at level {talk} · stop signal: {signal}</source>
        <translation>{first} und {second} · Berührung auf Stufe {touch}, Gespräch auf Stufe {talk} · Stoppsignal: {signal}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Another program is reading your plan, so a private note&apos;s old text could not be wiped yet. It will be when {app} closes.</source>
        <translation>Ein anderes Programm liest gerade euren Plan, deshalb konnte der alte Text einer privaten Notiz noch nicht gelöscht werden. Das geschieht, wenn {app} geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>In der Anleitung suchen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>No topic mentions that. Try other words.</source>
        <translation>Kein Thema erwähnt das. Versucht es mit anderen Wörtern.</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>“{title}”</source>
        <extracomment>Touch from this level on waits until the accountability work has been done at least once.</extracomment>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <source>Touch from level {level} waits until you have done an accountability talk together at least once ({titles}). Repair begins with honest words; there is no hurry.</source>
        <translation>Berührung ab Stufe {level} wartet, bis ihr mindestens einmal gemeinsam ein Gespräch zum Verantwortung-Übernehmen geführt habt ({titles}). Die Aufarbeitung beginnt mit ehrlichen Worten; es gibt keine Eile.</translation>
    </message>
    <message>
        <source>“{title}” builds on {titles}. Do that one first, at your own pace; this one will be here when you are ready.</source>
        <translation>„{title}“ baut auf {titles} auf. Macht diese Übung zuerst, in eurem eigenen Tempo; diese hier wartet, bis ihr bereit seid.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>NamesField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour, if you like</source>
        <translation>Farbe, wenn ihr möchtet</translation>
    </message>
    <message>
        <source>Name of partner {seat}</source>
        <translation>Name von Person {seat}</translation>
    </message>
    <message>
        <source>Partner &amp;{seat}</source>
        <translation>Person &amp;{seat}</translation>
    </message>
    <message>
        <source>partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
    <message>
        <source>Partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Please choose one you will remember. A forgotten passphrase cannot be recovered, by anyone: the notes it seals stay closed for good.</source>
        <translation>Bitte wähle eine, die du dir merken kannst. Eine vergessene Passphrase kann niemand wiederherstellen: Die Notizen, die sie versiegelt, bleiben für immer verschlossen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters. A short sentence that only you would think of works well.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen. Gut geeignet ist ein kurzer Satz, auf den nur du kommen würdest.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <extracomment>The rule in English, as the dialog shows it with no translation installed.</extracomment>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <source>{name}, your private notes are sealed with a passphrase that only you know. {other} can&apos;t read them, and neither can anyone who copies the files on this computer.</source>
        <translation>{name}, deine privaten Notizen werden mit einer Passphrase versiegelt, die nur du kennst. {other} kann sie nicht lesen, und auch niemand, der die Dateien auf diesem Computer kopiert.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least {count} characters; a short sentence works well</source>
        <translation>Mindestens {count} Zeichen; ein kurzer Satz eignet sich gut</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Ich weiß, dass eine vergessene Passphrase nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <source>A passphrase for {name}&apos;s private notes</source>
        <translation>Eine Passphrase für die privaten Notizen von {name}</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>Who is asking for this talk?</source>
        <translation>Wer wünscht sich dieses Gespräch?</translation>
    </message>
    <message>
        <source>The slower of you sets the pace. When you both feel ready, each of you answers “Ready for the next level” privately on the Progress page, and you move up together.</source>
        <translation>Wer von euch langsamer ist, bestimmt das Tempo. Wenn ihr euch beide bereit fühlt, beantwortet ihr auf der Seite „Verlauf“ jeweils für euch die Frage „Bereit für die nächste Stufe“, und ihr geht gemeinsam eine Stufe höher.</translation>
    </message>
    <message>
        <source>“{title}” is level {level} touch, and touch stays within one level of talk (you are at talk level {talk}): words carry the touch. Moving talk up together opens it.</source>
        <translation>„{title}“ ist Berührung auf Stufe {level}, und Berührung bleibt höchstens eine Stufe über Gespräch (ihr seid bei Gespräch auf Stufe {talk}): Worte tragen die Berührung. Geht ihr beim Gespräch gemeinsam eine Stufe höher, wird sie möglich.</translation>
    </message>
    <message>
        <source>“{title}” is level {level} touch, and you are working at touch level {working} for now.</source>
        <translation>„{title}“ ist Berührung auf Stufe {level}, und eure aktuelle Stufe bei Berührung ist vorerst {working}.</translation>
    </message>
    <message>
        <source>“{title}” is level {level} talk, and you are working at talk level {working} for now.</source>
        <translation>„{title}“ ist Gespräch auf Stufe {level}, und eure aktuelle Stufe bei Gespräch ist vorerst {working}.</translation>
    </message>
    <message>
        <source>“{title}” is a talk one of you asks for when you are ready; it is never simply scheduled. Who is asking for this talk? That partner invites.</source>
        <translation>„{title}“ ist ein Gespräch, das sich eine Person von euch wünscht, wenn sie bereit ist; es wird nie einfach eingeplant. Wer wünscht sich dieses Gespräch? Diese Person lädt ein.</translation>
    </message>
    <message>
        <source>One session was left out of the copy: asked-for talks wait until one of you asks, and exercises above the levels you are working at now wait until you move up together.</source>
        <translation>Eine Einheit wurde beim Kopieren ausgelassen: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und Übungen über euren aktuellen Stufen warten, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
    <message>
        <source>Some sessions were left out of the copy: asked-for talks wait until one of you asks, and exercises above the levels you are working at now wait until you move up together.</source>
        <translation>Einige Einheiten wurden beim Kopieren ausgelassen: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und Übungen über euren aktuellen Stufen warten, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
</context>
<context>
    <name>PaceField</name>
    <message>
        <source>These numbers decide when the app offers to move up, suggests staying at a level, or suggests a step back. The defaults follow the method. If you change them, do it together, ideally with your therapist; the app still never moves a level on its own.</source>
        <translation>Diese Zahlen entscheiden, wann die App anbietet, eine Stufe höher zu gehen, vorschlägt, auf einer Stufe zu bleiben, oder einen Schritt zurück nahelegt. Die Voreinstellungen folgen der Methode. Wenn ihr sie ändert, tut es gemeinsam, am besten mit eurer therapeutischen Begleitung; die App ändert eine Stufe trotzdem nie von allein.</translation>
    </message>
    <message>
        <source>Back to the &amp;defaults</source>
        <translation>Zurück zu den &amp;Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A passphrase needs at least {count} characters. A short sentence that only you would think of works well. Choose one you will remember: a forgotten passphrase cannot be recovered.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen. Ein kurzer Satz, auf den nur du kommen würdest, eignet sich gut. Wähle einen, den du dir merken kannst: Eine vergessene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open these notes. Passphrases are case-sensitive.</source>
        <translation>Diese Passphrase öffnet diese Notizen nicht. Bei Passphrasen zählt die Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>The record that opens these private notes is damaged, so they can&apos;t be opened right now. Your passphrase is not the problem. A backup made before the damage may still open them.</source>
        <translation>Der Eintrag, der diese privaten Notizen öffnet, ist beschädigt, deshalb lassen sie sich gerade nicht öffnen. Deine Passphrase ist nicht das Problem. Mit einer Sicherung von vor der Beschädigung lassen sie sich vielleicht noch öffnen.</translation>
    </message>
    <message>
        <source>This private note is damaged and can&apos;t be opened. Your passphrase is fine and your other notes are not affected. A backup made before the damage may still hold it.</source>
        <translation>Diese private Notiz ist beschädigt und lässt sich nicht öffnen. Deine Passphrase ist in Ordnung, und deine anderen Notizen sind nicht betroffen. Eine Sicherung von vor der Beschädigung enthält sie vielleicht noch.</translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <source>Change a passphrase</source>
        <translation>Eine Passphrase ändern</translation>
    </message>
    <message>
        <source>Whose passphrase is it?</source>
        <translation>Wessen Passphrase ist es?</translation>
    </message>
    <message>
        <source>{name} has no passphrase yet. It is set the first time {name} keeps a note private.</source>
        <translation>{name} hat noch keine Passphrase. Sie wird festgelegt, wenn {name} zum ersten Mal eine Notiz privat behält.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Done. {name}&apos;s {count} private note now open with the new passphrase.</source>
        <translation>Fertig. {count} private Notiz von {name} öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>Done. {name}&apos;s {count} private notes now open with the new passphrase.</source>
        <translation>Fertig. {count} private Notizen von {name} öffnen sich jetzt mit der neuen Passphrase.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <source>Your plan is paused. Nothing is missed while it rests.</source>
        <translation>Euer Plan ist pausiert. Solange er ruht, wird nichts verpasst.</translation>
    </message>
    <message>
        <source>The plan is resting. Nothing is missed while it rests, and nothing can start until you resume.</source>
        <extracomment>The week page&apos;s banner: calm, and never whose click it was.</extracomment>
        <translation>Der Plan ruht. Solange er ruht, wird nichts verpasst, und nichts kann beginnen, bis ihr ihn fortsetzt.</translation>
    </message>
    <message>
        <source>It resumes when you have both said you are ready.</source>
        <translation>Er geht weiter, wenn ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <source>Thank you. The plan resumes as soon as you have both said you are ready.</source>
        <translation>Danke. Der Plan geht weiter, sobald ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <source>Either of you can pause the whole plan at any time, without a reason.</source>
        <translation>Ihr könnt den ganzen Plan jederzeit pausieren, auch allein und ohne Grund.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{name} pauses</source>
        <translation>{name} pausiert</translation>
    </message>
    <message>
        <source>{name} pauses our plan</source>
        <translation>{name} pausiert unseren Plan</translation>
    </message>
    <message>
        <source>{name} is ready to resume</source>
        <translation>{name} ist bereit fortzusetzen</translation>
    </message>
    <message>
        <source>{name} is ready to resume our plan</source>
        <translation>{name} ist bereit, unseren Plan fortzusetzen</translation>
    </message>
    <message>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <source>Resume our plan</source>
        <translation>Unseren Plan fortsetzen</translation>
    </message>
    <message>
        <source>{track} {old} → {new}</source>
        <translation>{track} {old} → {new}</translation>
    </message>
    <message>
        <source>Welcome back. Would you like to restart one level lower ({levels})? It often helps after a rest. Choose No to keep your levels as they are.</source>
        <translation>Willkommen zurück. Möchtet ihr eine Stufe tiefer neu beginnen ({levels})? Nach einer Pause hilft das oft. Wählt „Nein“, um eure Stufen so zu lassen, wie sie sind.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>The plan was not changed</source>
        <translation>Der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>Mark &apos;{title}&apos; done</source>
        <translation>„{title}“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Skip &apos;{title}&apos; this time</source>
        <translation>„{title}“ diesmal auslassen</translation>
    </message>
    <message>
        <source>Rest instead of &apos;{title}&apos;</source>
        <translation>Ruhen statt „{title}“</translation>
    </message>
    <message>
        <source>Plan &apos;{title}&apos; again</source>
        <translation>„{title}“ wieder einplanen</translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos;</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos;</source>
        <extracomment>The undo text, with a `{title}` placeholder (marked for translation by each subclass).</extracomment>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <source>Edit &apos;{title}&apos;</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos;</source>
        <translation>„{title}“ entfernen</translation>
    </message>
    <message>
        <source>Change the intention</source>
        <translation>Vorsatz der Woche ändern</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <source>Suggest a week</source>
        <translation>Woche vorschlagen</translation>
    </message>
    <message>
        <source>Choose &apos;{title}&apos; instead</source>
        <translation>Stattdessen „{title}“ wählen</translation>
    </message>
    <message>
        <source>Suggest &apos;{title}&apos; instead</source>
        <translation>Stattdessen „{title}“ vorschlagen</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>“{title}” is done alone: choose which of you it is for.</source>
        <translation>„{title}“ macht eine Person allein: Wählt, für wen von euch es ist.</translation>
    </message>
    <message>
        <source>“{title}” is something you do together, not alone.</source>
        <translation>„{title}“ macht ihr gemeinsam, nicht allein.</translation>
    </message>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>That session cannot be brought back.</source>
        <translation>Diese Einheit kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Please keep the intention to one line of at most {count} characters.</source>
        <translation>Bitte haltet den Vorsatz auf einer Zeile mit höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>This week already has sessions; copying only fills an empty week.</source>
        <translation>Diese Woche hat schon Einheiten; Kopieren füllt nur eine leere Woche.</translation>
    </message>
    <message>
        <source>There is nothing planned in that week to copy.</source>
        <translation>In dieser Woche ist nichts geplant, das sich kopieren ließe.</translation>
    </message>
    <message>
        <source>Nothing in that week can be copied as it is: asked-for talks wait until one of you asks, and the rest is above the levels you are working at now. Suggest a week, or add sessions by hand.</source>
        <translation>Nichts aus dieser Woche lässt sich so kopieren: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und der Rest liegt über euren aktuellen Stufen. Lasst euch eine Woche vorschlagen oder fügt Einheiten von Hand hinzu.</translation>
    </message>
    <message>
        <source>This week already has sessions; a suggestion only fills an empty week.</source>
        <translation>Diese Woche hat schon Einheiten; ein Vorschlag füllt nur eine leere Woche.</translation>
    </message>
    <message>
        <source>Every day of this week is marked as usually busy, so there is nothing to suggest.</source>
        <translation>Jeder Tag dieser Woche ist als meist belegt markiert, deshalb gibt es nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>That session is no longer in the plan.</source>
        <translation>Diese Einheit ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and {count} minutes.</source>
        <translation>Eine Einheit dauert zwischen 1 und {count} Minuten.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print the week…</source>
        <translation>Die Woche &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Export the week as PDF…</source>
        <translation>Die Woche als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export a &amp;summary for your therapist…</source>
        <translation>Eine &amp;Zusammenfassung für die Therapie exportieren…</translation>
    </message>
    <message>
        <source>Export the week to a &amp;calendar…</source>
        <translation>Die Woche in einen &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the week</source>
        <translation>Die Woche drucken</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the week as PDF</source>
        <translation>Die Woche als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the week ({count} page) to {path}.</source>
        <translation>Die Woche ({count} Seite) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the week ({count} pages) to {path}.</source>
        <translation>Die Woche ({count} Seiten) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Export a summary for your therapist</source>
        <translation>Eine Zusammenfassung für die Therapie exportieren</translation>
    </message>
    <message>
        <source>Saved the summary ({count} page) to {path}. Private notes are never in it.</source>
        <translation>Die Zusammenfassung ({count} Seite) wurde unter {path} gespeichert. Private Notizen sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Saved the summary ({count} pages) to {path}. Private notes are never in it.</source>
        <translation>Die Zusammenfassung ({count} Seiten) wurde unter {path} gespeichert. Private Notizen sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Export a summary</source>
        <translation>Eine Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Export the week to a calendar</source>
        <translation>Die Woche in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} event to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation>{count} Termin wurde unter {path} gespeichert. Wenn ihr die Datei später noch einmal importiert, wird er aktualisiert statt doppelt angelegt.</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation>{count} Termine wurden unter {path} gespeichert. Wenn ihr die Datei später noch einmal importiert, werden sie aktualisiert statt doppelt angelegt.</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>In einen Kalender exportieren</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>US-&amp;Letter</translation>
    </message>
    <message>
        <source>Paper size {size}</source>
        <translation>Papierformat {size}</translation>
    </message>
    <message>
        <source>Print our &amp;initials instead of our names</source>
        <translation>Unsere &amp;Initialen statt unserer Namen drucken</translation>
    </message>
    <message>
        <source>Add exercise &amp;cards with the steps (extra pages)</source>
        <translation>Übungs&amp;karten mit den Schritten hinzufügen (zusätzliche Seiten)</translation>
    </message>
    <message>
        <source>Use a &amp;neutral document title (“Summary”)</source>
        <translation>Einen &amp;neutralen Dokumenttitel verwenden („Zusammenfassung“)</translation>
    </message>
    <message>
        <source>Use a &amp;neutral document title (“Weekly plan”)</source>
        <translation>Einen &amp;neutralen Dokumenttitel verwenden („Wochenplan“)</translation>
    </message>
    <message>
        <source>The title print queues and PDF readers show; no names.</source>
        <translation>Der Titel, den Druckwarteschlangen und PDF-Programme anzeigen; ohne Namen.</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Private notes are never printed or exported.</source>
        <translation>Private Notizen werden nie gedruckt oder exportiert.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <source>There is no couple in this data folder yet.</source>
        <translation>In diesem Datenordner gibt es noch kein Paar.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Weekly plan</source>
        <extracomment>The document name print queues and PDF readers show, unless the couple chooses otherwise.</extracomment>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>the PDF is incomplete</source>
        <extracomment>The resolution PDFs are drawn at (QPrinter&apos;s HighResolution for PDF output).</extracomment>
        <translation>das PDF ist unvollständig</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table is missing</source>
        <translation>dem PDF fehlt die Querverweistabelle</translation>
    </message>
</context>
<context>
    <name>PrivacyLock</name>
    <message>
        <source>Weekly planner</source>
        <extracomment>What a locked or hidden window is called in the title bar and the window switcher.</extracomment>
        <translation>Wochenplaner</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Quick hide</source>
        <translation>Schnell &amp;verbergen</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Bei &amp;Inaktivität sperren…</translation>
    </message>
    <message>
        <source>Set the lock &amp;passphrase…</source>
        <translation>Sperr-&amp;Passphrase festlegen…</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <source>That passphrase did not open it. Passphrases are case-sensitive.</source>
        <translation>Mit dieser Passphrase ließ es sich nicht öffnen. Groß- und Kleinschreibung zählt.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesPanel</name>
    <message>
        <source>There are no private notes in this stretch of time.</source>
        <translation>In diesem Zeitraum gibt es keine privaten Notizen.</translation>
    </message>
    <message>
        <source>Private notes are locked. Each of you can open your own with your passphrase.</source>
        <translation>Private Notizen sind gesperrt. Ihr könnt jeweils eure eigenen mit eurer eigenen Passphrase öffnen.</translation>
    </message>
    <message>
        <source>&amp;Lock private notes</source>
        <translation>Private Notizen &amp;sperren</translation>
    </message>
    <message>
        <source>Lock private notes</source>
        <translation>Private Notizen sperren</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>{name}&apos;s private notes…</source>
        <translation>Private Notizen von {name}…</translation>
    </message>
    <message>
        <source>Show {name}&apos;s private notes</source>
        <translation>Private Notizen von {name} zeigen</translation>
    </message>
    <message>
        <source>There are no private notes yet, {name}. When you keep a reflection private, it will be here for you alone.</source>
        <translation>Es gibt noch keine privaten Notizen, {name}. Wenn du einen Rückblick privat behältst, findest du ihn hier, nur für dich.</translation>
    </message>
    <message>
        <source>Opening your private notes…</source>
        <translation>Deine privaten Notizen werden geöffnet…</translation>
    </message>
    <message>
        <source>{name}&apos;s private notes. They lock again when you leave this page.</source>
        <translation>Private Notizen von {name}. Sie werden wieder gesperrt, wenn ihr diese Seite verlasst.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <source>{version} (the download for this system)</source>
        <translation>{version} (der Download für dieses System)</translation>
    </message>
    <message>
        <source>{name} ({kernel} {release}, {architecture})</source>
        <translation>{name} ({kernel} {release}, {architecture})</translation>
    </message>
    <message>
        <source>{language} (system: {system})</source>
        <translation>{language} (System: {system})</translation>
    </message>
    <message>
        <source>on, in {folder}</source>
        <translation>an, in {folder}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Window system</source>
        <translation>Fenstersystem</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Diagnostic log</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>none since the app started</source>
        <translation>keiner seit dem Start der App</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Last 3 months</source>
        <extracomment>The choices of the range selector: a label and how many days back (None: everything).</extracomment>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Time range of the charts and notes</source>
        <translation>Zeitraum der Diagramme und Notizen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo ihr steht</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>&amp;Pause our plan…</source>
        <translation>Unseren Plan &amp;pausieren…</translation>
    </message>
    <message>
        <source>Ready to &amp;resume…</source>
        <translation>Bereit zum &amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Ready for the &amp;next level…</source>
        <translation>Bereit für die &amp;nächste Stufe…</translation>
    </message>
    <message>
        <source>Show my private n&amp;otes…</source>
        <translation>Meine privaten N&amp;otizen zeigen…</translation>
    </message>
    <message>
        <source>&amp;Lock private notes</source>
        <translation>Private Notizen &amp;sperren</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>an exercise that is no longer in the library</source>
        <translation>eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <source>Who would like to pause? No reason is needed.</source>
        <translation>Wer möchte pausieren? Ein Grund ist nicht nötig.</translation>
    </message>
    <message>
        <source>Resume our plan</source>
        <translation>Unseren Plan fortsetzen</translation>
    </message>
    <message>
        <source>Who is ready to resume?</source>
        <translation>Wer ist bereit fortzusetzen?</translation>
    </message>
    <message>
        <source>Whose private notes would you like to open?</source>
        <translation>Wessen private Notizen möchtet ihr öffnen?</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>You are at the top of the touch ladder already.</source>
        <extracomment>How far back the engine looks: far more than its rules need, and it keeps ten years of history cheap.</extracomment>
        <translation>Ihr seid bei Berührung schon auf der höchsten Stufe.</translation>
    </message>
    <message>
        <source>You are at the top of the talk ladder already.</source>
        <translation>Ihr seid bei Gespräch schon auf der höchsten Stufe.</translation>
    </message>
    <message>
        <source>Moving up needs both of you to answer &apos;ready&apos; first, and touch stays within one level of talk.</source>
        <translation>Um eine Stufe höher zu gehen, antwortet ihr zuerst beide mit „bereit“, und Berührung bleibt höchstens eine Stufe über Gespräch.</translation>
    </message>
    <message>
        <source>A level can be lowered here; moving up is something you decide together.</source>
        <translation>Hier lässt sich eine Stufe senken; eine Stufe höher zu gehen, entscheidet ihr gemeinsam.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Waiting for both answers. Each answer stays private until you have both answered.</source>
        <translation>Warten auf beide Antworten. Jede Antwort bleibt privat, bis ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <source>Not this week. Stay with touch level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt bei Berührung auf Stufe {level}; nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <source>Not this week. Stay with talk level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt bei Gespräch auf Stufe {level}; nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <source>You are both ready for touch level {level}. Nothing changes until you confirm it together.</source>
        <translation>Ihr seid beide bereit für Berührung auf Stufe {level}. Nichts ändert sich, bis ihr es gemeinsam bestätigt.</translation>
    </message>
    <message>
        <source>You are both ready for talk level {level}. Nothing changes until you confirm it together.</source>
        <translation>Ihr seid beide bereit für Gespräch auf Stufe {level}. Nichts ändert sich, bis ihr es gemeinsam bestätigt.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>ReadingPrint</name>
    <message>
        <source>Our own help lines</source>
        <translation>Unsere eigenen Hilfenummern</translation>
    </message>
    <message>
        <source>A reading</source>
        <extracomment>The document name a printed or exported reading carries: it says nothing about what the reading is about.</extracomment>
        <translation>Ein Lesetext</translation>
    </message>
</context>
<context>
    <name>ReadyQuestionDialog</name>
    <message>
        <source>A private question</source>
        <translation>Eine private Frage</translation>
    </message>
    <message>
        <source>{name}, are you ready for {track} level {level}?</source>
        <translation>{name}, bist du bereit für Stufe {level} ({track})?</translation>
    </message>
    <message>
        <source>Only you see this answer. It is shown when you have both answered, and a “not yet” is shown as “not this week”, never as whose it was. Either answer is a good answer.</source>
        <translation>Nur du siehst diese Antwort. Sie wird gezeigt, wenn ihr beide geantwortet habt, und ein „noch nicht“ erscheint als „diese Woche nicht“, nie als wessen Antwort es war. Jede Antwort ist eine gute Antwort.</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Bereit</translation>
    </message>
    <message>
        <source>Ready for {track} level {level}</source>
        <translation>Bereit für Stufe {level} ({track})</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>What did you notice in your body first?
Then: what did you feel?
What would you like next time?</source>
        <translation>Was hast du zuerst in deinem Körper bemerkt?
Dann: Was hast du gefühlt?
Was wünschst du dir für das nächste Mal?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source> of {max}</source>
        <translation> von {max}</translation>
    </message>
    <message>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <source>{name}&apos;s reflection</source>
        <translation>Rückblick von {name}</translation>
    </message>
    <message>
        <source>{name}, how was it?</source>
        <translation>{name}, wie war es?</translation>
    </message>
    <message>
        <source>After “{title}”. Take your time; there are no right answers.</source>
        <translation>Nach „{title}“. Lass dir Zeit; es gibt keine richtigen Antworten.</translation>
    </message>
    <message>
        <source>What is still to choose</source>
        <translation>Was noch zu wählen ist</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>Rückblick s&amp;peichern</translation>
    </message>
    <message>
        <source>S&amp;kip reflection</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>{name}: peak distress, 0 to 10</source>
        <translation>{name}: höchste Belastung, 0 bis 10</translation>
    </message>
    <message>
        <source>{name}: felt safe, 0 to 10</source>
        <translation>{name}: sicher gefühlt, 0 bis 10</translation>
    </message>
    <message>
        <source>{name}: felt close, 0 to 10</source>
        <translation>{name}: verbunden gefühlt, 0 bis 10</translation>
    </message>
    <message>
        <source>{name} used the stop signal: {answer}</source>
        <translation>{name} hat das Stoppsignal genutzt: {answer}</translation>
    </message>
    <message>
        <source>{name} would do it again: {answer}</source>
        <translation>{name} würde es wiederholen: {answer}</translation>
    </message>
    <message>
        <source>Hardest moment (&amp;peak distress)</source>
        <translation>Schwerster Moment (&amp;höchste Belastung)</translation>
    </message>
    <message>
        <source>How sa&amp;fe you felt</source>
        <translation>Wie &amp;sicher du dich gefühlt hast</translation>
    </message>
    <message>
        <source>How &amp;close you felt</source>
        <translation>Wie &amp;verbunden du dich gefühlt hast</translation>
    </message>
    <message>
        <source>Did you use the stop signal?</source>
        <translation>Hast du das Stoppsignal genutzt?</translation>
    </message>
    <message>
        <source>Would you do it again?</source>
        <translation>Würdest du es wiederholen?</translation>
    </message>
    <message>
        <source>Each from 0 (none or not at all) to 10 (the most): type a number or use the arrow keys.</source>
        <translation>Jeweils von 0 (kein bisschen oder gar nicht) bis 10 (am meisten): Gib eine Zahl ein oder nutze die Pfeiltasten.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <source>{name}&apos;s note</source>
        <translation>Notiz von {name}</translation>
    </message>
    <message>
        <source>Shared: {other} can read it</source>
        <translation>Gemeinsam: {other} kann sie lesen</translation>
    </message>
    <message>
        <source>Private: sealed with your passphrase; {other} can&apos;t read it</source>
        <translation>Privat: mit deiner Passphrase versiegelt; {other} kann sie nicht lesen</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>the hardest moment</source>
        <translation>der schwerste Moment</translation>
    </message>
    <message>
        <source>how safe you felt</source>
        <translation>wie sicher du dich gefühlt hast</translation>
    </message>
    <message>
        <source>how close you felt</source>
        <translation>wie verbunden du dich gefühlt hast</translation>
    </message>
    <message>
        <source>whether you used the stop signal</source>
        <translation>ob du das Stoppsignal genutzt hast</translation>
    </message>
    <message>
        <source>whether you would do it again</source>
        <translation>ob du es wiederholen würdest</translation>
    </message>
    <message>
        <source>whether your note is shared or private</source>
        <translation>ob deine Notiz gemeinsam oder privat ist</translation>
    </message>
    <message>
        <source>Still to choose: {items}.</source>
        <translation>Noch zu wählen: {items}.</translation>
    </message>
</context>
<context>
    <name>ReflectionFlow</name>
    <message>
        <source>Keeping your note private…</source>
        <translation>Deine Notiz wird privat verwahrt…</translation>
    </message>
    <message>
        <source>Opening your private note…</source>
        <translation>Deine private Notiz wird geöffnet…</translation>
    </message>
    <message>
        <source>Your note is still here. Keep it shared, or set a passphrase to keep it private.</source>
        <translation>Deine Notiz ist noch da. Lass sie gemeinsam, oder lege eine Passphrase fest, um sie privat zu halten.</translation>
    </message>
    <message>
        <source>Your note is still here. Type your passphrase to keep it private, or choose Shared.</source>
        <translation>Deine Notiz ist noch da. Gib deine Passphrase ein, um sie privat zu halten, oder wähle „Gemeinsam“.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Your note is still here. {problem}</source>
        <translation>Deine Notiz ist noch da. {problem}</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>Something not working as it should?</source>
        <translation>Funktioniert etwas nicht so, wie es soll?</translation>
    </message>
    <message>
        <source>Please tell us what you did and what happened, in your own words, at:</source>
        <translation>Bitte erzählt uns in euren eigenen Worten, was ihr getan habt und was passiert ist, hier:</translation>
    </message>
    <message>
        <source>Where to report</source>
        <translation>Wo ihr es meldet</translation>
    </message>
    <message>
        <source>Add the details below to your report. They hold nothing private: no names, notes, titles or anything you typed. Please leave those out of what you write, too.</source>
        <translation>Fügt eurer Meldung die Angaben unten hinzu. Sie enthalten nichts Privates: keine Namen, Notizen, Titel oder irgendetwas, das ihr eingegeben habt. Lasst das bitte auch in dem weg, was ihr selbst schreibt.</translation>
    </message>
    <message>
        <source>Details for the report</source>
        <translation>Angaben für die Meldung</translation>
    </message>
    <message>
        <source>The diagnostic log is on. For a problem you can repeat, attach repairplanner.log from that folder too. It is plain text: read it first if you like.</source>
        <translation>Das Diagnoseprotokoll ist an. Bei einem Problem, das sich wiederholen lässt, hängt auch repairplanner.log aus diesem Ordner an. Es ist reiner Text: Lest es vorher gern selbst.</translation>
    </message>
    <message>
        <source>For a problem you can repeat: switch on the diagnostic log in File › Settings, repeat it, and attach the log too. It never holds names, notes or anything you type.</source>
        <translation>Bei einem Problem, das sich wiederholen lässt: Schaltet unter Datei › Einstellungen das Diagnoseprotokoll ein, wiederholt es und hängt das Protokoll ebenfalls an. Es enthält nie Namen, Notizen oder irgendetwas, das ihr eingebt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Co&amp;py details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste them into your report.</source>
        <translation>Kopiert. Fügt die Angaben in eure Meldung ein.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The plan as it is now is kept aside, not overwritten, so you can come back to it the same way.</source>
        <translation>Wählt die Kopie, zu der ihr zurückkehren wollt. Der Plan, wie er jetzt ist, wird beiseitegelegt, nicht überschrieben, sodass ihr auf demselben Weg zu ihm zurückkommen könnt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety and help</source>
        <translation>Sicherheit und Hilfe</translation>
    </message>
    <message>
        <source>You can read this alone, whenever you need it. RepairPlanner is not therapy, and some moments call for other help first.</source>
        <translation>Du kannst das allein lesen, wann immer du es brauchst. RepairPlanner ist keine Therapie, und manche Momente brauchen zuerst andere Hilfe.</translation>
    </message>
    <message>
        <source>The full safety pages are not installed. If anyone is unsafe at home, contact local emergency services or a domestic abuse helpline now. A couples therapist can walk this road with you.</source>
        <translation>Die vollständigen Sicherheitsseiten sind nicht installiert. Wenn jemand zu Hause nicht sicher ist, wendet euch jetzt an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt. Eine Paartherapeutin oder ein Paartherapeut kann diesen Weg mit euch gehen.</translation>
    </message>
    <message>
        <source>Our &amp;help lines: our therapist, and local crisis and domestic-abuse lines (printed on every card)</source>
        <translation>Unsere &amp;Hilfekontakte: unsere Therapeutin oder unser Therapeut, örtliche Krisentelefone und Hilfetelefone gegen häusliche Gewalt (auf jeder Karte gedruckt)</translation>
    </message>
    <message>
        <source>For example: our therapist, name and number; a local crisis line; a domestic abuse helpline</source>
        <translation>Zum Beispiel: unsere Therapeutin oder unser Therapeut, Name und Nummer; ein örtliches Krisentelefon; ein Hilfetelefon gegen häusliche Gewalt</translation>
    </message>
    <message>
        <source>Something &amp;new came out…</source>
        <translation>Etwas &amp;Neues ist ans Licht gekommen…</translation>
    </message>
    <message>
        <source>Pause the plan, consider going back to level 1, and take it to your therapist</source>
        <translation>Den Plan pausieren, überlegen, auf Stufe 1 zurückzugehen, und es mit eurer therapeutischen Begleitung besprechen</translation>
    </message>
    <message>
        <source>When not to use this app, and where to find help</source>
        <translation>Wann ihr diese App nicht nutzen solltet und wo ihr Hilfe findet</translation>
    </message>
    <message>
        <source>Our help lines</source>
        <translation>Unsere Hilfekontakte</translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <source>Something new came out</source>
        <translation>Etwas Neues ist ans Licht gekommen</translation>
    </message>
    <message>
        <source>Either of you can pause the plan. Who is pausing it now?</source>
        <translation>Ihr könnt den Plan jederzeit pausieren, auch allein. Wer pausiert ihn jetzt?</translation>
    </message>
    <message>
        <source>Your plan is paused; nothing is missed while it rests. When something new comes out, it often helps to start again gently. Would you like to go back to level 1 on both tracks? Choose No to keep your levels as they are.</source>
        <translation>Euer Plan ist pausiert; solange er ruht, wird nichts verpasst. Wenn etwas Neues ans Licht kommt, hilft es oft, behutsam neu anzufangen. Möchtet ihr bei Berührung und Gespräch auf Stufe 1 zurückgehen? Wählt „Nein“, um eure Stufen so zu lassen, wie sie sind.</translation>
    </message>
    <message>
        <source>Please take this to your therapist, together or each of you alone, before you go on. A new disclosure is a fresh hurt, and it deserves care and time. The plan resumes only when you have both said you are ready.</source>
        <translation>Bitte besprecht das mit eurer therapeutischen Begleitung, gemeinsam oder jeweils allein, bevor ihr weitermacht. Eine neue Offenbarung ist eine frische Verletzung und verdient Sorgfalt und Zeit. Der Plan geht erst weiter, wenn ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>{name}, type your passphrase to seal your private note, so that it is yours alone.</source>
        <translation>{name}, gib deine Passphrase ein, um deine private Notiz zu versiegeln, damit sie nur dir gehört.</translation>
    </message>
    <message>
        <source>{name}&apos;s passphrase</source>
        <translation>Passphrase von {name}</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Not this — how about…?</source>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <source>For {name}, on their own</source>
        <translation>Für {name}, allein</translation>
    </message>
    <message>
        <source>Either of you invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Finish and reflect…</source>
        <translation>Beenden und zurückblicken…</translation>
    </message>
    <message>
        <source>Start: check in together first</source>
        <translation>Starten: zuerst der gemeinsame Check-in</translation>
    </message>
    <message>
        <source>Finish and reflect on this session</source>
        <translation>Diese Einheit beenden und zurückblicken</translation>
    </message>
    <message>
        <source>Not this — suggest another exercise</source>
        <translation>Nicht das – eine andere Übung vorschlagen</translation>
    </message>
    <message>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <source>{time} for&#xa0;{minutes}&#xa0;min</source>
        <translation>{time}, {minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <source>{track} · level&#xa0;{level}</source>
        <translation>{track} · Stufe&#xa0;{level}</translation>
    </message>
    <message>
        <source>↑ Above your current level</source>
        <translation>↑ Über eurer aktuellen Stufe</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>{title}, {time}</source>
        <translation>{title}, {time}</translation>
    </message>
    <message>
        <source>Enter to change, Delete to remove, Ctrl+Left or Ctrl+Right to move a day; or drag it to another day.</source>
        <translation>Eingabetaste zum Ändern, Entf zum Entfernen, Strg+Links oder Strg+Rechts verschiebt um einen Tag; oder zieht die Karte auf einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>This one is done alone. Choose which of you it is for; only they give consent and reflect.</source>
        <translation>Diese Übung macht eine Person allein. Wählt, für wen von euch sie ist; nur diese Person stimmt zu und schreibt einen Rückblick.</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Above your current level (you are at touch level {level})</source>
        <translation>Über eurer aktuellen Stufe (ihr seid bei Berührung auf Stufe {level})</translation>
    </message>
    <message>
        <source>Above your current level (you are at talk level {level})</source>
        <translation>Über eurer aktuellen Stufe (ihr seid bei Gespräch auf Stufe {level})</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <source>{track} · level {level}</source>
        <translation>{track} · Stufe {level}</translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation>etwa {minutes} Minuten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Any time of day</source>
        <translation>Beliebige Tageszeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>For {name} alone</source>
        <translation>Für {name} allein</translation>
    </message>
    <message>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: where, or what to bring</source>
        <translation>Optional: Ort oder was ihr mitbringt</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Who invites</source>
        <translation>Wer lädt ein</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>{name} is usually busy on {day}s. You can still plan it; just check together.</source>
        <translation>Am {day} hat {name} meist keine Zeit. Ihr könnt es trotzdem planen; sprecht euch einfach ab.</translation>
    </message>
    <message>
        <source>{first} and {second} are usually busy on {day}s. You can still plan it; just check together.</source>
        <translation>Am {day} haben {first} und {second} meist keine Zeit. Ihr könnt es trotzdem planen; sprecht euch einfach ab.</translation>
    </message>
    <message>
        <source>Choose who invites; taking turns keeps it fair.</source>
        <translation>Wählt, wer einlädt; abwechselnd bleibt es fair.</translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos; to the week</source>
        <translation>„{title}“ zur Woche hinzufügen</translation>
    </message>
    <message>
        <source>Add to the week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to the week</source>
        <translation>Zur Woche &amp;hinzufügen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Change &apos;{title}&apos;</source>
        <translation>„{title}“ ändern</translation>
    </message>
    <message>
        <source>Change the session</source>
        <translation>Einheit ändern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>The plan is resting</source>
        <translation>Der Plan ruht</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>The plan is paused. Resume it together first; nothing is missed while it rests.</source>
        <extracomment>Longer words for a refusal: said kindly, never whose light or whose click it was.</extracomment>
        <translation>Der Plan ist pausiert. Setzt ihn zuerst gemeinsam fort; solange er ruht, wird nichts versäumt.</translation>
    </message>
    <message>
        <source>Not today: a red light before touch means no touch for the rest of the day. A gentle talk or rest is there instead; nothing is missed.</source>
        <translation>Heute nicht: Eine rote Ampel vor einer Berührung heißt keine Berührung für den Rest des Tages. Stattdessen gibt es ein sanftes Gespräch oder Ruhe; nichts wird versäumt.</translation>
    </message>
    <message>
        <source>This session is already behind you; consent is for sessions still to come.</source>
        <translation>Diese Einheit liegt schon hinter euch; Zustimmung gilt für Einheiten, die noch kommen.</translation>
    </message>
    <message>
        <source>This day has passed; consent is for sessions still to come. Plan it again on another day.</source>
        <translation>Dieser Tag ist vorbei; Zustimmung gilt für Einheiten, die noch kommen. Plant sie an einem anderen Tag neu.</translation>
    </message>
    <message>
        <source>A session starts only when both of you have ticked your consent for it.</source>
        <translation>Eine Einheit beginnt erst, wenn ihr beide eure Zustimmung angekreuzt habt.</translation>
    </message>
    <message>
        <source>This session is already under way.</source>
        <translation>Diese Einheit läuft bereits.</translation>
    </message>
    <message>
        <source>A reflection is for a session you have done, or one you both agreed to whose day has come.</source>
        <translation>Ein Rückblick gehört zu einer Einheit, die ihr gemacht habt, oder zu einer, der ihr beide zugestimmt habt und deren Tag gekommen ist.</translation>
    </message>
    <message>
        <source>This session is for {day}. You can start it on that day.</source>
        <translation>Diese Einheit ist für {day} geplant. Ihr könnt sie an diesem Tag beginnen.</translation>
    </message>
    <message>
        <source>This session&apos;s day has passed. If you did it, you can still reflect on it; or plan it again for today.</source>
        <translation>Der Tag dieser Einheit ist vorbei. Wenn ihr sie gemacht habt, könnt ihr noch auf sie zurückblicken; oder plant sie neu für heute.</translation>
    </message>
    <message>
        <source>This session is already behind you; plan it again to start it.</source>
        <translation>Diese Einheit liegt schon hinter euch; plant sie neu, um sie zu beginnen.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>Each partner&apos;s current consent (missing or False: not given). The session was started and is not finished yet. The whole plan is paused now. A touch session on a day when a red light was given before touch. How many partners must agree (a solo session needs one).</extracomment>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>This session is for one of you alone; only they give consent, check in and reflect on it.</source>
        <translation>Diese Einheit ist für eine Person von euch allein; nur sie stimmt zu, macht den Check-in und den Rückblick.</translation>
    </message>
    <message>
        <source>That session is no longer in the plan.</source>
        <translation>Diese Einheit ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>Each rating goes from 0 to 10.</source>
        <translation>Jede Bewertung geht von 0 bis 10.</translation>
    </message>
    <message>
        <source>Please keep a note under {count} characters.</source>
        <translation>Bitte halte eine Notiz unter {count} Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase is already set; change it instead.</source>
        <translation>Eine Passphrase ist bereits festgelegt; ändere sie stattdessen.</translation>
    </message>
    <message>
        <source>There is no passphrase to change yet.</source>
        <translation>Es gibt noch keine Passphrase, die sich ändern ließe.</translation>
    </message>
    <message>
        <source>Set a passphrase first; it keeps your private notes readable by you alone.</source>
        <translation>Lege zuerst eine Passphrase fest; mit ihr kannst nur du deine privaten Notizen lesen.</translation>
    </message>
    <message>
        <source>Your passphrase is needed to keep this note private.</source>
        <translation>Deine Passphrase wird gebraucht, um diese Notiz privat zu halten.</translation>
    </message>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Please choose a different exercise to propose.</source>
        <translation>Bitte wähle eine andere Übung für deinen Vorschlag.</translation>
    </message>
    <message>
        <source>Each of you takes a turn in the check-in.</source>
        <translation>Beim Check-in seid ihr beide nacheinander an der Reihe.</translation>
    </message>
    <message>
        <source>Each of you checks in first: a traffic light and how hard you expect it to be.</source>
        <translation>Zuerst macht ihr beide den Check-in: eine Ampelfarbe und wie schwer es euch vermutlich fällt.</translation>
    </message>
    <message>
        <source>Today asks for something lighter: make it shorter, or choose another exercise, and start that.</source>
        <translation>Heute darf es etwas Leichteres sein: Macht die Einheit kürzer oder wählt eine andere Übung und beginnt diese.</translation>
    </message>
    <message>
        <source>Each of you says yes on the day, in the check-in, before a session starts.</source>
        <translation>Ihr sagt beide am Tag selbst im Check-in Ja, bevor eine Einheit beginnt.</translation>
    </message>
    <message>
        <source>Expected distress goes from 0 (none) to 10 (the most you can imagine).</source>
        <translation>Die erwartete Belastung geht von 0 (keine) bis 10 (die stärkste, die du dir vorstellen kannst).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Helps when you report a problem. It notes what the app did and any errors, never your names, notes or anything you type, and it stays on this computer, in {folder}.</source>
        <translation>Hilft, wenn ihr ein Problem meldet. Es hält fest, was die App getan hat, und alle Fehler, nie eure Namen, Notizen oder irgendetwas, das ihr eingebt, und es bleibt auf diesem Computer, in {folder}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>What you agreed at the start. Change anything here together.</source>
        <translation>Was ihr zu Beginn vereinbart habt. Ändert hier gemeinsam, was ihr möchtet.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Stop and slow-down signals</source>
        <translation>Stoppsignal und Langsamer-Signal</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Übliche Woche</translation>
    </message>
    <message>
        <source>&amp;Together</source>
        <translation>&amp;Gemeinsam</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>Keep a diagnostic log</source>
        <translation>Ein Diagnoseprotokoll führen</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Sit down together for this; it takes about five minutes.

You will choose your names, a stop signal and the days that usually don&apos;t suit you, then read a short note on what this app can and cannot do.

You can change all of it later in Settings.</source>
        <translation>Setzt euch dafür zusammen; es dauert etwa fünf Minuten.

Ihr wählt eure Namen, ein Stoppsignal und die Tage, die euch meist nicht passen, und lest dann einen kurzen Hinweis dazu, was diese App kann und was nicht.

Alles davon könnt ihr später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The names you call each other. The plan uses them everywhere, and the order does not matter. A colour each is optional; it helps you tell your sessions apart at a glance.</source>
        <translation>Die Namen, mit denen ihr einander ansprecht. Der Plan verwendet sie überall, und die Reihenfolge spielt keine Rolle. Eine Farbe für jede Person ist freiwillig; sie hilft euch, eure Einheiten auf einen Blick zu unterscheiden.</translation>
    </message>
    <message>
        <source>Agree together on a word or a gesture that means “stop now”. Either of you can use it at any moment, for any reason. The other stops straight away, without questions, and you talk later when you are both ready.</source>
        <translation>Vereinbart gemeinsam ein Wort oder eine Geste, die „jetzt aufhören“ bedeutet. Ihr könnt es beide jederzeit und aus jedem Grund verwenden. Dann hört ihr sofort auf, ohne Fragen, und sprecht später, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <source>Tick the days each of you is usually unavailable, so the plan can keep them free. This is only a starting point: every week can be different.</source>
        <translation>Kreuzt für jede Person die Tage an, an denen sie meist keine Zeit hat, damit der Plan sie freihalten kann. Das ist nur ein Ausgangspunkt: Jede Woche kann anders sein.</translation>
    </message>
    <message>
        <source>It is not therapy.</source>
        <translation>Die App ist keine Therapie.</translation>
    </message>
    <message>
        <source>A couples therapist can guide you through what is hard, and you are welcome to bring this plan to your sessions.</source>
        <translation>Eine Paartherapeutin oder ein Paartherapeut kann euch durch das Schwere begleiten, und ihr könnt diesen Plan gern in eure Therapiestunden mitbringen.</translation>
    </message>
    <message>
        <source>Safety comes first.</source>
        <translation>Sicherheit geht vor.</translation>
    </message>
    <message>
        <source>If anyone is unsafe at home, please contact your local emergency services or a domestic abuse helpline.</source>
        <translation>Wenn jemand zu Hause nicht sicher ist, wendet euch bitte an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt.</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Private notes stay private.</source>
        <translation>Private Notizen bleiben privat.</translation>
    </message>
    <message>
        <source>Each of you can lock yours with your own passphrase.</source>
        <translation>Ihr könnt eure jeweils mit einer eigenen Passphrase verschließen.</translation>
    </message>
    <message>
        <source>RepairPlanner helps the two of you plan small, gentle steps of touch and talk, at a pace you both choose.</source>
        <translation>RepairPlanner hilft euch beiden, kleine, behutsame Schritte in Berührung und Gespräch zu planen, in einem Tempo, das ihr beide wählt.</translation>
    </message>
    <message>
        <source>Please read this together, then each tick your own box.</source>
        <translation>Bitte lest das gemeinsam und kreuzt dann jeweils euer eigenes Kästchen an.</translation>
    </message>
    <message>
        <source>Your usual week</source>
        <translation>Eure übliche Woche</translation>
    </message>
    <message>
        <source>What RepairPlanner is and is not</source>
        <translation>Was RepairPlanner ist und was nicht</translation>
    </message>
    <message>
        <source>{name} has read this</source>
        <translation>{name} hat das gelesen</translation>
    </message>
    <message>
        <source>Welcome to RepairPlanner</source>
        <translation>Willkommen bei RepairPlanner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Let&apos;s set up your plan together</source>
        <translation>Lasst uns euren Plan gemeinsam einrichten</translation>
    </message>
    <message>
        <source>Your names</source>
        <translation>Eure Namen</translation>
    </message>
    <message>
        <source>Your stop signal</source>
        <translation>Euer Stoppsignal</translation>
    </message>
</context>
<context>
    <name>SharedNotesView</name>
    <message>
        <source>Shared notes from your reflections will appear here, week by week.</source>
        <translation>Gemeinsame Notizen aus euren Rückblicken erscheinen hier, Woche für Woche.</translation>
    </message>
    <message>
        <source>Shared notes by week</source>
        <translation>Gemeinsame Notizen nach Woche</translation>
    </message>
</context>
<context>
    <name>ShortMonths</name>
    <message>
        <source>Jan</source>
        <extracomment>Month names as a date abbreviates them (context &quot;ShortMonths&quot;, so &quot;May&quot; can differ from the full name).</extracomment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
</context>
<context>
    <name>ShortWeekdays</name>
    <message>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
</context>
<context>
    <name>SlowDownSignalField</name>
    <message>
        <source>a word like “yellow”, or a hand lowered slowly</source>
        <translation>ein Wort wie „gelb“ oder eine langsam gesenkte Hand</translation>
    </message>
    <message>
        <source>Our slow-down signal, if you like</source>
        <translation>Unser Langsamer-Signal, wenn ihr möchtet</translation>
    </message>
    <message>
        <source>Optional: a word or a gesture that means “slower, gentler”, for when something is a bit much but you do not want to stop.</source>
        <translation>Freiwillig: ein Wort oder eine Geste, die „langsamer, sanfter“ bedeutet, für Momente, in denen etwas ein bisschen viel ist, ihr aber nicht aufhören wollt.</translation>
    </message>
    <message>
        <source>Our slow-&amp;down signal, if you like</source>
        <translation>Unser &amp;Langsamer-Signal, wenn ihr möchtet</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Starting the session</source>
        <translation>Die Einheit beginnen</translation>
    </message>
    <message>
        <source>Not this — how about…?</source>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>An exercise from level {level}</source>
        <translation>Eine Übung aus Stufe {level}</translation>
    </message>
    <message>
        <source>A gentler talk</source>
        <translation>Ein sanfteres Gespräch</translation>
    </message>
    <message>
        <source>A talk instead</source>
        <translation>Stattdessen ein Gespräch</translation>
    </message>
</context>
<context>
    <name>StopSignalField</name>
    <message>
        <source>a word like “pause”, or a raised flat hand</source>
        <translation>ein Wort wie „Pause“ oder eine erhobene flache Hand</translation>
    </message>
    <message>
        <source>Our stop signal</source>
        <translation>Unser Stoppsignal</translation>
    </message>
    <message>
        <source>Choose something easy to say or show, even when upset.</source>
        <translation>Wählt etwas, das sich leicht sagen oder zeigen lässt, auch wenn ihr aufgewühlt seid.</translation>
    </message>
    <message>
        <source>Our stop &amp;signal</source>
        <translation>Unser &amp;Stoppsignal</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>There is no room left on this computer&apos;s disk, so this could not be saved. Free some space. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Auf dem Datenträger dieses Computers ist kein Platz mehr, deshalb konnte das nicht gespeichert werden. Macht etwas Speicherplatz frei. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <source>Your plan&apos;s file is busy right now, so this could not be saved. Please try again in a moment. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Die Datei eures Plans ist gerade belegt, deshalb konnte das nicht gespeichert werden. Bitte versucht es gleich noch einmal. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <source>Your plan&apos;s file could not be read or written properly, so this was not saved. Restarting the app may help; a backup is kept in the data folder. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Die Datei eures Plans konnte nicht richtig gelesen oder geschrieben werden, deshalb wurde das nicht gespeichert. Ein Neustart der App kann helfen; im Datenordner liegt eine Sicherung. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <source>This could not be saved because it clashes with something already stored. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Das konnte nicht gespeichert werden, weil es mit etwas bereits Gespeichertem kollidiert. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <source>This could not be saved because of a problem with the plan&apos;s file. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Das konnte wegen eines Problems mit der Datei des Plans nicht gespeichert werden. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
</context>
<context>
    <name>SummaryPrint</name>
    <message>
        <source>After each session each of us rated, on our own, how safe we felt and the most distress we felt, from 0 (not at all) to 10 (the most). These are self-ratings, not scores or test results. The figures are averages over the sessions done in a week (in the charts, over a month when the range is long); a dash means no rating that week. Only the sessions we practised are counted: what we chose not to do is part of the practice too, and is never counted. Only notes we chose to share are included.</source>
        <extracomment>The chart image&apos;s width in pixels: about 200 dpi across the page. Each chart&apos;s height as a share of its width.</extracomment>
        <translation>Nach jeder Einheit haben wir beide jeweils für uns bewertet, wie sicher wir uns gefühlt haben und wie stark die höchste Belastung war, von 0 (gar nicht) bis 10 (am stärksten). Das sind Selbsteinschätzungen, keine Punktzahlen oder Testergebnisse. Die Zahlen sind Durchschnitte über die Einheiten einer Woche (in den Diagrammen über einen Monat, wenn der Zeitraum lang ist); ein Strich heißt, dass es in dieser Woche keine Bewertung gab. Gezählt werden nur die Einheiten, die wir geübt haben: Was wir bewusst nicht gemacht haben, gehört ebenfalls zur Übung und wird nie gezählt. Enthalten sind nur Notizen, die wir teilen wollten.</translation>
    </message>
    <message>
        <source>{first} &amp; {second} — summary, {dates}</source>
        <translation>{first} &amp; {second} – Zusammenfassung, {dates}</translation>
    </message>
    <message>
        <source>Practice summary</source>
        <translation>Zusammenfassung unserer Übungen</translation>
    </message>
    <message>
        <source>{dates} · {first} and {second}</source>
        <translation>{dates} · {first} und {second}</translation>
    </message>
    <message>
        <source>Prepared by the couple with RepairPlanner.</source>
        <translation>Erstellt von uns als Paar mit RepairPlanner.</translation>
    </message>
    <message>
        <source>How safe we felt, and our peak distress</source>
        <translation>Wie sicher wir uns gefühlt haben, und unsere höchste Belastung</translation>
    </message>
    <message>
        <source>talk {start} → {end}</source>
        <translation>Gespräch {start} → {end}</translation>
    </message>
    <message>
        <source>touch {start} → {end}</source>
        <translation>Berührung {start} → {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; session</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Einheit</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Einheiten</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} Änderung</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} Änderungen</translation>
    </message>
    <message>
        <source>{sessions} practised over {weeks}.</source>
        <translation>{sessions} geübt in {weeks}.</translation>
    </message>
    <message>
        <source>Working level (1 to 5) from the start to the end of the range: {levels} ({changes} in between).</source>
        <translation>Aktuelle Stufe (1 bis 5) vom Anfang bis zum Ende des Zeitraums: {levels} ({changes} dazwischen).</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <source>No level changed in this range.</source>
        <translation>In diesem Zeitraum hat sich keine Stufe geändert.</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>eine Stufe höher</translation>
    </message>
    <message>
        <source>stepped back</source>
        <translation>eine Stufe zurück</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Felt safe</source>
        <translation>Sicher gefühlt</translation>
    </message>
    <message>
        <source>Peak distress</source>
        <translation>Höchste Belastung</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <source>No shared notes in this range.</source>
        <translation>Keine gemeinsamen Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>there is no plan here yet, so there is nothing to summarise</source>
        <translation>hier gibt es noch keinen Plan, also nichts zusammenzufassen</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>daily</source>
        <extracomment>Tags: &quot;asked-for&quot; (a partner asks for it; never suggested, copied or scheduled by the app), &quot;heavy&quot; (a hard talk: never the gentle talk offered on a red day, never followed by touch the same evening), &quot;sensitive&quot; (printed on the week under `neutral_title`), &quot;solo&quot; (one partner alone), &quot;accountability&quot; (the acknowledgment and accountability work that touch level 3 waits for), &quot;regulation&quot; (calming a flooded body), &quot;safety-agreement&quot;.</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>ritual</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <source>weekly-meeting</source>
        <translation>Wochentreffen</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Rückschau</translation>
    </message>
    <message>
        <source>asked-for</source>
        <translation>auf Wunsch</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <source>solo</source>
        <translation>allein</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>Verantwortung übernehmen</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>Selbstregulation</translation>
    </message>
    <message>
        <source>safety-agreement</source>
        <translation>Sicherheitsvereinbarung</translation>
    </message>
</context>
<context>
    <name>Techniques</name>
    <message>
        <source>Sensate focus</source>
        <extracomment>The techniques an exercise may draw on: stored in English, shown through `technique_name` (context &quot;Techniques&quot;).</extracomment>
        <translation>Sensate Focus (nach Masters und Johnson)</translation>
    </message>
    <message>
        <source>Graded exposure</source>
        <translation>Gestufte Exposition</translation>
    </message>
    <message>
        <source>Mindful breathing</source>
        <translation>Achtsames Atmen</translation>
    </message>
    <message>
        <source>Emotionally focused therapy</source>
        <translation>Emotionsfokussierte Therapie (EFT)</translation>
    </message>
    <message>
        <source>Gottman method</source>
        <translation>Gottman-Methode</translation>
    </message>
    <message>
        <source>Attachment-based couples work</source>
        <translation>Bindungsorientierte Paararbeit</translation>
    </message>
    <message>
        <source>Co-regulation</source>
        <translation>Co-Regulation</translation>
    </message>
    <message>
        <source>PREP speaker–listener</source>
        <translation>PREP (Sprecher-Zuhörer-Technik)</translation>
    </message>
    <message>
        <source>Imago dialogue</source>
        <translation>Imago-Dialog</translation>
    </message>
    <message>
        <source>Satir temperature reading</source>
        <translation>Satirs Temperaturmessung</translation>
    </message>
    <message>
        <source>Aron&apos;s closeness questions</source>
        <translation>Arons Nähe-Fragen</translation>
    </message>
    <message>
        <source>Gottman atone–attune–attach</source>
        <translation>Gottman: Sühnen, Einstimmen, Verbinden</translation>
    </message>
    <message>
        <source>Trauma-informed affair recovery</source>
        <translation>Traumasensible Aufarbeitung einer Affäre</translation>
    </message>
    <message>
        <source>Nonviolent communication</source>
        <translation>Gewaltfreie Kommunikation</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>The name</source>
        <extracomment>An exercise title and neutral title (as in the library schema). A week&apos;s intention, a session&apos;s note, a reason. A reflection note: a few pages of writing (the reflection dialog and SessionService use the same bound). An exercise&apos;s longer texts (summary, agreement, safety, …) and each of its list items. A passphrase (long passphrases are welcome; megabytes are not). Characters that reorder text on screen (embeddings, overrides, isolates). Each kind of text as the subject of a refusal (context &quot;TextLimits&quot;): &apos;The name is too long: …&apos;.</extracomment>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The stop signal</source>
        <translation>Das Stoppsignal</translation>
    </message>
    <message>
        <source>The slow-down signal</source>
        <translation>Das Langsamer-Signal</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The neutral title</source>
        <translation>Der neutrale Titel</translation>
    </message>
    <message>
        <source>The exercise text</source>
        <translation>Der Übungstext</translation>
    </message>
    <message>
        <source>The thing needed</source>
        <translation>Der Eintrag unter „Was ihr braucht“</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>Der Schritt</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>Die Passphrase</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>The session note</source>
        <translation>Die Notiz zur Einheit</translation>
    </message>
    <message>
        <source>The intention</source>
        <translation>Der Vorsatz</translation>
    </message>
    <message>
        <source>things needed</source>
        <extracomment>The kinds of text that come as lists, in the plural: &apos;There can be at most 12 steps&apos;.</extracomment>
        <translation>Einträge unter „Was ihr braucht“</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>{subject} is not text.</source>
        <translation>{subject} ist kein Text.</translation>
    </message>
    <message>
        <source>{subject} is too long: it can be at most {limit} characters, and this one has {length}. Nothing was saved.</source>
        <translation>{subject} ist zu lang: Erlaubt sind höchstens {limit} Zeichen, hier sind es {length}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{subject} holds a broken character that cannot be saved (often from a bad copy and paste). Please type that part again.</source>
        <translation>{subject} enthält ein beschädigtes Zeichen, das sich nicht speichern lässt (oft durch fehlerhaftes Kopieren und Einfügen). Bitte diese Stelle neu eintippen.</translation>
    </message>
    <message>
        <source>{subject} holds hidden characters that change the direction of the text ({code}), so it could read differently from what you see. Please type it again without them.</source>
        <translation>{subject} enthält versteckte Zeichen, die die Schreibrichtung ändern ({code}), sodass der Text anders gelesen werden könnte, als er aussieht. Bitte ohne diese Zeichen neu eintippen.</translation>
    </message>
    <message>
        <source>{subject} cannot contain invisible control characters. Nothing was saved.</source>
        <translation>{subject} darf keine unsichtbaren Steuerzeichen enthalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{subject} cannot contain line breaks or invisible control characters. Nothing was saved.</source>
        <translation>{subject} darf keine Zeilenumbrüche und keine unsichtbaren Steuerzeichen enthalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There can be at most {count} {items}; this has {found}. Nothing was saved.</source>
        <translation>Es sind höchstens {count} {items} möglich; hier sind es {found}. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>Sessions done at a level</source>
        <translation>Erledigte Einheiten auf einer Stufe</translation>
    </message>
    <message>
        <source>How many sessions you complete at a level before the app offers to move up together.</source>
        <translation>Wie viele Einheiten ihr auf einer Stufe abschließt, bevor die App anbietet, gemeinsam eine Stufe höher zu gehen.</translation>
    </message>
    <message>
        <source>Days at a level</source>
        <translation>Tage auf einer Stufe</translation>
    </message>
    <message>
        <source>How many days you spend at a level, at least, before moving up is offered.</source>
        <translation>Wie viele Tage ihr mindestens auf einer Stufe bleibt, bevor eine höhere Stufe angeboten wird.</translation>
    </message>
    <message>
        <source>Recent sessions looked at</source>
        <translation>Betrachtete letzte Einheiten</translation>
    </message>
    <message>
        <source>How many of your latest sessions at a level must have felt calm and safe to move up.</source>
        <translation>Wie viele eurer letzten Einheiten auf einer Stufe sich ruhig und sicher angefühlt haben müssen, um eine Stufe höher zu gehen.</translation>
    </message>
    <message>
        <source>Highest distress to move up</source>
        <translation>Höchste Belastung für eine höhere Stufe</translation>
    </message>
    <message>
        <source>Moving up is offered only when neither of you felt more distress than this (0 to 10).</source>
        <translation>Eine höhere Stufe wird nur angeboten, wenn niemand von euch mehr Belastung gespürt hat als diese (0 bis 10).</translation>
    </message>
    <message>
        <source>Lowest feeling of safety to move up</source>
        <translation>Geringstes Sicherheitsgefühl für eine höhere Stufe</translation>
    </message>
    <message>
        <source>Moving up is offered only when both of you felt at least this safe (0 to 10).</source>
        <translation>Eine höhere Stufe wird nur angeboten, wenn ihr euch beide mindestens so sicher gefühlt habt (0 bis 10).</translation>
    </message>
    <message>
        <source>Distress that suggests a step back</source>
        <translation>Belastung, die einen Schritt zurück nahelegt</translation>
    </message>
    <message>
        <source>When either of you felt this much distress or more, the app suggests going back a level.</source>
        <translation>Wenn jemand von euch so viel Belastung oder mehr gespürt hat, schlägt die App vor, eine Stufe zurückzugehen.</translation>
    </message>
    <message>
        <source>Safety that suggests a step back</source>
        <translation>Sicherheitsgefühl, das einen Schritt zurück nahelegt</translation>
    </message>
    <message>
        <source>When either of you felt this safe or less, the app suggests going back a level.</source>
        <translation>Wenn sich jemand von euch nur so sicher oder weniger sicher gefühlt hat, schlägt die App vor, eine Stufe zurückzugehen.</translation>
    </message>
    <message>
        <source>Hard times before an exercise is split</source>
        <translation>Schwere Male, bevor eine Übung aufgeteilt wird</translation>
    </message>
    <message>
        <source>After this many holds or steps back in a row on one exercise, the app suggests smaller steps or a talk.</source>
        <translation>Nach so vielen Malen in Folge, in denen ihr bei einer Übung auf der Stufe geblieben oder zurückgegangen seid, schlägt die App kleinere Schritte oder ein Gespräch vor.</translation>
    </message>
    <message>
        <source>Moving up must stay gentler than stepping back: the distress to move up must be below the distress that suggests a step back, and the safety to move up above the safety that suggests one.</source>
        <translation>Eine Stufe höher muss behutsamer bleiben als ein Schritt zurück: Die Belastung für eine höhere Stufe muss unter der Belastung liegen, die einen Schritt zurück nahelegt, und das Sicherheitsgefühl für eine höhere Stufe darüber.</translation>
    </message>
</context>
<context>
    <name>TodayLine</name>
    <message>
        <source>Today: the plan is resting</source>
        <translation>Heute: Der Plan ruht</translation>
    </message>
    <message>
        <source>A session</source>
        <translation>Eine Einheit</translation>
    </message>
    <message>
        <source>{session} (done)</source>
        <translation>{session} (erledigt)</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>Heute ist nichts geplant</translation>
    </message>
    <message>
        <source>Today: {sessions}</source>
        <translation>Heute: {sessions}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>Touch</source>
        <extracomment>The tracks&apos; display names (context &quot;Track&quot;).</extracomment>
        <translation>Berührung</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>TrackPanel</name>
    <message>
        <source>Each of you answers privately; the answers are shown only when you have both answered.</source>
        <translation>Ihr antwortet jeweils privat; die Antworten werden erst gezeigt, wenn ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <source>{reason} You could try level {level} together. Each of you answers privately.</source>
        <translation>{reason} Ihr könntet gemeinsam Stufe {level} ausprobieren. Ihr antwortet jeweils privat.</translation>
    </message>
    <message>
        <source>Stay with this level for now.</source>
        <translation>Bleibt vorerst auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Stay with this level for now. {variation}</source>
        <translation>Bleibt vorerst auf dieser Stufe. {variation}</translation>
    </message>
    <message>
        <source>A gentle place to return to: “{title}”, where you both checked in green.</source>
        <translation>Ein sanfter Ort zum Zurückkehren: „{title}“, wo ihr beide beim Check-in auf Grün wart.</translation>
    </message>
    <message>
        <source>Stepping back is part of the method.</source>
        <translation>Zurückgehen gehört zur Methode.</translation>
    </message>
    <message>
        <source>This is the top of the ladder. Keep going at your own pace.</source>
        <translation>Das ist die oberste Stufe. Macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <source>Keep going at your own pace. {waiting}</source>
        <translation>Macht in eurem eigenen Tempo weiter. {waiting}</translation>
    </message>
    <message>
        <source>Keep going at your own pace.</source>
        <translation>Macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <source>{track}: ready for the next level</source>
        <translation>{track}: bereit für die nächste Stufe</translation>
    </message>
    <message>
        <source>Move up together</source>
        <translation>Gemeinsam höher gehen</translation>
    </message>
    <message>
        <source>{track} · level {level}</source>
        <translation>{track} · Stufe {level}</translation>
    </message>
    <message>
        <source>“{title}”: {message}</source>
        <translation>„{title}“: {message}</translation>
    </message>
    <message>
        <source>Moving up waits while your plan is paused.</source>
        <translation>Höher gehen wartet, solange euer Plan pausiert ist.</translation>
    </message>
    <message>
        <source>Ready for {track} level {level}?</source>
        <translation>Bereit für Stufe {level} ({track})?</translation>
    </message>
    <message>
        <source>You&apos;re both ready for {track} level {level}. Nothing changes until you move up together.</source>
        <translation>Ihr seid beide bereit für Stufe {level} ({track}). Nichts ändert sich, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
    <message>
        <source>Not this week. Stay with {track} level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt auf Stufe {level} ({track}); nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <source>Are we ready for level {level}?</source>
        <translation>Sind wir bereit für Stufe {level}?</translation>
    </message>
    <message>
        <source>Ask each other about {track} level {level}</source>
        <translation>Einander nach Stufe {level} ({track}) fragen</translation>
    </message>
    <message>
        <source>{name}: answer privately</source>
        <translation>{name}: privat antworten</translation>
    </message>
    <message>
        <source>{name}: answer privately about {track} level {level}</source>
        <translation>{name}: privat zu Stufe {level} ({track}) antworten</translation>
    </message>
    <message>
        <source>Move {track} up to level {level} together</source>
        <translation>Gemeinsam auf Stufe {level} ({track}) gehen</translation>
    </message>
    <message>
        <source>{name}: step back a level</source>
        <translation>{name}: eine Stufe zurückgehen</translation>
    </message>
    <message>
        <source>{name} steps {track} back to level {level}</source>
        <translation>{name} geht auf Stufe {level} ({track}) zurück</translation>
    </message>
</context>
<context>
    <name>TrackWord</name>
    <message>
        <source>touch</source>
        <translation>Berührung</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>cannot read {source}: {reason}</source>
        <extracomment>Tables whose rows make a plan &quot;not empty&quot;: importing over them needs `replace`.</extracomment>
        <translation>{source} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>{source} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{source} was not imported: {message}.</source>
        <translation>{source} wurde nicht importiert: {message}.</translation>
    </message>
    <message>
        <source>{data_dir} already holds a plan, so nothing was imported. Import into an empty data folder, or choose to replace this plan (a backup is made first).</source>
        <translation>{data_dir} enthält bereits einen Plan, deshalb wurde nichts importiert. Importiert in einen leeren Datenordner oder entscheidet euch, diesen Plan zu ersetzen (vorher wird eine Sicherung erstellt).</translation>
    </message>
    <message>
        <source>{source} was not imported: {message}</source>
        <translation>{source} wurde nicht importiert: {message}</translation>
    </message>
    <message>
        <source>{source} was not imported: {reason}.</source>
        <translation>{source} wurde nicht importiert: {reason}.</translation>
    </message>
    <message>
        <source>the plan in it cannot be read ({kind})</source>
        <translation>der Plan darin kann nicht gelesen werden ({kind})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>{name}, type your passphrase to open your private notes. Only your passphrase opens them.</source>
        <translation>{name}, gib deine Passphrase ein, um deine privaten Notizen zu öffnen. Nur deine Passphrase öffnet sie.</translation>
    </message>
    <message>
        <source>{name}&apos;s passphrase</source>
        <translation>Passphrase von {name}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>UsuallyBusy</name>
    <message>
        <source>{name} is usually busy</source>
        <translation>{name} hat meist keine Zeit</translation>
    </message>
    <message>
        <source>{first} and {second} are usually busy</source>
        <translation>{first} und {second} haben meist keine Zeit</translation>
    </message>
</context>
<context>
    <name>WeekActions</name>
    <message>
        <source>&amp;Previous week</source>
        <translation>V&amp;orige Woche</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Diese Wo&amp;che</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Zu Datum &amp;gehen…</translation>
    </message>
    <message>
        <source>&amp;Copy last week</source>
        <translation>Vorwoche &amp;kopieren</translation>
    </message>
    <message>
        <source>S&amp;uggest a week</source>
        <translation>Woche vorsch&amp;lagen</translation>
    </message>
    <message>
        <source>Pause our p&amp;lan…</source>
        <translation>Plan &amp;pausieren…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Re&amp;flect…</source>
        <translation>&amp;Zurückblicken…</translation>
    </message>
    <message>
        <source>Not this — &amp;how about…?</source>
        <translation>Nicht das – &amp;wie wäre es mit …?</translation>
    </message>
    <message>
        <source>Skip this ti&amp;me</source>
        <translation>Diesmal &amp;auslassen</translation>
    </message>
    <message>
        <source>Rest &amp;instead</source>
        <translation>Stattdessen &amp;ruhen</translation>
    </message>
    <message>
        <source>Plan it &amp;again</source>
        <translation>Wie&amp;der einplanen</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>Einheit &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Move to pre&amp;vious day</source>
        <translation>Einen Tag &amp;früher</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt day</source>
        <translation>Einen Tag spä&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>Einheit &amp;entfernen</translation>
    </message>
    <message>
        <source>Show the week before (Ctrl+Page Up)</source>
        <translation>Die Woche davor zeigen (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Show the week after (Ctrl+Page Down)</source>
        <translation>Die Woche danach zeigen (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Back to the week you are in (Ctrl+T)</source>
        <translation>Zurück zur aktuellen Woche (Strg+T)</translation>
    </message>
    <message>
        <source>Pick a day on a calendar and show its week (Ctrl+G)</source>
        <translation>Einen Tag im Kalender wählen und seine Woche zeigen (Strg+G)</translation>
    </message>
    <message>
        <source>Plan the same sessions as last week, on the same days and at the same times</source>
        <translation>Dieselben Einheiten wie letzte Woche planen, an denselben Tagen und zu denselben Zeiten</translation>
    </message>
    <message>
        <source>Either of you can pause the whole plan at any time, no reason needed; both resume it</source>
        <translation>Ihr könnt den ganzen Plan jederzeit pausieren, auch allein und ohne Grund; fortgesetzt wird er gemeinsam</translation>
    </message>
    <message>
        <source>Fill this empty week with a suggestion at your current levels, then change it together</source>
        <translation>Diese leere Woche mit einem Vorschlag auf euren aktuellen Stufen füllen und ihn dann gemeinsam anpassen</translation>
    </message>
    <message>
        <source>Check in together, then begin (once you have both ticked)</source>
        <translation>Erst der gemeinsame Check-in, dann beginnen (sobald ihr beide euer Häkchen gesetzt habt)</translation>
    </message>
    <message>
        <source>Each of you notes how it went, shared or private</source>
        <translation>Ihr haltet beide fest, wie es war – gemeinsam oder privat</translation>
    </message>
    <message>
        <source>Say no to this one, no reason needed, and suggest another exercise</source>
        <translation>Zu dieser Übung Nein sagen, ohne Grund, und eine andere vorschlagen</translation>
    </message>
    <message>
        <source>Let this session go; nothing is missed and nothing counts against anyone</source>
        <translation>Diese Einheit loslassen; nichts ist verpasst, und nichts zählt gegen jemanden</translation>
    </message>
    <message>
        <source>Rest instead of this session; resting is part of the plan</source>
        <translation>Statt dieser Einheit ruhen; Ruhe gehört zum Plan</translation>
    </message>
    <message>
        <source>Put this session back in the plan</source>
        <translation>Diese Einheit wieder in den Plan aufnehmen</translation>
    </message>
    <message>
        <source>Change the day, time, length, who invites or the note (Enter)</source>
        <translation>Tag, Uhrzeit, Dauer, wer einlädt, oder die Notiz ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Move the selected session one day earlier (Ctrl+Left)</source>
        <translation>Die gewählte Einheit einen Tag früher legen (Strg+Links)</translation>
    </message>
    <message>
        <source>Move the selected session one day later (Ctrl+Right)</source>
        <translation>Die gewählte Einheit einen Tag später legen (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Take the selected session off the plan; Undo brings it back (Delete)</source>
        <translation>Die gewählte Einheit aus dem Plan nehmen; „Rückgängig“ holt sie zurück (Entf)</translation>
    </message>
    <message>
        <source>Finish and re&amp;flect…</source>
        <translation>Beenden und &amp;zurückblicken…</translation>
    </message>
</context>
<context>
    <name>WeekField</name>
    <message>
        <source>Partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
    <message>
        <source>Our week starts on</source>
        <translation>Unsere Woche beginnt am</translation>
    </message>
    <message>
        <source>Our &amp;week starts on</source>
        <translation>Unsere Woche beginnt a&amp;m</translation>
    </message>
    <message>
        <source>{name} is usually unavailable on</source>
        <translation>{name} hat meist keine Zeit am</translation>
    </message>
    <message>
        <source>There is no day you are both usually free. That is all right; you can still plan on any day.</source>
        <translation>Es gibt keinen Tag, an dem ihr beide meist frei seid. Das ist in Ordnung; ihr könnt trotzdem an jedem Tag planen.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Days of the week</source>
        <translation>Wochentage</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>What we want this week to be about</source>
        <translation>Worum es uns diese Woche gehen soll</translation>
    </message>
    <message>
        <source>Nothing is planned for this week yet. Let the app suggest a week at your levels, drag an exercise from the Library onto a day, or select one there and choose “Add to week…”.</source>
        <translation>Für diese Woche ist noch nichts geplant. Lasst euch von der App eine Woche auf euren Stufen vorschlagen, zieht eine Übung aus der Bibliothek auf einen Tag, oder wählt dort eine aus und dann „Zur Woche hinzufügen…“.</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>nächste Woche</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>in {weeks} weeks</source>
        <translation>in {weeks} Wochen</translation>
    </message>
    <message>
        <source>{weeks} weeks ago</source>
        <translation>vor {weeks} Wochen</translation>
    </message>
    <message>
        <source>Week {number} · {when}</source>
        <translation>Woche {number} · {when}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Our intention for this week</source>
        <translation>Unser Vorsatz für diese Woche</translation>
    </message>
    <message>
        <source>Our &amp;intention</source>
        <translation>Unser Vorsa&amp;tz</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <source>Suggest a week</source>
        <translation>Woche vorschlagen</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Consent</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <source>Add to week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <source>Who would like to pause? No reason is needed.</source>
        <translation>Wer möchte pausieren? Ein Grund ist nicht nötig.</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message>
        <source>Either of us can pause, at any time, without a reason.</source>
        <extracomment>Height of one ruled line for handwriting, in points (about 7 mm). Ruled lines may grow this much taller to fill the page down to the footer.</extracomment>
        <translation>Wir können beide jederzeit pausieren, ohne Begründung.</translation>
    </message>
    <message>
        <source>The plan is resting</source>
        <extracomment>A paused day on paper: calm, nothing to do, nothing missed, never whose pause it was.</extracomment>
        <translation>Der Plan ruht</translation>
    </message>
    <message>
        <source>☑ agreed in the app     ☐ to tick by hand</source>
        <translation>☑ in der App zugestimmt     ☐ von Hand ankreuzen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Either of us invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <source>{heading} · {dates}</source>
        <extracomment>A solo session&apos;s box takes this share of its day&apos;s width, on its partner&apos;s side.</extracomment>
        <translation>{heading} · {dates}</translation>
    </message>
    <message>
        <source>{first} &amp; {second} — week of {date}</source>
        <translation>{first} &amp; {second} – Woche ab {date}</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <extracomment>Tried from the first until the week fits on its page; the last is the smallest we consider readable.</extracomment>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <source>Our intention this week:</source>
        <translation>Unser Vorsatz der Woche:</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>{name} alone</source>
        <translation>{name} allein</translation>
    </message>
    <message>
        <source>{name}, on their own</source>
        <translation>{name}, für sich allein</translation>
    </message>
    <message>
        <source>Either invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <source>“{signal}”</source>
        <translation>„{signal}“</translation>
    </message>
    <message>
        <source>Stop signal:</source>
        <translation>Stoppsignal:</translation>
    </message>
    <message>
        <source>Slow down:</source>
        <translation>Langsamer:</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
</TS>
