<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../repairplanner/ui/progress/chart_widget.py" line="36"/>
        <source>Chart</source>
        <extracomment>Series are told apart by line style and marker as well as colour, so a chart survives greyscale and colour blindness.</extracomment>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/charts_panel.py" line="63"/>
        <source>Expected and felt distress, in words</source>
        <translation>Erwartete und erlebte Belastung, in Worten</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="25"/>
        <source>White</source>
        <extracomment>Every name `colour_name` can give, whole, so each language can word (and order) it its own way.</extracomment>
        <translation>Weiß</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="26"/>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="27"/>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="28"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="29"/>
        <source>Light grey</source>
        <translation>Hellgrau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="30"/>
        <source>Dark grey</source>
        <translation>Dunkelgrau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="31"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="32"/>
        <source>Light red</source>
        <translation>Hellrot</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="33"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="34"/>
        <source>Light orange</source>
        <translation>Hellorange</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="35"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="36"/>
        <source>Light yellow</source>
        <translation>Hellgelb</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="37"/>
        <source>Dark yellow</source>
        <translation>Dunkelgelb</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="38"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="39"/>
        <source>Light green</source>
        <translation>Hellgrün</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="40"/>
        <source>Dark green</source>
        <translation>Dunkelgrün</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="41"/>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="42"/>
        <source>Light teal</source>
        <translation>Hellpetrol</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="43"/>
        <source>Dark teal</source>
        <translation>Dunkelpetrol</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="44"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="45"/>
        <source>Light blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="46"/>
        <source>Dark blue</source>
        <translation>Dunkelblau</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="47"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="48"/>
        <source>Light purple</source>
        <translation>Hellviolett</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="49"/>
        <source>Dark purple</source>
        <translation>Dunkelviolett</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="50"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="51"/>
        <source>Light pink</source>
        <translation>Hellrosa</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="52"/>
        <source>Dark pink</source>
        <translation>Dunkelrosa</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="88"/>
        <source>this partner</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="95"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="96"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="121"/>
        <source>Choose a colour for {name}</source>
        <translation>Eine Farbe für {name} auswählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="122"/>
        <source>Remove the colour for {name}</source>
        <translation>Die Farbe für {name} entfernen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="135"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="139"/>
        <source>Now: {colour}</source>
        <translation>Jetzt: {colour}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="144"/>
        <source>A colour for {name}</source>
        <translation>Eine Farbe für {name}</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="29"/>
        <source>Summary for your therapist</source>
        <translation>Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="34"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="35"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="38"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="39"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="41"/>
        <source>The summary shows sessions, ratings over time, level changes and shared notes. Private notes are never included.</source>
        <translation>Die Zusammenfassung zeigt Einheiten, Bewertungen im Zeitverlauf, Stufenwechsel und gemeinsame Notizen. Private Notizen sind nie enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="75"/>
        <source>The end date comes before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
</context>
<context>
    <name>DaysRow</name>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="75"/>
        <source>{name} is usually unavailable on {day}</source>
        <translation>{name} hat am {day} meist keine Zeit</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="158"/>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="219"/>
        <source>{count} minute</source>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="221"/>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="227"/>
        <source>Lock when idle</source>
        <translation>Bei Inaktivität sperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="228"/>
        <source>Lock the window after this long without use:</source>
        <translation>Das Fenster nach so langer Zeit ohne Nutzung sperren:</translation>
    </message>
