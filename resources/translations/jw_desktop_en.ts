<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>jw</name>
    <message>
        <location filename="../../jw_desktop/ui/context.py" line="48"/>
        <source>Er ging iets mis dat niet had mogen gebeuren:</source>
        <translation>Something went wrong that should not have happened:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/context.py" line="198"/>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="159"/>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="30"/>
        <source>Onderdeel van de leerroute</source>
        <translation>Learning route item</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="31"/>
        <location filename="../../jw_desktop/ui/main_window.py" line="72"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="526"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="539"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="545"/>
        <source>Leerroute</source>
        <translation>Learning route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="32"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="125"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="82"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="116"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="50"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="114"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="410"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="493"/>
        <source>Leerling</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="33"/>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="59"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="84"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="88"/>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="34"/>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="26"/>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="55"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="375"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="277"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="35"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="57"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="119"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="90"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="117"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="128"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="282"/>
        <source>Leerbedrijf</source>
        <translation>Work placement company</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="36"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="281"/>
        <source>Stage</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="37"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="66"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="77"/>
        <source>Praktijkbegeleider</source>
        <translation>Workplace supervisor</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="38"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="39"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="45"/>
        <source>hele record</source>
        <translation>whole record</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="46"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="47"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="48"/>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="49"/>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="50"/>
        <source>achternaam</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="51"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="52"/>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="53"/>
        <source>fase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="54"/>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="55"/>
        <source>vaste contactpersoon</source>
        <translation>fixed contact person</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="56"/>
        <source>doel (kwalificatie)</source>
        <translation>goal (credential)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="57"/>
        <source>kaartversie</source>
        <translation>card version</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="58"/>
        <source>begindatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="59"/>
        <source>einddatum</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="60"/>
        <source>vereiste uren</source>
        <translation>required hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="61"/>
        <source>dagen per week</source>
        <translation>days per week</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/context.py" line="193"/>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="62"/>
        <source>jobcoach</source>
        <translation>job coach</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="63"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="64"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="71"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="75"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="195"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="75"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="195"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="87"/>
        <source>Conflicten na synchroniseren</source>
        <translation>Conflicts after syncing</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="92"/>
        <source>Op twee plaatsen is hetzelfde gegeven tegelijk veranderd. De huidige waarde is de laatst gemaakte wijziging; de verloren waarde is bewaard. Kies per regel welke blijft. Je keuze gaat bij de volgende synchronisatie naar de andere apparaten.</source>
        <translation>The same item was changed in two places at the same time. The current value is the most recent change; the lost value has been kept. Choose per line which one stays. Your choice goes to the other devices at the next sync.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="101"/>
        <source>Gegeven</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="101"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="101"/>
        <source>Huidige waarde</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="101"/>
        <source>Verloren waarde</source>
        <translation>Lost value</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="101"/>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="56"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="409"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="103"/>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="113"/>
        <source>Er zijn geen open conflicten.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="114"/>
        <source>Huidige waarde houden</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="115"/>
        <source>Verloren waarde terugzetten</source>
        <translation>Restore lost value</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="116"/>
        <source>Samenvoegen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="117"/>
        <source>Voor tekst: maak van beide waarden één nieuwe tekst</source>
        <translation>For text: make one new text from both values</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="119"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="297"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="394"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="141"/>
        <source>Alleen docenten en beheerders kunnen conflicten oplossen.</source>
        <translation>Only teachers and administrators can resolve conflicts.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="157"/>
        <source>verwijderd terwijl bewerkt</source>
        <translation>deleted while edited</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="159"/>
        <source>tegelijk bewerkt</source>
        <translation>edited at the same time</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="226"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="227"/>
        <source>Maak van beide teksten één tekst:</source>
        <translation>Combine both texts into one:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="239"/>
        <source>De samengevoegde tekst is opgeslagen.</source>
        <translation>The merged text has been saved.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="253"/>
        <source>De verloren waarde is teruggezet.</source>
        <translation>The lost value has been restored.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="255"/>
        <source>De huidige waarde blijft.</source>
        <translation>The current value stays.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="38"/>
        <location filename="../../jw_desktop/ui/login.py" line="40"/>
        <source>Inloggen bij jw-desktop</source>
        <translation>Log in to jw-desktop</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="43"/>
        <location filename="../../jw_desktop/ui/login.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="32"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="38"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="48"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="79"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="233"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="74"/>
        <location filename="../../jw_desktop/ui/login.py" line="179"/>
        <source>Opnieuw synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="122"/>
        <source>Deze laptop is ingeschreven bij {school}, maar de centrale heeft de aanmelding geweigerd: {reason} Vraag de beheerder om een nieuw inschrijfbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="131"/>
        <source>Deze laptop is ingeschreven bij {school} en wacht op de eerste synchronisatie met de centrale, maar er is geen synchronisatiemap ingesteld. Vraag de beheerder de map in te stellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="139"/>
        <source>Deze laptop is ingeschreven bij {school} en wacht op de eerste synchronisatie met de centrale, via de map {folder}. Zodra de centrale die map heeft verwerkt, log je hier in met je eigen e-mailadres en wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="159"/>
        <source>De centrale heeft geantwoord: log in met je eigen e-mailadres en wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="175"/>
        <source>Bezig met synchroniseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="108"/>
        <location filename="../../jw_desktop/ui/lock.py" line="121"/>
        <location filename="../../jw_desktop/ui/login.py" line="50"/>
        <location filename="../../jw_desktop/ui/login.py" line="59"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="83"/>
        <location filename="../../jw_desktop/ui/lock.py" line="113"/>
        <location filename="../../jw_desktop/ui/login.py" line="53"/>
        <location filename="../../jw_desktop/ui/views/admin/common.py" line="49"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="443"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="187"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="63"/>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="69"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="91"/>
        <source>{name} is niet opgeslagen: er is niet genoeg ruimte op de schijf of USB-stick. Maak ruimte vrij of kies een andere plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="96"/>
        <source>{name} is niet opgeslagen: in de map {folder} mag jw-desktop niets schrijven (de map is alleen-lezen, of het bestand is geopend in een ander programma). Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="101"/>
        <source>{name} is niet opgeslagen: de map {folder} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="104"/>
        <source>{name} is niet opgeslagen: de schijf gaf een fout ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="201"/>
        <source>De printer kon niet worden gestart. Kijk of hij aan staat en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="259"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="333"/>
        <source>Het document wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="261"/>
        <source>Wat de voorvertoning doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="265"/>
        <source>Bezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="275"/>
        <source>Pagina&apos;s van het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="278"/>
        <source>Welke pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="279"/>
        <source>Paginabreedte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="280"/>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="286"/>
        <source>Zoom: paginabreedte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="287"/>
        <source>Zoom: ware grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="288"/>
        <source>De pagina zo breed als het venster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="289"/>
        <source>De pagina op ware grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="291"/>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="292"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="467"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="480"/>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="294"/>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="295"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="513"/>
        <source>Opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="298"/>
        <source>Voorvertoning sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="302"/>
        <source>Melding bij het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="341"/>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="359"/>
        <source>Het document kon niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="371"/>
        <source>Pagina {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="402"/>
        <source>De pagina&apos;s worden klaargezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="436"/>
        <source>Pagina {n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="475"/>
        <source>Er vallen geen pagina&apos;s van dit document in wat je koos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="478"/>
        <location filename="../../jw_desktop/ui/login.py" line="64"/>
        <location filename="../../jw_desktop/ui/printing.py" line="273"/>
        <source>Stoppen</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="478"/>
        <source>Het document wordt afgedrukt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="487"/>
        <source>Pagina {n} van {total} is afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="501"/>
        <source>Naar de printer gestuurd: {n} van {total} pagina&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="513"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/print_preview.py" line="525"/>
        <location filename="../../jw_desktop/ui/printing.py" line="137"/>
        <source>Opgeslagen als {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/login.py" line="196"/>
        <source>Vul je e-mailadres en wachtwoord in.</source>
        <translation>Enter your e-mail address and password.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="164"/>
        <location filename="../../jw_desktop/ui/login.py" line="201"/>
        <source>Even controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="70"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="85"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="61"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="139"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="1210"/>
        <source>Leerlingen</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="71"/>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="78"/>
        <source>Mijn leerlingen</source>
        <translation>My students</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="73"/>
        <source>Observeren</source>
        <translation>Observe</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="77"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="61"/>
        <source>Kaarten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="78"/>
        <source>Dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="79"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="123"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="80"/>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="53"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="106"/>
        <source>geen school</source>
        <translation>no school</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="107"/>
        <source>jw-desktop — {school}</source>
        <translation>jw-desktop — {school}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="114"/>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="73"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="251"/>
        <source>Dit is geen link naar een kaart: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/common.py" line="36"/>
        <source>Docent</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/common.py" line="37"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="111"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="124"/>
        <source>Jobcoach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/common.py" line="38"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="26"/>
        <source>Aanmeldingen via het netwerk</source>
        <translation>Enrolment requests over the network</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="31"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="32"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="36"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="47"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="88"/>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="40"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="75"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="31"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="31"/>
        <source>Aangemeld op</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="32"/>
        <source>Wachtende aanmeldingen</source>
        <translation>Waiting enrolment requests</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="36"/>
        <source>Er wachten geen aanmeldingen. Een laptop meldt zich aan bij Synchronisatie met &apos;Aanmelden bij de server&apos;.</source>
        <translation>No enrolment requests are waiting. A laptop asks to enrol under Synchronisation with &apos;Enrol with the server&apos;.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="41"/>
        <source>Rol van het aangemelde apparaat</source>
        <translation>Role of the requesting device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="45"/>
        <source>Medewerker van het aangemelde apparaat</source>
        <translation>Staff member of the requesting device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="46"/>
        <source>Goedkeuren…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="48"/>
        <source>Afwijzen…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="32"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="40"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="49"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="83"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="88"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="95"/>
        <source>Kies eerst een aanmelding in de lijst.</source>
        <translation>First choose an enrolment request in the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="109"/>
        <source>Aanmelding goedkeuren</source>
        <translation>Approve enrolment request</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="111"/>
        <source>Laat de laptop {name} zijn vingerafdruk zien (bij Synchronisatie). Staat daar {fingerprint}? Alleen dan is dit die laptop. Goedkeuren als {role}?</source>
        <translation>Have the laptop {name} show its fingerprint (under Synchronisation). Does it say {fingerprint}? Only then is this that laptop. Approve as {role}?</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="114"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="131"/>
        <source>{name} is ingeschreven als {role}. De laptop haalt zijn inschrijving zelf op bij de server.</source>
        <translation>{name} is enrolled as {role}. The laptop picks up its enrolment from the server itself.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="143"/>
        <source>Aanmelding afwijzen</source>
        <translation>Reject enrolment request</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="144"/>
        <source>De aanmelding van {name} afwijzen? De laptop hoort dat bij het ophalen.</source>
        <translation>Reject the enrolment request of {name}? The laptop is told when it checks.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="147"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="159"/>
        <source>De aanmelding van {name} is afgewezen.</source>
        <translation>The enrolment request of {name} is rejected.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="32"/>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="43"/>
        <source>Medewerker toevoegen</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="45"/>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="52"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="125"/>
        <source>Kies eerst een medewerker in de lijst.</source>
        <translation>First choose a staff member in the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="55"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="64"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="65"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="59"/>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="61"/>
        <source>Wachtwoord instellen</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="63"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="66"/>
        <source>Minstens 10 tekens met letters en cijfers, of een zin van 16 tekens.</source>
        <translation>At least 10 characters with letters and digits, or a sentence of 16 characters.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="102"/>
        <source>Kies eerst een medewerker.</source>
        <translation>First choose a staff member.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="117"/>
        <source>{name} is toegevoegd als {role}. Stel nu een wachtwoord in.</source>
        <translation>{name} has been added as {role}. Now set a password.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="128"/>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="133"/>
        <source>Even bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/accounts.py" line="139"/>
        <source>Het wachtwoord van {name} is ingesteld.</source>
        <translation>The password of {name} has been set.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="26"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="31"/>
        <source>Naam van de groep</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="34"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="175"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="279"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="35"/>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="42"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="36"/>
        <source>Groep toevoegen</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="38"/>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="41"/>
        <source>Fase (1-6)</source>
        <translation>Phase (1-6)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="57"/>
        <source>(geen mentor)</source>
        <translation>(no mentor)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="78"/>
        <source>Groep {name} is toegevoegd.</source>
        <translation>Group {name} has been added.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="62"/>
        <source>Naam van het leerbedrijf</source>
        <translation>Name of the company</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="122"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="64"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="76"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="68"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="78"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="70"/>
        <source>E-mailadres van de begeleider</source>
        <translation>Supervisor&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="71"/>
        <source>Leerbedrijf toevoegen</source>
        <translation>Add company</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="73"/>
        <source>Nieuw leerbedrijf</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="95"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="96"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="97"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="121"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="99"/>
        <source>Lintmodel (bijv. 2 dagen werk, 3 dagen school)</source>
        <translation>Ribbon model (e.g. 2 days work, 3 days school)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="101"/>
        <source>Sandwichmodel (één blok)</source>
        <translation>Sandwich model (one block)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="105"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="122"/>
        <source>Dagen per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="109"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="193"/>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="52"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="110"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="123"/>
        <source>Vereiste uren</source>
        <translation>Required hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="112"/>
        <source>Stage toevoegen</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="114"/>
        <source>Nieuwe stage</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="119"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="128"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="120"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="128"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="129"/>
        <source>Stages van de leerling</source>
        <translation>The student&apos;s placements</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="138"/>
        <source>Stage beëindigen…</source>
        <translation>End placement…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="142"/>
        <source>Stages van de gekozen leerling</source>
        <translation>Placements of the chosen student</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="250"/>
        <source>(geen jobcoach)</source>
        <translation>(no job coach)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="504"/>
        <source>Leerbedrijf {name} is toegevoegd.</source>
        <translation>Company {name} has been added.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="442"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="509"/>
        <source>Kies een leerling uit de lijst.</source>
        <translation>Choose a student from the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="512"/>
        <source>Kies een leerbedrijf (voeg het zo nodig eerst toe).</source>
        <translation>Choose a company (add it first if needed).</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="532"/>
        <source>De stage van {student} bij {company} is toegevoegd.</source>
        <translation>The placement of {student} at {company} has been added.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="368"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="385"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="540"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="581"/>
        <source>Kies eerst een stage in de lijst.</source>
        <translation>First choose a placement in the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="550"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="557"/>
        <source>Stage beëindigen</source>
        <translation>End placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="67"/>
        <source>Aanmeldbestand kiezen…</source>
        <translation>Choose registration file…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="69"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="237"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="304"/>
        <source>Nog geen aanmeldbestand gekozen.</source>
        <translation>No registration file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="71"/>
        <source>Rol van het apparaat</source>
        <translation>Role of the device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="75"/>
        <source>Medewerker van het apparaat</source>
        <translation>Staff member of the device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="76"/>
        <source>Alleen de leerlingen van groep</source>
        <translation>Only the students of group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="77"/>
        <source>Inschrijven en inschrijvingsbestand opslaan…</source>
        <translation>Enrol and save enrolment file…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="79"/>
        <source>Een apparaat inschrijven</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="44"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="113"/>
        <source>Apparaat</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="88"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="128"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="89"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="106"/>
        <source>Ingeschreven apparaten</source>
        <translation>Enrolled devices</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="100"/>
        <source>Apparaat intrekken…</source>
        <translation>Revoke device…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="113"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="113"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="124"/>
        <source>Geen geweigerde bundels.</source>
        <translation>No refused bundles.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="185"/>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="185"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="172"/>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="92"/>
        <source>alle leerlingen</source>
        <translation>all students</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="174"/>
        <source>groep {name}</source>
        <translation>group {name}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="84"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="221"/>
        <source>(geen medewerker)</source>
        <translation>(no staff member)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="229"/>
        <source>Aanmeldbestand kiezen</source>
        <translation>Choose registration file</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="229"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="274"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="413"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="445"/>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="257"/>
        <source>Kies eerst het aanmeldbestand van het apparaat.</source>
        <translation>First choose the device&apos;s registration file.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="272"/>
        <source>Inschrijvingsbestand opslaan</source>
        <translation>Save enrolment file</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="298"/>
        <source>Het inschrijvingsbestand kon niet worden opgeslagen: {error}</source>
        <translation>The enrolment file could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="317"/>
        <source>Kies eerst een apparaat in de lijst.</source>
        <translation>First choose a device in the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="323"/>
        <source>Apparaat intrekken</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="53"/>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="56"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="56"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="56"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="62"/>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="43"/>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="56"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="66"/>
        <source>Gekozen reservekopie terugzetten…</source>
        <translation>Restore chosen backup…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="71"/>
        <source>Elke dag wordt bij het starten vanzelf een reservekopie gemaakt. Ze staan in de map &apos;backups&apos; naast de gegevens.</source>
        <translation>Every day a backup is made automatically at start-up. They are kept in the folder &apos;backups&apos; next to the data.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="36"/>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="37"/>
        <source>met de hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="38"/>
        <source>voor een update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="39"/>
        <source>voor het terugzetten</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="102"/>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="107"/>
        <source>Reservekopie gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="119"/>
        <source>Kies eerst een reservekopie in de lijst.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="131"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="133"/>
        <source>De gegevens van {when} terugzetten?

Wat nu op deze computer staat wordt eerst zelf als reservekopie bewaard. Wijzigingen van na {when} die nog niet gesynchroniseerd zijn, staan daarna alleen in die reservekopie.

jw-desktop sluit na het terugzetten af; start het daarna opnieuw.</source>
        <translation>Restore the data of {when}?

What is on this computer now is first kept as a backup itself. Changes made after {when} that have not been synced yet will then only be in that backup.

jw-desktop closes after the restore; start it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="156"/>
        <source>Het terugzetten is niet gelukt: {error}

De gegevens zijn niet veranderd. jw-desktop sluit nu af; start het opnieuw.</source>
        <translation>The restore did not succeed: {error}

The data has not changed. jw-desktop closes now; start it again.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="161"/>
        <source> De gegevens van daarvoor staan in {path}.</source>
        <translation> The data from before is in {path}.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="164"/>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="165"/>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="168"/>
        <source>jw-desktop sluit nu af; start het opnieuw.</source>
        <translation>jw-desktop closes now; start it again.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="40"/>
        <source>jw-desktop</source>
        <translation>jw-desktop</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="41"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="51"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="51"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="51"/>
        <source>Aantallen</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="53"/>
        <source>Gegevens kopiëren (voor de helpdesk)</source>
        <translation>Copy details (for the help desk)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="57"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="61"/>
        <source>Apparaten</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="63"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="210"/>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="79"/>
        <source>Zoek op titel, code of woord</source>
        <translation>Search by title, code or word</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="80"/>
        <source>Zoek een kaart</source>
        <translation>Search for a card</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="84"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="227"/>
        <source>Soort kaart</source>
        <translation>Card type</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="86"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="228"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="90"/>
        <source>Gevonden kaarten</source>
        <translation>Cards found</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="92"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="240"/>
        <source>Aantal gevonden kaarten</source>
        <translation>Number of cards found</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/cards.py" line="133"/>
        <source>Geen kaarten gevonden.</source>
        <translation>No cards found.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="112"/>
        <source>Wat ging goed, wat oefenen we nog? Alleen over het werk.</source>
        <translation>What went well, what do we still need to practise? Only about the work.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="113"/>
        <source>Notitie over het werk</source>
        <translation>Note about the work</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="115"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="401"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="402"/>
        <source>Notitie opslaan</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="144"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="450"/>
        <source>Notitie opgeslagen.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="258"/>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="158"/>
        <source>Kies een leerling.</source>
        <translation>Choose a student.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="165"/>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="188"/>
        <source>Taak van vandaag</source>
        <translation>Today&apos;s task</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="172"/>
        <source>Kaart tonen</source>
        <translation>Show card</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="128"/>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="192"/>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="78"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="194"/>
        <source>Notitie (werk)</source>
        <translation>Note (work)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="255"/>
        <source>Je begeleidt nu geen leerlingen.</source>
        <translation>You are not coaching any students at the moment.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="307"/>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="357"/>
        <source>Er staat nog niets in de leerroute.</source>
        <translation>There is nothing in the learning route yet.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="317"/>
        <source>Afvinken: wat liet de leerling zien?</source>
        <translation>Tick off: what did the student show?</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="323"/>
        <source>Deze kaart heeft geen stappen of criteria om af te vinken.</source>
        <translation>This card has no steps or criteria to tick off.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="116"/>
        <source>Ook wat al zelfstandig gaat</source>
        <translation>Also what is already done independently</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="124"/>
        <source>Leerling:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="247"/>
        <source>Deze leerling heeft nog geen kaarten met stappen of criteria in de leerroute.</source>
        <translation>This student has no cards with steps or criteria in the learning route yet.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="250"/>
        <source>Alles uit de leerroute gaat zelfstandig. Vink ‘{all}’ aan om toch te observeren.</source>
        <translation>Everything in the learning route is done independently. Tick ‘{all}’ to observe anyway.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/words.py" line="15"/>
        <source>nog niet geobserveerd</source>
        <translation>not observed yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/words.py" line="21"/>
        <source>nog niet behaald bij een beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/words.py" line="22"/>
        <source>nog niet behaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/words.py" line="23"/>
        <source>examenonderdelen nog niet behaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/words.py" line="24"/>
        <source>voor deze kwalificatie is geen beoordelingsregel vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="378"/>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="385"/>
        <source>Andere kaart zoeken…</source>
        <translation>Search for another card…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="386"/>
        <source>Andere kaart zoeken</source>
        <translation>Search for another card</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="391"/>
        <source>Een klik legt vast:</source>
        <translation>One click records:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="395"/>
        <source>Een klik legt vast: {level}</source>
        <translation>One click records: {level}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="77"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="406"/>
        <source>Groep:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="79"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="408"/>
        <source>Kaart:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="272"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="456"/>
        <source>{code} {title} ({n} in route)</source>
        <translation>{code} {title} ({n} in route)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="474"/>
        <source>Geen kaart met stappen of criteria gevonden.</source>
        <translation>No card with steps or criteria found.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="526"/>
        <source>Eén leerling</source>
        <translation>One student</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="527"/>
        <source>Hele groep</source>
        <translation>Whole group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="534"/>
        <source>Waar geobserveerd</source>
        <translation>Where observed</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="536"/>
        <source>Op school</source>
        <translation>At school</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="537"/>
        <source>Op de werkplek</source>
        <translation>At the workplace</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="554"/>
        <source>Waar:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="87"/>
        <source>Behaald: het staat al in het portfolio.</source>
        <translation>Achieved: it is already in the portfolio.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="152"/>
        <source>{n}. {code} · {title} — {type}, fase {phase} — {status}</source>
        <translation>{n}. {code} · {title} — {type}, phase {phase} — {status}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="161"/>
        <source> (nieuwere versie beschikbaar)</source>
        <translation> (newer version available)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="223"/>
        <source>Zoek een kaart, bijv. gieter…</source>
        <translation>Search for a card, e.g. watering can…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="224"/>
        <source>Zoek in de catalogus</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="58"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="93"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="96"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="109"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="119"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="232"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="233"/>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="234"/>
        <source>Fase van de kaart</source>
        <translation>Phase of the card</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/id_combo.py" line="47"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="756"/>
        <location filename="../../jw_desktop/ui/widgets/id_combo.py" line="49"/>
        <source>Fase {n}</source>
        <translation>Phase {n}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="236"/>
        <source>Competentiecode, bijv. B1-K1-W2</source>
        <translation>Competence code, e.g. B1-K1-W2</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="237"/>
        <source>Competentiecode</source>
        <translation>Competence code</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="238"/>
        <source>Kaarten in de catalogus</source>
        <translation>Cards in the catalogue</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="304"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="240"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="253"/>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="241"/>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="262"/>
        <source>fase {n}</source>
        <translation>phase {n}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="312"/>
        <source>Meer dan {n} kaarten: zoek preciezer.</source>
        <translation>More than {n} cards: narrow your search.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/cards.py" line="133"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="314"/>
        <source>%n kaart(en) gevonden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="349"/>
        <source>Opnieuw gedaan: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="412"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="423"/>
        <source>Doel van de route</source>
        <translation>Goal of the route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="414"/>
        <source>Leerroute van de leerling</source>
        <translation>The student&apos;s learning route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="429"/>
        <source>Wat nog ontbreekt</source>
        <translation>What is still missing</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="444"/>
        <source>Nog geen leerroute: kies een sjabloon of voeg kaarten toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="445"/>
        <source>Uitleg bij een lege route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="459"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="923"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="459"/>
        <source>Gekozen kaart toevoegen aan de route</source>
        <translation>Add the chosen card to the route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="461"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="461"/>
        <source>Onderdeel omhoog schuiven</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="462"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="462"/>
        <source>Onderdeel omlaag schuiven</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="464"/>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="877"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="243"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="488"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="464"/>
        <source>Onderdeel uit de route verwijderen</source>
        <translation>Remove item from the route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="467"/>
        <source>Status van het onderdeel</source>
        <translation>Status of the item</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="471"/>
        <source>Sjabloonroute</source>
        <translation>Template route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="473"/>
        <source>Sjabloon toepassen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="476"/>
        <source>De laatste wijziging ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="478"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="480"/>
        <source>Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="480"/>
        <source>De ongedaan gemaakte wijziging opnieuw doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="482"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="745"/>
        <source>{what} ongedaan maken (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="747"/>
        <source>Nog niets om ongedaan te maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="750"/>
        <source>{what} opnieuw doen (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="752"/>
        <source>Niets om opnieuw te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="811"/>
        <source>{code} toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="855"/>
        <source>{code} verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="878"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="368"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="404"/>
        <source>Laten staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="879"/>
        <source>Je kunt dit ongedaan maken met Ctrl+Z of &apos;Ongedaan maken&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="890"/>
        <source>{code} verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="896"/>
        <source>{code} is uit de route gehaald. Ongedaan maken kan met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="917"/>
        <source>Sjabloon toepassen</source>
        <translation>Apply template</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="919"/>
        <source>%n kaart(en) uit &apos;{template}&apos; toevoegen aan de route van {student}?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="924"/>
        <source>Niet toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="927"/>
        <source>Het sjabloon is niet toegepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="948"/>
        <source>sjabloon &apos;{name}&apos; toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="951"/>
        <source>%n kaart(en) uit het sjabloon toegevoegd. Ongedaan maken kan met Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="968"/>
        <source>doel &apos;{name}&apos; kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="990"/>
        <source>status van {code} naar &apos;{status}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1005"/>
        <source>… en nog %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1008"/>
        <source>Wordt toegevoegd (achteraan in de route):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1010"/>
        <source>Staat er al (blijft zoals het is):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1012"/>
        <source>Het doel van de route wordt: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="1013"/>
        <source>Je kunt dit daarna ongedaan maken met Ctrl+Z of &apos;Ongedaan maken&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="473"/>
        <source>Sjabloon toepassen op de route</source>
        <translation>Apply template to the route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="100"/>
        <source>({m} van {t} criteria behaald)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="494"/>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="500"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="510"/>
        <source>Sleep een kaart hierheen, of kies hem en druk op Toevoegen.</source>
        <translation>Drag a card here, or choose it and press Add.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="517"/>
        <source>Waar de route naartoe leidt</source>
        <translation>Where the route leads</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="524"/>
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="619"/>
        <source>Nog geen doel</source>
        <translation>No goal yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="667"/>
        <source>Deze route leidt nog niet naar een kwalificatie.</source>
        <translation>This route does not lead to a credential yet.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="668"/>
        <source>Kies een doel of pas een sjabloon toe.</source>
        <translation>Choose a goal or apply a template.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="671"/>
        <source>Deze route leidt naar: {name}</source>
        <translation>This route leads to: {name}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="778"/>
        <source>Kies eerst een leerling.</source>
        <translation>First choose a student.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="785"/>
        <source>Kies eerst een kaart in de catalogus.</source>
        <translation>First choose a card in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="816"/>
        <source>{code} staat nu in de route.</source>
        <translation>{code} is now in the route.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="869"/>
        <source>Kies eerst een onderdeel van de route.</source>
        <translation>First choose an item in the route.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="873"/>
        <source>Uit de route verwijderen</source>
        <translation>Remove from the route</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="875"/>
        <source>{code} · {title} uit de route halen? Wat de leerling al liet zien, blijft bewaard.</source>
        <translation>Remove {code} · {title} from the route? What the student has already shown is kept.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="913"/>
        <source>Alle kaarten uit dit sjabloon staan al in de route.</source>
        <translation>All cards from this template are already in the route.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="105"/>
        <source>Let op: {reasons}</source>
        <translation>Please note: {reasons}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="159"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="138"/>
        <source>behaald</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="140"/>
        <source>klaar om uit te reiken</source>
        <translation>ready to issue</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="113"/>
        <source>Deze leerling heeft aandacht nodig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="119"/>
        <source>{done} van %n kaart(en) klaar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="122"/>
        <source>{done} van %n stap(pen) en criteria zelfstandig</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="174"/>
        <source>nu: {level} (laatst gezien {on})</source>
        <translation>now: {level} (last seen {on})</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="180"/>
        <source>stap {n}</source>
        <translation>step {n}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="180"/>
        <source>criterium {n}</source>
        <translation>criterion {n}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="186"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="926"/>
        <source>afwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="186"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="928"/>
        <source>{hours} uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="239"/>
        <source>geen groep</source>
        <translation>no group</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="273"/>
        <source>Zoek op naam…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="274"/>
        <source>Zoek een leerling op naam</source>
        <translation>Search for a student by name</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="278"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="308"/>
        <source>Alle groepen</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="282"/>
        <source>Met en zonder stage</source>
        <translation>With and without placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="283"/>
        <source>Met stage</source>
        <translation>With placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="284"/>
        <source>Zonder stage</source>
        <translation>Without placement</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="285"/>
        <source>Heeft aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="286"/>
        <source>Alleen leerlingen die aandacht nodig hebben</source>
        <translation>Only students who need attention</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="287"/>
        <source>Twee weken niet geobserveerd, of achter met de stage-uren</source>
        <translation>Not observed for two weeks, or behind on placement hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="382"/>
        <source>Tekst van de notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="384"/>
        <source>Wat wil je vastleggen? Bijv. een gesprek of een afspraak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="389"/>
        <source>Soort notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="391"/>
        <source>Werk: ook de jobcoach ziet het. Zorg: alleen medewerkers van school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="393"/>
        <source>Opvolgen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="394"/>
        <source>Een datum om de situatie opnieuw te bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="398"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="491"/>
        <source>Opvolgdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="405"/>
        <source>Melding bij de notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="452"/>
        <source>Opvolgen op {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="481"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="706"/>
        <source>Kies een leerling</source>
        <translation>Choose a student</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="482"/>
        <source>Naam van de leerling</source>
        <translation>Name of the student</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="485"/>
        <source>Groep, fase en contactpersoon</source>
        <translation>Group, phase and contact person</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="488"/>
        <source>Waarom deze leerling aandacht nodig heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="494"/>
        <source>Kies links een leerling. Zoek op naam, of vink &apos;Heeft aandacht nodig&apos; aan om te zien wie nu aandacht vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="498"/>
        <source>Uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="499"/>
        <source>Voortgangsrapport afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="501"/>
        <source>Het voortgangsrapport van deze leerling, bijvoorbeeld voor een oudergesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="503"/>
        <source>Voortgangsrapport afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="506"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="522"/>
        <source>Voortgang per fase</source>
        <translation>Progress by phase</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="508"/>
        <source>Voortgang per kwalificatie</source>
        <translation>Progress by credential</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="523"/>
        <source>Kwalificaties</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="535"/>
        <source>Onderdelen van de leerling</source>
        <translation>Student sections</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="537"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="540"/>
        <source>Nog te oefenen</source>
        <translation>Still to practise</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="546"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="618"/>
        <source>Stage en uren</source>
        <translation>Placement and hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="547"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="555"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="552"/>
        <source>Nieuwe notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="557"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="596"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="570"/>
        <source>Certificaat afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="571"/>
        <source>Het certificaat van de gekozen kwalificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="573"/>
        <source>Credential opslaan (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="575"/>
        <source>Het ondertekende bewijs, dat een werkgever of school zelf kan controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="577"/>
        <source>Het bewijs van de gekozen kwalificatie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="621"/>
        <source>Vastgelegde uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="624"/>
        <source>Uren corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="625"/>
        <source>De gekozen uren corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="328"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="546"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="403"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="627"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="942"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="1121"/>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="628"/>
        <source>De gekozen uren intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="631"/>
        <source>Melding bij de vastgelegde uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="639"/>
        <source>Uren vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="640"/>
        <source>Vastgelegde uren (nieuwste eerst):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="664"/>
        <source>Groep: {group} · fase {phase} · contactpersoon: {contact}</source>
        <translation>Group: {group} · phase {phase} · contact person: {contact}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="177"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="665"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="667"/>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="739"/>
        <source>Opvolgdatum {on} is voorbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="751"/>
        <source>Nog geen leerroute. Maak er een bij Leerroute: kies een sjabloon of voeg kaarten toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="767"/>
        <source>Deze route leidt nog niet naar een kwalificatie. Kies een doel bij Leerroute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="831"/>
        <source>Nog geen kaarten in de route: voeg ze toe bij Leerroute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="841"/>
        <source>Geen stage. Een stage voegt de beheerder of een docent toe bij Beheer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="859"/>
        <source>Urenverantwoording afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="861"/>
        <source>Urenverantwoording bij {company} afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="863"/>
        <source>Voor de handtekening van de praktijkbegeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="874"/>
        <source>Nog geen uren vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="899"/>
        <source>Uren corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="900"/>
        <source>Hoeveel uur op {day} bij {company}? (0 = afwezig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="905"/>
        <source>Correctie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="912"/>
        <source>&apos;{typed}&apos; is geen aantal uren; typ bijvoorbeeld 7,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="924"/>
        <source>Gecorrigeerd: {day} is nu {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="938"/>
        <source>Uren intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="939"/>
        <source>De uren van {day} intrekken? Ze tellen dan niet meer mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="943"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="1122"/>
        <source>Niet intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="952"/>
        <source>De uren van {day} zijn ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="958"/>
        <source>Nog geen notities. Schrijf hierboven de eerste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="985"/>
        <source>Nog niets uitgereikt. Een kwalificatie komt hier zodra ze is uitgereikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="990"/>
        <source>{name} — uitgereikt op {on} door {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1106"/>
        <source>Het bewijs wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="1287"/>
        <source>%n leerling(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1345"/>
        <source>Niet uitreiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="775"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="1344"/>
        <source>Uitreiken</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="776"/>
        <source>{name} uitreiken</source>
        <translation>Issue {name}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="809"/>
        <source>Alles uit de route is zelfstandig gelukt.</source>
        <translation>Everything in the route has been done independently.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="811"/>
        <source>Nog niets te oefenen: deze leerling heeft nog geen leerroute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="826"/>
        <source>nog geen doel gekozen</source>
        <translation>no goal chosen yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="827"/>
        <source>Deze route leidt naar: {target}</source>
        <translation>This route leads to: {target}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="845"/>
        <source>{company}
{start} tot {end}</source>
        <translation>{company}
{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="303"/>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="31"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="855"/>
        <source>{done} van {required} uur</source>
        <translation>{done} of {required} hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="196"/>
        <source>zorg (alleen school)</source>
        <translation>care (school only)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="196"/>
        <source>werk</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="737"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="965"/>
        <source>Opvolgen op {on}</source>
        <translation>Follow up on {on}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="999"/>
        <source>Bewijs: {line}</source>
        <translation>Evidence: {line}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1231"/>
        <source>Aantal leerlingen</source>
        <translation>Number of students</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1340"/>
        <source>Kwalificatie uitreiken</source>
        <translation>Issue credential</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1341"/>
        <source>{credential} uitreiken aan {student}? Het komt dan in het portfolio.</source>
        <translation>Issue {credential} to {student}? It will then go into the portfolio.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="56"/>
        <source>onbekende reden</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="129"/>
        <source>nog geen map gekozen</source>
        <translation>no folder chosen yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="130"/>
        <source>Synchronisatiemap</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="132"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="135"/>
        <source>Synchronisatiemap:</source>
        <translation>Sync folder:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="167"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="174"/>
        <source>Bezig met synchroniseren</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="177"/>
        <source>Stand van de synchronisatie</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="184"/>
        <source>Uitkomst van de laatste synchronisatie</source>
        <translation>Outcome of the last sync</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="113"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="129"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="189"/>
        <source>Geweigerde bundels</source>
        <translation>Refused bundles</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="65"/>
        <source>Dit apparaat is nog niet ingeschreven</source>
        <translation>This device is not enrolled yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="69"/>
        <source>Aanmeldbestand maken…</source>
        <translation>Make registration file…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="70"/>
        <source>Inschrijvingsbestand inlezen…</source>
        <translation>Read enrolment file…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="140"/>
        <source>https://centrale.school.nl (alleen als de school een server heeft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="142"/>
        <source>Serveradres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="146"/>
        <source>Serveradres opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="149"/>
        <source>Serveradres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="154"/>
        <source>Melding over het serveradres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="158"/>
        <source>Vanzelf synchroniseren zodra de server of de map bereikbaar is (netwerk, USB-stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="202"/>
        <source>Melding over inschrijven</source>
        <translation>Message about enrolment</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="206"/>
        <source>Conflicten bekijken…</source>
        <translation>View conflicts…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="272"/>
        <source>Dit apparaat synchroniseert met de centrale {name}.</source>
        <translation>This device syncs with the central {name}.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="287"/>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="317"/>
        <source>Laatste synchronisatie om {time}: {summary}</source>
        <translation>Last sync at {time}: {summary}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="373"/>
        <source>Synchronisatiemap kiezen</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="391"/>
        <source>Aanmelden</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="398"/>
        <source>Naam van dit apparaat:</source>
        <translation>Name of this device:</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="411"/>
        <source>Aanmeldbestand opslaan</source>
        <translation>Save registration file</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="425"/>
        <source>Opslaan is mislukt: {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="444"/>
        <source>Inschrijvingsbestand kiezen</source>
        <translation>Choose enrolment file</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="450"/>
        <source>inschrijvingsbestand</source>
        <translation>enrolment file</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="459"/>
        <source>Ingeschreven bij de centrale {name}. Je kunt nu synchroniseren.</source>
        <translation>Enrolled with the central {name}. You can sync now.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="38"/>
        <source>Voorbeeld van de kaart</source>
        <translation>Card preview</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="50"/>
        <source>Kies een kaart om hem hier te bekijken.</source>
        <translation>Choose a card to view it here.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="60"/>
        <source>{type}, fase {phase}, {sector}</source>
        <translation>{type}, phase {phase}, {sector}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="64"/>
        <source> (versie {v}, nieuwste is {latest})</source>
        <translation> (version {v}, latest is {latest})</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="77"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="85"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="93"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="108"/>
        <source>Beoordelingscriteria</source>
        <translation>Assessment criteria</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_preview.py" line="129"/>
        <source>Afbeelding bij de stap</source>
        <translation>Image for the step</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="91"/>
        <source>Welke stap</source>
        <translation>Which step</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="98"/>
        <source>Wat je doet</source>
        <translation>What you do</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="99"/>
        <source>◀  Vorige</source>
        <translation>◀  Previous</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="100"/>
        <source>Volgende  ▶</source>
        <translation>Next  ▶</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="104"/>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="105"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="179"/>
        <source>Kies een kaart om te bekijken.</source>
        <translation>Choose a card to view.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="182"/>
        <source>Titel van de kaart</source>
        <translation>Card title</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="185"/>
        <source>Kaart afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="186"/>
        <source>De kaart groot op papier, voor aan de werkbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="187"/>
        <source>Kaart afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="189"/>
        <source>Afvinklijst afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="190"/>
        <source>Afvinklijst afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="199"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="363"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="374"/>
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="201"/>
        <source>De kaart over het hele scherm (F11)</source>
        <translation>Show the card full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="209"/>
        <source>Inhoud van de kaart</source>
        <translation>Card content</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="275"/>
        <source>De criteria om op papier af te vinken, voor {student}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="279"/>
        <source>De criteria om op papier af te vinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="305"/>
        <source>Stap {n} van {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="170"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="316"/>
        <source>Plaatje bij stap {n}</source>
        <translation>Picture for step {n}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="363"/>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="374"/>
        <source>Terug (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="45"/>
        <source>Gewerkte dag</source>
        <translation>Day worked</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="53"/>
        <source>Aantal uren</source>
        <translation>Number of hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="54"/>
        <source>Afwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="55"/>
        <source>De leerling was deze dag afwezig (0 uur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="56"/>
        <source>Legt de dag vast met 0 uur en de opmerking &apos;afwezig&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="60"/>
        <source>Korte opmerking (mag leeg blijven)</source>
        <translation>Short remark (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="61"/>
        <source>Opmerking bij de uren</source>
        <translation>Remark about the hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="64"/>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="65"/>
        <source>Uren opslaan</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="69"/>
        <source>Uren gedaan</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="73"/>
        <source>Melding bij de uren</source>
        <translation>Message about the hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="121"/>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="76"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="81"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="118"/>
        <source>Deze leerling heeft geen stage.</source>
        <translation>This student has no placement.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="121"/>
        <source>{company}: {done} van {required} uur</source>
        <translation>{company}: {done} of {required} hours</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="151"/>
        <source>Opgeslagen: afwezig op {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/hours_entry.py" line="153"/>
        <source>Opgeslagen: {hours} uur op {day}.</source>
        <translation>Saved: {hours} hours on {day}.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="138"/>
        <source>Vastgelegd: {what}</source>
        <translation>Recorded: {what}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="352"/>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="149"/>
        <source>Ongedaan gemaakt: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="168"/>
        <source>Laatste actie</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="476"/>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="169"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="170"/>
        <source>Trekt de laatste observatie van dit scherm in (Ctrl+Z)</source>
        <translation>Withdraws the last observation made on this screen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="214"/>
        <source>Klik hier en druk 1, 2 of 3 om het niveau vast te leggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="242"/>
        <source>Nu: {level}</source>
        <translation>Now: {level}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="103"/>
        <source>De synchronisatiemap {folder} is niet bereikbaar. Zit de USB-stick erin, of is de netwerkmap verbonden? Er is niets veranderd; het wordt vanzelf opnieuw geprobeerd zodra de map er is.</source>
        <translation>The sync folder {folder} cannot be reached. Is the USB stick plugged in, or is the network folder connected? Nothing has changed; it is tried again automatically as soon as the folder is there.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="330"/>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="367"/>
        <source>bezig met synchroniseren…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="312"/>
        <source>Kies eerst de synchronisatiemap (een USB-stick of netwerkmap) of vul het serveradres in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="370"/>
        <source>laatst gesynchroniseerd: {time}</source>
        <translation>last synced: {time}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="372"/>
        <source>nog niet gesynchroniseerd</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="378"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="380"/>
        <source>niet ingeschreven</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="382"/>
        <source>synchronisatie mislukt</source>
        <translation>sync failed</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="394"/>
        <source>Synchronisatiestatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="403"/>
        <source>Server: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="405"/>
        <source>Synchronisatiemap: {folder}</source>
        <translation>Sync folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="407"/>
        <source>Er is nog geen synchronisatiemap gekozen.</source>
        <translation>No sync folder has been chosen yet.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="111"/>
        <source>De demoschool wordt klaargezet…</source>
        <translation>Setting up the demo school…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="108"/>
        <source>Deze laptop wordt ingeschreven bij de school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="124"/>
        <source>De database kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="141"/>
        <location filename="../../jw_desktop/app.py" line="161"/>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="144"/>
        <source>jw-desktop kan niet starten</source>
        <translation>jw-desktop cannot start</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="367"/>
        <source>jw-desktop wordt geopend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="49"/>
        <source>Hier staan de leerlingen die jij begeleidt op hun werkplek. Er is nog niemand aan jou gekoppeld. Vraag de school om je als jobcoach bij een stage in te vullen; na de volgende synchronisatie zie je je leerlingen hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="161"/>
        <source>Je vinkt af voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="162"/>
        <source>Volgende leerling: Ctrl+pijl omlaag, vorige: Ctrl+pijl omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="66"/>
        <source>Uitleg bij het overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="269"/>
        <source>Alle kaarten (per kaart het laagste niveau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="218"/>
        <source>Er zijn nog geen groepen. Het klasoverzicht toont per groep wie welke stappen en criteria al zelfstandig kan; deel de leerlingen eerst in een groep in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="83"/>
        <source>Klasoverzicht afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="84"/>
        <source>Het klasoverzicht van de groep, om af te drukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="85"/>
        <source>Klasoverzicht afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="87"/>
        <source>Rapporten voor de hele groep opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="89"/>
        <source>Het voortgangsrapport van elke leerling van de groep als PDF in een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="91"/>
        <source>Rapporten voor de hele groep opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="93"/>
        <source>Exporteren naar CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="94"/>
        <source>Voortgang of uren van de groep voor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="96"/>
        <source>Voortgang van de groep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="97"/>
        <source>Uren van de groep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="104"/>
        <source>Melding bij afdrukken en exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="168"/>
        <source>De rapporten worden opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="252"/>
        <location filename="../../jw_desktop/ui/views/observe.py" line="496"/>
        <source>Deze groep heeft geen leerlingen. Kies een andere groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="256"/>
        <source>In de leerroutes van deze groep staat nog geen kaart met stappen of criteria. Voeg kaarten toe in Leerroute; dan verschijnen ze hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="286"/>
        <source>Per leerling en kaart het laagste niveau van de stappen en criteria. Klik op een leerling voor de grafiek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="290"/>
        <source>Per leerling het laatste niveau. Klik op een leerling voor de grafiek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="229"/>
        <source>Er zijn nog geen leerlingen om te observeren. Zodra er leerlingen zijn (toegevoegd of binnengekomen met synchronisatie), kies je hier wie je observeert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="492"/>
        <source>Er zijn nog geen groepen. Observeer per leerling met ‘Eén leerling’, of deel de leerlingen eerst in een groep in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/observe.py" line="499"/>
        <source>In de leerroutes van deze groep staat nog geen kaart met stappen of criteria. Zoek hierboven een kaart om toch te observeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="395"/>
        <source>Kaart sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/card_viewer.py" line="396"/>
        <source>Sluit de kaart (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="75"/>
        <location filename="../../jw_desktop/ui/widgets/class_grid.py" line="45"/>
        <source>Klasoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/level_buttons.py" line="80"/>
        <source>{level} (toets {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="140"/>
        <source>Observaties per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="142"/>
        <source>week {week}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="144"/>
        <source>Geen observaties in deze weken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="211"/>
        <source>Niveaus per fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="215"/>
        <source>fase {phase}: {done} zelfstandig, {help} met hulp, {not_yet} nog niet, {unseen} niet geobserveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="305"/>
        <source>Legenda: 1 nog niet, 2 met hulp, 3 zelfstandig, streepje niet geobserveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="315"/>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="346"/>
        <source>Kies een leerling om de voortgang te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="322"/>
        <source>Observaties per week (weeknummer onder de staaf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="323"/>
        <source>Stappen en criteria per fase, naar laatste niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="349"/>
        <source>Voortgang van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="353"/>
        <source>%n observatie(s) in de laatste {weeks} weken.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="226"/>
        <source>Het overzicht wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/progress_chart.py" line="268"/>
        <source>geen stappen of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/context.py" line="193"/>
        <source>docent</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/context.py" line="193"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="102"/>
        <source>Het venster is vergrendeld</source>
        <translation>The window is locked</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="114"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="117"/>
        <source>Andere gebruiker</source>
        <translation>Other user</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="118"/>
        <source>Afmelden, zodat iemand anders kan inloggen</source>
        <translation>Log out, so that someone else can log in</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="147"/>
        <source>{name} ({role}) is ingelogd. Vul je wachtwoord in om verder te werken.</source>
        <translation>{name} ({role}) is logged in. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="161"/>
        <location filename="../../jw_desktop/ui/login.py" line="196"/>
        <source>Vul je wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="199"/>
        <source>Vergrendelen na…</source>
        <translation>Lock after…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="202"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="206"/>
        <source>Minuten zonder gebruik</source>
        <translation>Minutes without use</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="209"/>
        <source>Na zoveel minuten zonder toetsaanslag of klik verbergt het venster alles en vraagt het je wachtwoord opnieuw. 0 is nooit.</source>
        <translation>After this many minutes without a key press or click the window hides everything and asks for your password again. 0 is never.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/lock.py" line="215"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="185"/>
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="230"/>
        <location filename="../../jw_desktop/ui/lock.py" line="219"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="351"/>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="145"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/lock.py" line="230"/>
        <source>minuut(en)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="81"/>
        <location filename="../../jw_desktop/ui/views/help.py" line="50"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="185"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Afmelden</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="187"/>
        <source>Vergrendelen &amp;na…</source>
        <translation>Lock &amp;after…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="188"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Hulp bij jw-desktop</source>
        <translation>jw-desktop &amp;help</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="190"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Hulp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="166"/>
        <source>De gegevens van jw-desktop zijn al geopend door een ander venster of programma (bijvoorbeeld een synchronisatie of een reservekopie). Sluit dat eerst, of wacht tot het klaar is, en start jw-desktop dan opnieuw.</source>
        <translation>The jw-desktop data is already open in another window or program (for example a sync or a backup). Close that first, or wait until it is done, and then start jw-desktop again.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/app.py" line="365"/>
        <source>jw-desktop is al geopend; dat venster komt nu naar voren.</source>
        <translation>jw-desktop is already open; that window now comes to the front.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/ask.py" line="31"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/ask.py" line="32"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/ask.py" line="53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/ask.py" line="54"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="53"/>
        <location filename="../../jw_desktop/ui/lock.py" line="220"/>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="115"/>
        <location filename="../../jw_desktop/ui/views/admin/aanmeldingen.py" line="148"/>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="139"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="329"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="558"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="591"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="489"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="547"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="19"/>
        <source>Je stelt per leerling een leerroute samen (Leerroute), ziet in Leerlingen wat iemand al kan en nog moet oefenen, schrijft notities en uren, legt vast wat je ziet (Observeren), ziet een hele groep in één raster (Klasoverzicht), zoekt en toont instructiekaarten (Kaarten), ziet welke competenties nog geen kaart of route hebben (Dekking) en wisselt gegevens uit met de andere laptops (Synchronisatie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="27"/>
        <source>Je ziet alleen de leerlingen die bij jou op de werkplek zijn (Mijn leerlingen). Daar vink je aan wat de leerling liet zien, schrijf je uren en bezoeken en korte notities. De instructiekaart van een taak open je in Kaarten. Na je bezoek synchroniseer je (Synchronisatie).</source>
        <translation>You see only the students at your workplace (My students). There you tick what the student showed, write down hours, visits and short notes. You open a task&apos;s instruction card in Cards. After your visit you sync (Synchronisation).</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="33"/>
        <source>Je richt de school in, beheert accounts en rollen, schrijft laptops in en leest de landelijke catalogus in (Beheer). In Synchronisatie zie je of alle laptops bijgewerkt zijn. Je kunt ook alles wat een docent kan.</source>
        <translation>You set up the school, manage accounts and roles, enroll laptops and import the national catalogue (Administration). In Synchronisation you see whether all laptops are up to date. You can also do everything a teacher can.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="55"/>
        <source>Links kies je een onderdeel; wat je ziet hangt af van je rol. Bovenaan staat wie er is ingelogd en of de gegevens gesynchroniseerd zijn.</source>
        <translation>On the left you choose a part; what you see depends on your role. At the top you see who is logged in and whether the data is synced.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="66"/>
        <source> (jij)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="75"/>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="81"/>
        <source>Ctrl+1 tot Ctrl+9: naar een onderdeel · F1: deze hulp · Ctrl+L: venster vergrendelen · Ctrl+Shift+L: afmelden · Tab: naar het volgende veld. Bij Observeren en Mijn leerlingen: klik een stap aan en druk 1, 2 of 3 (nog niet, met hulp, zelfstandig) · Ctrl+↓ / Ctrl+↑: volgende of vorige leerling · Ctrl+Z: laatste vinkje ongedaan maken. In de leerroute: Ctrl+Z / Ctrl+Y: ongedaan maken en opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/help.py" line="93"/>
        <source>Op een gedeelde laptop vergrendelt het venster zich na een tijd zonder gebruik. Hoe lang stel je in via Bestand › Vergrendelen na…</source>
        <translation>On a shared laptop the window locks itself after a while without use. How long is set in File › Lock after…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/header.py" line="46"/>
        <source>Ingelogd als {name}, {role}</source>
        <translation>Logged in as {name}, {role}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/dialogs/conflicts.py" line="73"/>
        <source>het hele record (%n veld(en))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/groups.py" line="28"/>
        <source>Nog geen groepen. Voeg hieronder de eerste groep (klas) toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="92"/>
        <source>Nog geen leerbedrijven. Voeg links eerst het leerbedrijf toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="135"/>
        <source>Deze leerling heeft nog geen stage. Voeg er hierboven een toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="483"/>
        <source>{company}, {start} t/m {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="88"/>
        <source>Ingeschreven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="93"/>
        <source>Nog geen apparaten ingeschreven. Laat op de laptop bij Synchronisatie een aanmeldbestand maken en kies dat hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="149"/>
        <source>Dit apparaat: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="156"/>
        <source>Dit apparaat ({name}) is ingeschreven bij de centrale {central}. Apparaten inschrijven doe je op de centrale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="164"/>
        <source>Deze computer is de centrale van de school. Schrijf hier de laptops van docenten en jobcoaches in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="206"/>
        <source>onbekend apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="239"/>
        <source>aanmeldbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="247"/>
        <source>Apparaat {name}.
Vingerafdruk: {fingerprint} — vergelijk die met wat het apparaat zelf laat zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="308"/>
        <source>Het apparaat is ingeschreven als {role}. Geef {file} aan de gebruiker (op een USB-stick, niet per e-mail) om in te lezen bij Synchronisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="325"/>
        <source>Apparaat {name} intrekken? Zijn bundels worden daarna geweigerd. Dit is bedoeld voor een verloren of afgedankte laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="340"/>
        <source>Het apparaat {name} is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="64"/>
        <source>Nog geen reservekopieën. Maak er nu een, of start jw-desktop morgen opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/backups.py" line="138"/>
        <source>Terugzetten en afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="42"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="72"/>
        <source>Databaseversie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="74"/>
        <source>(deze versie van jw-desktop verwacht versie {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="79"/>
        <source>versie {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="82"/>
        <source>%n reservekopie(ën)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="94"/>
        <source>Schemarevisie: {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="95"/>
        <source>Apparaat-id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="96"/>
        <location filename="../../jw_desktop/ui/views/admin/devices.py" line="150"/>
        <source>Vingerafdruk: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/about.py" line="100"/>
        <source>Systeem: {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="55"/>
        <source>Een bundel is niet gebruikt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="73"/>
        <source>Is deze computer de centrale van de school? Die hoeft niet ingeschreven te worden: schrijf de laptops in bij Beheer &gt; Apparaten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="80"/>
        <source>Stap {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="95"/>
        <source>1. Maak een aanmeldbestand en geef het aan de beheerder (op een USB-stick, niet per e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="99"/>
        <source>Gedaan: {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="103"/>
        <source>2. De beheerder schrijft dit apparaat in op de centrale en geeft je een inschrijvingsbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="108"/>
        <source>3. Lees het inschrijvingsbestand hier in; daarna kun je synchroniseren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="263"/>
        <source>Deze computer is de centrale van de school: %n apparaat/apparaten ingeschreven. Synchroniseren neemt hun bundels in en schrijft ieder apparaat een nieuwe.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="333"/>
        <source>%n wijziging(en) wachten op de centrale.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="335"/>
        <source>Nog niet gesynchroniseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="345"/>
        <source>Bestand: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="430"/>
        <source>Het aanmeldbestand {file} is opgeslagen. Vingerafdruk van dit apparaat: {fingerprint} — de beheerder vergelijkt die bij het inschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="287"/>
        <source>%n open conflict(en).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_view.py" line="387"/>
        <source>Naam van dit apparaat (zo ziet de beheerder het):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/widgets/sync_status.py" line="376"/>
        <source>%n wijziging(en) wachten</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/details.py" line="19"/>
        <location filename="../../jw_desktop/ui/views/admin/details.py" line="26"/>
        <source>Details voor ondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1275"/>
        <source>Leerlingen worden geladen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="53"/>
        <source>Alleen gaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="57"/>
        <source>Samenvatting van de dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="59"/>
        <source>Competenties en hun dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="61"/>
        <source>Competentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="61"/>
        <source>Gat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="72"/>
        <source>Routes van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="105"/>
        <source>Dekking wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="135"/>
        <source>Er staan nog geen competenties in de catalogus. Lees een catalogus in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="139"/>
        <source>In route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="143"/>
        <source>de route van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/coverage.py" line="145"/>
        <source>de routes van %n leerling(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="147"/>
        <source>{cards}, {routes} in geen route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/coverage.py" line="148"/>
        <source>%n competentie(s) zonder kaart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="151"/>
        <source>Geteld: de kaarten in de catalogus en {whose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="165"/>
        <source>{title}: {cards} zonder kaart, {routes} in geen route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="224"/>
        <source>Profieldeel {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="225"/>
        <source>Basisdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="197"/>
        <source>geen kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="199"/>
        <source>in geen route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="199"/>
        <source>niet in de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/coverage.py" line="204"/>
        <source>Gekoppeld aan {ref} {title} (bron: {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="101"/>
        <source>Beoordeling vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="104"/>
        <source>Beoordeling van {card} voor {credential} van {student}. Vink per criterium aan of het behaald is. Een datum in de toekomst plant de beoordeling, nog zonder uitslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="114"/>
        <source>Datum van de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="116"/>
        <source>Plaats van de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="117"/>
        <source>bijvoorbeeld het leerbedrijf of de school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="129"/>
        <source>{name} (school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="135"/>
        <source>{name} (praktijkbegeleider, {company})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="140"/>
        <source>Naam van de externe beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="142"/>
        <source>Organisatie van de externe beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="143"/>
        <source>bijvoorbeeld de branche of de mbo-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="145"/>
        <source>Externe beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="146"/>
        <source>Namens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="148"/>
        <source>Beoordelaars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="155"/>
        <source>Al behaald: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="160"/>
        <source>Behaald: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="169"/>
        <source>Behaald?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="201"/>
        <source>Dit vult de geplande beoordeling van {day} in: opslaan vervangt die planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="205"/>
        <source>Geplande beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="263"/>
        <source>Uitreiking vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="268"/>
        <source>{credential} voor {student}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="272"/>
        <source>Wie het heeft uitgereikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="275"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="281"/>
        <source>Certificaatnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="275"/>
        <source>Nummer van het diploma of de verklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="277"/>
        <source>Datum van uitreiking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="279"/>
        <source>Branche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="279"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="339"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="343"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="194"/>
        <source>Mbo-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="281"/>
        <source>Nummer (mag leeg blijven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="283"/>
        <source>Uitgereikt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="285"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="345"/>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="325"/>
        <source>Examenonderdeel vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="328"/>
        <source>{credential}: welk examenonderdeel is behaald, wanneer en bij welke mbo-school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="333"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="341"/>
        <source>Examenonderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="337"/>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="342"/>
        <source>Behaald op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/dialogs/assessment.py" line="355"/>
        <source>Alle examenonderdelen zijn al behaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="91"/>
        <source>Alle criteria zijn behaald bij een beoordeling: klaar om uit te reiken (bij Leerlingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="106"/>
        <source>Deze kwalificatie certificeert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="160"/>
        <source>Werkprocessen: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="565"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="1116"/>
        <source>Beoordeling intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="566"/>
        <source>De gekozen beoordeling intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="569"/>
        <source>Melding bij het portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="782"/>
        <source>Vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="783"/>
        <source>Uitreiking van {name} vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="788"/>
        <source>Beoordeling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="790"/>
        <source>Beoordeling van {name} vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="795"/>
        <source>Examenonderdeel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="797"/>
        <source>Behaald examenonderdeel van {name} vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1118"/>
        <source>Deze beoordeling intrekken? De uitslag telt dan niet meer mee voor een kwalificatie. Wat al is uitgereikt, blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1129"/>
        <source>De beoordeling is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="142"/>
        <source>klaar. {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/views/students.py" line="148"/>
        <source>{done} van %n criteri(um/a) behaald bij een beoordeling</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="994"/>
        <source>(nummer {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="998"/>
        <source>Werkproces: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1001"/>
        <source>Vastgelegd door {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1151"/>
        <source>Beoordeling {card} op {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1153"/>
        <source>(gepland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1156"/>
        <source>({passed} van {total} behaald)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1160"/>
        <source>in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1167"/>
        <source>behaald: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="1167"/>
        <source>niet behaald: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="600"/>
        <source>Ouders en toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="50"/>
        <source>Geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="51"/>
        <source>Verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="52"/>
        <source>Nog niet geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="53"/>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="59"/>
        <source>voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="60"/>
        <source>uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="61"/>
        <source>portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="62"/>
        <source>werknotities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="69"/>
        <source>werkplek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="70"/>
        <source>volgende school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="71"/>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="79"/>
        <source>{status} – {recipient} {name}: {what}; tot en met {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="87"/>
        <source>de leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="87"/>
        <source>een ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="89"/>
        <source>gegeven door {who} op {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="91"/>
        <source>ingetrokken op {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="99"/>
        <source>heeft gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="105"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="106"/>
        <source>verzorger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="107"/>
        <source>voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="108"/>
        <source>pleegouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="109"/>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="115"/>
        <source>vmbo-diploma, dan mbo 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="116"/>
        <source>geïntegreerde route naar mbo 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="117"/>
        <source>leerwerktraject met vmbo-examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="118"/>
        <source>leerwerktraject zonder vmbo-examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="119"/>
        <source>geïntegreerde route naar de entreeopleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="120"/>
        <source>naar mbo 2 met meer tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="121"/>
        <source>entreeopleiding in het vso/pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="175"/>
        <location filename="../../jw_desktop/ui/views/students.py" line="599"/>
        <source>Route verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="176"/>
        <source>Uitstroomprofiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="178"/>
        <source>Hoofddoelen uit het OPP, één per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="179"/>
        <source>Eén hoofddoel per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="184"/>
        <source>Soort traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="185"/>
        <source>(nog niet gekozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="191"/>
        <source>Wat dit traject inhoudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="197"/>
        <source>Contactpersoon van de mbo-school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="199"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="200"/>
        <source>Route verder opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="202"/>
        <source>Melding bij de route verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="205"/>
        <source>Uitstroomprofiel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="206"/>
        <source>Hoofddoelen OPP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="207"/>
        <source>Traject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="209"/>
        <source>Mbo-school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="210"/>
        <source>Contactpersoon mbo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="216"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="218"/>
        <source>Ouders en verzorgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="222"/>
        <source>Naam van de ouder of verzorger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="226"/>
        <source>Wie is het voor de leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="230"/>
        <source>Telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="235"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="239"/>
        <source>Heeft gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="237"/>
        <source>Een ouder of verzorger met gezag geeft toestemming onder de 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="240"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="241"/>
        <source>Ouder of verzorger toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="245"/>
        <source>De gekozen ouder of verzorger verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="248"/>
        <source>Melding bij ouders en verzorgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="251"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="316"/>
        <source>Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="252"/>
        <source>Is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="253"/>
        <source>Telefoon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="254"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="268"/>
        <source>Toestemming om gegevens te delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="270"/>
        <source>Toestemmingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="276"/>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="284"/>
        <source>Naam van de school of gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="289"/>
        <source>Delen: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="292"/>
        <source>Geldig tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="293"/>
        <source>Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="296"/>
        <source>Gegeven door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="297"/>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="298"/>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="300"/>
        <source>Intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="301"/>
        <source>De gekozen toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="303"/>
        <source>Melding bij de toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="304"/>
        <source>Uitleg bij toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="307"/>
        <source>Zonder geldige toestemming voor &apos;voortgang&apos; krijgt de laptop van de jobcoach niet wat de school observeerde, en zonder &apos;portfolio&apos; geen certificaten. Onder de 16 geeft een ouder of verzorger met gezag toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="314"/>
        <source>Met wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="315"/>
        <source>Leerbedrijf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="317"/>
        <source>Wat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="318"/>
        <source>Tot en met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="319"/>
        <source>Gegeven op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="320"/>
        <source>Gegeven door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="326"/>
        <source>Wat het leerbedrijf van de voortgang krijgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="375"/>
        <source>Nog geen ouders of verzorgers vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="385"/>
        <source>de leerling zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="406"/>
        <source>Nog geen toestemming vastgelegd: er wordt niets gedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="417"/>
        <source>⚠ Stage bij {company}: de laptop van de jobcoach krijgt niet wat de school observeerde ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="453"/>
        <source>Route verder opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="476"/>
        <source>Ouder of verzorger toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="481"/>
        <source>Kies eerst een ouder of verzorger in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="486"/>
        <source>Ouder of verzorger verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="487"/>
        <source>{name} verwijderen bij deze leerling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="527"/>
        <source>Toestemming vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="533"/>
        <source>Kies eerst een toestemming in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="537"/>
        <source>Deze toestemming is al ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="541"/>
        <source>Toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="543"/>
        <source>Toestemming voor {name} intrekken? Vanaf de volgende synchronisatie wordt er op grond daarvan niets meer gedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="557"/>
        <source>Toestemming ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="574"/>
        <source>Wat de school van de voortgang deelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_onward.py" line="589"/>
        <source>⚠ Geen toestemming om de voortgang van school te delen met {company} ({why}): na het synchroniseren staat op deze laptop alleen wat je zelf afvinkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="421"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="82"/>
        <source>Fase van de leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/route_editor.py" line="654"/>
        <source>Nu in {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="607"/>
        <source>Fase en eigen stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="57"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="436"/>
        <source>Leerlingweergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="66"/>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="67"/>
        <source>Volledig scherm (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="69"/>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="70"/>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="83"/>
        <source>Terug naar het personeelsscherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="71"/>
        <source>Vraagt het wachtwoord van de medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="86"/>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="87"/>
        <source>Terug naar de leerlingweergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="120"/>
        <source>Hoi {name}! Dit is mijn leerroute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="121"/>
        <source>Ik zit in {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="123"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="107"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="191"/>
        <source>Wat wil ik?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="127"/>
        <source>Dat bespreek ik nog met mijn docent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="128"/>
        <source>Dit kan ik al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="132"/>
        <source>Hier komt te staan wat ik zelfstandig kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="136"/>
        <source>Ik heb {done} van de {total} kaarten van mijn route af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="141"/>
        <source>Dit ga ik nu oefenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_view.py" line="143"/>
        <source>Ik heb alles van mijn route al zelfstandig gedaan!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="136"/>
        <source>{what} (zegt de leerling zelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="244"/>
        <source>nog niets gezegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="245"/>
        <source>Zelf: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="393"/>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="410"/>
        <source>Zelfbeoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="396"/>
        <source>Zelfbeoordeling van de leerling vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="399"/>
        <source>Met de leerling erbij: de knoppen leggen vast wat de leerling zelf zegt (&apos;Zelf: met hulp&apos;). Dat staat naast jouw niveau en telt nooit mee als bewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/observation_checklist.py" line="410"/>
        <source>Zelfbeoordeling: aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="87"/>
        <source>Waar de fase voor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="88"/>
        <source>Wat de leerling zegt in deze fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="89"/>
        <source>Fasegeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="92"/>
        <source>Naar fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="99"/>
        <source>Waarom de fase verandert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="100"/>
        <source>Waarom? Bijv. stage gestart, richting gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="102"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="103"/>
        <source>Fase wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="105"/>
        <source>Melding bij de fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="109"/>
        <source>Nieuw doel in de woorden van de leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="110"/>
        <source>Ik wil… (zoals de leerling het zegt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="115"/>
        <source>Leefdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="116"/>
        <source>geen leefdomein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="121"/>
        <source>Werk en leren ziet ook de jobcoach van de leerling; wonen, vrije tijd en burgerschap alleen medewerkers van school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="125"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="126"/>
        <source>Doel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="128"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="129"/>
        <source>Doel aanpassen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="131"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="132"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="365"/>
        <source>Doel weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="134"/>
        <source>Melding bij de doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/jobcoach.py" line="196"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="137"/>
        <source>Wat zei de leerling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="139"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="427"/>
        <source>Wat de leerling zei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="142"/>
        <source>Schrijf op wat de leerling zei, in de eigen woorden. Zorgzaken horen in een zorgnotitie, niet hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="150"/>
        <source>Over welke kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="151"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="152"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="432"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="433"/>
        <source>Reflectie bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="154"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="155"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="398"/>
        <source>Reflectie intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="158"/>
        <source>Melding bij de reflecties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="160"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="161"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="437"/>
        <source>Leerlingweergave openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="164"/>
        <source>Een scherm voor de leerling zelf: de eigen route in ik-taal, zonder notities of andere leerlingen. Terug naar dit scherm kan alleen met jouw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="180"/>
        <source>Geschiedenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="183"/>
        <source>Naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="205"/>
        <source>Wat zei de leerling? (reflecties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="249"/>
        <source>Nu: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="257"/>
        <source>Nog geen faseovergang vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="267"/>
        <source>(geen kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="275"/>
        <source>Vastgelegd door {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="275"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="323"/>
        <source>Vastgelegd: nu in {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="337"/>
        <source>Doel bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="347"/>
        <source>Doel aanpassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="348"/>
        <source>Het doel in de woorden van de leerling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="357"/>
        <source>Doel aangepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="366"/>
        <source>Dit doel van de lijst halen? De leerling wil het niet meer of heeft het bereikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="367"/>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="373"/>
        <source>Doel weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="390"/>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="474"/>
        <source>Reflectie bewaard, in de woorden van de leerling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="400"/>
        <source>Deze reflectie intrekken? Een reflectie wordt nooit aangepast: trek hem in als hij bij de verkeerde leerling of dag staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="411"/>
        <source>Reflectie ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="429"/>
        <source>Wat zei de leerling over de taak? In de eigen woorden; geen zorgzaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="440"/>
        <source>De eigen route voor de leerling; terug kan alleen met jouw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_voice.py" line="445"/>
        <source>Melding bij de reflectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/phase_text.py" line="19"/>
        <source>Wat de leerling zegt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="137"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="147"/>
        <source>Afgelopen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="140"/>
        <source>Verwijderen (verkeerd ingevoerd)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="156"/>
        <source>Praktijkovereenkomst van de gekozen stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="157"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="176"/>
        <source>Getekend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="159"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="177"/>
        <source>Getekend door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="160"/>
        <source>bijv. leerling, ouder, school en leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="161"/>
        <source>Praktijkovereenkomst opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="164"/>
        <source>Leerdoelen van de stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="167"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="180"/>
        <source>Nieuw leerdoel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="168"/>
        <source>Competentie of werkproces bij het leerdoel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="169"/>
        <source>Leerdoel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="171"/>
        <source>Leerdoel weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="173"/>
        <source>Praktijkovereenkomst en leerdoelen van de gekozen stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="179"/>
        <source>Leerdoelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="181"/>
        <source>Hoort bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="194"/>
        <source>Uren per schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="198"/>
        <source>Aantal schooljaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="199"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="213"/>
        <source>Eerste schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="201"/>
        <source>Toelichting bij de urennorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="202"/>
        <source>bijv. leerwerktraject, 2 x 640 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="204"/>
        <source>Urennorm opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="206"/>
        <source>Urennorm weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="208"/>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="21"/>
        <source>Urennorm van de route, over alle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="211"/>
        <source>Per schooljaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="212"/>
        <source>Schooljaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="36"/>
        <source>, geldig tot {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="40"/>
        <source>erkend ({number}{until})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="42"/>
        <source>erkenning verlopen ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="43"/>
        <source>niet erkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="59"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="119"/>
        <source>Erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="60"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="89"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="110"/>
        <source>Open plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="61"/>
        <source>Leerlingen nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="67"/>
        <source>Nog geen leerbedrijven. Voeg ze toe bij Beheer &gt; Stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="70"/>
        <source>Erkenningsnummer (SBB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="71"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="84"/>
        <source>Erkend sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="72"/>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="73"/>
        <source>Erkenning geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="78"/>
        <source>Open plaatsen voor leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="79"/>
        <source>Erkenning opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="81"/>
        <source>Erkenning van het gekozen leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="83"/>
        <source>Erkenningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="93"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="99"/>
        <source>Open plaatsen in de regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="93"/>
        <source>Arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="94"/>
        <source>Sectoren met werk in de regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="101"/>
        <source>Toelichting arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="102"/>
        <source>bijv. tuincentra zoeken in het voorjaar mensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="103"/>
        <source>Sector opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="105"/>
        <source>Waar de regio werk heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="111"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="214"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="115"/>
        <source>Leerling om te koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="119"/>
        <source>Vrije plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="119"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="120"/>
        <source>Leerbedrijven voor de leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="122"/>
        <source>Leerling koppelen aan een leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="209"/>
        <source>Kies eerst een leerbedrijf in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="227"/>
        <source>De erkenning van {name} is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="241"/>
        <source>Kies een sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="252"/>
        <source>De sector is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="269"/>
        <source>Deze leerling heeft nog geen leerroute met een sector: alle leerbedrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="274"/>
        <source>Sector van de leerroute: {sector}. Bovenaan de erkende leerbedrijven in die sector met een vrije plaats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="281"/>
        <source>Sector van de leerroute: {sector}. Geen erkend leerbedrijf in die sector met een vrije plaats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="295"/>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="262"/>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="306"/>
        <source>afgelopen op {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="308"/>
        <source>loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="342"/>
        <source>Kies een stage in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="346"/>
        <source>Let op: de praktijkovereenkomst van deze stage is nog niet getekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="350"/>
        <source>Praktijkovereenkomst getekend op {day} door {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="363"/>
        <source>Nog geen leerdoelen: voeg er twee of drie toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="380"/>
        <source>De praktijkovereenkomst is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="396"/>
        <source>Het leerdoel is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="402"/>
        <source>Kies eerst een leerdoel in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="409"/>
        <source>Het leerdoel is weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="422"/>
        <source>Geen urennorm over de stages heen; elke stage heeft zijn eigen uren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="434"/>
        <source>{done} van {required} uur gedaan over alle stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="461"/>
        <source>De urennorm is opgeslagen: {hours} uur per schooljaar, {years} schooljaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="477"/>
        <source>De urennorm is weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="552"/>
        <source>De stage {what} beëindigen op {day}? De gewerkte uren blijven bewaard en tellen mee; de stage staat daarna bij de afgelopen stages. De jobcoach ziet de leerling na de volgende synchronisatie niet meer, tenzij een andere stage hen verbindt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="572"/>
        <source>De stage is beëindigd op {day}; de uren blijven meetellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="585"/>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="590"/>
        <source>Stage verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="587"/>
        <source>De stage {what} verwijderen, omdat hij verkeerd is ingevoerd? Een stage met uren kan niet weg: beëindig die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/placements.py" line="603"/>
        <source>De stage is verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="59"/>
        <location filename="../../jw_desktop/ui/views/admin/companies.py" line="63"/>
        <source>Leerbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/admin/__init__.py" line="60"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/students.py" line="849"/>
        <source>{company} (afgelopen op {day})
{start} tot {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="23"/>
        <source>{done} van {required} uur ({per_year} per schooljaar, {years} schooljaren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="35"/>
        <source> - achter: {expected} uur verwacht tot nu toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="39"/>
        <source> - niet gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="41"/>
        <source> - nog niet begonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="43"/>
        <source>Schooljaar {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="56"/>
        <source>Let op: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="59"/>
        <source>{company}: praktijkovereenkomst getekend op {day} door {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/student_placements.py" line="68"/>
        <source>Leerdoelen bij {company}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="40"/>
        <source>Voortgangsrapport {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="47"/>
        <source>Voortgangsrapport {name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="52"/>
        <source>Klasoverzicht {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="53"/>
        <source>Klasoverzicht {group}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="62"/>
        <source>Urenverantwoording {student} bij {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="63"/>
        <source>Urenverantwoording {student} - {company}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="72"/>
        <source>Kaart {code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="73"/>
        <source>Kaart {code} {title}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="85"/>
        <source>Afvinklijst {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="87"/>
        <source>Afvinklijst {code} voor {student}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="95"/>
        <source>Certificaat {credential} voor {student}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="98"/>
        <source>{credential} {student}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="178"/>
        <source>Voortgang {group}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="178"/>
        <source>Uren {group}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="184"/>
        <location filename="../../jw_desktop/ui/views/class_overview.py" line="100"/>
        <source>Exporteren naar CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="186"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="205"/>
        <source>Credential opslaan (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="206"/>
        <source>{credential} {student}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="207"/>
        <source>Credential (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="273"/>
        <source>{n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="275"/>
        <source>Rapporten van {group} opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="299"/>
        <source>{n} van {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="316"/>
        <source>Na {n} van {total} rapporten ging het mis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="320"/>
        <source>Gestopt: {n} van {total} rapporten opgeslagen in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="323"/>
        <source>{n} van {total} rapporten opgeslagen in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="337"/>
        <source>In {group} zitten geen leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/printing.py" line="339"/>
        <source>Map voor de rapporten van {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="74"/>
        <source>Melding over een nieuwe versie</source>
        <translation>Notice about a new version</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="75"/>
        <source>Installeren</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="80"/>
        <source>Waarschuwing over een update</source>
        <translation>Warning about an update</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="82"/>
        <source>Uitkomst van het installeren</source>
        <translation>Outcome of the installation</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="117"/>
        <source>Er staat een nieuwe versie van jw-desktop klaar ({version}). Installeren?</source>
        <translation>A new version of jw-desktop is ready ({version}). Install it?</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="129"/>
        <source>Een update in de synchronisatiemap is geweigerd: {file}. {reason}</source>
        <translation>An update in the sync folder was refused: {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="147"/>
        <source>Bijwerken kan alleen op Linux en Windows.</source>
        <translation>Updating is only possible on Linux and Windows.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/widgets/update_notice.py" line="150"/>
        <source>Bezig met installeren…</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="33"/>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="38"/>
        <source>Aanmelden via het netwerk</source>
        <translation>Enrol over the network</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="39"/>
        <source>Aanmelden bij de server…</source>
        <translation>Enrol with the server…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="41"/>
        <source>Inschrijving ophalen</source>
        <translation>Pick up enrolment</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="65"/>
        <source>De school heeft een server ({url}). Meld dit apparaat daar aan; de beheerder keurt de aanmelding goed en daarna haal je hier de inschrijving op. Er hoeft geen bestand mee.</source>
        <translation>The school has a server ({url}). Ask to enrol this device there; the administrator approves the request and then you pick up the enrolment here. No file needs to be carried.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="87"/>
        <source>De aanmelding gaat naar de server…</source>
        <translation>Sending the enrolment request to the server…</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="104"/>
        <source>De aanmelding is verstuurd. Vingerafdruk van dit apparaat: {fingerprint} — de beheerder vergelijkt die bij het goedkeuren. Klik daarna op &apos;Inschrijving ophalen&apos;.</source>
        <translation>The enrolment request was sent. Fingerprint of this device: {fingerprint} — the administrator compares it when approving. Then click &apos;Pick up enrolment&apos;.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="129"/>
        <source>De beheerder heeft de aanmelding nog niet goedgekeurd. Probeer het straks opnieuw.</source>
        <translation>The administrator has not approved the enrolment request yet. Try again later.</translation>
    </message>
    <message>
        <location filename="../../jw_desktop/ui/views/sync_enrol_net.py" line="138"/>
        <source>Ingeschreven bij de centrale {name} (vingerafdruk {fingerprint}). Je kunt nu synchroniseren.</source>
        <translation>Enrolled with the central {name} (fingerprint {fingerprint}). You can sync now.</translation>
    </message>
</context>
<context>
    <name>jw</name>
    <message numerus="yes">
        <location filename="../../jw_desktop/ui/selftest.py" line="24"/>
        <source>%n kaart(en) gevonden</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
