<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
</TS>