<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../repairplanner/ui/progress/chart_widget.py" line="36"/>
        <source>Chart</source>
        <extracomment>Series are told apart by line style and marker as well as colour, so a chart survives greyscale and colour blindness.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/charts_panel.py" line="63"/>
        <source>Expected and felt distress, in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="25"/>
        <source>White</source>
        <extracomment>Every name `colour_name` can give, whole, so each language can word (and order) it its own way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="26"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="27"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="28"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="29"/>
        <source>Light grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="30"/>
        <source>Dark grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="31"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="32"/>
        <source>Light red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="33"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="34"/>
        <source>Light orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="35"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="36"/>
        <source>Light yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="37"/>
        <source>Dark yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="38"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="39"/>
        <source>Light green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="40"/>
        <source>Dark green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="41"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="42"/>
        <source>Light teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="43"/>
        <source>Dark teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="44"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="45"/>
        <source>Light blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="46"/>
        <source>Dark blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="47"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="48"/>
        <source>Light purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="49"/>
        <source>Dark purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="50"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="51"/>
        <source>Light pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="52"/>
        <source>Dark pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="88"/>
        <source>this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="95"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="96"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="121"/>
        <source>Choose a colour for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="122"/>
        <source>Remove the colour for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="135"/>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="139"/>
        <source>Now: {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/colour_field.py" line="144"/>
        <source>A colour for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="29"/>
        <source>Summary for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="34"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="35"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="38"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="39"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="41"/>
        <source>The summary shows sessions, ratings over time, level changes and shared notes. Private notes are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/date_range_dialog.py" line="75"/>
        <source>The end date comes before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysRow</name>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="75"/>
        <source>{name} is usually unavailable on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="158"/>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="219"/>
        <source>%n minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="221"/>
        <source>%n minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="227"/>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/dialogs.py" line="228"/>
        <source>Lock the window after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetails</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="12"/>
        <source>An invitation, never a task: this talk is asked for by one of you, when you are ready, and the app never schedules it. To take it up, choose Add to the week; it asks which of you is asking, and that partner invites.</source>
        <extracomment>An asked-for talk is an invitation the right partner can take up; the app never books it for them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="26"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="35"/>
        <source>{track} · level {level} · about {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="42"/>
        <source>Archived: restore it to plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="46"/>
        <source>One of you does this alone; Add to the week asks whom it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="49"/>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="52"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="53"/>
        <source>What each of you agrees to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="54"/>
        <source>Easing out or stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="55"/>
        <source>An easier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="56"/>
        <source>A step further, same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="57"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="63"/>
        <source>Comes with RepairPlanner; draws on {technique}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="67"/>
        <source>Your own exercise; draws on {technique}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="71"/>
        <source>Your own exercise; draws on your own ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_details.py" line="73"/>
        <source> · tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="31"/>
        <source>Touch in RepairPlanner stays non-sexual: clothed unless you both choose otherwise, never genitals or breasts, and never aimed at arousal. For sexual intimacy, a couples or sex therapist is the right guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="43"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="45"/>
        <source>A sentence or two on what you will do and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="49"/>
        <source>What you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="51"/>
        <source>One thing per line, for example: two chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="55"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="57"/>
        <source>One step per line, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="61"/>
        <source>What each of you agrees to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="63"/>
        <source>For example: hands and forearms only, clothed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="67"/>
        <source>Easing out or stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="69"/>
        <source>How either of you can slow down or stop, at any moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="73"/>
        <source>An easier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="75"/>
        <source>Shorter, lighter or more distant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="79"/>
        <source>A step further, same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="81"/>
        <source>A small variation for when this feels easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="85"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="87"/>
        <source>What to watch for, and what to do if it gets too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="150"/>
        <source>A short, friendly name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="151"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="159"/>
        <source>About touch exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="160"/>
        <source>T&amp;rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="164"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="167"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="168"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="180"/>
        <source>Draws on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="182"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="192"/>
        <source>Write it in your own words. Plan it only when both of you are happy with every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_editor.py" line="264"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTable</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_view.py" line="21"/>
        <source>Exercises</source>
        <extracomment>Sized to their contents once per refresh (not on every keystroke).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="52"/>
        <source>Exercise</source>
        <extracomment>Shared drag-and-drop contract with the week page: the payload is the exercise id, UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="53"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="54"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="55"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="59"/>
        <source>Above your current touch level ({level}). Levels are a guide; you decide together.</source>
        <extracomment>One whole sentence per track, so each language can place the track where its grammar wants it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="62"/>
        <source>Above your current talk level ({level}). Levels are a guide; you decide together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="218"/>
        <source>{title} (ours, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="220"/>
        <source>{title} (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="234"/>
        <source>{title}, comes with RepairPlanner, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="236"/>
        <source>{title}, comes with RepairPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="238"/>
        <source>{title}, your own exercise, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="240"/>
        <source>{title}, your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="244"/>
        <source>Level {level}, above your current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="247"/>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_table_model.py" line="249"/>
        <source>About {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBanner</name>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="24"/>
        <source>Before you begin: a short reading, “{title}”.</source>
        <extracomment>Each moment&apos;s offer, whole, with the reading&apos;s title as {title}.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="25"/>
        <source>Before your first touch session: a short reading, “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="28"/>
        <source>For your new level: a short reading, “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="29"/>
        <source>After a stop: a short reading, “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="48"/>
        <source>A short reading for this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="51"/>
        <source>&amp;Read it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="52"/>
        <source>L&amp;ater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/moments.py" line="68"/>
        <source>Read “{title}” now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="31"/>
        <source>The Guide&apos;s readings are not installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="32"/>
        <source>No reading mentions that. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="33"/>
        <source>Print this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="34"/>
        <source>Export the reading as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="51"/>
        <source>Search the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="52"/>
        <source>Search the readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="54"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="59"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="63"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="69"/>
        <source>Print &amp;this reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="70"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="73"/>
        <source>&amp;Search the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/guide_page.py" line="233"/>
        <source>Saved the reading to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthFilter</name>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="27"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="28"/>
        <source>Up to 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="29"/>
        <source>Up to 20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="30"/>
        <source>Up to 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/exercise_filter_model.py" line="31"/>
        <source>Over 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="263"/>
        <source>Touch can move up once talk has reached level {level}: words carry the touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="304"/>
        <source>Ready for the next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="312"/>
        <source>Move {track} up to level {level} together? Either of you can step back again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="315"/>
        <source>Move up together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="331"/>
        <source>Step {track} back to level {level}? No reason is needed, and either of you can do this at any time. Moving up again is something you decide together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="336"/>
        <source>Step back a level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="32"/>
        <location filename="../repairplanner/ui/library/library_filters.py" line="33"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="36"/>
        <source>Both tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="39"/>
        <source>Track filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="41"/>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="45"/>
        <source>Level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="47"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="49"/>
        <source>Up to our level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="53"/>
        <source>Length filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="55"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="56"/>
        <source>Show archived exercises of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="57"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="58"/>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_filters.py" line="60"/>
        <source>Exercises shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="38"/>
        <source>Built-in exercises can&apos;t be changed; duplicate one to make your own</source>
        <extracomment>While the couple types, the details pane follows once they pause; the list itself follows every key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="81"/>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="83"/>
        <source>Loading the exercise library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="123"/>
        <source>&amp;Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="125"/>
        <source>&amp;Add to week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="127"/>
        <source>&amp;New exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="128"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="129"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="130"/>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="131"/>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="132"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="137"/>
        <source>Go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="195"/>
        <source>Choose an exercise to read all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="245"/>
        <source>Nothing matches. Try fewer words, or Clear to see every exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="254"/>
        <source>{shown} of %n exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="255"/>
        <source>{shown} of %n exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="257"/>
        <source>%n exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="258"/>
        <source>%n exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="292"/>
        <source>Change this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="318"/>
        <location filename="../repairplanner/ui/library/library_page.py" line="321"/>
        <source>Couldn&apos;t save the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="386"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="394"/>
        <source>Couldn&apos;t duplicate the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="401"/>
        <source>Change “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="408"/>
        <source>“{title}” will leave the library list. Sessions already planned with it stay as they are, and you can bring it back any time with Show archived, then Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="413"/>
        <source>Archive this exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="415"/>
        <source>Couldn&apos;t archive the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/library/library_page.py" line="422"/>
        <source>Couldn&apos;t restore the exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="81"/>
        <source>Colour, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="87"/>
        <source>Name of partner {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="89"/>
        <source>Partner &amp;{seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="92"/>
        <source>partner {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="128"/>
        <source>Partner {seat}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="22"/>
        <source>Please choose one you will remember. A forgotten passphrase cannot be recovered, by anyone: the notes it seals stay closed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="27"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="28"/>
        <source>A passphrase needs at least {count} characters. A short sentence that only you would think of works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="72"/>
        <source>Private notes</source>
        <extracomment>The rule in English, as the dialog shows it with no translation installed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="73"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="75"/>
        <source>{name}, your private notes are sealed with a passphrase that only you know. {other} can&apos;t read them, and neither can anyone who copies the files on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="86"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="90"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="92"/>
        <source>At least {count} characters; a short sentence works well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="96"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="98"/>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="102"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="103"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="111"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="114"/>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="118"/>
        <source>A passphrase for {name}&apos;s private notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="18"/>
        <source>Change a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="25"/>
        <source>Whose passphrase is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="33"/>
        <source>{name} has no passphrase yet. It is set the first time {name} keeps a note private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="47"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="52"/>
        <source>{error} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="57"/>
        <source>Done. {name}&apos;s %n private note now open with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_flow.py" line="61"/>
        <source>Done. {name}&apos;s %n private notes now open with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="23"/>
        <source>Your plan is paused. Nothing is missed while it rests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="25"/>
        <source>The plan is resting. Nothing is missed while it rests, and nothing can start until you resume.</source>
        <extracomment>The week page&apos;s banner: calm, and never whose click it was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="28"/>
        <source>It resumes when you have both said you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="29"/>
        <source>Thank you. The plan resumes as soon as you have both said you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="32"/>
        <source>Either of you can pause the whole plan at any time, without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="60"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="116"/>
        <source>{name} pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="117"/>
        <source>{name} pauses our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="119"/>
        <source>{name} is ready to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="121"/>
        <source>{name} is ready to resume our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="134"/>
        <source>Pause our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="149"/>
        <source>Resume our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="164"/>
        <source>{track} {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="170"/>
        <source>Welcome back. Would you like to restart one level lower ({levels})? It often helps after a rest. Choose No to keep your levels as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/pause_panel.py" line="175"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="46"/>
        <source>&amp;Print the week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="48"/>
        <source>&amp;Export the week as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="50"/>
        <source>Export a &amp;summary for your therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="51"/>
        <source>Export the week to a &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="116"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="124"/>
        <source>Print the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="130"/>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="160"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="134"/>
        <source>Export the week as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="135"/>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="165"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="144"/>
        <source>Saved the week (%n page) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="146"/>
        <source>Saved the week (%n pages) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="164"/>
        <source>Export a summary for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="173"/>
        <source>Saved the summary (%n page) to {path}. Private notes are never in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="180"/>
        <source>Saved the summary (%n pages) to {path}. Private notes are never in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="188"/>
        <source>Export a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="198"/>
        <source>Export the week to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="200"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="210"/>
        <source>Saved %n event to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="217"/>
        <source>Saved %n events to {path}. Importing it again later updates them instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_actions.py" line="225"/>
        <source>Export to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="33"/>
        <source>A&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="34"/>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="39"/>
        <source>Paper size {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="43"/>
        <source>Print our &amp;initials instead of our names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="45"/>
        <source>Add exercise &amp;cards with the steps (extra pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="48"/>
        <source>Use a &amp;neutral document title (“Weekly plan”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="51"/>
        <source>The title print queues and PDF readers show; no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="54"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/exports/print_options_dialog.py" line="59"/>
        <source>Private notes are never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateNotesPanel</name>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="28"/>
        <source>There are no private notes in this stretch of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="29"/>
        <source>Private notes are locked. Each of you can open your own with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="81"/>
        <source>&amp;Lock private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="82"/>
        <source>Lock private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="87"/>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="139"/>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="160"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="115"/>
        <source>{name}&apos;s private notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="117"/>
        <source>Show {name}&apos;s private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="140"/>
        <source>There are no private notes yet, {name}. When you keep a reflection private, it will be here for you alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="155"/>
        <source>Opening your private notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="164"/>
        <source>{name}&apos;s private notes. They lock again when you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="178"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="40"/>
        <source>Last 3 months</source>
        <extracomment>The choices of the range selector: a label and how many days back (None: everything).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="41"/>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="42"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="43"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="71"/>
        <source>Time range of the charts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="74"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="77"/>
        <source>Dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="92"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="94"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="120"/>
        <source>Shared notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="121"/>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="295"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="134"/>
        <source>&amp;Pause our plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="135"/>
        <source>Ready to &amp;resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="136"/>
        <source>Ready for the &amp;next level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="137"/>
        <source>Show my private n&amp;otes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="138"/>
        <source>&amp;Lock private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="218"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="247"/>
        <source>an exercise that is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="271"/>
        <source>Pause our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="272"/>
        <source>Who would like to pause? No reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="279"/>
        <source>Resume our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="279"/>
        <source>Who is ready to resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/progress_page.py" line="296"/>
        <source>Whose private notes would you like to open?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyQuestionDialog</name>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="26"/>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="27"/>
        <source>A private question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="29"/>
        <source>{name}, are you ready for {track} level {level}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="38"/>
        <source>Only you see this answer. It is shown when you have both answered, and a “not yet” is shown as “not this week”, never as whose it was. Either answer is a good answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="46"/>
        <source>&amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="48"/>
        <source>Ready for {track} level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="50"/>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/ready_question_dialog.py" line="51"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="23"/>
        <source>Safety and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="24"/>
        <source>You can read this alone, whenever you need it. RepairPlanner is not therapy, and some moments call for other help first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="29"/>
        <source>The full safety pages are not installed. If anyone is unsafe at home, contact local emergency services or a domestic abuse helpline now. A couples therapist can walk this road with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="34"/>
        <source>Our &amp;help lines: our therapist, and local crisis and domestic-abuse lines (printed on every card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="38"/>
        <source>For example: our therapist, name and number; a local crisis line; a domestic abuse helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="42"/>
        <source>Something &amp;new came out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="43"/>
        <source>Pause the plan, consider going back to level 1, and take it to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="83"/>
        <source>When not to use this app, and where to find help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_dialog.py" line="93"/>
        <source>Our help lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="22"/>
        <source>Something new came out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="23"/>
        <source>Either of you can pause the plan. Who is pausing it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="24"/>
        <source>Your plan is paused; nothing is missed while it rests. When something new comes out, it often helps to start again gently. Would you like to go back to level 1 on both tracks? Choose No to keep your levels as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/guide/safety_flow.py" line="29"/>
        <source>Please take this to your therapist, together or each of you alone, before you go on. A new disclosure is a fresh hurt, and it deserves care and time. The plan resumes only when you have both said you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealPassphraseDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="188"/>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="189"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="191"/>
        <source>{name}, type your passphrase to seal your private note, so that it is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="197"/>
        <source>{name}&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="199"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/passphrase_dialogs.py" line="205"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="22"/>
        <source>Helps when you report a problem. It notes what the app did and any errors, never your names, notes or anything you type, and it stays on this computer, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="57"/>
        <source>What you agreed at the start. Change anything here together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="61"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="62"/>
        <source>Stop and slow-down signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="63"/>
        <source>Usual week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="72"/>
        <source>Keep a diagnostic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="77"/>
        <source>Troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="88"/>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="89"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/settings_dialog.py" line="96"/>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="21"/>
        <source>Sit down together for this; it takes about five minutes.

You will choose your names, a stop signal and the days that usually don&apos;t suit you, then read a short note on what this app can and cannot do.

You can change all of it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="28"/>
        <source>The names you call each other. The plan uses them everywhere, and the order does not matter. A colour each is optional; it helps you tell your sessions apart at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="33"/>
        <source>Agree together on a word or a gesture that means “stop now”. Either of you can use it at any moment, for any reason. The other stops straight away, without questions, and you talk later when you are both ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="38"/>
        <source>Tick the days each of you is usually unavailable, so the plan can keep them free. This is only a starting point: every week can be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="45"/>
        <source>It is not therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="46"/>
        <source>A couples therapist can guide you through what is hard, and you are welcome to bring this plan to your sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="53"/>
        <source>Safety comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="54"/>
        <source>If anyone is unsafe at home, please contact your local emergency services or a domestic abuse helpline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="60"/>
        <source>Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="61"/>
        <source>Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="64"/>
        <source>Private notes stay private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="65"/>
        <source>Each of you can lock yours with your own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="77"/>
        <source>RepairPlanner helps the two of you plan small, gentle steps of touch and talk, at a pace you both choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="81"/>
        <source>Please read this together, then each tick your own box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="120"/>
        <source>Your usual week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="134"/>
        <source>What RepairPlanner is and is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="146"/>
        <source>{name} has read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="166"/>
        <source>Welcome to RepairPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="168"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="175"/>
        <source>Let&apos;s set up your plan together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="179"/>
        <source>Your names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/setup_wizard.py" line="182"/>
        <source>Your stop signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedNotesView</name>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="25"/>
        <source>Shared notes from your reflections will appear here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/notes_panel.py" line="55"/>
        <source>Shared notes by week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlowDownSignalField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="248"/>
        <source>a word like “yellow”, or a hand lowered slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="249"/>
        <source>Our slow-down signal, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="251"/>
        <source>Optional: a word or a gesture that means “slower, gentler”, for when something is a bit much but you do not want to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="260"/>
        <source>Our slow-&amp;down signal, if you like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopSignalField</name>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="185"/>
        <source>a word like “pause”, or a raised flat hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="186"/>
        <source>Our stop signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="187"/>
        <source>Choose something easy to say or show, even when upset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/couple_fields.py" line="191"/>
        <source>Our stop &amp;signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackPanel</name>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="29"/>
        <source>Each of you answers privately; the answers are shown only when you have both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="54"/>
        <source>{reason} You could try level {level} together. Each of you answers privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="59"/>
        <source>Stay with this level for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="60"/>
        <source>Stay with this level for now. {variation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="66"/>
        <source>A gentle place to return to: “{title}”, where you both checked in green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="74"/>
        <source>Stepping back is part of the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="76"/>
        <source>This is the top of the ladder. Keep going at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="78"/>
        <source>Keep going at your own pace. {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="79"/>
        <source>Keep going at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="101"/>
        <source>{track}: ready for the next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="105"/>
        <source>Move up together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="139"/>
        <source>{track} · level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="142"/>
        <source>“{title}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="150"/>
        <source>Moving up waits while your plan is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="154"/>
        <source>Ready for {track} level {level}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="157"/>
        <source>You&apos;re both ready for {track} level {level}. Nothing changes until you move up together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="161"/>
        <source>Not this week. Stay with {track} level {level}; you can ask again next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="167"/>
        <source>Are we ready for level {level}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="169"/>
        <source>Ask each other about {track} level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="173"/>
        <source>{name}: answer privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="175"/>
        <source>{name}: answer privately about {track} level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="181"/>
        <source>Move {track} up to level {level} together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="185"/>
        <source>{name}: step back a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/progress/levels_panel.py" line="187"/>
        <source>{name} steps {track} back to level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackWord</name>
    <message>
        <location filename="../repairplanner/ui/shared/track_words.py" line="9"/>
        <source>touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/shared/track_words.py" line="10"/>
        <source>talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="24"/>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="25"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="27"/>
        <source>{name}, type your passphrase to open your private notes. Only your passphrase opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="36"/>
        <source>{name}&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/notes/unlock_dialog.py" line="46"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekField</name>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="91"/>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="92"/>
        <source>Partner {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="98"/>
        <source>Our week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="108"/>
        <source>Our &amp;week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="138"/>
        <source>{name} is usually unavailable on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/setup/usual_week_field.py" line="150"/>
        <source>There is no day you are both usually free. That is all right; you can still plan on any day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
