<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../repairplanner/ui/help/help_actions.py" line="41"/>
        <source>&amp;How to use {app}</source>
        <translation>&amp;Anleitung zu {app}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/help_actions.py" line="43"/>
        <source>The manual, at the part about this page (F1)</source>
        <translation>Die Anleitung, beim Teil zu dieser Seite (F1)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/help_actions.py" line="44"/>
        <source>&amp;Report a problem…</source>
        <translation>Ein &amp;Problem melden…</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="82"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="84"/>
        <location filename="../repairplanner/ui/help/manual_window.py" line="85"/>
        <location filename="../repairplanner/ui/help/manual_window.py" line="115"/>
        <source>Search the manual</source>
        <translation>In der Anleitung suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="87"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="90"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="97"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="105"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/manual_window.py" line="299"/>
        <source>No topic mentions that. Try other words.</source>
        <translation>Kein Thema erwähnt das. Versucht es mit anderen Wörtern.</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="73"/>
        <source>{version} (the download for this system)</source>
        <translation>{version} (der Download für dieses System)</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="74"/>
        <source>{name} ({kernel} {release}, {architecture})</source>
        <translation>{name} ({kernel} {release}, {architecture})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="80"/>
        <source>{language} (system: {system})</source>
        <translation>{language} (System: {system})</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="85"/>
        <source>on, in {folder}</source>
        <translation>an, in {folder}</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="87"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="91"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="92"/>
        <source>Window system</source>
        <translation>Fenstersystem</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="96"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="97"/>
        <source>Diagnostic log</source>
        <translation>Diagnoseprotokoll</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="99"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/problem_details.py" line="100"/>
        <source>none since the app started</source>
        <translation>keiner seit dem Start der App</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="24"/>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="25"/>
        <source>Something not working as it should?</source>
        <translation>Funktioniert etwas nicht so, wie es soll?</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="31"/>
        <source>Please tell us what you did and what happened, in your own words, at:</source>
        <translation>Bitte erzählt uns in euren eigenen Worten, was ihr getan habt und was passiert ist, hier:</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="36"/>
        <source>Where to report</source>
        <translation>Wo ihr es meldet</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="38"/>
        <source>Add the details below to your report. They hold nothing private: no names, notes, titles or anything you typed. Please leave those out of what you write, too.</source>
        <translation>Fügt eurer Meldung die Angaben unten hinzu. Sie enthalten nichts Privates: keine Namen, Notizen, Titel oder irgendetwas, das ihr eingegeben habt. Lasst das bitte auch in dem weg, was ihr selbst schreibt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="47"/>
        <source>Details for the report</source>
        <translation>Angaben für die Meldung</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="53"/>
        <source>The diagnostic log is on. For a problem you can repeat, attach repairplanner.log from that folder too. It is plain text: read it first if you like.</source>
        <translation>Das Diagnoseprotokoll ist an. Bei einem Problem, das sich wiederholen lässt, hängt auch repairplanner.log aus diesem Ordner an. Es ist reiner Text: Lest es vorher gern selbst.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="59"/>
        <source>For a problem you can repeat: switch on the diagnostic log in File › Settings, repeat it, and attach the log too. It never holds names, notes or anything you type.</source>
        <translation>Bei einem Problem, das sich wiederholen lässt: Schaltet unter Datei › Einstellungen das Diagnoseprotokoll ein, wiederholt es und hängt das Protokoll ebenfalls an. Es enthält nie Namen, Notizen oder irgendetwas, das ihr eingebt.</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="66"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="68"/>
        <source>Co&amp;py details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../repairplanner/ui/help/report_dialog.py" line="100"/>
        <source>Copied. Paste them into your report.</source>
        <translation>Kopiert. Fügt die Angaben in eure Meldung ein.</translation>
    </message>
</context>
</TS>