</context>
<context>
    <name>ExerciseDetails</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="12"/>
        <source>An invitation, never a task: this talk is asked for by one of you, when you are ready, and the app never schedules it. To take it up, choose Add to the week; it asks which of you is asking, and that partner invites.</source>
        <extracomment>An asked-for talk is an invitation the right partner can take up; the app never books it for them.</extracomment>
        <translation>Eine Einladung, nie eine Aufgabe: Um dieses Gespräch bittet eine Person von euch, wenn ihr so weit seid, und die App plant es nie von selbst ein. Wenn ihr es aufgreifen wollt, wählt „Zur Woche hinzufügen“; dort wird gefragt, wer von euch darum bittet, und diese Person lädt ein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="26"/>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="35"/>
        <source>{track} · level {level} · about {minutes} minutes</source>
        <translation>{track} · Stufe {level} · etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="42"/>
        <source>Archived: restore it to plan it again.</source>
        <translation>Archiviert: Stellt die Übung wieder her, um sie erneut zu planen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="46"/>
        <source>One of you does this alone; Add to the week asks whom it is for.</source>
        <translation>Eine Person von euch macht diese Übung allein; „Zur Woche hinzufügen“ fragt, für wen sie ist.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="49"/>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="52"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="53"/>
        <source>What each of you agrees to</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="54"/>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="55"/>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="56"/>
        <source>A step further, same level</source>
        <translation>Ein Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="57"/>
        <source>Safety</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="63"/>
        <source>Comes with RepairPlanner; draws on {technique}</source>
        <translation>Mitgeliefert mit RepairPlanner; Methode: {technique}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="67"/>
        <source>Your own exercise; draws on {technique}</source>
        <translation>Eure eigene Übung; Methode: {technique}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="71"/>
        <source>Your own exercise; draws on your own ideas</source>
        <translation>Eure eigene Übung; nach euren eigenen Ideen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="73"/>
        <source> · tags: {tags}</source>
        <translation> · Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="31"/>
        <source>Touch in RepairPlanner stays non-sexual: clothed unless you both choose otherwise, never genitals or breasts, and never aimed at arousal. For sexual intimacy, a couples or sex therapist is the right guide.</source>
        <translation>Berührung bleibt in RepairPlanner nicht sexuell: bekleidet, außer ihr entscheidet beide anders, nie Genitalien oder Brüste und nie mit dem Ziel der Erregung. Für sexuelle Intimität ist eine Paar- oder Sexualtherapie die richtige Begleitung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="43"/>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="45"/>
        <source>A sentence or two on what you will do and why.</source>
        <translation>Ein, zwei Sätze dazu, was ihr tun werdet und warum.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="49"/>
        <source>What you need</source>
        <translation>Was ihr braucht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="51"/>
        <source>One thing per line, for example: two chairs</source>
        <translation>Eine Sache pro Zeile, zum Beispiel: zwei Stühle</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="55"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="57"/>
        <source>One step per line, in order.</source>
        <translation>Ein Schritt pro Zeile, der Reihe nach.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="61"/>
        <source>What each of you agrees to</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="63"/>
        <source>For example: hands and forearms only, clothed.</source>
        <translation>Zum Beispiel: nur Hände und Unterarme, bekleidet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="67"/>
        <source>Easing out or stopping</source>
        <translation>Sanft beenden oder aufhören</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="69"/>
        <source>How either of you can slow down or stop, at any moment.</source>
        <translation>Wie ihr beide jederzeit langsamer werden oder aufhören könnt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="73"/>
        <source>An easier version</source>
        <translation>Eine leichtere Variante</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="75"/>
        <source>Shorter, lighter or more distant.</source>
        <translation>Kürzer, leichter oder mit mehr Abstand.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="79"/>
        <source>A step further, same level</source>
        <translation>Ein Schritt weiter, gleiche Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="81"/>
        <source>A small variation for when this feels easy.</source>
        <translation>Eine kleine Abwandlung für den Fall, dass es sich leicht anfühlt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="85"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="87"/>
        <source>What to watch for, and what to do if it gets too much.</source>
        <translation>Worauf ihr achten solltet und was ihr tut, wenn es zu viel wird.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="150"/>
        <source>A short, friendly name</source>
        <translation>Ein kurzer, freundlicher Name</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="151"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="159"/>
        <source>About touch exercises</source>
        <translation>Über Berührungsübungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="160"/>
        <source>T&amp;rack</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="164"/>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="167"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="168"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="180"/>
        <source>Draws on</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="182"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="192"/>
        <source>Write it in your own words. Plan it only when both of you are happy with every line.</source>
        <translation>Schreibt sie in euren eigenen Worten. Plant sie erst, wenn ihr beide mit jeder Zeile einverstanden seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="264"/>
        <source>Problem with {field}</source>
        <translation>Problem bei {field}</translation>
    </message>
