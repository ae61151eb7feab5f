<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../repairplanner/app.py" line="204"/>
        <source>The disk is full, so your last change could not be saved. Everything saved before it is safe. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte eure letzte Änderung nicht gespeichert werden. Alles, was davor gespeichert wurde, ist sicher. Macht etwas Speicherplatz frei und versucht es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../repairplanner/app.py" line="209"/>
        <source>Something went wrong, and your last change may not have been saved. Everything saved before it is safe. If it happens again, please report it with this detail: {detail}</source>
        <translation>Etwas ist schiefgegangen, und eure letzte Änderung wurde vielleicht nicht gespeichert. Alles, was davor gespeichert wurde, ist sicher. Wenn es wieder passiert, meldet es bitte mit diesem Detail: {detail}</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../repairplanner/services/backups.py" line="83"/>
        <source>RepairPlanner could not make a backup of your plan ({reason}). Your plan itself is safe.</source>
        <translation>RepairPlanner konnte keine Sicherung eures Plans erstellen ({reason}). Euer Plan selbst ist sicher.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="135"/>
        <source>There is no backup called {name}. &apos;repairplanner restore --list&apos; shows them.</source>
        <translation>Es gibt keine Sicherung namens {name}. „repairplanner restore --list“ zeigt alle Sicherungen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="152"/>
        <source>There is no copy at {copy}. Nothing was changed.</source>
        <translation>Unter {copy} gibt es keine Kopie. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="156"/>
        <source>The copy {name} is damaged or is not a RepairPlanner plan, so it was not restored. Nothing was changed.</source>
        <translation>Die Kopie {name} ist beschädigt oder kein RepairPlanner-Plan, deshalb wurde sie nicht wiederhergestellt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="163"/>
        <source>That is the plan already in use. Nothing was changed.</source>
        <translation>Das ist der Plan, der gerade genutzt wird. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="172"/>
        <source>The copy {name} could not be read back after copying. Nothing was changed.</source>
        <translation>Die Kopie {name} konnte nach dem Kopieren nicht zurückgelesen werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/backups.py" line="181"/>
        <source>The copy could not be restored ({reason}). Your plan was not changed.</source>
        <translation>Die Kopie konnte nicht wiederhergestellt werden ({reason}). Euer Plan wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../repairplanner/core/backups.py" line="40"/>
        <source>daily copy</source>
        <extracomment>Why a copy was made, in words for the restore list (context &quot;Backups&quot;).</extracomment>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="41"/>
        <source>when the app closed</source>
        <translation>beim Schließen der App</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="42"/>
        <source>before a restore</source>
        <translation>vor dem Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="43"/>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="44"/>
        <source>set aside by a restore</source>
        <translation>beim Wiederherstellen beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="45"/>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="52"/>
        <source>before an update</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="70"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="73"/>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="75"/>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="78"/>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="80"/>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="82"/>
        <source>{weeks}, {sessions}</source>
        <translation>{weeks}, {sessions}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="85"/>
        <source>{holds}, last change {date}, {time}</source>
        <translation>{holds}, letzte Änderung {date}, {time} Uhr</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/backups.py" line="89"/>
        <source>{line} — damaged, cannot be restored</source>
        <translation>{line} – beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>BodyMaps</name>
    <message>
        <location filename="../repairplanner/printing/body_maps.py" line="31"/>
        <source>Body maps: front and back</source>
        <translation>Körperkarten: vorne und hinten</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/body_maps.py" line="32"/>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/body_maps.py" line="33"/>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/body_maps.py" line="34"/>
        <source>Each of you colours your own copy of this page, on your own: green where touch is welcome, yellow where to ask first, red for “not now”, and leave the rest blank; anything left blank is not part of your map. {never_list} The mouth is never part of a map. A map is never a promise: you can redraw yours, or make it smaller, whenever you like.</source>
        <translation>Ihr malt beide eure eigene Kopie dieser Seite aus, jede Person für sich: grün, wo Berührung willkommen ist, gelb, wo erst gefragt werden soll, rot für „jetzt nicht“; den Rest lasst ihr frei. Was frei bleibt, gehört nicht zu eurer Karte. {never_list} Der Mund gehört nie zu einer Karte. Eine Karte ist nie ein Versprechen: Ihr könnt eure Karte jederzeit neu zeichnen oder kleiner machen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/body_maps.py" line="43"/>
        <source>Whose map: ______________________</source>
        <extracomment>The instruction in English, the never-list in it.</extracomment>
        <translation>Wessen Karte: ______________________</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../repairplanner/services/calendar.py" line="26"/>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/calendar.py" line="30"/>
        <location filename="../repairplanner/services/calendar.py" line="33"/>
        <source>Time together</source>
        <extracomment>What a calendar shows for each session unless the couple asks for exercise titles: nothing more than this.</extracomment>
        <translation>Zeit zu zweit</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/calendar.py" line="31"/>
        <source>Talk together</source>
        <translation>Gespräch zu zweit</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/calendar.py" line="35"/>
        <source>{name}: time on your own</source>
        <extracomment>A solo session in a calendar: for one partner, by name, and still neutral.</extracomment>
        <translation>{name}: Zeit für dich</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/calendar.py" line="121"/>
        <source>{title} ({name}, on your own)</source>
        <extracomment>SEQUENCE counts minutes from here, so every export is newer than the one before and calendars take its times.</extracomment>
        <translation>{title} ({name}, für dich allein)</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="16"/>
        <source>The exercises of this week</source>
        <translation>Die Übungen dieser Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="17"/>
        <source>What each of you agrees to</source>
        <translation>Was ihr beide vereinbart</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="18"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="19"/>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="20"/>
        <source>Our help lines</source>
        <translation>Unsere Hilfenummern</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="21"/>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="69"/>
        <source>Stop signal: “{stop}”. Either of you can stop at any time, without a reason.</source>
        <translation>Stoppsignal: „{stop}“. Ihr könnt beide jederzeit aufhören, ohne Begründung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="71"/>
        <source>Stop signal: “{stop}”. Slow-down signal: “{slow}”. Either of you can slow down or stop at any time, without a reason.</source>
        <translation>Stoppsignal: „{stop}“. Langsamer-Signal: „{slow}“. Ihr könnt beide jederzeit langsamer machen oder aufhören, ohne Begründung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/cards.py" line="88"/>
        <source>{track} · level {level} · about {minutes} minutes</source>
        <translation>{track} · Stufe {level} · etwa {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="26"/>
        <source>Your first reflections will appear here.</source>
        <translation>Hier erscheinen eure ersten Rückblicke.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="27"/>
        <source>Once you have checked in before a session and reflected after it, you can compare the two here.</source>
        <translation>Sobald ihr vor einer Einheit einen Check-in und danach einen Rückblick gemacht habt, könnt ihr beides hier vergleichen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="93"/>
        <source>Working level of each track</source>
        <translation>Aktuelle Stufe in beiden Bereichen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="112"/>
        <source>Felt safe, week by week</source>
        <translation>Sicher gefühlt, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="112"/>
        <source>Felt safe, month by month</source>
        <translation>Sicher gefühlt, Monat für Monat</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="117"/>
        <source>Peak distress, week by week</source>
        <translation>Höchste Belastung, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="118"/>
        <source>Peak distress, month by month</source>
        <translation>Höchste Belastung, Monat für Monat</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="138"/>
        <source>Expected beforehand</source>
        <translation>Vorher erwartet</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="142"/>
        <source>Felt at the time</source>
        <translation>Währenddessen gespürt</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="149"/>
        <source>Expected and felt distress, week by week</source>
        <translation>Erwartete und gespürte Belastung, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="150"/>
        <source>Expected and felt distress, month by month</source>
        <translation>Erwartete und gespürte Belastung, Monat für Monat</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="166"/>
        <source>On average you expected {expected} and felt {felt}.</source>
        <translation>Im Schnitt habt ihr {expected} erwartet und {felt} gespürt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="170"/>
        <source>Most sessions were gentler than you feared; expectations often run high.</source>
        <translation>Die meisten Einheiten waren sanfter als befürchtet; Erwartungen fallen oft zu hoch aus.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="173"/>
        <source>Some sessions were harder than you expected. Going gently, or stepping back, is part of the way.</source>
        <translation>Manche Einheiten waren schwerer als erwartet. Behutsam weitergehen oder eine Stufe zurückgehen gehört zum Weg dazu.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/chart_specs.py" line="177"/>
        <source>What you expected and what you felt were close.</source>
        <translation>Was ihr erwartet und was ihr gespürt habt, lag nah beieinander.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="349"/>
        <source>Nothing to show yet.</source>
        <extracomment>Beyond this many days, weekly points are averaged by month so the lines stay calm. What an empty chart says; &quot;&quot; for the general &quot;Nothing to show yet.&quot; in the interface language.</extracomment>
        <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="354"/>
        <location filename="../repairplanner/printing/charts.py" line="358"/>
        <source>.</source>
        <comment>decimal point</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="369"/>
        <source>{name}: nothing yet.</source>
        <translation>{name}: noch nichts.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="372"/>
        <source>level {level} from {day}</source>
        <translation>Stufe {level} ab {day}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="374"/>
        <source>{name}: {steps}; now level {level}.</source>
        <translation>{name}: {steps}; jetzt Stufe {level}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="380"/>
        <source>{name}: {count} value from {first} to {last}, between {low} and {high}, on average {mean}, most recently {latest}.</source>
        <translation>{name}: {count} Wert von {first} bis {last}, zwischen {low} und {high}, im Schnitt {mean}, zuletzt {latest}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/charts.py" line="386"/>
        <source>{name}: {count} values from {first} to {last}, between {low} and {high}, on average {mean}, most recently {latest}.</source>
        <translation>{name}: {count} Werte von {first} bis {last}, zwischen {low} und {high}, im Schnitt {mean}, zuletzt {latest}.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="17"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="18"/>
        <source>Not today, then. That&apos;s a perfectly good answer, and nobody needs to say why. The session stays in your plan, and you can look at it again another day.</source>
        <translation>Dann heute nicht. Das ist eine völlig gute Antwort, und niemand muss sagen, warum. Die Einheit bleibt in eurem Plan, und ihr könnt sie an einem anderen Tag wieder anschauen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="23"/>
        <source>Do you want to do this today?</source>
        <translation>Möchtest du das heute machen?</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="60"/>
        <source>Choose a traffic light.</source>
        <translation>Wähle eine Ampelfarbe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="62"/>
        <source>Say how hard you expect it to be, from 0 to 10.</source>
        <translation>Sag, wie schwer es dir vermutlich fallen wird, von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/check_in_rules.py" line="64"/>
        <source>Choose what you would like today.</source>
        <translation>Wähle, was du heute möchtest.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../repairplanner/cli.py" line="157"/>
        <source>&apos;{text}&apos; is not a number of years</source>
        <translation>„{text}“ ist keine Anzahl von Jahren</translation>
    </message>
    <message>
        <location filename="../repairplanner/cli.py" line="160"/>
        <source>choose between 0 and 20 years</source>
        <translation>zwischen 0 und 20 Jahren wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/cli.py" line="171"/>
        <source>&apos;{text}&apos; is not a paper size; choose A4 or Letter</source>
        <translation>„{text}“ ist kein Papierformat; A4 oder Letter wählen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../repairplanner/commands/common.py" line="42"/>
        <source>no plan here yet: {folder} holds no RepairPlanner plan (see --data-dir)</source>
        <translation>noch kein Plan hier: {folder} enthält keinen RepairPlanner-Plan (siehe --data-dir)</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="52"/>
        <location filename="../repairplanner/commands/common.py" line="81"/>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="62"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="76"/>
        <source>it is one of RepairPlanner&apos;s own data files</source>
        <translation>es ist eine der eigenen Datendateien von RepairPlanner</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="83"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="85"/>
        <source>it is a device or another special file, not a file</source>
        <translation>es ist ein Gerät oder eine andere Spezialdatei, keine normale Datei</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="93"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="111"/>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="112"/>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="118"/>
        <source>{count} session</source>
        <translation>{count} Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="119"/>
        <source>{count} sessions</source>
        <translation>{count} Einheiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="125"/>
        <source>{count} page</source>
        <translation>{count} Seite</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="126"/>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="132"/>
        <source>{count} event</source>
        <translation>{count} Termin</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="133"/>
        <source>{count} events</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="141"/>
        <source>{count} private note, still sealed</source>
        <translation>{count} private Notiz, weiterhin versiegelt</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="142"/>
        <source>{count} private notes, still sealed</source>
        <translation>{count} private Notizen, weiterhin versiegelt</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/common.py" line="139"/>
        <source>no private notes</source>
        <translation>keine privaten Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="32"/>
        <source>No backups yet in {folder}.</source>
        <translation>Noch keine Sicherungen in {folder}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="35"/>
        <source>give either --list or a FILE to restore, not both</source>
        <translation>entweder --list oder eine DATEI zum Wiederherstellen angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="37"/>
        <source>no plan here yet: {folder} does not exist (see --data-dir)</source>
        <translation>noch kein Plan hier: {folder} existiert nicht (siehe --data-dir)</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="47"/>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="50"/>
        <source>The plan that was in use is kept as {name}; restore it the same way to undo.</source>
        <translation>Der bisher genutzte Plan ist als {name} aufbewahrt; auf dieselbe Weise wiederhergestellt, macht er diesen Schritt rückgängig.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="68"/>
        <source>Wrote the whole plan ({weeks}, {sessions}, {notes}) to {target}.</source>
        <translation>Den ganzen Plan ({weeks}, {sessions}, {notes}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="87"/>
        <source>replacing a plan must be confirmed: give --replace twice, or --replace --yes</source>
        <translation>das Ersetzen eines Plans muss bestätigt werden: --replace zweimal angeben oder --replace --yes</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="96"/>
        <source>{folder} already holds a plan, so nothing was imported. To replace it (a backup is made first and the plan is kept aside), give --replace twice, or --replace --yes.</source>
        <translation>{folder} enthält bereits einen Plan, deshalb wurde nichts importiert. Um ihn zu ersetzen (vorher wird eine Sicherung erstellt und der Plan beiseitegelegt), --replace zweimal angeben oder --replace --yes.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="105"/>
        <source>Imported {weeks}, {sessions} and {notes} into {folder}.</source>
        <translation>{weeks}, {sessions} und {notes} nach {folder} importiert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/data.py" line="113"/>
        <source>The plan that was here is backed up as {name}.</source>
        <translation>Der Plan, der hier war, ist als {name} gesichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/demo.py" line="33"/>
        <source>Wrote a demo couple with {weeks} weeks, {sessions} sessions and {reflections} reflections to {folder}.</source>
        <translation>Ein Beispielpaar mit {weeks} Wochen, {sessions} Einheiten und {reflections} Rückblicken nach {folder} geschrieben.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="70"/>
        <source>the range is backwards: --to {end} is before --from {start}</source>
        <translation>der Zeitraum ist verkehrt herum: --to {end} liegt vor --from {start}</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="73"/>
        <source>the range is longer than {count} years; choose a shorter one</source>
        <translation>der Zeitraum ist länger als {count} Jahre; einen kürzeren wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="89"/>
        <source>{option} &apos;{text}&apos; is not a date; write it like 2026-11-23</source>
        <translation>{option} „{text}“ ist kein Datum; so schreiben: 2026-11-23</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="98"/>
        <source>{what} is out of range; choose a year from {first} to {last}</source>
        <translation>{what} liegt außerhalb des möglichen Bereichs; ein Jahr von {first} bis {last} wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="123"/>
        <source>no plan here yet: the setup in {folder} was never finished</source>
        <translation>noch kein Plan hier: die Einrichtung in {folder} wurde nie abgeschlossen</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="168"/>
        <source>Wrote the week of {dates} ({sessions}, {pages}, {paper}) to {target}.</source>
        <translation>Die Woche {dates} ({sessions}, {pages}, {paper}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="183"/>
        <source>Wrote the summary of {dates} ({weeks}, {pages}, {paper}) to {target}.</source>
        <translation>Die Zusammenfassung für {dates} ({weeks}, {pages}, {paper}) nach {target} geschrieben.</translation>
    </message>
    <message>
        <location filename="../repairplanner/commands/exports.py" line="198"/>
        <source>Wrote {events} for the week of {dates} to {target}.</source>
        <translation>{events} für die Woche {dates} nach {target} geschrieben.</translation>
    </message>
</context>
<context>
    <name>CoupleService</name>
    <message>
        <location filename="../repairplanner/services/couple.py" line="75"/>
        <source>This plan already belongs to a couple; change names in Settings instead.</source>
        <translation>Dieser Plan gehört bereits einem Paar; Namen ändert ihr in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/couple.py" line="101"/>
        <source>There is no couple to change yet; finish the setup first.</source>
        <translation>Es gibt noch kein Paar, das sich ändern ließe; schließt zuerst die Einrichtung ab.</translation>
    </message>
</context>
<context>
    <name>CoupleSetup</name>
    <message>
        <location filename="../repairplanner/core/couple.py" line="71"/>
        <source>Please enter a name for each of you.</source>
        <extracomment>A word or gesture meaning &quot;slower, gentler&quot;; optional, empty when the couple chose none.</extracomment>
        <translation>Bitte gebt für euch beide einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="73"/>
        <source>A name can be at most {count} characters; &apos;{start}…&apos; is longer.</source>
        <translation>Ein Name darf höchstens {count} Zeichen haben; „{start}…“ ist länger.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="76"/>
        <source>A name cannot contain line breaks or invisible control characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche und keine unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="94"/>
        <source>Please write down the stop signal you agreed on: a word or a gesture.</source>
        <translation>Bitte schreibt das Stoppsignal auf, das ihr vereinbart habt: ein Wort oder eine Geste.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="97"/>
        <source>Please keep the stop signal short (at most {count} characters).</source>
        <translation>Bitte haltet das Stoppsignal kurz (höchstens {count} Zeichen).</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="107"/>
        <source>Please keep the slow-down signal short (at most {count} characters).</source>
        <translation>Bitte haltet das Langsamer-Signal kurz (höchstens {count} Zeichen).</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="112"/>
        <source>Please choose a slow-down signal that is different from your stop signal.</source>
        <translation>Bitte wählt ein Langsamer-Signal, das sich von eurem Stoppsignal unterscheidet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="124"/>
        <source>Please use two different names, so the plan can tell you apart.</source>
        <translation>Bitte verwendet zwei verschiedene Namen, damit der Plan euch auseinanderhalten kann.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="126"/>
        <source>The week must start on a day from Monday to Sunday.</source>
        <translation>Die Woche muss an einem Tag von Montag bis Sonntag beginnen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="136"/>
        <source>&apos;{colour}&apos; is not a colour; choose one from the colour picker.</source>
        <translation>„{colour}“ ist keine Farbe; wählt eine aus der Farbauswahl.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="143"/>
        <source>Unavailable days must be weekdays from Monday to Sunday.</source>
        <translation>Nicht verfügbare Tage müssen Wochentage von Montag bis Sonntag sein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/couple.py" line="145"/>
        <source>Please leave at least one day of the week free.</source>
        <translation>Bitte lasst mindestens einen Tag der Woche frei.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../repairplanner/db/backup.py" line="82"/>
        <source>the copy did not pass its check</source>
        <translation>die Kopie hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/backup.py" line="86"/>
        <location filename="../repairplanner/db/backup.py" line="89"/>
        <location filename="../repairplanner/db/migrate.py" line="89"/>
        <location filename="../repairplanner/db/migrate.py" line="122"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/migrate.py" line="40"/>
        <source>RepairPlanner needs to update its data file {database}, but could not first make a backup ({reason}). Nothing was changed; free some space and start it again.</source>
        <translation>RepairPlanner muss seine Datendatei {database} aktualisieren, konnte aber vorher keine Sicherung erstellen ({reason}). Es wurde nichts verändert; macht etwas Speicherplatz frei und startet die App erneut.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/migrate.py" line="72"/>
        <source>RepairPlanner could not create its data file {database} ({reason}). Nothing was kept; free some space or choose another folder with --data-dir.</source>
        <translation>RepairPlanner konnte seine Datendatei {database} nicht anlegen ({reason}). Es wurde nichts behalten; macht etwas Speicherplatz frei oder wählt mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/migrate.py" line="111"/>
        <source>Updating the data file {database} would break {count} links between records, so it was not updated. Nothing was changed; please report this.</source>
        <translation>Die Aktualisierung der Datendatei {database} würde {count} Verknüpfungen zwischen Einträgen zerstören, deshalb wurde sie nicht aktualisiert. Es wurde nichts verändert; bitte meldet das.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/migrate.py" line="124"/>
        <source>Updating the data file {database} failed ({detail}), so it was not updated. Nothing was changed; please report this if it happens again.</source>
        <translation>Die Aktualisierung der Datendatei {database} ist fehlgeschlagen ({detail}), deshalb wurde sie nicht aktualisiert. Es wurde nichts verändert; bitte meldet das, falls es wieder passiert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="64"/>
        <source>it is not a RepairPlanner database</source>
        <extracomment>An empty SQLite file and no marker: a first start that was killed before it finished; it is made again.</extracomment>
        <translation>es ist keine RepairPlanner-Datenbank</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="68"/>
        <source>SQLite&apos;s own check found damage</source>
        <translation>die eigene Prüfung von SQLite hat Schäden gefunden</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="80"/>
        <source>The data in {database} was saved by a newer version of RepairPlanner (schema {revision}). Please install that version or a later one to open it. Nothing was changed.</source>
        <translation>Die Daten in {database} wurden von einer neueren Version von RepairPlanner gespeichert (Schema {revision}). Bitte installiert diese oder eine spätere Version, um sie zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="134"/>
        <source>The newest backup is {path}; restore it with &apos;repairplanner restore {name}&apos;.</source>
        <translation>Die neueste Sicherung ist {path}; stellt sie mit „repairplanner restore {name}“ wieder her.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="138"/>
        <source>If you have a copy of that file, put it back there.</source>
        <translation>Wenn ihr eine Kopie dieser Datei habt, legt sie dorthin zurück.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="141"/>
        <source>RepairPlanner&apos;s data file {database} is empty, although a plan was kept here before. Nothing was changed and nothing was re-created.</source>
        <translation>Die Datendatei {database} von RepairPlanner ist leer, obwohl hier früher ein Plan gespeichert war. Es wurde nichts verändert und nichts neu angelegt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="147"/>
        <source>RepairPlanner&apos;s data file {database} is missing, although a plan was kept here before. Nothing was changed and nothing was re-created.</source>
        <translation>Die Datendatei {database} von RepairPlanner fehlt, obwohl hier früher ein Plan gespeichert war. Es wurde nichts verändert und nichts neu angelegt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="158"/>
        <source>The newest good backup is {path}; restore it with &apos;repairplanner restore {name}&apos;.</source>
        <translation>Die neueste intakte Sicherung ist {path}; stellt sie mit „repairplanner restore {name}“ wieder her.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="162"/>
        <source>Keep a copy of the file and restore a backup if you have one.</source>
        <translation>Bewahrt eine Kopie der Datei auf und stellt eine Sicherung wieder her, falls ihr eine habt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/preflight.py" line="164"/>
        <source>RepairPlanner cannot read its data file {database} ({detail}). It may be damaged. Nothing was changed.</source>
        <translation>RepairPlanner kann seine Datendatei {database} nicht lesen ({detail}). Sie ist möglicherweise beschädigt. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../repairplanner/core/dates.py" line="97"/>
        <source>&apos;{text}&apos; is not a week; write it like 2026-W48</source>
        <extracomment>From a couple&apos;s first day to the day that decides the week&apos;s number (its Thursday, for a Monday-first week).</extracomment>
        <translation>„{text}“ ist keine Woche; so schreiben: 2026-W48</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="102"/>
        <source>{year} has no week {week}</source>
        <translation>das Jahr {year} hat keine Woche {week}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="106"/>
        <source>week {week} of {year} is out of range</source>
        <translation>Woche {week} des Jahres {year} liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="140"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="144"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="148"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="152"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="177"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="190"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="252"/>
        <source>{first} – {last} {year}</source>
        <translation>{first} – {last} {year}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="253"/>
        <source>{first_day}–{last_day} {month} {year}</source>
        <translation>{first_day}.–{last_day}. {month} {year}</translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <location filename="../repairplanner/core/library.py" line="310"/>
        <source>What it is</source>
        <extracomment>(field, label, required) for a custom exercise&apos;s texts, in the order of the editor&apos;s form. Maxima come from SCHEMA; a couple&apos;s own exercise may be simpler than a built-in one, so only what consent and safety need is required. The labels are marked in context &quot;ExerciseFields&quot;; `field_label` translates them.</extracomment>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="311"/>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="312"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="313"/>
        <source>What each of you agrees to</source>
        <translation>Was ihr beide vereinbart</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="314"/>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="315"/>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="316"/>
        <source>A step further, same level</source>
        <translation>Einen Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="317"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="337"/>
        <source>Please give it a name of {low} to {high} characters.</source>
        <translation>Bitte gebt ihr einen Namen mit {low} bis {high} Zeichen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="340"/>
        <source>Please choose touch or talk.</source>
        <translation>Bitte wählt Berührung oder Gespräch.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="343"/>
        <source>Please choose a level from {low} to {high}.</source>
        <translation>Bitte wählt eine Stufe von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="347"/>
        <source>Please choose from {low} to {high} minutes.</source>
        <translation>Bitte wählt {low} bis {high} Minuten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="358"/>
        <source>Please choose at most {count}.</source>
        <translation>Bitte wählt höchstens {count} aus.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="360"/>
        <source>Please choose from the list.</source>
        <translation>Bitte wählt aus der Liste.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="370"/>
        <source>Please add at least {count} line under “{label}”.</source>
        <translation>Bitte ergänzt unter „{label}“ mindestens {count} Zeile.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="373"/>
        <source>Please keep “{label}” to at most {count} lines.</source>
        <translation>Bitte beschränkt „{label}“ auf höchstens {count} Zeilen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="377"/>
        <source>Line {line} is longer than {count} characters; could it be two lines?</source>
        <translation>Zeile {line} ist länger als {count} Zeichen; passt es auch in zwei Zeilen?</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="383"/>
        <source>Please fill in “{label}”: it is part of what you both agree to.</source>
        <translation>Bitte füllt „{label}“ aus: Es gehört zu dem, was ihr beide vereinbart.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="386"/>
        <source>Please keep this under {count} characters (it has {length}).</source>
        <translation>Bitte bleibt unter {count} Zeichen (hier sind es {length}).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../repairplanner/core/files.py" line="28"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="31"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="33"/>
        <source>it is a device or another special file, not a file</source>
        <translation>es ist ein Gerät oder eine andere Spezialdatei, keine normale Datei</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="59"/>
        <source>{error}; the disk may be full</source>
        <translation>{error}; vielleicht ist der Datenträger voll</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="103"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="109"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/files.py" line="111"/>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../repairplanner/core/grading.py" line="28"/>
        <source>Repeat this level and vary one detail: the room, the time, the length, or seated or standing.</source>
        <translation>Wiederholt diese Stufe und verändert ein Detail: den Raum, die Uhrzeit, die Dauer, oder ob ihr sitzt oder steht.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="31"/>
        <source>Book a repair talk this week, to talk through what happened without blame.</source>
        <translation>Plant diese Woche ein Klärungsgespräch ein, um ohne Vorwürfe über das Geschehene zu sprechen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="32"/>
        <source>Nothing is missed and nothing is lost: looking after yourselves is part of the plan.</source>
        <translation>Nichts ist versäumt und nichts ist verloren: Gut für euch zu sorgen, gehört zum Plan.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="158"/>
        <source>a shorter or lighter version</source>
        <translation>eine kürzere oder leichtere Version</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="159"/>
        <source>an exercise from the level before</source>
        <translation>eine Übung der Stufe davor</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="160"/>
        <source>a talk exercise instead</source>
        <translation>stattdessen eine Gesprächsübung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="167"/>
        <source>Take your time, and remember either of you can stop at any moment.</source>
        <translation>Nehmt euch Zeit, und denkt daran: Ihr könnt beide jederzeit aufhören.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="168"/>
        <source>Take your time, and remember you can stop at any moment.</source>
        <translation>Nimm dir Zeit, und denk daran: Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="185"/>
        <source>Waiting for both check-ins.</source>
        <translation>Warten auf beide Check-ins.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="192"/>
        <source>No touch today. You could do a talk exercise together instead, or simply rest.</source>
        <translation>Heute keine Berührung. Ihr könnt stattdessen zusammen eine Gesprächsübung machen oder einfach ausruhen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="200"/>
        <source>Today is a day to go gently. You could rest, or choose a gentler talk.</source>
        <translation>Heute ist ein Tag, um behutsam zu sein. Ihr könnt ausruhen oder ein sanfteres Gespräch wählen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="219"/>
        <source>{items}, or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="223"/>
        <source>Today asks for something lighter. You could choose {ideas}. Going gently is part of the method.</source>
        <translation>Heute darf es etwas Leichteres sein. Ihr könntet {ideas} wählen. Behutsam vorzugehen gehört zur Methode.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="287"/>
        <source>No sessions at this level yet.</source>
        <extracomment>Why the next level waits for other work first (core.method: the accountability talk), in kind words.</extracomment>
        <translation>Noch keine Einheiten auf dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="294"/>
        <source>Last time was hard work for at least one of you.</source>
        <translation>Das letzte Mal war anstrengend, zumindest für eine Person von euch.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="311"/>
        <source>The stop signal was used last time.</source>
        <translation>Beim letzten Mal wurde das Stoppsignal benutzt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="313"/>
        <source>Last time was very hard.</source>
        <translation>Das letzte Mal war sehr schwer.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="324"/>
        <source>Choose an easier exercise, one where you both expect to feel safe.</source>
        <translation>Wählt eine leichtere Übung, bei der ihr beide erwartet, euch sicher zu fühlen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="326"/>
        <source>Go back to the last exercise where you both checked in green.</source>
        <translation>Geht zurück zur letzten Übung, bei der ihr beide beim Check-in grün hattet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="328"/>
        <source>You have already had a repair talk about it.</source>
        <translation>Ihr hattet darüber schon ein Klärungsgespräch.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="359"/>
        <source>This is the top level; keep going at your own pace.</source>
        <translation>Das ist die höchste Stufe; macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="361"/>
        <source>{done} of {needed} sessions at this level so far.</source>
        <translation>Bisher {done} von {needed} Einheiten auf dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="364"/>
        <source>Your sessions at this level span {span} of {needed} days so far.</source>
        <translation>Eure Einheiten auf dieser Stufe erstrecken sich bisher über {span} von {needed} Tagen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="367"/>
        <source>The last {count} sessions need to feel calm and safe for both of you.</source>
        <translation>Die letzten {count} Einheiten sollten sich für euch beide ruhig und sicher anfühlen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="370"/>
        <source>Talk is at level {talk}; touch can move up once talk has reached level {needed}.</source>
        <translation>Gespräch ist auf Stufe {talk}; Berührung kann eine Stufe höher gehen, sobald Gespräch Stufe {needed} erreicht hat.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="378"/>
        <source>{count} sessions at this level over {days} days, and the last {recent} felt calm and safe for both of you.</source>
        <translation>{count} Einheiten auf dieser Stufe über {days} Tage, und die letzten {recent} fühlten sich für euch beide ruhig und sicher an.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="383"/>
        <source>If you like, each of you can answer privately whether you are ready for level {level}.</source>
        <translation>Wenn ihr mögt, beantwortet ihr beide jeweils für euch, ob ihr bereit für Stufe {level} seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="416"/>
        <location filename="../repairplanner/core/grading.py" line="423"/>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="417"/>
        <source>more clothing</source>
        <translation>mehr Kleidung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="418"/>
        <source>a smaller area</source>
        <translation>eine kleinere Fläche</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="419"/>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="420"/>
        <source>eyes open</source>
        <translation>mit offenen Augen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="424"/>
        <source>one question at a time</source>
        <translation>eine Frage nach der anderen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="425"/>
        <source>a smaller topic</source>
        <translation>ein kleineres Thema</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="426"/>
        <source>written first, then spoken</source>
        <translation>erst schreiben, dann sprechen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/grading.py" line="444"/>
        <source>This exercise has been hard {count} times running. Try it in smaller steps ({steps}), or have a talk about what makes it hard.</source>
        <translation>Diese Übung war {count}-mal hintereinander schwer. Probiert sie in kleineren Schritten ({steps}) oder sprecht darüber, was sie schwer macht.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../repairplanner/core/guide.py" line="63"/>
        <source>The guide file &apos;{file}&apos; is not readable: {error}.</source>
        <translation>Die Leitfaden-Datei „{file}“ ist nicht lesbar: {error}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="67"/>
        <source>The guide file &apos;{file}&apos; must hold only [[{table}]] tables.</source>
        <translation>Die Leitfaden-Datei „{file}“ darf nur [[{table}]]-Tabellen enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="69"/>
        <source>The guide file &apos;{file}&apos;, {table} {number}</source>
        <translation>Die Leitfaden-Datei „{file}“, {table} {number}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="73"/>
        <source>The guide file &apos;{file}&apos; repeats an id.</source>
        <translation>Die Leitfaden-Datei „{file}“ wiederholt eine ID.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="79"/>
        <source>{where} is not a table.</source>
        <translation>{where}: Das ist keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="83"/>
        <source>{where} has a missing or unknown field: {fields}.</source>
        <translation>{where}: Ein Feld fehlt oder ist unbekannt: {fields}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="86"/>
        <source>{where}: every field must be text.</source>
        <translation>{where}: Jedes Feld muss Text sein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="88"/>
        <source>{where}: the id must be lower-case words joined by hyphens.</source>
        <translation>{where}: Die ID muss aus kleingeschriebenen Wörtern bestehen, verbunden durch Bindestriche.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="91"/>
        <source>{where}: the title or the body has an unexpected length.</source>
        <translation>{where}: Der Titel oder der Text hat eine unerwartete Länge.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="96"/>
        <source>{where}: the moment must be one of {moments}.</source>
        <translation>{where}: Der Moment muss einer dieser Werte sein: {moments}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/guide.py" line="118"/>
        <source>The guide file {file} is missing.</source>
        <translation>Die Leitfaden-Datei {file} fehlt.</translation>
    </message>
</context>
<context>
    <name>GuideService</name>
    <message>
        <location filename="../repairplanner/services/guide.py" line="70"/>
        <source>The Guide could not be read: {message}</source>
        <translation>Der Leitfaden konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/guide.py" line="105"/>
        <source>Please keep the help lines under {count} characters; they go on every card.</source>
        <translation>Bitte haltet die Hilfenummern unter {count} Zeichen; sie stehen auf jeder Karte.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="96"/>
        <source>the file is larger than any RepairPlanner export ({size} MB)</source>
        <extracomment>Larger than a lifetime of plans (a year is well under a megabyte), small enough to refuse a hostile file quickly. Integers SQLite can store. A value as SQLite stores it.</extracomment>
        <translation>die Datei ist größer als jeder RepairPlanner-Export ({size} MB)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="101"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="106"/>
        <source>it is not a RepairPlanner export (not text)</source>
        <translation>sie ist kein RepairPlanner-Export (kein Text)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="109"/>
        <source>it is not a RepairPlanner export (nested too deeply)</source>
        <translation>sie ist kein RepairPlanner-Export (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="113"/>
        <source>the file is damaged or cut short (not valid JSON near byte {position})</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (kein gültiges JSON bei Byte {position})</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="115"/>
        <source>the file is damaged or cut short (not valid JSON)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (kein gültiges JSON)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="117"/>
        <source>it is not a RepairPlanner export</source>
        <translation>sie ist kein RepairPlanner-Export</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="120"/>
        <source>its format version is missing or not a number</source>
        <translation>ihre Formatversion fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="122"/>
        <source>it was written by a newer version of RepairPlanner (export format {version}); install that version or a later one to import it</source>
        <translation>sie wurde von einer neueren Version von RepairPlanner geschrieben (Exportformat {version}); installiert diese oder eine spätere Version, um sie zu importieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="131"/>
        <source>its header is damaged ({key})</source>
        <translation>ihr Kopfteil ist beschädigt ({key})</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="134"/>
        <source>it holds no tables</source>
        <translation>sie enthält keine Tabellen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="148"/>
        <source>it holds a table this version does not know ({table})</source>
        <translation>sie enthält eine Tabelle, die diese Version nicht kennt ({table})</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="155"/>
        <source>the table {table} is missing; the file is damaged or cut short</source>
        <translation>die Tabelle {table} fehlt; die Datei ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="167"/>
        <source>the table {table} is damaged</source>
        <translation>die Tabelle {table} ist beschädigt</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="171"/>
        <source>the table {table} has damaged column names</source>
        <translation>die Tabelle {table} hat beschädigte Spaltennamen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="175"/>
        <source>the table {table} does not have the columns this version expects</source>
        <translation>die Tabelle {table} hat nicht die Spalten, die diese Version erwartet</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="182"/>
        <source>the table {table} has more rows than any plan could</source>
        <translation>die Tabelle {table} hat mehr Zeilen, als ein Plan haben kann</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="189"/>
        <source>row {row} of the table {table} is damaged</source>
        <translation>Zeile {row} der Tabelle {table} ist beschädigt</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="199"/>
        <source>row {row} of the table {table} holds text that is not valid Unicode</source>
        <translation>Zeile {row} der Tabelle {table} enthält Text, der kein gültiges Unicode ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="209"/>
        <source>row {row} of the table {table} holds a number too large to store</source>
        <translation>Zeile {row} der Tabelle {table} enthält eine Zahl, die zu groß zum Speichern ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="221"/>
        <source>row {row} of the table {table} holds damaged binary data</source>
        <translation>Zeile {row} der Tabelle {table} enthält beschädigte Binärdaten</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/export_format.py" line="226"/>
        <source>row {row} of the table {table} holds a value of an unknown kind</source>
        <translation>Zeile {row} der Tabelle {table} enthält einen Wert unbekannter Art</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/transfer.py" line="57"/>
        <source>it was written by a newer version of RepairPlanner (schema {revision}); install that version or a later one to import it</source>
        <extracomment>Not exported: the schema revision travels in the header instead.</extracomment>
        <translation>sie wurde von einer neueren Version von RepairPlanner geschrieben (Schema {revision}); installiert diese oder eine spätere Version, um sie zu importieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/transfer.py" line="106"/>
        <source>the data in it does not hold together ({problem})</source>
        <translation>die Daten darin passen nicht zusammen ({problem})</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/transfer.py" line="134"/>
        <source>a record in the table {table} points to one that is not there</source>
        <translation>ein Eintrag in der Tabelle {table} verweist auf einen, den es nicht gibt</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/transfer.py" line="142"/>
        <source>a record breaks the plan&apos;s rules ({error})</source>
        <translation>ein Eintrag verletzt die Regeln des Plans ({error})</translation>
    </message>
    <message>
        <location filename="../repairplanner/db/transfer.py" line="150"/>
        <source>a record could not be stored ({error})</source>
        <translation>ein Eintrag konnte nicht gespeichert werden ({error})</translation>
    </message>
</context>
<context>
    <name>LevelTheme</name>
    <message>
        <location filename="../repairplanner/core/entities.py" line="37"/>
        <source>Settle and signal</source>
        <extracomment>Each level&apos;s theme (PRODUCT.md), the same for both tracks (context &quot;LevelTheme&quot;).</extracomment>
        <translation>Ankommen und Signale vereinbaren</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="38"/>
        <source>Friendly touch, structured listening</source>
        <translation>Freundliche Berührung, strukturiertes Zuhören</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="39"/>
        <source>Sustained touch, honest check-ins</source>
        <translation>Längere Berührung, ehrliche Check-ins</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="40"/>
        <source>Receptive touch, vulnerability</source>
        <translation>Empfangende Berührung, Verletzlichkeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="41"/>
        <source>Renegotiation and integration</source>
        <translation>Neu aushandeln und zusammenführen</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../repairplanner/core/library.py" line="63"/>
        <source>Never part of any exercise: genitals, breasts and chest, buttocks, inner thighs, lower belly, the mouth; no kissing.</source>
        <extracomment>What is never part of any exercise (PRODUCT.md); every built-in touch agreement carries this sentence word for word, and the guided session and the printed cards show it for every touch exercise, the couple&apos;s own included.</extracomment>
        <translation>Nie Teil einer Übung: Genitalien, Brüste und Brustkorb, Gesäß, Innenseiten der Oberschenkel, Unterbauch, der Mund; kein Küssen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="158"/>
        <source>The exercise library in {folder} could not be read: {reason}.</source>
        <extracomment>The schema every exercise table must satisfy: each key is required, and no other key is allowed. Fields an exercise table may leave out, with their defaults.</extracomment>
        <translation>Die Übungsbibliothek in {folder} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="161"/>
        <source>The exercise library is missing: no exercise files were found in {folder}.</source>
        <translation>Die Übungsbibliothek fehlt: In {folder} wurden keine Übungsdateien gefunden.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="173"/>
        <source>The exercise library file &apos;{file}&apos; repeats the id &apos;{id}&apos;, already used in &apos;{other}&apos;.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek wiederholt die ID „{id}“, die schon in „{other}“ verwendet wird.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="182"/>
        <source>The exercise library file &apos;{file}&apos; (&apos;{id}&apos;): the field &apos;requires&apos; names &apos;{required}&apos;, which is not another exercise of the library.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek („{id}“): Das Feld „requires“ nennt „{required}“, und das ist keine andere Übung der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="201"/>
        <source>The exercise library file &apos;{file}&apos; is not UTF-8 text.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="204"/>
        <source>The exercise library file &apos;{file}&apos; is malformed: {error}.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist fehlerhaft: {error}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="207"/>
        <source>The exercise library file &apos;{file}&apos; is malformed: it nests too deeply.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek ist fehlerhaft: Sie ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="212"/>
        <source>The exercise library file &apos;{file}&apos; must hold only [[exercise]] tables.</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek darf nur [[exercise]]-Tabellen enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="215"/>
        <source>The exercise library file &apos;{file}&apos;, exercise {number}</source>
        <translation>Die Datei „{file}“ der Übungsbibliothek, Übung {number}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="225"/>
        <source>{where} is missing the field &apos;{field}&apos;.</source>
        <translation>{where}: Das Feld „{field}“ fehlt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="228"/>
        <source>{where} has an unknown field &apos;{field}&apos;.</source>
        <translation>{where}: Das Feld „{field}“ ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="239"/>
        <source>an exercise tagged &apos;sensitive&apos; needs a &apos;neutral_title&apos; for the printed week</source>
        <translation>eine als „sensitive“ markierte Übung braucht einen „neutral_title“ für die gedruckte Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="243"/>
        <source>the field &apos;track&apos; must be &apos;touch&apos; or &apos;talk&apos;</source>
        <translation>das Feld „track“ muss „touch“ oder „talk“ sein</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="245"/>
        <source>the field &apos;id&apos; must look like &apos;{track}-{level}-short-name&apos; (lower-case letters, digits and hyphens) and match the exercise&apos;s track and level</source>
        <translation>das Feld „id“ muss wie „{track}-{level}-kurzer-name“ aussehen (Kleinbuchstaben, Ziffern und Bindestriche) und zu Bereich und Stufe der Übung passen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="276"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="283"/>
        <source>the field &apos;{field}&apos; must be a whole number from {low} to {high}</source>
        <translation>das Feld „{field}“ muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="288"/>
        <source>the field &apos;{field}&apos; must be a text of {low} to {high} characters</source>
        <translation>das Feld „{field}“ muss ein Text mit {low} bis {high} Zeichen sein</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="292"/>
        <source>the field &apos;{field}&apos; must be a list of {low} to {high} texts</source>
        <translation>das Feld „{field}“ muss eine Liste mit {low} bis {high} Texten sein</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="296"/>
        <source>the field &apos;{field}&apos; must hold texts of {low} to {high} characters</source>
        <translation>das Feld „{field}“ muss Texte mit {low} bis {high} Zeichen enthalten</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="299"/>
        <source>the field &apos;{field}&apos; has &apos;{item}&apos;, which is not one of: {allowed}</source>
        <translation>das Feld „{field}“ enthält „{item}“, und das ist keiner dieser Werte: {allowed}</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <location filename="../repairplanner/services/library.py" line="114"/>
        <source>A built-in exercise cannot use the id &apos;{id}&apos;.</source>
        <translation>Eine mitgelieferte Übung kann die ID „{id}“ nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/library.py" line="149"/>
        <location filename="../repairplanner/services/library.py" line="177"/>
        <source>There is no exercise &apos;{id}&apos;.</source>
        <translation>Es gibt keine Übung „{id}“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/library.py" line="165"/>
        <source>{title} (our version)</source>
        <translation>{title} (unsere Version)</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/library.py" line="181"/>
        <source>&apos;{title}&apos; comes with RepairPlanner and cannot be changed; duplicate it to make your own.</source>
        <translation>„{title}“ kommt mit RepairPlanner und kann nicht geändert werden; dupliziert sie, um eure eigene Version zu erstellen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/library.py" line="196"/>
        <source>Only your own exercises can be archived.</source>
        <translation>Nur eure eigenen Übungen können archiviert werden.</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../repairplanner/core/entities.py" line="68"/>
        <source>green</source>
        <extracomment>The traffic light&apos;s colours as words (context &quot;Light&quot;).</extracomment>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="69"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="70"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../repairplanner/core/method.py" line="21"/>
        <source>“{title}”</source>
        <extracomment>Touch from this level on waits until the accountability work has been done at least once.</extracomment>
        <translation>„{title}“</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/method.py" line="24"/>
        <source>{items} or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/method.py" line="40"/>
        <source>Touch from level {level} waits until you have done an accountability talk together at least once ({titles}). Repair begins with honest words; there is no hurry.</source>
        <translation>Berührung ab Stufe {level} wartet, bis ihr mindestens einmal gemeinsam ein Gespräch zum Verantwortung-Übernehmen geführt habt ({titles}). Die Aufarbeitung beginnt mit ehrlichen Worten; es gibt keine Eile.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/method.py" line="64"/>
        <source>“{title}” builds on {titles}. Do that one first, at your own pace; this one will be here when you are ready.</source>
        <translation>„{title}“ baut auf {titles} auf. Macht diese Übung zuerst, in eurem eigenen Tempo; diese hier wartet, bis ihr bereit seid.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../repairplanner/core/dates.py" line="26"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="27"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="28"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="29"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="30"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="31"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="32"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="33"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="34"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="35"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="36"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="37"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../repairplanner/core/pace.py" line="17"/>
        <source>Who is asking for this talk?</source>
        <translation>Wer wünscht sich dieses Gespräch?</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="18"/>
        <source>The slower of you sets the pace. When you both feel ready, each of you answers “Ready for the next level” privately on the Progress page, and you move up together.</source>
        <translation>Wer von euch langsamer ist, bestimmt das Tempo. Wenn ihr euch beide bereit fühlt, beantwortet ihr auf der Seite „Verlauf“ jeweils für euch die Frage „Bereit für die nächste Stufe“, und ihr geht gemeinsam eine Stufe höher.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="52"/>
        <source>“{title}” is level {level} touch, and touch stays within one level of talk (you are at talk level {talk}): words carry the touch. Moving talk up together opens it.</source>
        <translation>„{title}“ ist Berührung auf Stufe {level}, und Berührung bleibt höchstens eine Stufe über Gespräch (ihr seid bei Gespräch auf Stufe {talk}): Worte tragen die Berührung. Geht ihr beim Gespräch gemeinsam eine Stufe höher, wird sie möglich.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="58"/>
        <source>“{title}” is level {level} touch, and you are working at touch level {working} for now.</source>
        <translation>„{title}“ ist Berührung auf Stufe {level}, und eure aktuelle Stufe bei Berührung ist vorerst {working}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="62"/>
        <source>“{title}” is level {level} talk, and you are working at talk level {working} for now.</source>
        <translation>„{title}“ ist Gespräch auf Stufe {level}, und eure aktuelle Stufe bei Gespräch ist vorerst {working}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="69"/>
        <source>“{title}” is a talk one of you asks for when you are ready; it is never simply scheduled. Who is asking for this talk? That partner invites.</source>
        <translation>„{title}“ ist ein Gespräch, das sich eine Person von euch wünscht, wenn sie bereit ist; es wird nie einfach eingeplant. Wer wünscht sich dieses Gespräch? Diese Person lädt ein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="87"/>
        <source>One session was left out of the copy: asked-for talks wait until one of you asks, and exercises above the levels you are working at now wait until you move up together.</source>
        <translation>Eine Einheit wurde beim Kopieren ausgelassen: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und Übungen über euren aktuellen Stufen warten, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/pace.py" line="92"/>
        <source>Some sessions were left out of the copy: asked-for talks wait until one of you asks, and exercises above the levels you are working at now wait until you move up together.</source>
        <translation>Einige Einheiten wurden beim Kopieren ausgelassen: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und Übungen über euren aktuellen Stufen warten, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../repairplanner/core/passphrase.py" line="19"/>
        <source>A passphrase needs at least {count} characters. A short sentence that only you would think of works well. Choose one you will remember: a forgotten passphrase cannot be recovered.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen. Ein kurzer Satz, auf den nur du kommen würdest, eignet sich gut. Wähle einen, den du dir merken kannst: Eine vergessene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/passphrase.py" line="32"/>
        <source>That passphrase doesn&apos;t open these notes. Passphrases are case-sensitive.</source>
        <translation>Diese Passphrase öffnet diese Notizen nicht. Bei Passphrasen zählt die Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/passphrase.py" line="41"/>
        <source>The record that opens these private notes is damaged, so they can&apos;t be opened right now. Your passphrase is not the problem. A backup made before the damage may still open them.</source>
        <translation>Der Eintrag, der diese privaten Notizen öffnet, ist beschädigt, deshalb lassen sie sich gerade nicht öffnen. Deine Passphrase ist nicht das Problem. Mit einer Sicherung von vor der Beschädigung lassen sie sich vielleicht noch öffnen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/crypto/sealing.py" line="35"/>
        <source>This private note is damaged and can&apos;t be opened. Your passphrase is fine and your other notes are not affected. A backup made before the damage may still hold it.</source>
        <translation>Diese private Notiz ist beschädigt und lässt sich nicht öffnen. Deine Passphrase ist in Ordnung, und deine anderen Notizen sind nicht betroffen. Eine Sicherung von vor der Beschädigung enthält sie vielleicht noch.</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <location filename="../repairplanner/services/plan.py" line="74"/>
        <source>“{title}” is done alone: choose which of you it is for.</source>
        <translation>„{title}“ macht eine Person allein: Wählt, für wen von euch es ist.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="80"/>
        <source>“{title}” is something you do together, not alone.</source>
        <translation>„{title}“ macht ihr gemeinsam, nicht allein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="143"/>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="209"/>
        <source>That session cannot be brought back.</source>
        <translation>Diese Einheit kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="218"/>
        <source>Please keep the intention to one line of at most {count} characters.</source>
        <translation>Bitte haltet den Vorsatz auf einer Zeile mit höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="240"/>
        <source>This week already has sessions; copying only fills an empty week.</source>
        <translation>Diese Woche hat schon Einheiten; Kopieren füllt nur eine leere Woche.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="244"/>
        <source>There is nothing planned in that week to copy.</source>
        <translation>In dieser Woche ist nichts geplant, das sich kopieren ließe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="250"/>
        <source>Nothing in that week can be copied as it is: asked-for talks wait until one of you asks, and the rest is above the levels you are working at now. Suggest a week, or add sessions by hand.</source>
        <translation>Nichts aus dieser Woche lässt sich so kopieren: Gespräche auf Wunsch warten, bis sich eine Person von euch eins wünscht, und der Rest liegt über euren aktuellen Stufen. Lasst euch eine Woche vorschlagen oder fügt Einheiten von Hand hinzu.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="288"/>
        <source>This week already has sessions; a suggestion only fills an empty week.</source>
        <translation>Diese Woche hat schon Einheiten; ein Vorschlag füllt nur eine leere Woche.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="300"/>
        <source>Every day of this week is marked as usually busy, so there is nothing to suggest.</source>
        <translation>Jeder Tag dieser Woche ist als meist belegt markiert, deshalb gibt es nichts vorzuschlagen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="352"/>
        <source>That session is no longer in the plan.</source>
        <translation>Diese Einheit ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/plan.py" line="359"/>
        <source>A session lasts between 1 and {count} minutes.</source>
        <translation>Eine Einheit dauert zwischen 1 und {count} Minuten.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <location filename="../repairplanner/services/print_data.py" line="43"/>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/print_data.py" line="50"/>
        <source>There is no couple in this data folder yet.</source>
        <translation>In diesem Datenordner gibt es noch kein Paar.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../repairplanner/printing/pdf.py" line="29"/>
        <source>Weekly plan</source>
        <extracomment>The document name print queues and PDF readers show, unless the couple chooses otherwise.</extracomment>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/pdf.py" line="30"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/pdf.py" line="88"/>
        <source>the PDF is incomplete</source>
        <extracomment>The resolution PDFs are drawn at (QPrinter&apos;s HighResolution for PDF output).</extracomment>
        <translation>das PDF ist unvollständig</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/pdf.py" line="91"/>
        <source>the PDF&apos;s cross-reference table is missing</source>
        <translation>dem PDF fehlt die Querverweistabelle</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <location filename="../repairplanner/services/progress.py" line="116"/>
        <source>You are at the top of the touch ladder already.</source>
        <extracomment>How far back the engine looks: far more than its rules need, and it keeps ten years of history cheap.</extracomment>
        <translation>Ihr seid bei Berührung schon auf der höchsten Stufe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/progress.py" line="117"/>
        <source>You are at the top of the talk ladder already.</source>
        <translation>Ihr seid bei Gespräch schon auf der höchsten Stufe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/progress.py" line="174"/>
        <source>Moving up needs both of you to answer &apos;ready&apos; first, and touch stays within one level of talk.</source>
        <translation>Um eine Stufe höher zu gehen, antwortet ihr zuerst beide mit „bereit“, und Berührung bleibt höchstens eine Stufe über Gespräch.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/progress.py" line="189"/>
        <source>A level can be lowered here; moving up is something you decide together.</source>
        <translation>Hier lässt sich eine Stufe senken; eine Stufe höher zu gehen, entscheidet ihr gemeinsam.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../repairplanner/core/readiness.py" line="75"/>
        <source>Waiting for both answers. Each answer stays private until you have both answered.</source>
        <translation>Warten auf beide Antworten. Jede Antwort bleibt privat, bis ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/readiness.py" line="81"/>
        <source>Not this week. Stay with touch level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt bei Berührung auf Stufe {level}; nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/readiness.py" line="83"/>
        <source>Not this week. Stay with talk level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt bei Gespräch auf Stufe {level}; nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/readiness.py" line="86"/>
        <source>You are both ready for touch level {level}. Nothing changes until you confirm it together.</source>
        <translation>Ihr seid beide bereit für Berührung auf Stufe {level}. Nichts ändert sich, bis ihr es gemeinsam bestätigt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/readiness.py" line="90"/>
        <source>You are both ready for talk level {level}. Nothing changes until you confirm it together.</source>
        <translation>Ihr seid beide bereit für Gespräch auf Stufe {level}. Nichts ändert sich, bis ihr es gemeinsam bestätigt.</translation>
    </message>
</context>
<context>
    <name>ReadingPrint</name>
    <message>
        <location filename="../repairplanner/printing/reading_document.py" line="16"/>
        <source>Our own help lines</source>
        <translation>Unsere eigenen Hilfenummern</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/reading_document.py" line="18"/>
        <source>A reading</source>
        <extracomment>The document name a printed or exported reading carries: it says nothing about what the reading is about.</extracomment>
        <translation>Ein Lesetext</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="16"/>
        <source>The plan is resting</source>
        <translation>Der Plan ruht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="17"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="19"/>
        <source>The plan is paused. Resume it together first; nothing is missed while it rests.</source>
        <extracomment>Longer words for a refusal: said kindly, never whose light or whose click it was.</extracomment>
        <translation>Der Plan ist pausiert. Setzt ihn zuerst gemeinsam fort; solange er ruht, wird nichts versäumt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="22"/>
        <source>Not today: a red light before touch means no touch for the rest of the day. A gentle talk or rest is there instead; nothing is missed.</source>
        <translation>Heute nicht: Eine rote Ampel vor einer Berührung heißt keine Berührung für den Rest des Tages. Stattdessen gibt es ein sanftes Gespräch oder Ruhe; nichts wird versäumt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="27"/>
        <source>This session is already behind you; consent is for sessions still to come.</source>
        <translation>Diese Einheit liegt schon hinter euch; Zustimmung gilt für Einheiten, die noch kommen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="30"/>
        <source>This day has passed; consent is for sessions still to come. Plan it again on another day.</source>
        <translation>Dieser Tag ist vorbei; Zustimmung gilt für Einheiten, die noch kommen. Plant sie an einem anderen Tag neu.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="33"/>
        <source>A session starts only when both of you have ticked your consent for it.</source>
        <translation>Eine Einheit beginnt erst, wenn ihr beide eure Zustimmung angekreuzt habt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="36"/>
        <source>This session is already under way.</source>
        <translation>Diese Einheit läuft bereits.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="37"/>
        <source>A reflection is for a session you have done, or one you both agreed to whose day has come.</source>
        <translation>Ein Rückblick gehört zu einer Einheit, die ihr gemacht habt, oder zu einer, der ihr beide zugestimmt habt und deren Tag gekommen ist.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/session_rules.py" line="40"/>
        <source>This session is already behind you; plan it again to start it.</source>
        <translation>Diese Einheit liegt schon hinter euch; plant sie neu, um sie zu beginnen.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <location filename="../repairplanner/services/session_facts.py" line="25"/>
        <source>This session is for one of you alone; only they give consent, check in and reflect on it.</source>
        <translation>Diese Einheit ist für eine Person von euch allein; nur sie stimmt zu, macht den Check-in und den Rückblick.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_facts.py" line="46"/>
        <source>That session is no longer in the plan.</source>
        <translation>Diese Einheit ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="48"/>
        <source>Each rating goes from 0 to 10.</source>
        <translation>Jede Bewertung geht von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="52"/>
        <source>Please keep a note under {count} characters.</source>
        <translation>Bitte halte eine Notiz unter {count} Zeichen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="126"/>
        <source>A passphrase is already set; change it instead.</source>
        <translation>Eine Passphrase ist bereits festgelegt; ändere sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="141"/>
        <source>There is no passphrase to change yet.</source>
        <translation>Es gibt noch keine Passphrase, die sich ändern ließe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="159"/>
        <source>Set a passphrase first; it keeps your private notes readable by you alone.</source>
        <translation>Lege zuerst eine Passphrase fest; mit ihr kannst nur du deine privaten Notizen lesen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/session_notes.py" line="165"/>
        <source>Your passphrase is needed to keep this note private.</source>
        <translation>Deine Passphrase wird gebraucht, um diese Notiz privat zu halten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="169"/>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="171"/>
        <source>Please choose a different exercise to propose.</source>
        <translation>Bitte wähle eine andere Übung für deinen Vorschlag.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="254"/>
        <source>Each of you takes a turn in the check-in.</source>
        <translation>Beim Check-in seid ihr beide nacheinander an der Reihe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="307"/>
        <source>Each of you checks in first: a traffic light and how hard you expect it to be.</source>
        <translation>Zuerst macht ihr beide den Check-in: eine Ampelfarbe und wie schwer es euch vermutlich fällt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="314"/>
        <source>Today asks for something lighter: make it shorter, or choose another exercise, and start that.</source>
        <translation>Heute darf es etwas Leichteres sein: Macht die Einheit kürzer oder wählt eine andere Übung und beginnt diese.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="324"/>
        <source>Each of you says yes on the day, in the check-in, before a session starts.</source>
        <translation>Ihr sagt beide am Tag selbst im Check-in Ja, bevor eine Einheit beginnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/sessions.py" line="344"/>
        <source>Expected distress goes from 0 (none) to 10 (the most you can imagine).</source>
        <translation>Die erwartete Belastung geht von 0 (keine) bis 10 (die stärkste, die du dir vorstellen kannst).</translation>
    </message>
</context>
<context>
    <name>ShortMonths</name>
    <message>
        <location filename="../repairplanner/core/dates.py" line="41"/>
        <source>Jan</source>
        <extracomment>Month names as a date abbreviates them (context &quot;ShortMonths&quot;, so &quot;May&quot; can differ from the full name).</extracomment>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="42"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="43"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="44"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="45"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="46"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="47"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="48"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="49"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="50"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="51"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="52"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
</context>
<context>
    <name>ShortWeekdays</name>
    <message>
        <location filename="../repairplanner/core/dates.py" line="64"/>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="65"/>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="66"/>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="67"/>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="68"/>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="69"/>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="70"/>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../repairplanner/services/storage.py" line="19"/>
        <source>There is no room left on this computer&apos;s disk, so this could not be saved. Free some space. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Auf dem Datenträger dieses Computers ist kein Platz mehr, deshalb konnte das nicht gespeichert werden. Macht etwas Speicherplatz frei. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/storage.py" line="24"/>
        <source>Your plan&apos;s file is busy right now, so this could not be saved. Please try again in a moment. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Die Datei eures Plans ist gerade belegt, deshalb konnte das nicht gespeichert werden. Bitte versucht es gleich noch einmal. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/storage.py" line="29"/>
        <source>Your plan&apos;s file could not be read or written properly, so this was not saved. Restarting the app may help; a backup is kept in the data folder. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Die Datei eures Plans konnte nicht richtig gelesen oder geschrieben werden, deshalb wurde das nicht gespeichert. Ein Neustart der App kann helfen; im Datenordner liegt eine Sicherung. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/storage.py" line="35"/>
        <source>This could not be saved because it clashes with something already stored. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Das konnte nicht gespeichert werden, weil es mit etwas bereits Gespeichertem kollidiert. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/storage.py" line="40"/>
        <source>This could not be saved because of a problem with the plan&apos;s file. Nothing was half-saved, and what you typed is still here, so you can try again.</source>
        <translation>Das konnte wegen eines Problems mit der Datei des Plans nicht gespeichert werden. Es wurde nichts halb gespeichert, und was ihr eingegeben habt, ist noch da, sodass ihr es erneut versuchen könnt.</translation>
    </message>
</context>
<context>
    <name>SummaryPrint</name>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="32"/>
        <source>After each session each of us rated, on our own, how safe we felt and the most distress we felt, from 0 (not at all) to 10 (the most). These are self-ratings, not scores or test results. The figures are averages over the sessions done in a week (in the charts, over a month when the range is long); a dash means no rating that week. Only the sessions we practised are counted: what we chose not to do is part of the practice too, and is never counted. Only notes we chose to share are included.</source>
        <extracomment>The chart image&apos;s width in pixels: about 200 dpi across the page. Each chart&apos;s height as a share of its width.</extracomment>
        <translation>Nach jeder Einheit haben wir beide jeweils für uns bewertet, wie sicher wir uns gefühlt haben und wie stark die höchste Belastung war, von 0 (gar nicht) bis 10 (am stärksten). Das sind Selbsteinschätzungen, keine Punktzahlen oder Testergebnisse. Die Zahlen sind Durchschnitte über die Einheiten einer Woche (in den Diagrammen über einen Monat, wenn der Zeitraum lang ist); ein Strich heißt, dass es in dieser Woche keine Bewertung gab. Gezählt werden nur die Einheiten, die wir geübt haben: Was wir bewusst nicht gemacht haben, gehört ebenfalls zur Übung und wird nie gezählt. Enthalten sind nur Notizen, die wir teilen wollten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="75"/>
        <source>{first} &amp; {second} — summary, {dates}</source>
        <translation>{first} &amp; {second} – Zusammenfassung, {dates}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="116"/>
        <source>Practice summary</source>
        <translation>Zusammenfassung unserer Übungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="117"/>
        <source>{dates} · {first} and {second}</source>
        <translation>{dates} · {first} und {second}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="120"/>
        <source>Prepared by the couple with RepairPlanner.</source>
        <translation>Erstellt von uns als Paar mit RepairPlanner.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="121"/>
        <source>How safe we felt, and our peak distress</source>
        <translation>Wie sicher wir uns gefühlt haben, und unsere höchste Belastung</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="140"/>
        <source>talk {start} → {end}</source>
        <translation>Gespräch {start} → {end}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="143"/>
        <source>touch {start} → {end}</source>
        <translation>Berührung {start} → {end}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="149"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; session</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="151"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Einheiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="154"/>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="156"/>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="159"/>
        <source>{count} change</source>
        <translation>{count} Änderung</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="161"/>
        <source>{count} changes</source>
        <translation>{count} Änderungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="163"/>
        <source>{sessions} practised over {weeks}.</source>
        <translation>{sessions} geübt in {weeks}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="164"/>
        <source>Working level (1 to 5) from the start to the end of the range: {levels} ({changes} in between).</source>
        <translation>Aktuelle Stufe (1 bis 5) vom Anfang bis zum Ende des Zeitraums: {levels} ({changes} dazwischen).</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="172"/>
        <source>Level changes</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="174"/>
        <source>No level changed in this range.</source>
        <translation>In diesem Zeitraum hat sich keine Stufe geändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="176"/>
        <source>moved up</source>
        <translation>eine Stufe höher</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="176"/>
        <source>stepped back</source>
        <translation>eine Stufe zurück</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="184"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="185"/>
        <source>Track</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="186"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="210"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="211"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="212"/>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="214"/>
        <source>Felt safe</source>
        <translation>Sicher gefühlt</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="214"/>
        <source>Peak distress</source>
        <translation>Höchste Belastung</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="224"/>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="231"/>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="233"/>
        <source>No shared notes in this range.</source>
        <translation>Keine gemeinsamen Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/summary_document.py" line="235"/>
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <location filename="../repairplanner/services/summary_data.py" line="53"/>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/summary_data.py" line="60"/>
        <source>there is no plan here yet, so there is nothing to summarise</source>
        <translation>hier gibt es noch keinen Plan, also nichts zusammenzufassen</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../repairplanner/core/library.py" line="45"/>
        <source>daily</source>
        <extracomment>Tags: &quot;asked-for&quot; (a partner asks for it; never suggested, copied or scheduled by the app), &quot;heavy&quot; (a hard talk: never the gentle talk offered on a red day, never followed by touch the same evening), &quot;sensitive&quot; (printed on the week under `neutral_title`), &quot;solo&quot; (one partner alone), &quot;accountability&quot; (the acknowledgment and accountability work that touch level 3 waits for), &quot;regulation&quot; (calming a flooded body), &quot;safety-agreement&quot;.</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="46"/>
        <source>ritual</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="47"/>
        <source>weekly-meeting</source>
        <translation>Wochentreffen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="48"/>
        <source>debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="49"/>
        <source>repair</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="50"/>
        <source>review</source>
        <translation>Rückschau</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="51"/>
        <source>asked-for</source>
        <translation>auf Wunsch</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="52"/>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="53"/>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="54"/>
        <source>solo</source>
        <translation>allein</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="55"/>
        <source>accountability</source>
        <translation>Verantwortung übernehmen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="56"/>
        <source>regulation</source>
        <translation>Selbstregulation</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="57"/>
        <source>safety-agreement</source>
        <translation>Sicherheitsvereinbarung</translation>
    </message>
</context>
<context>
    <name>Techniques</name>
    <message>
        <location filename="../repairplanner/core/library.py" line="23"/>
        <source>Sensate focus</source>
        <extracomment>The techniques an exercise may draw on: stored in English, shown through `technique_name` (context &quot;Techniques&quot;).</extracomment>
        <translation>Sensate Focus (nach Masters und Johnson)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="24"/>
        <source>Graded exposure</source>
        <translation>Gestufte Exposition</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="25"/>
        <source>Mindful breathing</source>
        <translation>Achtsames Atmen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="26"/>
        <source>Emotionally focused therapy</source>
        <translation>Emotionsfokussierte Therapie (EFT)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="27"/>
        <source>Gottman method</source>
        <translation>Gottman-Methode</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="28"/>
        <source>Attachment-based couples work</source>
        <translation>Bindungsorientierte Paararbeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="29"/>
        <source>Co-regulation</source>
        <translation>Co-Regulation</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="30"/>
        <source>PREP speaker–listener</source>
        <translation>PREP (Sprecher-Zuhörer-Technik)</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="31"/>
        <source>Imago dialogue</source>
        <translation>Imago-Dialog</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="32"/>
        <source>Satir temperature reading</source>
        <translation>Satirs Temperaturmessung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="33"/>
        <source>Aron&apos;s closeness questions</source>
        <translation>Arons Nähe-Fragen</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="34"/>
        <source>Gottman atone–attune–attach</source>
        <translation>Gottman: Sühnen, Einstimmen, Verbinden</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="35"/>
        <source>Trauma-informed affair recovery</source>
        <translation>Traumasensible Aufarbeitung einer Affäre</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/library.py" line="36"/>
        <source>Nonviolent communication</source>
        <translation>Gewaltfreie Kommunikation</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <location filename="../repairplanner/core/limits.py" line="42"/>
        <source>The name</source>
        <extracomment>An exercise title and neutral title (as in the library schema). A week&apos;s intention, a session&apos;s note, a reason. A reflection note: a few pages of writing (the reflection dialog and SessionService use the same bound). An exercise&apos;s longer texts (summary, agreement, safety, …) and each of its list items. A passphrase (long passphrases are welcome; megabytes are not). Characters that reorder text on screen (embeddings, overrides, isolates). Each kind of text as the subject of a refusal (context &quot;TextLimits&quot;): &apos;The name is too long: …&apos;.</extracomment>
        <translation>Der Name</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="43"/>
        <source>The stop signal</source>
        <translation>Das Stoppsignal</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="44"/>
        <source>The slow-down signal</source>
        <translation>Das Langsamer-Signal</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="45"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="46"/>
        <source>The neutral title</source>
        <translation>Der neutrale Titel</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="47"/>
        <source>The exercise text</source>
        <translation>Der Übungstext</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="48"/>
        <source>The thing needed</source>
        <translation>Der Eintrag unter „Was ihr braucht“</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="49"/>
        <source>The step</source>
        <translation>Der Schritt</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="50"/>
        <source>The passphrase</source>
        <translation>Die Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="51"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="52"/>
        <source>The session note</source>
        <translation>Die Notiz zur Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="53"/>
        <source>The intention</source>
        <translation>Der Vorsatz</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="57"/>
        <source>things needed</source>
        <extracomment>The kinds of text that come as lists, in the plural: &apos;There can be at most 12 steps&apos;.</extracomment>
        <translation>Einträge unter „Was ihr braucht“</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="58"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="69"/>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="80"/>
        <source>{subject} is not text.</source>
        <translation>{subject} ist kein Text.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="82"/>
        <source>{subject} is too long: it can be at most {limit} characters, and this one has {length}. Nothing was saved.</source>
        <translation>{subject} ist zu lang: Erlaubt sind höchstens {limit} Zeichen, hier sind es {length}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="91"/>
        <source>{subject} holds a broken character that cannot be saved (often from a bad copy and paste). Please type that part again.</source>
        <translation>{subject} enthält ein beschädigtes Zeichen, das sich nicht speichern lässt (oft durch fehlerhaftes Kopieren und Einfügen). Bitte diese Stelle neu eintippen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="98"/>
        <source>{subject} holds hidden characters that change the direction of the text ({code}), so it could read differently from what you see. Please type it again without them.</source>
        <translation>{subject} enthält versteckte Zeichen, die die Schreibrichtung ändern ({code}), sodass der Text anders gelesen werden könnte, als er aussieht. Bitte ohne diese Zeichen neu eintippen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="106"/>
        <source>{subject} cannot contain invisible control characters. Nothing was saved.</source>
        <translation>{subject} darf keine unsichtbaren Steuerzeichen enthalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="110"/>
        <source>{subject} cannot contain line breaks or invisible control characters. Nothing was saved.</source>
        <translation>{subject} darf keine Zeilenumbrüche und keine unsichtbaren Steuerzeichen enthalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/limits.py" line="124"/>
        <source>There can be at most {count} {items}; this has {found}. Nothing was saved.</source>
        <translation>Es sind höchstens {count} {items} möglich; hier sind es {found}. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <location filename="../repairplanner/core/entities.py" line="32"/>
        <source>Touch</source>
        <extracomment>The tracks&apos; display names (context &quot;Track&quot;).</extracomment>
        <translation>Berührung</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/entities.py" line="33"/>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="121"/>
        <source>cannot read {source}: {reason}</source>
        <extracomment>Tables whose rows make a plan &quot;not empty&quot;: importing over them needs `replace`.</extracomment>
        <translation>{source} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="127"/>
        <source>cannot read {source}: {error}</source>
        <translation>{source} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="136"/>
        <location filename="../repairplanner/services/transfer.py" line="173"/>
        <source>{source} was not imported: {message}.</source>
        <translation>{source} wurde nicht importiert: {message}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="152"/>
        <source>{data_dir} already holds a plan, so nothing was imported. Import into an empty data folder, or choose to replace this plan (a backup is made first).</source>
        <translation>{data_dir} enthält bereits einen Plan, deshalb wurde nichts importiert. Importiert in einen leeren Datenordner oder entscheidet euch, diesen Plan zu ersetzen (vorher wird eine Sicherung erstellt).</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="179"/>
        <source>{source} was not imported: {message}</source>
        <translation>{source} wurde nicht importiert: {message}</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="185"/>
        <source>{source} was not imported: {reason}.</source>
        <translation>{source} wurde nicht importiert: {reason}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/services/transfer.py" line="232"/>
        <source>the plan in it cannot be read ({kind})</source>
        <translation>der Plan darin kann nicht gelesen werden ({kind})</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="27"/>
        <source>Either of us can pause, at any time, without a reason.</source>
        <extracomment>Height of one ruled line for handwriting, in points (about 7 mm). Ruled lines may grow this much taller to fill the page down to the footer.</extracomment>
        <translation>Wir können beide jederzeit pausieren, ohne Begründung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="29"/>
        <source>The plan is resting</source>
        <extracomment>A paused day on paper: calm, nothing to do, nothing missed, never whose pause it was.</extracomment>
        <translation>Der Plan ruht</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="30"/>
        <source>☑ agreed in the app     ☐ to tick by hand</source>
        <translation>☑ in der App zugestimmt     ☐ von Hand ankreuzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="31"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="32"/>
        <source>Either of us invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="52"/>
        <source>{heading} · {dates}</source>
        <extracomment>A solo session&apos;s box takes this share of its day&apos;s width, on its partner&apos;s side.</extracomment>
        <translation>{heading} · {dates}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="77"/>
        <source>{first} &amp; {second} — week of {date}</source>
        <translation>{first} &amp; {second} – Woche ab {date}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="171"/>
        <source>Week {number}</source>
        <extracomment>Tried from the first until the week fits on its page; the last is the smallest we consider readable.</extracomment>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="185"/>
        <source>Our intention this week:</source>
        <translation>Unser Vorsatz der Woche:</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="226"/>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="248"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="254"/>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="272"/>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="275"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="280"/>
        <source>{name} alone</source>
        <translation>{name} allein</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="281"/>
        <source>{name}, on their own</source>
        <translation>{name}, für sich allein</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="285"/>
        <source>Either invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="287"/>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="292"/>
        <source>“{signal}”</source>
        <translation>„{signal}“</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="293"/>
        <source>Stop signal:</source>
        <translation>Stoppsignal:</translation>
    </message>
    <message>
        <location filename="../repairplanner/printing/week_document.py" line="297"/>
        <source>Slow down:</source>
        <translation>Langsamer:</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../repairplanner/core/dates.py" line="55"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="56"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="57"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="58"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="59"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="60"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../repairplanner/core/dates.py" line="61"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
</TS>
