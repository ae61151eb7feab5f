<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="15"/>
        <source>No touch today. That&apos;s fine.</source>
        <translation>Heute keine Berührung. Das ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="37"/>
        <source>Ready when you are</source>
        <translation>Bereit, wenn ihr es seid</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="38"/>
        <source>Something lighter today?</source>
        <translation>Heute etwas Leichteres?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="40"/>
        <source>A gentle day</source>
        <translation>Ein sanfter Tag</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="41"/>
        <source>Waiting for both check-ins</source>
        <translation>Beide Check-ins stehen noch aus</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="42"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="57"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="58"/>
        <source>Start a &amp;shorter version ({minutes} min)</source>
        <translation>Eine &amp;kürzere Version starten ({minutes} Min.)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="59"/>
        <source>Choose an exercise from &amp;level {level}…</source>
        <translation>Eine Übung aus Stu&amp;fe {level} wählen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="60"/>
        <source>Choose a &amp;talk instead…</source>
        <translation>Stattdessen ein &amp;Gespräch wählen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="61"/>
        <source>Choose a &amp;gentler talk…</source>
        <translation>Ein s&amp;anfteres Gespräch wählen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="62"/>
        <source>&amp;Rest today</source>
        <translation>Heute &amp;ruhen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="95"/>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="96"/>
        <source>After your check-in</source>
        <translation>Nach eurem Check-in</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="107"/>
        <source>What your check-ins suggest</source>
        <translation>Was eure Check-ins nahelegen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="119"/>
        <location filename="../repairplanner/ui/session/advice_dialog.py" line="120"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>AlternativeDialog</name>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="41"/>
        <source>Not this — how about…?</source>
        <extracomment>Shown through translate(&quot;AlternativeDialog&quot;, …): the default is marked here, a caller passes its own words.</extracomment>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="88"/>
        <source>Saying no to this one is fine, and needs no reason.</source>
        <translation>Nein zu dieser Übung zu sagen ist in Ordnung und braucht keinen Grund.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="90"/>
        <source>Instead of “{title}”. Saying no to this one is fine, and needs no reason.</source>
        <translation>Statt „{title}“. Nein zu dieser Übung zu sagen ist in Ordnung und braucht keinen Grund.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="103"/>
        <source>&amp;Suggest this</source>
        <translation>Das &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="105"/>
        <source>&amp;Choose this</source>
        <translation>Das &amp;wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="117"/>
        <source>Who would like something else?</source>
        <translation>Wer möchte etwas anderes?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="121"/>
        <source>{name} suggests something else</source>
        <translation>{name} schlägt etwas anderes vor</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="135"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="138"/>
        <source>Talk (suggested)</source>
        <translation>Gespräch (empfohlen)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="139"/>
        <source>Show talk (suggested)</source>
        <translation>Gespräche zeigen (empfohlen)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="143"/>
        <source>Touch</source>
        <translation>Berührung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="144"/>
        <source>Show touch</source>
        <translation>Berührung zeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="147"/>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="147"/>
        <source>Show both</source>
        <translation>Beides zeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="164"/>
        <source>Exercises at level {level} or lower</source>
        <translation>Übungen bis Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="169"/>
        <source>About the chosen exercise</source>
        <translation>Zur gewählten Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="216"/>
        <source>{title}
{track} · level {level} · {minutes} min</source>
        <translation>{title}
{track} · Stufe {level} · {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="225"/>
        <source>No exercise at level {level} or lower. Try showing both tracks.</source>
        <translation>Keine Übung bis Stufe {level}. Versucht es mit „Beides“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="227"/>
        <source>No exercise at level {level} or lower. Nothing else in the library fits here.</source>
        <translation>Keine Übung bis Stufe {level}. Sonst passt hier nichts aus der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/alternative_dialog.py" line="243"/>
        <source>What you agree to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="28"/>
        <source>Restore from a backup</source>
        <extracomment>How often a running app checks whether today&apos;s copy is due (it is made at most once a day).</extracomment>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="29"/>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="30"/>
        <source>Import a plan</source>
        <translation>Einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="31"/>
        <source>RepairPlanner export (*.json)</source>
        <translation>RepairPlanner-Export (*.json)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="47"/>
        <source>&amp;Restore from a backup…</source>
        <extracomment>The file name an export is offered under (kept in English: it is a file, not a sentence).</extracomment>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="50"/>
        <source>E&amp;xport everything…</source>
        <translation>Alles e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="52"/>
        <source>Write the whole plan to one file, to move it to another computer</source>
        <translation>Den ganzen Plan in eine Datei schreiben, um ihn auf einen anderen Computer mitzunehmen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="56"/>
        <source>&amp;Import a plan…</source>
        <translation>Einen Plan &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="106"/>
        <source>There are no backups yet. A copy is made each day you use the plan.</source>
        <translation>Es gibt noch keine Sicherungen. An jedem Tag, an dem ihr den Plan nutzt, wird eine Kopie angelegt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="113"/>
        <source>Go back to this copy?

{copy}

The plan as it is now is kept aside, and you can return to it from this same list.</source>
        <translation>Zu dieser Kopie zurückkehren?

{copy}

Der Plan, wie er jetzt ist, wird beiseitegelegt, und ihr könnt über dieselbe Liste zu ihm zurückkehren.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="130"/>
        <source>The copy is restored. The plan as it was a moment ago is kept aside; choose it in this list to undo.</source>
        <translation>Die Kopie ist wiederhergestellt. Der Plan, wie er eben noch war, ist beiseitegelegt; wählt ihn in dieser Liste, um das rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="153"/>
        <source>The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Its {notes} private notes stay sealed: they open with the same passphrases after an import. Keep the file somewhere private.</source>
        <translation>Der ganze Plan (Wochen: {weeks}, Einheiten: {sessions}) steht in {file}. Private Notizen darin: {notes}. Sie bleiben versiegelt und öffnen sich nach einem Import mit denselben Passphrasen. Bewahrt die Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="159"/>
        <source>The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Keep the file somewhere private.</source>
        <translation>Der ganze Plan (Wochen: {weeks}, Einheiten: {sessions}) steht in {file}. Bewahrt die Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="185"/>
        <source>Replace your plan with the one in {file}? It holds {weeks} weeks and {sessions} sessions.</source>
        <translation>Euren Plan durch den Plan aus {file} ersetzen (Wochen: {weeks}, Einheiten: {sessions})?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="188"/>
        <source>Are you sure? Your plan as it is now will be backed up first and kept aside, so you can go back to it with File › Restore from a backup…</source>
        <translation>Seid ihr sicher? Euer Plan, wie er jetzt ist, wird vorher gesichert und beiseitegelegt, sodass ihr mit Datei › Aus einer Sicherung wiederherstellen… zu ihm zurückkehren könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/backup_actions.py" line="205"/>
        <source>The plan is imported. Your previous plan is kept aside.</source>
        <translation>Der Plan ist importiert. Euer bisheriger Plan ist beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <location filename="../repairplanner/ui/week/booking.py" line="17"/>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/booking.py" line="36"/>
        <source>Add to week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <location filename="../repairplanner/ui/week/card_state.py" line="26"/>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/card_state.py" line="28"/>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/card_state.py" line="29"/>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/card_state.py" line="30"/>
        <source>Rested</source>
        <translation>Stattdessen geruht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/card_state.py" line="110"/>
        <source>{name} reflected</source>
        <translation>Rückblick von {name}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="43"/>
        <source>Green — I feel ready</source>
        <translation>Grün – ich fühle mich bereit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="44"/>
        <source>Yellow — a bit unsure</source>
        <translation>Gelb – etwas unsicher</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="45"/>
        <source>Red — I need to go very gently today</source>
        <translation>Rot – heute muss es ganz sanft sein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="47"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="48"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="49"/>
        <source>What would you like today? Only you choose this, and nobody will see which you picked.</source>
        <translation>Was möchtest du heute? Das wählst nur du, und niemand sieht, was du gewählt hast.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="53"/>
        <source>A shorter or lighter version</source>
        <translation>Eine kürzere oder leichtere Version</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="54"/>
        <source>An exercise from the level before</source>
        <translation>Eine Übung aus der Stufe davor</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="55"/>
        <source>A talk instead</source>
        <translation>Stattdessen ein Gespräch</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="56"/>
        <source>Go ahead as planned</source>
        <translation>Wie geplant weitermachen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="79"/>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="86"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="87"/>
        <source>{names}, please look away while {name} answers.</source>
        <translation>{names}, bitte schau weg, während {name} antwortet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="121"/>
        <source>Whose turn it is</source>
        <translation>Wer an der Reihe ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="123"/>
        <source>{name}, press Next when you are ready. Your answers stay between you and the app.</source>
        <translation>{name}, drück auf „Weiter“, wenn du bereit bist. Deine Antworten bleiben zwischen dir und der App.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="148"/>
        <source>{name}, this is your turn.</source>
        <translation>{name}, jetzt bist du dran.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="157"/>
        <source>{name}: {question} {answer}</source>
        <translation>{name}: {question} {answer}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="167"/>
        <source>How are you arriving?</source>
        <translation>Wie kommst du gerade an?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="175"/>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="203"/>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="212"/>
        <source>How hard do you expect it to be? 0 is not at all, 10 is the hardest you can imagine.</source>
        <translation>Wie schwer wird es wohl für dich? 0 heißt gar nicht, 10 ist das Schwerste, was du dir vorstellen kannst.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="223"/>
        <source>{name}: expected distress, 0 to 10</source>
        <translation>{name}: erwartete Belastung, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="306"/>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="307"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="308"/>
        <source>This session</source>
        <translation>Diese Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="312"/>
        <source>What you are agreeing to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="314"/>
        <source>Your stop signal is “{signal}”. It can be used at any moment.</source>
        <translation>Euer Stoppsignal ist „{signal}“. Ihr könnt es jederzeit nutzen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="317"/>
        <source>Your slow-down signal is “{signal}”: slower and gentler, not stop.</source>
        <translation>Euer Langsamer-Signal ist „{signal}“: langsamer und sanfter, kein Stopp.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="338"/>
        <source>Not no&amp;w</source>
        <translation>Jetzt &amp;nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="379"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="383"/>
        <source>{name}&apos;s turn ({number} of {count})</source>
        <translation>{name} ist dran ({number} von {count})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="389"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/check_in_dialog.py" line="389"/>
        <source>&amp;Next: hand over</source>
        <translation>&amp;Weiter: übergeben</translation>
    </message>
</context>
<context>
    <name>ConsentBoxes</name>
    <message>
        <location filename="../repairplanner/ui/week/consent_boxes.py" line="15"/>
        <source>✓ Agreed</source>
        <translation>✓ Zugestimmt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/consent_boxes.py" line="20"/>
        <source>{name} agrees to this session</source>
        <translation>{name} stimmt dieser Einheit zu</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/consent_boxes.py" line="39"/>
        <source>Both of you agree to this session</source>
        <translation>Ihr stimmt beide dieser Einheit zu</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../repairplanner/ui/week/date_picker_dialog.py" line="24"/>
        <location filename="../repairplanner/ui/week/date_picker_dialog.py" line="25"/>
        <source>Go to a date</source>
        <translation>Zu einem Datum gehen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/date_picker_dialog.py" line="27"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/date_picker_dialog.py" line="35"/>
        <source>&amp;Show that week</source>
        <translation>Diese Woche &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="44"/>
        <source>{name} is usually busy</source>
        <translation>{name} hat meist keine Zeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="45"/>
        <source>{first} and {second} are usually busy</source>
        <translation>{first} und {second} haben meist keine Zeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="51"/>
        <source>MMM d</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="51"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="93"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="116"/>
        <source>{date} · Today</source>
        <translation>{date} · Heute</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="121"/>
        <source>{weekday} {date}, today</source>
        <translation>{weekday}, {date}, heute</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/day_column.py" line="123"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
</context>
<context>
    <name>GuidedSessionDialog</name>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="33"/>
        <source>Space or → for the next step, ← to go back, T for the timer, S to stop.</source>
        <extracomment>Step text is read at arm&apos;s length: this many times the base font.</extracomment>
        <translation>Leertaste oder → weiter, ← zurück, T für den Timer, S zum Stoppen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="36"/>
        <source>The planned time is up. Finish in your own time.</source>
        <translation>Die geplante Zeit ist um. Zum Abschluss bleibt alle Zeit, die es braucht.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="37"/>
        <source>That was the last step. Take a moment together before you move on; then each of you says how it was, in your own reflection.</source>
        <translation>Das war der letzte Schritt. Nehmt euch gemeinsam einen Moment, bevor ihr weitermacht; dann sagt ihr beide jeweils in eurem eigenen Rückblick, wie es war.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="42"/>
        <source>You stopped, and that is the stop signal doing its job. Stopping needs no reason, and this still counts as a session done together. Take a moment; then each of you reflects when ready.</source>
        <translation>Ihr habt gestoppt, und damit hat das Stoppsignal seine Aufgabe erfüllt. Stoppen braucht keinen Grund, und die Einheit zählt trotzdem als gemeinsam gemacht. Nehmt euch einen Moment; dann schreibt ihr beide euren Rückblick, wenn ihr bereit seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="47"/>
        <source>You stopped, and that is exactly what the stop signal is for. Stopping needs no reason, and this still counts as a session done. Take a moment; then reflect when you are ready.</source>
        <translation>Du hast gestoppt, und genau dafür ist das Stoppsignal da. Stoppen braucht keinen Grund, und die Einheit zählt trotzdem als gemacht. Nimm dir einen Moment; dann schreib deinen Rückblick, wenn du bereit bist.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="88"/>
        <location filename="../repairplanner/ui/session/guided_session.py" line="144"/>
        <location filename="../repairplanner/ui/session/guided_session.py" line="145"/>
        <source>Your session</source>
        <extracomment>The couple&apos;s slow-down signal; empty when they chose none, and then nothing is shown for it.</extracomment>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="90"/>
        <location filename="../repairplanner/ui/session/guided_session.py" line="98"/>
        <source>Take your time.</source>
        <translation>Ganz ohne Eile.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="106"/>
        <source>Slow-down signal: “{signal}”. It asks for slower and gentler, without stopping.</source>
        <translation>Langsamer-Signal: „{signal}“. Es bittet um langsamer und sanfter, ohne zu stoppen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="153"/>
        <source>What you agreed to</source>
        <translation>Deine Vereinbarung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="154"/>
        <source>What you agreed to: {agreement}</source>
        <translation>Deine Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="156"/>
        <source>What each of you agreed to</source>
        <translation>Eure Vereinbarung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="157"/>
        <source>What each of you agreed to: {agreement}</source>
        <translation>Eure Vereinbarung: {agreement}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="163"/>
        <source>Never part of this exercise</source>
        <translation>Nie Teil dieser Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="183"/>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="187"/>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="188"/>
        <location filename="../repairplanner/ui/session/guided_session.py" line="328"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="202"/>
        <source>The session has ended</source>
        <translation>Die Einheit ist zu Ende</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="203"/>
        <source>Go to the &amp;reflection</source>
        <translation>Zum &amp;Rückblick</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="212"/>
        <source>Planned: {minutes} min. The timer is optional and silent.</source>
        <translation>Geplant: {minutes} Min. Der Timer ist freiwillig und lautlos.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="216"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="217"/>
        <location filename="../repairplanner/ui/session/guided_session.py" line="356"/>
        <source>Start the &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="228"/>
        <source>Stop signal: “{signal}”. You can use it at any moment, without a reason.</source>
        <translation>Stoppsignal: „{signal}“. Du kannst es jederzeit nutzen, ohne Grund.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="232"/>
        <source>Stop signal: “{signal}”. Either of you can use it at any moment, without a reason.</source>
        <translation>Stoppsignal: „{signal}“. Ihr könnt es beide jederzeit nutzen, ohne Grund.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="241"/>
        <source>Your stop signal</source>
        <translation>Das Stoppsignal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="243"/>
        <source>I &amp;stopped</source>
        <translation>Ich habe ge&amp;stoppt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="245"/>
        <source>We &amp;stopped</source>
        <translation>Wir haben ge&amp;stoppt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="252"/>
        <source>Your slow-down signal</source>
        <translation>Euer Langsamer-Signal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="322"/>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="328"/>
        <source>Finish →</source>
        <translation>Beenden →</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="349"/>
        <source>Time is up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/guided_session.py" line="354"/>
        <source>Pause the &amp;timer</source>
        <translation>&amp;Timer anhalten</translation>
    </message>
</context>
<context>
    <name>LockPassphraseDialog</name>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="18"/>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="28"/>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="20"/>
        <source>Choose a passphrase the two of you will use to open the window when it is locked. Either of your own passphrases opens it too.</source>
        <translation>Wählt eine Passphrase, mit der ihr beide das Fenster öffnet, wenn es gesperrt ist. Auch eure eigenen Passphrasen öffnen es.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="30"/>
        <source>At least {count} characters</source>
        <translation>Mindestens {count} Zeichen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="33"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="36"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="37"/>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="54"/>
        <source>At least {count} characters, please.</source>
        <translation>Bitte mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/lock_passphrase_dialog.py" line="56"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="57"/>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="83"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="64"/>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="65"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="67"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="68"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="83"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="47"/>
        <source>the plan is paused, resting until you both resume</source>
        <extracomment>The status bar while the plan rests: never whose click it was.</extracomment>
        <translation>der Plan ruht, bis ihr ihn beide fortsetzt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="53"/>
        <source>Weekly planner</source>
        <extracomment>Safety and help, one keystroke away on every page (F1 is kept for a manual). The Guide, besides Ctrl+4 (its place in the page list). A title that says nothing about what the plan is for, for a screen others can see.</extracomment>
        <translation>Wochenplaner</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="58"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;A place for two people to plan a calm, graded week of non-sexual touch and honest talk, together, at their own pace.&lt;/p&gt;&lt;p&gt;RepairPlanner is not therapy. A couples therapist can walk this road with you. If anyone is unsafe at home, please contact local emergency services or a domestic abuse helpline.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <extracomment>Redo by either common key (each bound once, so neither is ambiguous). With `{app}` and `{version}` filled in where it is shown.</extracomment>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Ein Ort, an dem zwei Menschen gemeinsam und in ihrem eigenen Tempo eine ruhige, gestufte Woche mit nicht sexueller Berührung und ehrlichen Gesprächen planen.&lt;/p&gt;&lt;p&gt;RepairPlanner ist keine Therapie. Eine Paartherapeutin oder ein Paartherapeut kann diesen Weg mit euch gehen. Wenn jemand zu Hause nicht sicher ist, wendet euch bitte an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="105"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="108"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="109"/>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="110"/>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="112"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="128"/>
        <source>Opening your plan…</source>
        <translation>Euer Plan wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="135"/>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="139"/>
        <source>C&amp;hange a passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="156"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="163"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="165"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="179"/>
        <source>&amp;Discreet window title</source>
        <translation>&amp;Unauffälliger Fenstertitel</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="181"/>
        <source>Show “{discreet}” instead of “{app}”, and keep levels and the stop signal out of the status bar</source>
        <translation>„{discreet}“ statt „{app}“ anzeigen und Stufen und Stoppsignal aus der Statusleiste heraushalten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="195"/>
        <source>&amp;Safety and help…</source>
        <translation>&amp;Sicherheit und Hilfe…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="202"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="252"/>
        <source>Welcome. Let&apos;s set up your plan together.</source>
        <translation>Willkommen. Jetzt richtet ihr gemeinsam euren Plan ein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="285"/>
        <source>&amp;Library</source>
        <translation>Bibl&amp;iothek</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="295"/>
        <source>&amp;Progress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="344"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="347"/>
        <source>{first} and {second} · touch at level {touch}, talk at level {talk} · stop signal: {signal}</source>
        <translation>{first} und {second} · Berührung auf Stufe {touch}, Gespräch auf Stufe {talk} · Stoppsignal: {signal}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="393"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="407"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shell/main_window.py" line="451"/>
        <source>Another program is reading your plan, so a private note&apos;s old text could not be wiped yet. It will be when {app} closes.</source>
        <translation>Ein anderes Programm liest gerade euren Plan, deshalb konnte der alte Text einer privaten Notiz noch nicht gelöscht werden. Das geschieht, wenn {app} geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="29"/>
        <source>The plan was not changed</source>
        <translation>Der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="32"/>
        <source>Mark &apos;{title}&apos; done</source>
        <translation>„{title}“ als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="33"/>
        <source>Skip &apos;{title}&apos; this time</source>
        <translation>„{title}“ diesmal auslassen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="34"/>
        <source>Rest instead of &apos;{title}&apos;</source>
        <translation>Ruhen statt „{title}“</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="35"/>
        <source>Plan &apos;{title}&apos; again</source>
        <translation>„{title}“ wieder einplanen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="105"/>
        <source>Add &apos;{title}&apos;</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="147"/>
        <source>Move &apos;{title}&apos;</source>
        <extracomment>The undo text, with a `{title}` placeholder (marked for translation by each subclass).</extracomment>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="153"/>
        <source>Edit &apos;{title}&apos;</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="161"/>
        <source>Remove &apos;{title}&apos;</source>
        <translation>„{title}“ entfernen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="179"/>
        <source>Change the intention</source>
        <translation>Vorsatz der Woche ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="208"/>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="235"/>
        <source>Suggest a week</source>
        <translation>Woche vorschlagen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="294"/>
        <source>Choose &apos;{title}&apos; instead</source>
        <translation>Stattdessen „{title}“ wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/plan_commands.py" line="338"/>
        <source>Suggest &apos;{title}&apos; instead</source>
        <translation>Stattdessen „{title}“ vorschlagen</translation>
    </message>
</context>
<context>
    <name>PrivacyLock</name>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="36"/>
        <source>Weekly planner</source>
        <extracomment>What a locked or hidden window is called in the title bar and the window switcher.</extracomment>
        <translation>Wochenplaner</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="123"/>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="125"/>
        <source>&amp;Quick hide</source>
        <translation>Schnell &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="128"/>
        <source>Lock when &amp;idle…</source>
        <translation>Bei &amp;Inaktivität sperren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="130"/>
        <source>Set the lock &amp;passphrase…</source>
        <translation>Sperr-&amp;Passphrase festlegen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="165"/>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/lock/privacy_lock.py" line="203"/>
        <source>That passphrase did not open it. Passphrases are case-sensitive.</source>
        <translation>Mit dieser Passphrase ließ es sich nicht öffnen. Groß- und Kleinschreibung zählt.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="29"/>
        <source>What did you notice in your body first?
Then: what did you feel?
What would you like next time?</source>
        <translation>Was hast du zuerst in deinem Körper bemerkt?
Dann: Was hast du gefühlt?
Was wünschst du dir für das nächste Mal?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="33"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="57"/>
        <source> of {max}</source>
        <translation> von {max}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="60"/>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="84"/>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="85"/>
        <source>{name}&apos;s reflection</source>
        <translation>Rückblick von {name}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="86"/>
        <source>{name}, how was it?</source>
        <translation>{name}, wie war es?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="92"/>
        <source>After “{title}”. Take your time; there are no right answers.</source>
        <translation>Nach „{title}“. Lass dir Zeit; es gibt keine richtigen Antworten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="106"/>
        <source>What is still to choose</source>
        <translation>Was noch zu wählen ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="109"/>
        <source>&amp;Save reflection</source>
        <translation>Rückblick s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="112"/>
        <source>S&amp;kip reflection</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="121"/>
        <source>{name}: peak distress, 0 to 10</source>
        <translation>{name}: höchste Belastung, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="122"/>
        <source>{name}: felt safe, 0 to 10</source>
        <translation>{name}: sicher gefühlt, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="123"/>
        <source>{name}: felt close, 0 to 10</source>
        <translation>{name}: verbunden gefühlt, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="124"/>
        <source>{name} used the stop signal: {answer}</source>
        <translation>{name} hat das Stoppsignal genutzt: {answer}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="126"/>
        <source>{name} would do it again: {answer}</source>
        <translation>{name} würde es wiederholen: {answer}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="129"/>
        <source>Hardest moment (&amp;peak distress)</source>
        <translation>Schwerster Moment (&amp;höchste Belastung)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="130"/>
        <source>How sa&amp;fe you felt</source>
        <translation>Wie &amp;sicher du dich gefühlt hast</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="131"/>
        <source>How &amp;close you felt</source>
        <translation>Wie &amp;verbunden du dich gefühlt hast</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="132"/>
        <source>Did you use the stop signal?</source>
        <translation>Hast du das Stoppsignal genutzt?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="133"/>
        <source>Would you do it again?</source>
        <translation>Würdest du es wiederholen?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="140"/>
        <source>Each from 0 (none or not at all) to 10 (the most): type a number or use the arrow keys.</source>
        <translation>Jeweils von 0 (kein bisschen oder gar nicht) bis 10 (am meisten): Gib eine Zahl ein oder nutze die Pfeiltasten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="151"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="154"/>
        <source>{name}&apos;s note</source>
        <translation>Notiz von {name}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="159"/>
        <source>Shared: {other} can read it</source>
        <translation>Gemeinsam: {other} kann sie lesen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="162"/>
        <source>Private: sealed with your passphrase; {other} can&apos;t read it</source>
        <translation>Privat: mit deiner Passphrase versiegelt; {other} kann sie nicht lesen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="171"/>
        <source>Something to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="186"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="186"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="215"/>
        <source>the hardest moment</source>
        <translation>der schwerste Moment</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="216"/>
        <source>how safe you felt</source>
        <translation>wie sicher du dich gefühlt hast</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="217"/>
        <source>how close you felt</source>
        <translation>wie verbunden du dich gefühlt hast</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="222"/>
        <source>whether you used the stop signal</source>
        <translation>ob du das Stoppsignal genutzt hast</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="224"/>
        <source>whether you would do it again</source>
        <translation>ob du es wiederholen würdest</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="226"/>
        <source>whether your note is shared or private</source>
        <translation>ob deine Notiz gemeinsam oder privat ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_dialog.py" line="269"/>
        <source>Still to choose: {items}.</source>
        <translation>Noch zu wählen: {items}.</translation>
    </message>
</context>
<context>
    <name>ReflectionFlow</name>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="31"/>
        <source>Keeping your note private…</source>
        <translation>Deine Notiz wird privat verwahrt…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="32"/>
        <source>Opening your private note…</source>
        <translation>Deine private Notiz wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="33"/>
        <source>Your note is still here. Keep it shared, or set a passphrase to keep it private.</source>
        <translation>Deine Notiz ist noch da. Lass sie gemeinsam, oder lege eine Passphrase fest, um sie privat zu halten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="36"/>
        <source>Your note is still here. Type your passphrase to keep it private, or choose Shared.</source>
        <translation>Deine Notiz ist noch da. Gib deine Passphrase ein, um sie privat zu halten, oder wähle „Gemeinsam“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="39"/>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="65"/>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="67"/>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/reflection_flow.py" line="109"/>
        <source>Your note is still here. {problem}</source>
        <translation>Deine Notiz ist noch da. {problem}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../repairplanner/ui/backups/restore_dialog.py" line="20"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/restore_dialog.py" line="22"/>
        <source>Choose the copy to go back to. The plan as it is now is kept aside, not overwritten, so you can come back to it the same way.</source>
        <translation>Wählt die Kopie, zu der ihr zurückkehren wollt. Der Plan, wie er jetzt ist, wird beiseitegelegt, nicht überschrieben, sodass ihr auf demselben Weg zu ihm zurückkommen könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/restore_dialog.py" line="30"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/backups/restore_dialog.py" line="39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="50"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="51"/>
        <source>Not this — how about…?</source>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="83"/>
        <source>For {name}, on their own</source>
        <translation>Für {name}, allein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="86"/>
        <source>Either of you invites</source>
        <translation>Wer mag, lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="87"/>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="132"/>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="133"/>
        <source>Finish and reflect…</source>
        <translation>Beenden und zurückblicken…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="136"/>
        <source>Start: check in together first</source>
        <translation>Starten: zuerst der gemeinsame Check-in</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="137"/>
        <source>Finish and reflect on this session</source>
        <translation>Diese Einheit beenden und zurückblicken</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="138"/>
        <source>Not this — suggest another exercise</source>
        <translation>Nicht das – eine andere Übung vorschlagen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="198"/>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="202"/>
        <source>{time} for&#xa0;{minutes}&#xa0;min</source>
        <translation>{time}, {minutes}&#xa0;Min.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="205"/>
        <source>{track} · level&#xa0;{level}</source>
        <translation>{track} · Stufe&#xa0;{level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="212"/>
        <source>↑ Above your current level</source>
        <translation>↑ Über eurer aktuellen Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="223"/>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="227"/>
        <source>{title}, {time}</source>
        <translation>{title}, {time}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_card.py" line="233"/>
        <source>Enter to change, Delete to remove, Ctrl+Left or Ctrl+Right to move a day; or drag it to another day.</source>
        <translation>Eingabetaste zum Ändern, Entf zum Entfernen, Strg+Links oder Strg+Rechts verschiebt um einen Tag; oder zieht die Karte auf einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="34"/>
        <source>This one is done alone. Choose which of you it is for; only they give consent and reflect.</source>
        <translation>Diese Übung macht eine Person allein. Wählt, für wen von euch sie ist; nur diese Person stimmt zu und schreibt einen Rückblick.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="45"/>
        <source>dddd, MMMM d</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="45"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="54"/>
        <source>Above your current level (you are at touch level {level})</source>
        <translation>Über eurer aktuellen Stufe (ihr seid bei Berührung auf Stufe {level})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="58"/>
        <source>Above your current level (you are at talk level {level})</source>
        <translation>Über eurer aktuellen Stufe (ihr seid bei Gespräch auf Stufe {level})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="86"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="97"/>
        <source>An exercise no longer in the library</source>
        <translation>Eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="106"/>
        <source>{track} · level {level}</source>
        <translation>{track} · Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="109"/>
        <source>about {minutes} minutes</source>
        <translation>etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="123"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="128"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="130"/>
        <location filename="../repairplanner/ui/week/session_form.py" line="131"/>
        <source>Any time of day</source>
        <translation>Beliebige Tageszeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="138"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="140"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="147"/>
        <source>For {name} alone</source>
        <translation>Für {name} allein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="149"/>
        <source>{name} invites</source>
        <translation>{name} lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="157"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="159"/>
        <source>Optional: where, or what to bring</source>
        <translation>Optional: Ort oder was ihr mitbringt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="162"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="163"/>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="164"/>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="167"/>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="167"/>
        <source>Who invites</source>
        <translation>Wer lädt ein</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="170"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="227"/>
        <source>{name} is usually busy on {day}s. You can still plan it; just check together.</source>
        <translation>Am {day} hat {name} meist keine Zeit. Ihr könnt es trotzdem planen; sprecht euch einfach ab.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="231"/>
        <source>{first} and {second} are usually busy on {day}s. You can still plan it; just check together.</source>
        <translation>Am {day} haben {first} und {second} meist keine Zeit. Ihr könnt es trotzdem planen; sprecht euch einfach ab.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="240"/>
        <source>Choose who invites; taking turns keeps it fair.</source>
        <translation>Wählt, wer einlädt; abwechselnd bleibt es fair.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="256"/>
        <source>Add &apos;{title}&apos; to the week</source>
        <translation>„{title}“ zur Woche hinzufügen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="257"/>
        <source>Add to the week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="258"/>
        <source>&amp;Add to the week</source>
        <translation>Zur Woche &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="295"/>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="296"/>
        <source>Change &apos;{title}&apos;</source>
        <translation>„{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="297"/>
        <source>Change the session</source>
        <translation>Einheit ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/session_form.py" line="298"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="42"/>
        <source>Starting the session</source>
        <translation>Die Einheit beginnen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="43"/>
        <source>Not this — how about…?</source>
        <translation>Nicht das – wie wäre es mit …?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="55"/>
        <location filename="../repairplanner/ui/session/start_flow.py" line="126"/>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="167"/>
        <source>An exercise from level {level}</source>
        <translation>Eine Übung aus Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="169"/>
        <source>A gentler talk</source>
        <translation>Ein sanfteres Gespräch</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/session/start_flow.py" line="172"/>
        <source>A talk instead</source>
        <translation>Stattdessen ein Gespräch</translation>
    </message>
</context>
<context>
    <name>WeekActions</name>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="37"/>
        <source>&amp;Previous week</source>
        <translation>V&amp;orige Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="39"/>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="41"/>
        <source>&amp;This week</source>
        <translation>Diese Wo&amp;che</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="43"/>
        <source>&amp;Go to date…</source>
        <translation>Zu Datum &amp;gehen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="45"/>
        <source>&amp;Copy last week</source>
        <translation>Vorwoche &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="46"/>
        <source>S&amp;uggest a week</source>
        <translation>Woche vorsch&amp;lagen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="47"/>
        <source>Pause our p&amp;lan…</source>
        <translation>Plan &amp;pausieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="48"/>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="49"/>
        <location filename="../repairplanner/ui/week/week_actions.py" line="156"/>
        <location filename="../repairplanner/ui/week/week_actions.py" line="163"/>
        <source>Re&amp;flect…</source>
        <translation>&amp;Zurückblicken…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="50"/>
        <source>Not this — &amp;how about…?</source>
        <translation>Nicht das – &amp;wie wäre es mit …?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="51"/>
        <source>Skip this ti&amp;me</source>
        <translation>Diesmal &amp;auslassen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="52"/>
        <source>Rest &amp;instead</source>
        <translation>Stattdessen &amp;ruhen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="53"/>
        <source>Plan it &amp;again</source>
        <translation>Wie&amp;der einplanen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="54"/>
        <source>&amp;Edit session…</source>
        <translation>Einheit &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="56"/>
        <source>Move to pre&amp;vious day</source>
        <translation>Einen Tag &amp;früher</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="58"/>
        <source>Move to ne&amp;xt day</source>
        <translation>Einen Tag spä&amp;ter</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="60"/>
        <source>&amp;Remove session</source>
        <translation>Einheit &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="63"/>
        <source>Show the week before (Ctrl+Page Up)</source>
        <translation>Die Woche davor zeigen (Strg+Bild auf)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="64"/>
        <source>Show the week after (Ctrl+Page Down)</source>
        <translation>Die Woche danach zeigen (Strg+Bild ab)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="65"/>
        <source>Back to the week you are in (Ctrl+T)</source>
        <translation>Zurück zur aktuellen Woche (Strg+T)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="66"/>
        <source>Pick a day on a calendar and show its week (Ctrl+G)</source>
        <translation>Einen Tag im Kalender wählen und seine Woche zeigen (Strg+G)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="67"/>
        <source>Plan the same sessions as last week, on the same days and at the same times</source>
        <translation>Dieselben Einheiten wie letzte Woche planen, an denselben Tagen und zu denselben Zeiten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="70"/>
        <source>Either of you can pause the whole plan at any time, no reason needed; both resume it</source>
        <translation>Ihr könnt den ganzen Plan jederzeit pausieren, auch allein und ohne Grund; fortgesetzt wird er gemeinsam</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="73"/>
        <source>Fill this empty week with a suggestion at your current levels, then change it together</source>
        <translation>Diese leere Woche mit einem Vorschlag auf euren aktuellen Stufen füllen und ihn dann gemeinsam anpassen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="76"/>
        <source>Check in together, then begin (once you have both ticked)</source>
        <translation>Erst der gemeinsame Check-in, dann beginnen (sobald ihr beide euer Häkchen gesetzt habt)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="77"/>
        <source>Each of you notes how it went, shared or private</source>
        <translation>Ihr haltet beide fest, wie es war – gemeinsam oder privat</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="78"/>
        <source>Say no to this one, no reason needed, and suggest another exercise</source>
        <translation>Zu dieser Übung Nein sagen, ohne Grund, und eine andere vorschlagen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="81"/>
        <source>Let this session go; nothing is missed and nothing counts against anyone</source>
        <translation>Diese Einheit loslassen; nichts ist verpasst, und nichts zählt gegen jemanden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="84"/>
        <source>Rest instead of this session; resting is part of the plan</source>
        <translation>Statt dieser Einheit ruhen; Ruhe gehört zum Plan</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="85"/>
        <source>Put this session back in the plan</source>
        <translation>Diese Einheit wieder in den Plan aufnehmen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="86"/>
        <source>Change the day, time, length, who invites or the note (Enter)</source>
        <translation>Tag, Uhrzeit, Dauer, wer einlädt, oder die Notiz ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="89"/>
        <source>Move the selected session one day earlier (Ctrl+Left)</source>
        <translation>Die gewählte Einheit einen Tag früher legen (Strg+Links)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="90"/>
        <source>Move the selected session one day later (Ctrl+Right)</source>
        <translation>Die gewählte Einheit einen Tag später legen (Strg+Rechts)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="91"/>
        <source>Take the selected session off the plan; Undo brings it back (Delete)</source>
        <translation>Die gewählte Einheit aus dem Plan nehmen; „Rückgängig“ holt sie zurück (Entf)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_actions.py" line="161"/>
        <source>Finish and re&amp;flect…</source>
        <translation>Beenden und &amp;zurückblicken…</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../repairplanner/ui/week/week_grid.py" line="81"/>
        <source>Days of the week</source>
        <translation>Wochentage</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="18"/>
        <source>What we want this week to be about</source>
        <translation>Worum es uns diese Woche gehen soll</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="19"/>
        <source>Nothing is planned for this week yet. Let the app suggest a week at your levels, drag an exercise from the Library onto a day, or select one there and choose “Add to week…”.</source>
        <translation>Für diese Woche ist noch nichts geplant. Lasst euch von der App eine Woche auf euren Stufen vorschlagen, zieht eine Übung aus der Bibliothek auf einen Tag, oder wählt dort eine aus und dann „Zur Woche hinzufügen…“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="32"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="34"/>
        <source>next week</source>
        <translation>nächste Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="36"/>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="38"/>
        <source>in {weeks} weeks</source>
        <translation>in {weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="40"/>
        <source>{weeks} weeks ago</source>
        <translation>vor {weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="41"/>
        <source>Week {number} · {when}</source>
        <translation>Woche {number} · {when}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="62"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="86"/>
        <source>Our intention for this week</source>
        <translation>Unser Vorsatz für diese Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="89"/>
        <source>Our &amp;intention</source>
        <translation>Unser Vorsa&amp;tz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="110"/>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_header.py" line="114"/>
        <source>Suggest a week</source>
        <translation>Woche vorschlagen</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="41"/>
        <source>Consent</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="216"/>
        <location filename="../repairplanner/ui/week/week_page.py" line="456"/>
        <source>Add to week</source>
        <translation>Zur Woche hinzufügen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="304"/>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="407"/>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="408"/>
        <source>Who would like to pause? No reason is needed.</source>
        <translation>Wer möchte pausieren? Ein Grund ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/week/week_page.py" line="420"/>
        <source>Copy last week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
</context>
</TS>