</context>
<context>
    <name>ExerciseTable</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_view.py" line="21"/>
        <source>Exercises</source>
        <extracomment>Sized to their contents once per refresh (not on every keystroke).</extracomment>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="52"/>
        <source>Exercise</source>
        <extracomment>Shared drag-and-drop contract with the week page: the payload is the exercise id, UTF-8.</extracomment>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="53"/>
        <source>Track</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="54"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="55"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="59"/>
        <source>Above your current touch level ({level}). Levels are a guide; you decide together.</source>
        <extracomment>One whole sentence per track, so each language can place the track where its grammar wants it.</extracomment>
        <translation>Über eurer aktuellen Stufe für Berührung ({level}). Stufen sind eine Orientierung; ihr entscheidet gemeinsam.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="62"/>
        <source>Above your current talk level ({level}). Levels are a guide; you decide together.</source>
        <translation>Über eurer aktuellen Stufe für Gespräche ({level}). Stufen sind eine Orientierung; ihr entscheidet gemeinsam.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="218"/>
        <source>{title} (ours, archived)</source>
        <translation>{title} (unsere, archiviert)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="220"/>
        <source>{title} (ours)</source>
        <translation>{title} (unsere)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="234"/>
        <source>{title}, comes with RepairPlanner, archived</source>
        <translation>{title}, mitgeliefert mit RepairPlanner, archiviert</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="236"/>
        <source>{title}, comes with RepairPlanner</source>
        <translation>{title}, mitgeliefert mit RepairPlanner</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="238"/>
        <source>{title}, your own exercise, archived</source>
        <translation>{title}, eure eigene Übung, archiviert</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="240"/>
        <source>{title}, your own exercise</source>
        <translation>{title}, eure eigene Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="244"/>
        <source>Level {level}, above your current level</source>
        <translation>Stufe {level}, über eurer aktuellen Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="247"/>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="249"/>
        <source>About {minutes} minutes</source>
        <translation>Etwa {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>GuideBanner</name>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="24"/>
        <source>Before you begin: a short reading, “{title}”.</source>
        <extracomment>Each moment&apos;s offer, whole, with the reading&apos;s title as {title}.</extracomment>
        <translation>Bevor ihr beginnt: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="25"/>
        <source>Before your first touch session: a short reading, “{title}”.</source>
        <translation>Vor eurer ersten Berührungseinheit: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="28"/>
        <source>For your new level: a short reading, “{title}”.</source>
        <translation>Für eure neue Stufe: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="29"/>
        <source>After a stop: a short reading, “{title}”.</source>
        <translation>Nach einem Stopp: ein kurzer Text, „{title}“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="48"/>
        <source>A short reading for this moment</source>
        <translation>Ein kurzer Text für diesen Moment</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="51"/>
        <source>&amp;Read it now</source>
        <translation>Jetzt &amp;lesen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="52"/>
        <source>L&amp;ater</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="68"/>
        <source>Read “{title}” now</source>
        <translation>„{title}“ jetzt lesen</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="31"/>
        <source>The Guide&apos;s readings are not installed yet.</source>
        <translation>Die Texte des Leitfadens sind noch nicht installiert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="32"/>
        <source>No reading mentions that. Try fewer or other words.</source>
        <translation>Kein Text erwähnt das. Versucht es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="33"/>
        <source>Print this reading</source>
        <translation>Diesen Text drucken</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="34"/>
        <source>Export the reading as PDF</source>
        <translation>Den Text als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="51"/>
        <source>Search the Guide</source>
        <translation>Im Leitfaden suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="52"/>
        <source>Search the readings…</source>
        <translation>In den Texten suchen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="54"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="59"/>
        <source>Readings</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="63"/>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="69"/>
        <source>Print &amp;this reading…</source>
        <translation>Diesen Text &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="70"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="73"/>
        <source>&amp;Search the Guide</source>
        <translation>Im Leitfaden &amp;suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="233"/>
        <source>Saved the reading to {path}.</source>
        <translation>Der Text wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>LengthFilter</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="27"/>
        <source>Any length</source>
        <translation>Jede Länge</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="28"/>
        <source>Up to 10 minutes</source>
        <translation>Bis 10 Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="29"/>
        <source>Up to 20 minutes</source>
        <translation>Bis 20 Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="30"/>
        <source>Up to 30 minutes</source>
        <translation>Bis 30 Minuten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="31"/>
        <source>Over 30 minutes</source>
        <translation>Über 30 Minuten</translation>
    </message>
</context>
<context>
    <name>LevelsPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="263"/>
        <source>Touch can move up once talk has reached level {level}: words carry the touch.</source>
        <translation>Berührung kann erst eine Stufe höher gehen, wenn ihr bei Gespräch Stufe {level} erreicht habt: Worte tragen die Berührung.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="304"/>
        <source>Ready for the next level</source>
        <translation>Bereit für die nächste Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="312"/>
        <source>Move {track} up to level {level} together? Either of you can step back again at any time.</source>
        <translation>Gemeinsam auf Stufe {level} ({track}) gehen? Ihr könnt jederzeit wieder eine Stufe zurückgehen, auch allein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="315"/>
        <source>Move up together</source>
        <translation>Gemeinsam eine Stufe höher gehen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="331"/>
        <source>Step {track} back to level {level}? No reason is needed, and either of you can do this at any time. Moving up again is something you decide together.</source>
        <translation>Auf Stufe {level} ({track}) zurückgehen? Ein Grund ist nicht nötig, und ihr könnt das jederzeit tun, auch allein. Wieder eine Stufe höher zu gehen, entscheidet ihr gemeinsam.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="336"/>
        <source>Step back a level</source>
        <translation>Eine Stufe zurückgehen</translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="32"/>
        <location filename="../repairplanner/ui/library/library_filters.py" line="33"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="36"/>
        <source>Both tracks</source>
        <translation>Beide Bereiche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="39"/>
        <source>Track filter</source>
        <translation>Filter nach Bereich</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="41"/>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="45"/>
        <source>Level filter</source>
        <translation>Filter nach Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="47"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="49"/>
        <source>Up to our level</source>
        <translation>Bis zu unserer Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="53"/>
        <source>Length filter</source>
        <translation>Filter nach Länge</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="55"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="56"/>
        <source>Show archived exercises of your own</source>
        <translation>Eure archivierten eigenen Übungen zeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="57"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="58"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="60"/>
        <source>Exercises shown</source>
        <translation>Angezeigte Übungen</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="38"/>
        <source>Built-in exercises can&apos;t be changed; duplicate one to make your own</source>
        <extracomment>While the couple types, the details pane follows once they pause; the list itself follows every key.</extracomment>
        <translation>Mitgelieferte Übungen lassen sich nicht ändern; dupliziert eine, um eure eigene daraus zu machen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="81"/>
        <source>Exercise details</source>
        <translation>Einzelheiten der Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="83"/>
        <source>Loading the exercise library…</source>
        <translation>Die Übungsbibliothek wird geladen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="123"/>
        <source>&amp;Search exercises</source>
        <translation>Übungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="125"/>
        <source>&amp;Add to week…</source>
        <translation>Zur &amp;Woche hinzufügen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="127"/>
        <source>&amp;New exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="128"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="129"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="130"/>
        <source>A&amp;rchive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="131"/>
        <source>Res&amp;tore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="132"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="137"/>
        <source>Go to the results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="195"/>
        <source>Choose an exercise to read all of it here.</source>
        <translation>Wählt eine Übung, um sie hier vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="245"/>
        <source>Nothing matches. Try fewer words, or Clear to see every exercise.</source>
        <translation>Nichts passt. Versucht es mit weniger Wörtern oder mit „Zurücksetzen“, um alle Übungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="254"/>
        <source>{shown} of {count} exercise</source>
        <translation>{shown} von {count} Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="255"/>
        <source>{shown} of {count} exercises</source>
        <translation>{shown} von {count} Übungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="257"/>
        <source>{count} exercise</source>
        <translation>{count} Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="258"/>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="292"/>
        <source>Change this exercise</source>
        <translation>Diese Übung ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="318"/>
        <location filename="../repairplanner/ui/library/library_page.py" line="321"/>
        <source>Couldn&apos;t save the exercise</source>
        <translation>Die Übung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="386"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="394"/>
        <source>Couldn&apos;t duplicate the exercise</source>
        <translation>Die Übung konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="401"/>
        <source>Change “{title}”</source>
        <translation>„{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="408"/>
        <source>“{title}” will leave the library list. Sessions already planned with it stay as they are, and you can bring it back any time with Show archived, then Restore.</source>
        <translation>„{title}“ verschwindet aus der Liste der Bibliothek. Bereits damit geplante Einheiten bleiben, wie sie sind, und ihr könnt die Übung jederzeit zurückholen: mit „Archivierte zeigen“ und dann „Wiederherstellen“.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="413"/>
        <source>Archive this exercise?</source>
        <translation>Diese Übung archivieren?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="415"/>
        <source>Couldn&apos;t archive the exercise</source>
        <translation>Die Übung konnte nicht archiviert werden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="422"/>
        <source>Couldn&apos;t restore the exercise</source>
        <translation>Die Übung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>NamesField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="81"/>
        <source>Colour, if you like</source>
        <translation>Farbe, wenn ihr möchtet</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="87"/>
        <source>Name of partner {seat}</source>
        <translation>Name von Person {seat}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="89"/>
        <source>Partner &amp;{seat}</source>
        <translation>Person &amp;{seat}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="92"/>
        <source>partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="128"/>
        <source>Partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="22"/>
        <source>Please choose one you will remember. A forgotten passphrase cannot be recovered, by anyone: the notes it seals stay closed for good.</source>
        <translation>Bitte wähle eine, die du dir merken kannst. Eine vergessene Passphrase kann niemand wiederherstellen: Die Notizen, die sie versiegelt, bleiben für immer verschlossen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="27"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="28"/>
        <source>A passphrase needs at least {count} characters. A short sentence that only you would think of works well.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen. Gut geeignet ist ein kurzer Satz, auf den nur du kommen würdest.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="72"/>
        <source>Private notes</source>
        <extracomment>The rule in English, as the dialog shows it with no translation installed.</extracomment>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="73"/>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="75"/>
        <source>{name}, your private notes are sealed with a passphrase that only you know. {other} can&apos;t read them, and neither can anyone who copies the files on this computer.</source>
        <translation>{name}, deine privaten Notizen werden mit einer Passphrase versiegelt, die nur du kennst. {other} kann sie nicht lesen, und auch niemand, der die Dateien auf diesem Computer kopiert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="86"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="90"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="92"/>
        <source>At least {count} characters; a short sentence works well</source>
        <translation>Mindestens {count} Zeichen; ein kurzer Satz eignet sich gut</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="96"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="98"/>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Ich weiß, dass eine vergessene Passphrase nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="102"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="103"/>
        <source>&amp;Again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="111"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="114"/>
        <source>&amp;Set passphrase</source>
        <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="118"/>
        <source>A passphrase for {name}&apos;s private notes</source>
        <translation>Eine Passphrase für die privaten Notizen von {name}</translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="18"/>
        <source>Change a passphrase</source>
        <translation>Eine Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="25"/>
        <source>Whose passphrase is it?</source>
        <translation>Wessen Passphrase ist es?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="33"/>
        <source>{name} has no passphrase yet. It is set the first time {name} keeps a note private.</source>
        <translation>{name} hat noch keine Passphrase. Sie wird festgelegt, wenn {name} zum ersten Mal eine Notiz privat behält.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="47"/>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="52"/>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="57"/>
        <source>Done. {name}&apos;s {count} private note now open with the new passphrase.</source>
        <translation>Fertig. {count} private Notiz von {name} öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="59"/>
        <source>Done. {name}&apos;s {count} private notes now open with the new passphrase.</source>
        <translation>Fertig. {count} private Notizen von {name} öffnen sich jetzt mit der neuen Passphrase.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="23"/>
        <source>Your plan is paused. Nothing is missed while it rests.</source>
        <translation>Euer Plan ist pausiert. Solange er ruht, wird nichts verpasst.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="25"/>
        <source>The plan is resting. Nothing is missed while it rests, and nothing can start until you resume.</source>
        <extracomment>The week page&apos;s banner: calm, and never whose click it was.</extracomment>
        <translation>Der Plan ruht. Solange er ruht, wird nichts verpasst, und nichts kann beginnen, bis ihr ihn fortsetzt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="28"/>
        <source>It resumes when you have both said you are ready.</source>
        <translation>Er geht weiter, wenn ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="29"/>
        <source>Thank you. The plan resumes as soon as you have both said you are ready.</source>
        <translation>Danke. Der Plan geht weiter, sobald ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="32"/>
        <source>Either of you can pause the whole plan at any time, without a reason.</source>
        <translation>Ihr könnt den ganzen Plan jederzeit pausieren, auch allein und ohne Grund.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="60"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="116"/>
        <source>{name} pauses</source>
        <translation>{name} pausiert</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="117"/>
        <source>{name} pauses our plan</source>
        <translation>{name} pausiert unseren Plan</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="119"/>
        <source>{name} is ready to resume</source>
        <translation>{name} ist bereit fortzusetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="121"/>
        <source>{name} is ready to resume our plan</source>
        <translation>{name} ist bereit, unseren Plan fortzusetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="134"/>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="149"/>
        <source>Resume our plan</source>
        <translation>Unseren Plan fortsetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="164"/>
        <source>{track} {old} → {new}</source>
        <translation>{track} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="170"/>
        <source>Welcome back. Would you like to restart one level lower ({levels})? It often helps after a rest. Choose No to keep your levels as they are.</source>
        <translation>Willkommen zurück. Möchtet ihr eine Stufe tiefer neu beginnen ({levels})? Nach einer Pause hilft das oft. Wählt „Nein“, um eure Stufen so zu lassen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="175"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="49"/>
        <source>&amp;Print the week…</source>
        <translation>Die Woche &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="51"/>
        <source>&amp;Export the week as PDF…</source>
        <translation>Die Woche als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="53"/>
        <source>Export a &amp;summary for your therapist…</source>
        <translation>Eine &amp;Zusammenfassung für die Therapie exportieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="54"/>
        <source>Export the week to a &amp;calendar…</source>
        <translation>Die Woche in einen &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="119"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="127"/>
        <source>Print the week</source>
        <translation>Die Woche drucken</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="133"/>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="162"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="137"/>
        <source>Export the week as PDF</source>
        <translation>Die Woche als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="138"/>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="167"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="146"/>
        <source>Saved the week ({count} page) to {path}.</source>
        <translation>Die Woche ({count} Seite) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="148"/>
        <source>Saved the week ({count} pages) to {path}.</source>
        <translation>Die Woche ({count} Seiten) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="166"/>
        <source>Export a summary for your therapist</source>
        <translation>Eine Zusammenfassung für die Therapie exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="175"/>
        <source>Saved the summary ({count} page) to {path}. Private notes are never in it.</source>
        <translation>Die Zusammenfassung ({count} Seite) wurde unter {path} gespeichert. Private Notizen sind nie darin enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="179"/>
        <source>Saved the summary ({count} pages) to {path}. Private notes are never in it.</source>
        <translation>Die Zusammenfassung ({count} Seiten) wurde unter {path} gespeichert. Private Notizen sind nie darin enthalten.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="184"/>
        <source>Export a summary</source>
        <translation>Eine Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="194"/>
        <source>Export the week to a calendar</source>
        <translation>Die Woche in einen Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="196"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="206"/>
        <source>Saved {count} event to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation>{count} Termin wurde unter {path} gespeichert. Wenn ihr die Datei später noch einmal importiert, wird er aktualisiert statt doppelt angelegt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="211"/>
        <source>Saved {count} events to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation>{count} Termine wurden unter {path} gespeichert. Wenn ihr die Datei später noch einmal importiert, werden sie aktualisiert statt doppelt angelegt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="217"/>
        <source>Export to a calendar</source>
        <translation>In einen Kalender exportieren</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="33"/>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="34"/>
        <source>&amp;Letter</source>
        <translation>US-&amp;Letter</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="39"/>
        <source>Paper size {size}</source>
        <translation>Papierformat {size}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="43"/>
        <source>Print our &amp;initials instead of our names</source>
        <translation>Unsere &amp;Initialen statt unserer Namen drucken</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="45"/>
        <source>Add exercise &amp;cards with the steps (extra pages)</source>
        <translation>Übungs&amp;karten mit den Schritten hinzufügen (zusätzliche Seiten)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="48"/>
        <source>Use a &amp;neutral document title (“Weekly plan”)</source>
        <translation>Einen &amp;neutralen Dokumenttitel verwenden („Wochenplan“)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="51"/>
        <source>The title print queues and PDF readers show; no names.</source>
        <translation>Der Titel, den Druckwarteschlangen und PDF-Programme anzeigen; ohne Namen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="54"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="59"/>
        <source>Private notes are never printed or exported.</source>
        <translation>Private Notizen werden nie gedruckt oder exportiert.</translation>
    </message>
</context>
<context>
    <name>PrivateNotesPanel</name>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="28"/>
        <source>There are no private notes in this stretch of time.</source>
        <translation>In diesem Zeitraum gibt es keine privaten Notizen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="29"/>
        <source>Private notes are locked. Each of you can open your own with your passphrase.</source>
        <translation>Private Notizen sind gesperrt. Ihr könnt jeweils eure eigenen mit eurer eigenen Passphrase öffnen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="81"/>
        <source>&amp;Lock private notes</source>
        <translation>Private Notizen &amp;sperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="82"/>
        <source>Lock private notes</source>
        <translation>Private Notizen sperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="87"/>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="139"/>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="160"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="115"/>
        <source>{name}&apos;s private notes…</source>
        <translation>Private Notizen von {name}…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="117"/>
        <source>Show {name}&apos;s private notes</source>
        <translation>Private Notizen von {name} zeigen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="140"/>
        <source>There are no private notes yet, {name}. When you keep a reflection private, it will be here for you alone.</source>
        <translation>Es gibt noch keine privaten Notizen, {name}. Wenn du einen Rückblick privat behältst, findest du ihn hier, nur für dich.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="155"/>
        <source>Opening your private notes…</source>
        <translation>Deine privaten Notizen werden geöffnet…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="164"/>
        <source>{name}&apos;s private notes. They lock again when you leave this page.</source>
        <translation>Private Notizen von {name}. Sie werden wieder gesperrt, wenn ihr diese Seite verlasst.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="178"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="40"/>
        <source>Last 3 months</source>
        <extracomment>The choices of the range selector: a label and how many days back (None: everything).</extracomment>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="41"/>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="42"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="43"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="71"/>
        <source>Time range of the charts and notes</source>
        <translation>Zeitraum der Diagramme und Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="74"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="77"/>
        <source>Dates shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="92"/>
        <source>Where you are</source>
        <translation>Wo ihr steht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="94"/>
        <source>Over time</source>
        <translation>Im Lauf der Zeit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="120"/>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="121"/>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="295"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="134"/>
        <source>&amp;Pause our plan…</source>
        <translation>Unseren Plan &amp;pausieren…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="135"/>
        <source>Ready to &amp;resume…</source>
        <translation>Bereit zum &amp;Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="136"/>
        <source>Ready for the &amp;next level…</source>
        <translation>Bereit für die &amp;nächste Stufe…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="137"/>
        <source>Show my private n&amp;otes…</source>
        <translation>Meine privaten N&amp;otizen zeigen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="138"/>
        <source>&amp;Lock private notes</source>
        <translation>Private Notizen &amp;sperren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="218"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="247"/>
        <source>an exercise that is no longer in the library</source>
        <translation>eine Übung, die nicht mehr in der Bibliothek ist</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="271"/>
        <source>Pause our plan</source>
        <translation>Unseren Plan pausieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="272"/>
        <source>Who would like to pause? No reason is needed.</source>
        <translation>Wer möchte pausieren? Ein Grund ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="279"/>
        <source>Resume our plan</source>
        <translation>Unseren Plan fortsetzen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="279"/>
        <source>Who is ready to resume?</source>
        <translation>Wer ist bereit fortzusetzen?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="296"/>
        <source>Whose private notes would you like to open?</source>
        <translation>Wessen private Notizen möchtet ihr öffnen?</translation>
    </message>
</context>
<context>
    <name>ReadyQuestionDialog</name>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="26"/>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="27"/>
        <source>A private question</source>
        <translation>Eine private Frage</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="29"/>
        <source>{name}, are you ready for {track} level {level}?</source>
        <translation>{name}, bist du bereit für Stufe {level} ({track})?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="38"/>
        <source>Only you see this answer. It is shown when you have both answered, and a “not yet” is shown as “not this week”, never as whose it was. Either answer is a good answer.</source>
        <translation>Nur du siehst diese Antwort. Sie wird gezeigt, wenn ihr beide geantwortet habt, und ein „noch nicht“ erscheint als „diese Woche nicht“, nie als wessen Antwort es war. Jede Antwort ist eine gute Antwort.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="46"/>
        <source>&amp;Ready</source>
        <translation>&amp;Bereit</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="48"/>
        <source>Ready for {track} level {level}</source>
        <translation>Bereit für Stufe {level} ({track})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="50"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="51"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="23"/>
        <source>Safety and help</source>
        <translation>Sicherheit und Hilfe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="24"/>
        <source>You can read this alone, whenever you need it. RepairPlanner is not therapy, and some moments call for other help first.</source>
        <translation>Du kannst das allein lesen, wann immer du es brauchst. RepairPlanner ist keine Therapie, und manche Momente brauchen zuerst andere Hilfe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="29"/>
        <source>The full safety pages are not installed. If anyone is unsafe at home, contact local emergency services or a domestic abuse helpline now. A couples therapist can walk this road with you.</source>
        <translation>Die vollständigen Sicherheitsseiten sind nicht installiert. Wenn jemand zu Hause nicht sicher ist, wendet euch jetzt an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt. Eine Paartherapeutin oder ein Paartherapeut kann diesen Weg mit euch gehen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="34"/>
        <source>Our &amp;help lines: our therapist, and local crisis and domestic-abuse lines (printed on every card)</source>
        <translation>Unsere &amp;Hilfekontakte: unsere Therapeutin oder unser Therapeut, örtliche Krisentelefone und Hilfetelefone gegen häusliche Gewalt (auf jeder Karte gedruckt)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="38"/>
        <source>For example: our therapist, name and number; a local crisis line; a domestic abuse helpline</source>
        <translation>Zum Beispiel: unsere Therapeutin oder unser Therapeut, Name und Nummer; ein örtliches Krisentelefon; ein Hilfetelefon gegen häusliche Gewalt</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="42"/>
        <source>Something &amp;new came out…</source>
        <translation>Etwas &amp;Neues ist ans Licht gekommen…</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="43"/>
        <source>Pause the plan, consider going back to level 1, and take it to your therapist</source>
        <translation>Den Plan pausieren, überlegen, auf Stufe 1 zurückzugehen, und es mit eurer therapeutischen Begleitung besprechen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="83"/>
        <source>When not to use this app, and where to find help</source>
        <translation>Wann ihr diese App nicht nutzen solltet und wo ihr Hilfe findet</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="93"/>
        <source>Our help lines</source>
        <translation>Unsere Hilfekontakte</translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="22"/>
        <source>Something new came out</source>
        <translation>Etwas Neues ist ans Licht gekommen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="23"/>
        <source>Either of you can pause the plan. Who is pausing it now?</source>
        <translation>Ihr könnt den Plan jederzeit pausieren, auch allein. Wer pausiert ihn jetzt?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="24"/>
        <source>Your plan is paused; nothing is missed while it rests. When something new comes out, it often helps to start again gently. Would you like to go back to level 1 on both tracks? Choose No to keep your levels as they are.</source>
        <translation>Euer Plan ist pausiert; solange er ruht, wird nichts verpasst. Wenn etwas Neues ans Licht kommt, hilft es oft, behutsam neu anzufangen. Möchtet ihr bei Berührung und Gespräch auf Stufe 1 zurückgehen? Wählt „Nein“, um eure Stufen so zu lassen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="29"/>
        <source>Please take this to your therapist, together or each of you alone, before you go on. A new disclosure is a fresh hurt, and it deserves care and time. The plan resumes only when you have both said you are ready.</source>
        <translation>Bitte besprecht das mit eurer therapeutischen Begleitung, gemeinsam oder jeweils allein, bevor ihr weitermacht. Eine neue Offenbarung ist eine frische Verletzung und verdient Sorgfalt und Zeit. Der Plan geht erst weiter, wenn ihr beide gesagt habt, dass ihr bereit seid.</translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="188"/>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="189"/>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="191"/>
        <source>{name}, type your passphrase to seal your private note, so that it is yours alone.</source>
        <translation>{name}, gib deine Passphrase ein, um deine private Notiz zu versiegeln, damit sie nur dir gehört.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="197"/>
        <source>{name}&apos;s passphrase</source>
        <translation>Passphrase von {name}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="199"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="205"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="22"/>
        <source>Helps when you report a problem. It notes what the app did and any errors, never your names, notes or anything you type, and it stays on this computer, in {folder}.</source>
        <translation>Hilft, wenn ihr ein Problem meldet. Es hält fest, was die App getan hat, und alle Fehler, nie eure Namen, Notizen oder irgendetwas, das ihr eingebt, und es bleibt auf diesem Computer, in {folder}.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="57"/>
        <source>What you agreed at the start. Change anything here together.</source>
        <translation>Was ihr zu Beginn vereinbart habt. Ändert hier gemeinsam, was ihr möchtet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="61"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="62"/>
        <source>Stop and slow-down signals</source>
        <translation>Stoppsignal und Langsamer-Signal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="63"/>
        <source>Usual week</source>
        <translation>Übliche Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="72"/>
        <source>Keep a diagnostic log</source>
        <translation>Ein Diagnoseprotokoll führen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="77"/>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="88"/>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="89"/>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="96"/>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="21"/>
        <source>Sit down together for this; it takes about five minutes.

You will choose your names, a stop signal and the days that usually don&apos;t suit you, then read a short note on what this app can and cannot do.

You can change all of it later in Settings.</source>
        <translation>Setzt euch dafür zusammen; es dauert etwa fünf Minuten.

Ihr wählt eure Namen, ein Stoppsignal und die Tage, die euch meist nicht passen, und lest dann einen kurzen Hinweis dazu, was diese App kann und was nicht.

Alles davon könnt ihr später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="28"/>
        <source>The names you call each other. The plan uses them everywhere, and the order does not matter. A colour each is optional; it helps you tell your sessions apart at a glance.</source>
        <translation>Die Namen, mit denen ihr einander ansprecht. Der Plan verwendet sie überall, und die Reihenfolge spielt keine Rolle. Eine Farbe für jede Person ist freiwillig; sie hilft euch, eure Einheiten auf einen Blick zu unterscheiden.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="33"/>
        <source>Agree together on a word or a gesture that means “stop now”. Either of you can use it at any moment, for any reason. The other stops straight away, without questions, and you talk later when you are both ready.</source>
        <translation>Vereinbart gemeinsam ein Wort oder eine Geste, die „jetzt aufhören“ bedeutet. Ihr könnt es beide jederzeit und aus jedem Grund verwenden. Dann hört ihr sofort auf, ohne Fragen, und sprecht später, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="38"/>
        <source>Tick the days each of you is usually unavailable, so the plan can keep them free. This is only a starting point: every week can be different.</source>
        <translation>Kreuzt für jede Person die Tage an, an denen sie meist keine Zeit hat, damit der Plan sie freihalten kann. Das ist nur ein Ausgangspunkt: Jede Woche kann anders sein.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="45"/>
        <source>It is not therapy.</source>
        <translation>Die App ist keine Therapie.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="46"/>
        <source>A couples therapist can guide you through what is hard, and you are welcome to bring this plan to your sessions.</source>
        <translation>Eine Paartherapeutin oder ein Paartherapeut kann euch durch das Schwere begleiten, und ihr könnt diesen Plan gern in eure Therapiestunden mitbringen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="53"/>
        <source>Safety comes first.</source>
        <translation>Sicherheit geht vor.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="54"/>
        <source>If anyone is unsafe at home, please contact your local emergency services or a domestic abuse helpline.</source>
        <translation>Wenn jemand zu Hause nicht sicher ist, wendet euch bitte an den örtlichen Notruf oder an ein Hilfetelefon gegen häusliche Gewalt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="60"/>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="61"/>
        <source>Nothing is sent anywhere.</source>
        <translation>Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="64"/>
        <source>Private notes stay private.</source>
        <translation>Private Notizen bleiben privat.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="65"/>
        <source>Each of you can lock yours with your own passphrase.</source>
        <translation>Ihr könnt eure jeweils mit einer eigenen Passphrase verschließen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="77"/>
        <source>RepairPlanner helps the two of you plan small, gentle steps of touch and talk, at a pace you both choose.</source>
        <translation>RepairPlanner hilft euch beiden, kleine, behutsame Schritte in Berührung und Gespräch zu planen, in einem Tempo, das ihr beide wählt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="81"/>
        <source>Please read this together, then each tick your own box.</source>
        <translation>Bitte lest das gemeinsam und kreuzt dann jeweils euer eigenes Kästchen an.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="120"/>
        <source>Your usual week</source>
        <translation>Eure übliche Woche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="134"/>
        <source>What RepairPlanner is and is not</source>
        <translation>Was RepairPlanner ist und was nicht</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="146"/>
        <source>{name} has read this</source>
        <translation>{name} hat das gelesen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="166"/>
        <source>Welcome to RepairPlanner</source>
        <translation>Willkommen bei RepairPlanner</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="168"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="175"/>
        <source>Let&apos;s set up your plan together</source>
        <translation>Lasst uns euren Plan gemeinsam einrichten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="179"/>
        <source>Your names</source>
        <translation>Eure Namen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="182"/>
        <source>Your stop signal</source>
        <translation>Euer Stoppsignal</translation>
    </message>
</context>
<context>
    <name>SharedNotesView</name>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="25"/>
        <source>Shared notes from your reflections will appear here, week by week.</source>
        <translation>Gemeinsame Notizen aus euren Rückblicken erscheinen hier, Woche für Woche.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="55"/>
        <source>Shared notes by week</source>
        <translation>Gemeinsame Notizen nach Woche</translation>
    </message>
</context>
<context>
    <name>SlowDownSignalField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="248"/>
        <source>a word like “yellow”, or a hand lowered slowly</source>
        <translation>ein Wort wie „gelb“ oder eine langsam gesenkte Hand</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="249"/>
        <source>Our slow-down signal, if you like</source>
        <translation>Unser Langsamer-Signal, wenn ihr möchtet</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="251"/>
        <source>Optional: a word or a gesture that means “slower, gentler”, for when something is a bit much but you do not want to stop.</source>
        <translation>Freiwillig: ein Wort oder eine Geste, die „langsamer, sanfter“ bedeutet, für Momente, in denen etwas ein bisschen viel ist, ihr aber nicht aufhören wollt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="260"/>
        <source>Our slow-&amp;down signal, if you like</source>
        <translation>Unser &amp;Langsamer-Signal, wenn ihr möchtet</translation>
    </message>
</context>
<context>
    <name>StopSignalField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="185"/>
        <source>a word like “pause”, or a raised flat hand</source>
        <translation>ein Wort wie „Pause“ oder eine erhobene flache Hand</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="186"/>
        <source>Our stop signal</source>
        <translation>Unser Stoppsignal</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="187"/>
        <source>Choose something easy to say or show, even when upset.</source>
        <translation>Wählt etwas, das sich leicht sagen oder zeigen lässt, auch wenn ihr aufgewühlt seid.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="191"/>
        <source>Our stop &amp;signal</source>
        <translation>Unser &amp;Stoppsignal</translation>
    </message>
</context>
<context>
    <name>TrackPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="29"/>
        <source>Each of you answers privately; the answers are shown only when you have both answered.</source>
        <translation>Ihr antwortet jeweils privat; die Antworten werden erst gezeigt, wenn ihr beide geantwortet habt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="54"/>
        <source>{reason} You could try level {level} together. Each of you answers privately.</source>
        <translation>{reason} Ihr könntet gemeinsam Stufe {level} ausprobieren. Ihr antwortet jeweils privat.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="59"/>
        <source>Stay with this level for now.</source>
        <translation>Bleibt vorerst auf dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="60"/>
        <source>Stay with this level for now. {variation}</source>
        <translation>Bleibt vorerst auf dieser Stufe. {variation}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="66"/>
        <source>A gentle place to return to: “{title}”, where you both checked in green.</source>
        <translation>Ein sanfter Ort zum Zurückkehren: „{title}“, wo ihr beide beim Check-in auf Grün wart.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="74"/>
        <source>Stepping back is part of the method.</source>
        <translation>Zurückgehen gehört zur Methode.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="76"/>
        <source>This is the top of the ladder. Keep going at your own pace.</source>
        <translation>Das ist die oberste Stufe. Macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="78"/>
        <source>Keep going at your own pace. {waiting}</source>
        <translation>Macht in eurem eigenen Tempo weiter. {waiting}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="79"/>
        <source>Keep going at your own pace.</source>
        <translation>Macht in eurem eigenen Tempo weiter.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="101"/>
        <source>{track}: ready for the next level</source>
        <translation>{track}: bereit für die nächste Stufe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="105"/>
        <source>Move up together</source>
        <translation>Gemeinsam höher gehen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="139"/>
        <source>{track} · level {level}</source>
        <translation>{track} · Stufe {level}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="142"/>
        <source>“{title}”: {message}</source>
        <translation>„{title}“: {message}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="150"/>
        <source>Moving up waits while your plan is paused.</source>
        <translation>Höher gehen wartet, solange euer Plan pausiert ist.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="154"/>
        <source>Ready for {track} level {level}?</source>
        <translation>Bereit für Stufe {level} ({track})?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="157"/>
        <source>You&apos;re both ready for {track} level {level}. Nothing changes until you move up together.</source>
        <translation>Ihr seid beide bereit für Stufe {level} ({track}). Nichts ändert sich, bis ihr gemeinsam eine Stufe höher geht.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="161"/>
        <source>Not this week. Stay with {track} level {level}; you can ask again next week.</source>
        <translation>Diese Woche nicht. Bleibt auf Stufe {level} ({track}); nächste Woche könnt ihr wieder fragen.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="167"/>
        <source>Are we ready for level {level}?</source>
        <translation>Sind wir bereit für Stufe {level}?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="169"/>
        <source>Ask each other about {track} level {level}</source>
        <translation>Einander nach Stufe {level} ({track}) fragen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="173"/>
        <source>{name}: answer privately</source>
        <translation>{name}: privat antworten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="175"/>
        <source>{name}: answer privately about {track} level {level}</source>
        <translation>{name}: privat zu Stufe {level} ({track}) antworten</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="181"/>
        <source>Move {track} up to level {level} together</source>
        <translation>Gemeinsam auf Stufe {level} ({track}) gehen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="185"/>
        <source>{name}: step back a level</source>
        <translation>{name}: eine Stufe zurückgehen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="187"/>
        <source>{name} steps {track} back to level {level}</source>
        <translation>{name} geht auf Stufe {level} ({track}) zurück</translation>
    </message>
</context>
<context>
    <name>TrackWord</name>
    <message>
        <location filename="../repairplanner/ui/shared/track_words.py" line="9"/>
        <source>touch</source>
        <translation>Berührung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/track_words.py" line="10"/>
        <source>talk</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="24"/>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="25"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="27"/>
        <source>{name}, type your passphrase to open your private notes. Only your passphrase opens them.</source>
        <translation>{name}, gib deine Passphrase ein, um deine privaten Notizen zu öffnen. Nur deine Passphrase öffnet sie.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="36"/>
        <source>{name}&apos;s passphrase</source>
        <translation>Passphrase von {name}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="46"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>WeekField</name>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="91"/>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="92"/>
        <source>Partner {seat}</source>
        <translation>Person {seat}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="98"/>
        <source>Our week starts on</source>
        <translation>Unsere Woche beginnt am</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="108"/>
        <source>Our &amp;week starts on</source>
        <translation>Unsere &amp;Woche beginnt am</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="138"/>
        <source>{name} is usually unavailable on</source>
        <translation>{name} hat meist keine Zeit am</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="150"/>
        <source>There is no day you are both usually free. That is all right; you can still plan on any day.</source>
        <translation>Es gibt keinen Tag, an dem ihr beide meist frei seid. Das ist in Ordnung; ihr könnt trotzdem an jedem Tag planen.</translation>
    </message>
</context>
</TS>
