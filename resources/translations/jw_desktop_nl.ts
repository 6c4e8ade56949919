<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>jw</name>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/cards.py" line="133"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="314"/>
        <source>%n kaart(en) gevonden</source>
        <translation>
            <numerusform>%n kaart gevonden</numerusform>
            <numerusform>%n kaarten gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="919"/>
        <source>%n kaart(en) uit &apos;{template}&apos; toevoegen aan de route van {student}?</source>
        <translation>
            <numerusform>%n kaart uit &apos;{template}&apos; toevoegen aan de route van {student}?</numerusform>
            <numerusform>%n kaarten uit &apos;{template}&apos; toevoegen aan de route van {student}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="951"/>
        <source>%n kaart(en) uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z.</source>
        <translation>
            <numerusform>%n kaart uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z.</numerusform>
            <numerusform>%n kaarten uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1005"/>
        <source>… en nog %n</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="119"/>
        <source>{done} van %n kaart(en) klaar</source>
        <translation>
            <numerusform>{done} van %n kaart klaar</numerusform>
            <numerusform>{done} van %n kaarten klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="122"/>
        <source>{done} van %n stap(pen) en criteria zelfstandig</source>
        <translation>
            <numerusform>{done} van %n stap of criterium zelfstandig</numerusform>
            <numerusform>{done} van %n stappen en criteria zelfstandig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="1287"/>
        <source>%n leerling(en)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="353"/>
        <source>%n observatie(s) in de laatste {weeks} weken.</source>
        <translation>
            <numerusform>%n observatie in de laatste {weeks} weken.</numerusform>
            <numerusform>%n observaties in de laatste {weeks} weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/lock.py" line="230"/>
        <source>minuut(en)</source>
        <translation>
            <numerusform>minuut</numerusform>
            <numerusform>minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="82"/>
        <source>%n reservekopie(ën)</source>
        <translation>
            <numerusform>%n reservekopie</numerusform>
            <numerusform>%n reservekopieën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="263"/>
        <source>Deze computer is de centrale van de school: %n apparaat/apparaten ingeschreven. Synchroniseren neemt hun bundels in en schrijft ieder apparaat een nieuwe.</source>
        <translation>
            <numerusform>Deze computer is de centrale van de school: %n apparaat ingeschreven. Synchroniseren neemt zijn bundels in en schrijft het een nieuwe.</numerusform>
            <numerusform>Deze computer is de centrale van de school: %n apparaten ingeschreven. Synchroniseren neemt hun bundels in en schrijft ieder apparaat een nieuwe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="287"/>
        <source>%n open conflict(en).</source>
        <translation>
            <numerusform>%n open conflict.</numerusform>
            <numerusform>%n open conflicten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="333"/>
        <source>%n wijziging(en) wachten op de centrale.</source>
        <translation>
            <numerusform>%n wijziging wacht op de centrale.</numerusform>
            <numerusform>%n wijzigingen wachten op de centrale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="376"/>
        <source>%n wijziging(en) wachten</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="73"/>
        <source>het hele record (%n veld(en))</source>
        <translation>
            <numerusform>het hele record (%n veld)</numerusform>
            <numerusform>het hele record (%n velden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/coverage.py" line="145"/>
        <source>de routes van %n leerling(en)</source>
        <translation>
            <numerusform>de route van %n leerling</numerusform>
            <numerusform>de routes van %n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/coverage.py" line="148"/>
        <source>%n competentie(s) zonder kaart</source>
        <translation>
            <numerusform>%n competentie zonder kaart</numerusform>
            <numerusform>%n competenties zonder kaart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="148"/>
        <source>{done} van %n criteri(um/a) behaald bij een beoordeling</source>
        <translation>
            <numerusform>{done} van %n criterium behaald bij een beoordeling</numerusform>
            <numerusform>{done} van %n criteria behaald bij een beoordeling</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw</name>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/selftest.py" line="24"/>
        <source>%n kaart(en) gevonden</source>
        <translation type="unfinished">
            <numerusform>%n kaart gevonden</numerusform>
            <numerusform>%n kaarten gevonden</numerusform>
        </translation>
    </message>
</context>
</TS>
