"""The demo's steps and criteria as the student says them ("ik"), for the student view
(student_view): keyed by the card's own text. Written for the demo school; a real
catalogue brings its own."""

IK_TEXTS: dict[str, str] = {
    "Pak de werklijst en kijk welke tafels je vandaag doet.": (
        "Ik pak de werklijst en kijk welke tafels ik vandaag doe."
    ),
    "Kijk naar de plant. Hangen de bladeren slap? Dan is hij vaak te droog.": (
        "Ik kijk naar de plant. Hangen de bladeren slap? Dan is hij vaak te droog."
    ),
    "Steek je vinger twee centimeter in de aarde.": (
        "Ik steek mijn vinger twee centimeter in de aarde."
    ),
    "Twijfel je? Til de pot op. Een lichte pot heeft water nodig.": (
        "Twijfel ik? Ik til de pot op. Een lichte pot heeft water nodig."
    ),
    "Is de aarde droog? Zet de plant apart. Die krijgt zo water.": (
        "Is de aarde droog? Ik zet de plant apart. Die krijgt zo water."
    ),
    "Is de aarde vochtig? Geef geen water en ga naar de volgende plant.": (
        "Is de aarde vochtig? Ik geef geen water en ga naar de volgende plant."
    ),
    "Staat er water in de schotel of hoes? Giet het weg in de emmer.": (
        "Staat er water in de schotel of hoes? Ik giet het weg in de emmer."
    ),
    "Zet een streep op je werklijst als de tafel klaar is.": (
        "Ik zet een streep op mijn werklijst als de tafel klaar is."
    ),
    "Vul de gieter voor driekwart met water. Een volle gieter is te zwaar.": (
        "Ik vul de gieter voor driekwart met water. Een volle gieter is te zwaar."
    ),
    "Ga bij de plant staan die water nodig heeft.": (
        "Ik ga bij de plant staan die water nodig heeft."
    ),
    "Houd de tuit van de gieter laag, vlak boven de aarde.": (
        "Ik houd de tuit van de gieter laag, vlak boven de aarde."
    ),
    "Giet rustig water op de aarde. Niet op de bladeren of bloemen.": (
        "Ik giet rustig water op de aarde. Niet op de bladeren of bloemen."
    ),
    "Stop als er een beetje water onder uit de pot loopt.": (
        "Ik stop als er een beetje water onder uit de pot loopt."
    ),
    "Wacht een kwartier. Giet dan het water uit de schotel weg.": (
        "Ik wacht een kwartier. Dan giet ik het water uit de schotel weg."
    ),
    "Ligt er water op de vloer? Trek het weg, zodat niemand uitglijdt.": (
        "Ligt er water op de vloer? Ik trek het weg, zodat niemand uitglijdt."
    ),
    "Zet de gieter terug op zijn vaste plek.": "Ik zet de gieter terug op zijn vaste plek.",
    "Trek je handschoenen aan. Leg een bak of plastic op de werktafel.": (
        "Ik trek mijn handschoenen aan. Ik leg een bak of plastic op de werktafel."
    ),
    "Pak een nieuwe pot die een paar centimeter breder is dan de oude.": (
        "Ik pak een nieuwe pot die een paar centimeter breder is dan de oude."
    ),
    "Doe een laag potgrond onder in de nieuwe pot.": (
        "Ik doe een laag potgrond onder in de nieuwe pot."
    ),
    (
        "Draai de oude pot om. Houd de plant tussen je vingers en tik op de pot tot de plant "
        "loskomt."
    ): (
        "Ik draai de oude pot om. Ik houd de plant tussen mijn vingers en tik op de pot tot de "
        "plant loskomt."
    ),
    "Maak de wortels aan de buitenkant een beetje los.": (
        "Ik maak de wortels aan de buitenkant een beetje los."
    ),
    (
        "Zet de plant in het midden van de nieuwe pot. De aarde met wortels (de kluit) komt twee "
        "centimeter onder de rand."
    ): (
        "Ik zet de plant in het midden van de nieuwe pot. De aarde met wortels (de kluit) komt "
        "twee centimeter onder de rand."
    ),
    "Vul de ruimte rondom met potgrond. Druk het licht aan met je vingers.": (
        "Ik vul de ruimte rondom met potgrond. Ik druk het licht aan met mijn vingers."
    ),
    "Geef de plant water.": "Ik geef de plant water.",
    "Veeg de werktafel schoon. Gooi oude potgrond in de groenbak.": (
        "Ik veeg de werktafel schoon. Ik gooi oude potgrond in de groenbak."
    ),
    "Pak een schone snoeischaar en een emmer voor het afval.": (
        "Ik pak een schone snoeischaar en een emmer voor het afval."
    ),
    "Zoek planten met gele of bruine bladeren en verwelkte bloemen.": (
        "Ik zoek planten met gele of bruine bladeren en verwelkte bloemen."
    ),
    "Knip een verwelkte bloem af, net boven het eerste gezonde blad.": (
        "Ik knip een verwelkte bloem af, net boven het eerste gezonde blad."
    ),
    "Knip een geel of bruin blad af bij de stengel. Trek er niet aan.": (
        "Ik knip een geel of bruin blad af bij de stengel. Ik trek er niet aan."
    ),
    "Gooi wat je afknipt meteen in de emmer.": "Ik gooi wat ik afknip meteen in de emmer.",
    "Draai de plant met de kant met de meeste bloemen naar voren.": (
        "Ik draai de plant met de kant met de meeste bloemen naar voren."
    ),
    "Doe de snoeischaar dicht en berg hem veilig op.": (
        "Ik doe de snoeischaar dicht en berg hem veilig op."
    ),
    "Leeg de emmer in de groenbak.": "Ik leeg de emmer in de groenbak.",
    "Haal lege potten, losse blaadjes en ander afval van de tafel.": (
        "Ik haal lege potten, losse blaadjes en ander afval van de tafel."
    ),
    "Veeg de tafel en de vloer eromheen schoon.": "Ik veeg de tafel en de vloer eromheen schoon.",
    "Zet dezelfde planten bij elkaar in een groep.": (
        "Ik zet dezelfde planten bij elkaar in een groep."
    ),
    "Zet kleine planten vooraan en grote planten achteraan.": (
        "Ik zet kleine planten vooraan en grote planten achteraan."
    ),
    "Draai de etiketten en prijskaartjes naar voren, zodat klanten ze kunnen lezen.": (
        "Ik draai de etiketten en prijskaartjes naar voren, zodat klanten ze kunnen lezen."
    ),
    "Vul lege plekken aan met planten uit de kar.": (
        "Ik vul lege plekken aan met planten uit de kar."
    ),
    (
        "Doe een stap achteruit. Zie je een lege plek of een prijs die je niet kunt lezen? "
        "Verbeter het."
    ): (
        "Ik doe een stap achteruit. Zie ik een lege plek of een prijs die ik niet kan lezen? Ik "
        "verbeter het."
    ),
    "Je voelt bij elke plant 2 cm diep in de aarde voordat je hem water geeft.": (
        "Ik voel bij elke plant 2 cm diep in de aarde voordat ik hem water geef."
    ),
    "Je giet het water op de aarde, met de tuit van de gieter onder de bladeren.": (
        "Ik giet het water op de aarde, met de tuit van de gieter onder de bladeren."
    ),
    "Je stopt met gieten zodra er water onder uit de pot loopt.": (
        "Ik stop met gieten zodra er water onder uit de pot loopt."
    ),
    "Je giet 15 minuten na het gieten het water uit elke schotel en hoes weg.": (
        "Ik giet 15 minuten na het gieten het water uit elke schotel en hoes weg."
    ),
    "Je zet na elke tafel een streep op de werklijst, voordat je aan de volgende tafel begint.": (
        "Ik zet na elke tafel een streep op de werklijst, voordat ik aan de volgende tafel begin."
    ),
    "Je hebt om 10.00 uur alle vier de tafels gecontroleerd.": (
        "Ik heb om 10.00 uur alle vier de tafels gecontroleerd."
    ),
    "Je trekt water op de vloer meteen weg: om 10.00 uur is er geen natte plek in het looppad.": (
        "Ik trek water op de vloer meteen weg: om 10.00 uur is er geen natte plek in het looppad."
    ),
    (
        "Je legt voordat je begint tien potten, potgrond, handschoenen en een gieter bij de "
        "werktafel klaar."
    ): (
        "Ik leg voordat ik begin tien potten, potgrond, handschoenen en een gieter bij de "
        "werktafel klaar."
    ),
    "Je kiest voor elke plant een pot die 2 tot 4 cm breder is dan de oude pot.": (
        "Ik kies voor elke plant een pot die 2 tot 4 cm breder is dan de oude pot."
    ),
    (
        "Je haalt de plant uit de pot door de pot om te draaien en erop te tikken, zonder aan de "
        "stengel te trekken."
    ): (
        "Ik haal de plant uit de pot door de pot om te draaien en erop te tikken, zonder aan de "
        "stengel te trekken."
    ),
    "Je zet elke plant rechtop in het midden van de pot, met de potgrond 2 cm onder de rand.": (
        "Ik zet elke plant rechtop in het midden van de pot, met de potgrond 2 cm onder de rand."
    ),
    "Je geeft elke verpotte plant water tot er water onder uit de pot loopt.": (
        "Ik geef elke verpotte plant water tot er water onder uit de pot loopt."
    ),
    (
        "Je laat de werktafel schoon achter: geen potgrond op de tafel, de oude grond in de "
        "groenbak."
    ): (
        "Ik laat de werktafel schoon achter: geen potgrond op de tafel, de oude grond in de "
        "groenbak."
    ),
    (
        "Je knipt met de snoeischaar alle verwelkte bloemen en gele bladeren van de planten op de "
        "tafel af."
    ): (
        "Ik knip met de snoeischaar alle verwelkte bloemen en gele bladeren van de planten op de "
        "tafel af."
    ),
    "Je zet dezelfde planten bij elkaar, met lage planten vooraan en hoge planten achteraan.": (
        "Ik zet dezelfde planten bij elkaar, met lage planten vooraan en hoge planten achteraan."
    ),
    (
        "Je draait elk prijskaartje naar het looppad, zodat een klant de prijs leest zonder de "
        "plant op te pakken."
    ): (
        "Ik draai elk prijskaartje naar het looppad, zodat een klant de prijs leest zonder de "
        "plant op te pakken."
    ),
    "Je vult een lege plek binnen 15 minuten aan met planten van dezelfde soort uit de kar.": (
        "Ik vul een lege plek binnen 15 minuten aan met planten van dezelfde soort uit de kar."
    ),
    (
        "Je helpt een klant die je iets vraagt, of je brengt hem naar een collega die het antwoord "
        "weet."
    ): (
        "Ik help een klant die me iets vraagt, of ik breng hem naar een collega die het antwoord "
        "weet."
    ),
    "Je vertelt je begeleider bij de tafel wat je hebt weggehaald, verplaatst en aangevuld.": (
        "Ik vertel mijn begeleider bij de tafel wat ik heb weggehaald, verplaatst en aangevuld."
    ),
    "Je voelt bij elke plant 2 cm diep in de aarde voordat je beslist of hij water krijgt.": (
        "Ik voel bij elke plant 2 cm diep in de aarde voordat ik beslis of hij water krijgt."
    ),
    (
        "Je geeft alleen planten met droge aarde water, op de aarde en tot er water onder uit de "
        "pot loopt."
    ): (
        "Ik geef alleen planten met droge aarde water, op de aarde en tot er water onder uit de "
        "pot loopt."
    ),
    (
        "Je verpot elke klaargezette plant in een pot die 2 tot 4 cm breder is, met de potgrond 2 "
        "cm onder de rand."
    ): (
        "Ik verpot elke klaargezette plant in een pot die 2 tot 4 cm breder is, met de potgrond 2 "
        "cm onder de rand."
    ),
    (
        "Je knipt alle verwelkte bloemen en gele of bruine bladeren af, vlak boven het eerste "
        "gezonde blad."
    ): (
        "Ik knip alle verwelkte bloemen en gele of bruine bladeren af, vlak boven het eerste "
        "gezonde blad."
    ),
    (
        "Je zet op elke verkooptafel dezelfde planten bij elkaar, lage planten vooraan en hoge "
        "planten achteraan."
    ): (
        "Ik zet op elke verkooptafel dezelfde planten bij elkaar, lage planten vooraan en hoge "
        "planten achteraan."
    ),
    "Je werkt veilig met de snoeischaar: je legt hem dicht in de kar zodra je er niet mee knipt.": (
        "Ik werk veilig met de snoeischaar: ik leg hem dicht in de kar zodra ik er niet mee knip."
    ),
    (
        "Je laat je werkplek om 12.00 uur schoon achter: tafels geveegd, oude potgrond in de "
        "groenbak, gereedschap op de vaste plek."
    ): (
        "Ik laat mijn werkplek om 12.00 uur schoon achter: tafels geveegd, oude potgrond in de "
        "groenbak, gereedschap op de vaste plek."
    ),
    (
        "Je noemt na afloop twee dingen die gelukt zijn en één ding dat je de volgende keer anders "
        "doet."
    ): (
        "Ik noem na afloop twee dingen die gelukt zijn en één ding dat ik de volgende keer anders "
        "doe."
    ),
    "Trek je werkschoenen en handschoenen aan.": "Ik trek mijn werkschoenen en handschoenen aan.",
    "Zet de kar met een lege bak aan het begin van het pad.": (
        "Ik zet de kar met een lege bak aan het begin van het pad."
    ),
    "Veeg met de bezem van de rand van het pad naar het midden.": (
        "Ik veeg met de bezem van de rand van het pad naar het midden."
    ),
    "Veeg blad en zand op één hoop. Werk van voor naar achter.": (
        "Ik veeg blad en zand op één hoop. Ik werk van voor naar achter."
    ),
    "Schep de hoop met de schep in de bak op de kar.": (
        "Ik schep de hoop met de schep in de bak op de kar."
    ),
    "Ligt er zwerfafval tussen? Doe dat in de vuilniszak, niet bij het blad.": (
        "Ligt er zwerfafval tussen? Ik doe dat in de vuilniszak, niet bij het blad."
    ),
    "Rijd de kar naar de groenbak en leeg de bak.": (
        "Ik rijd de kar naar de groenbak en leeg de bak."
    ),
    "Zet de bezem en de schep terug op hun vaste plek.": (
        "Ik zet de bezem en de schep terug op hun vaste plek."
    ),
    "Kijk nog één keer over het pad. Is het schoon? Dan ben je klaar.": (
        "Ik kijk nog één keer over het pad. Is het schoon? Dan ben ik klaar."
    ),
    "Trek je handschoenen aan. Pak een emmer en een handschepje.": (
        "Ik trek mijn handschoenen aan. Ik pak een emmer en een handschepje."
    ),
    "Vraag je begeleider welke planten in de border mogen blijven staan.": (
        "Ik vraag mijn begeleider welke planten in de border mogen blijven staan."
    ),
    "Zoek een plantje dat er niet hoort. Dat is onkruid.": (
        "Ik zoek een plantje dat er niet hoort. Dat is onkruid."
    ),
    "Pak het onkruid laag bij de grond vast.": "Ik pak het onkruid laag bij de grond vast.",
    "Steek het schepje naast het onkruid in de grond. Wip het eruit, met wortel en al.": (
        "Ik steek het schepje naast het onkruid in de grond. Ik wip het eruit, met wortel en al."
    ),
    "Schud de aarde van de wortels terug in de border.": (
        "Ik schud de aarde van de wortels terug in de border."
    ),
    "Gooi het onkruid in de emmer.": "Ik gooi het onkruid in de emmer.",
    "Maak de grond weer vlak als je klaar bent.": "Ik maak de grond weer vlak als ik klaar ben.",
    "Pak een schone, scherpe snoeischaar en een emmer.": (
        "Ik pak een schone, scherpe snoeischaar en een emmer."
    ),
    "Trek je handschoenen aan.": "Ik trek mijn handschoenen aan.",
    "Zoek de bloemstengels die bruin en uitgebloeid zijn.": (
        "Ik zoek de bloemstengels die bruin en uitgebloeid zijn."
    ),
    "Knip de stengel af, vlak boven een blad of een nieuwe knop.": (
        "Ik knip de stengel af, vlak boven een blad of een nieuwe knop."
    ),
    "Knip geen groene, nieuwe scheuten af. Twijfel je? Vraag het je begeleider.": (
        "Ik knip geen groene, nieuwe scheuten af. Twijfel ik? Ik vraag het mijn begeleider."
    ),
    "Leg het snoeiafval meteen in de emmer.": "Ik leg het snoeiafval meteen in de emmer.",
    "Doe de snoeischaar dicht en leg hem in de kar, niet op het pad.": (
        "Ik doe de snoeischaar dicht en leg hem in de kar, niet op het pad."
    ),
    "Breng het snoeiafval naar de groenbak.": "Ik breng het snoeiafval naar de groenbak.",
    "Je hebt de ingang om 9.00 uur klaar, als de winkel opengaat.": (
        "Ik heb de ingang om 9.00 uur klaar, als de winkel opengaat."
    ),
    "Je veegt het pad van de randen naar het midden.": (
        "Ik veeg het pad van de randen naar het midden."
    ),
    (
        "Je houdt groenafval en zwerfafval apart: blad in de bak op de kar, zwerfafval in de "
        "vuilniszak."
    ): (
        "Ik houd groenafval en zwerfafval apart: blad in de bak op de kar, zwerfafval in de "
        "vuilniszak."
    ),
    "Je zet de kar en je gereedschap naast het looppad, nooit op het pad of voor de deur.": (
        "Ik zet de kar en mijn gereedschap naast het looppad, nooit op het pad of voor de deur."
    ),
    "Je maakt ruimte voor een klant die langs wil: je stopt met vegen tot hij voorbij is.": (
        "Ik maak ruimte voor een klant die langs wil: ik stop met vegen tot hij voorbij is."
    ),
    "Je meldt je begeleider voor 9.00 uur dat de ingang klaar is.": (
        "Ik meld mijn begeleider voor 9.00 uur dat de ingang klaar is."
    ),
    "Je spreekt met je collega af wie welke helft van de border doet, voordat jullie beginnen.": (
        "Ik spreek met mijn collega af wie welke helft van de border doet, voordat we beginnen."
    ),
    "Je vraagt je begeleider welke planten mogen blijven staan, voordat je gaat wieden.": (
        "Ik vraag mijn begeleider welke planten mogen blijven staan, voordat ik ga wieden."
    ),
    "Je haalt elk onkruid met wortel en al uit de grond.": (
        "Ik haal elk onkruid met wortel en al uit de grond."
    ),
    "Je knipt alleen bruine, uitgebloeide stengels af, vlak boven een blad of een nieuwe knop.": (
        "Ik knip alleen bruine, uitgebloeide stengels af, vlak boven een blad of een nieuwe knop."
    ),
    "Je legt gereedschap in de kar, nooit op het pad of in de border.": (
        "Ik leg gereedschap in de kar, nooit op het pad of in de border."
    ),
    (
        "Je loopt aan het einde samen met je collega de hele border langs om te zien of er nog "
        "onkruid staat."
    ): (
        "Ik loop aan het einde samen met mijn collega de hele border langs om te zien of er nog "
        "onkruid staat."
    ),
    "Je draagt de hele ochtend werkschoenen met een stevige neus en handschoenen.": (
        "Ik draag de hele ochtend werkschoenen met een stevige neus en handschoenen."
    ),
    "Je hebt de ingang om 9.00 uur vrij van blad en zwerfafval.": (
        "Ik heb de ingang om 9.00 uur vrij van blad en zwerfafval."
    ),
    "Je houdt groenafval en ander afval apart: blad in de groenbak, zwerfafval in de vuilniszak.": (
        "Ik houd groenafval en ander afval apart: blad in de groenbak, zwerfafval in de vuilniszak."
    ),
    (
        "Je haalt alleen onkruid weg, met wortel en al; de planten die je begeleider aanwees "
        "blijven staan."
    ): (
        "Ik haal alleen onkruid weg, met wortel en al; de planten die mijn begeleider aanwees "
        "blijven staan."
    ),
    "Je knipt uitgebloeide stengels af, vlak boven een blad of een nieuwe knop.": (
        "Ik knip uitgebloeide stengels af, vlak boven een blad of een nieuwe knop."
    ),
    "Je zet je gereedschap zonder aarde eraan terug op de vaste plek.": (
        "Ik zet mijn gereedschap zonder aarde eraan terug op de vaste plek."
    ),
    "Zet het nummer van je stagebedrijf en de naam van je begeleider in je telefoon.": (
        "Ik zet het nummer van mijn stagebedrijf en de naam van mijn begeleider in mijn telefoon."
    ),
    "Voel je je 's ochtends ziek? Kijk hoe laat het is. Je belt altijd voor je begintijd.": (
        "Voel ik me 's ochtends ziek? Ik kijk hoe laat het is. Ik bel altijd voor mijn begintijd."
    ),
    "Bel zelf. Kun je echt niet praten? Laat dan je ouder of verzorger bellen.": (
        "Ik bel zelf. Kan ik echt niet praten? Dan laat ik mijn ouder of verzorger bellen."
    ),
    "Zeg je naam, dat je ziek bent en dat je vandaag niet komt.": (
        "Ik zeg mijn naam, dat ik ziek ben en dat ik vandaag niet kom."
    ),
    "Vertel wanneer je denkt terug te komen, of dat je morgen weer belt.": (
        "Ik vertel wanneer ik denk terug te komen, of dat ik morgen weer bel."
    ),
    "Meld je ook af bij school of bij je jobcoach.": (
        "Ik meld me ook af bij school of bij mijn jobcoach."
    ),
    "Ben je weer beter? Laat het weten voordat je weer komt werken.": (
        "Ben ik weer beter? Ik laat het weten voordat ik weer kom werken."
    ),
    "Je staat elke werkdag om de begintijd in je werkkleding klaar.": (
        "Ik sta elke werkdag om de begintijd in mijn werkkleding klaar."
    ),
    "Je vraagt je begeleider bij aankomst wat je die dag gaat doen.": (
        "Ik vraag mijn begeleider bij aankomst wat ik die dag ga doen."
    ),
    "Je herhaalt de opdracht in je eigen woorden voordat je begint.": (
        "Ik herhaal de opdracht in mijn eigen woorden voordat ik begin."
    ),
    "Je legt aan het einde van de dag je gereedschap en je werkkleding op de vaste plek.": (
        "Ik leg aan het einde van de dag mijn gereedschap en mijn werkkleding op de vaste plek."
    ),
    "Je vertelt je begeleider voordat je weggaat wat je die dag hebt gedaan.": (
        "Ik vertel mijn begeleider voordat ik wegga wat ik die dag heb gedaan."
    ),
    "Je vult elke dag je dagkaart in voordat je naar huis gaat.": (
        "Ik vul elke dag mijn dagkaart in voordat ik naar huis ga."
    ),
    "Doe ringen, armbanden en je horloge af.": "Ik doe ringen, armbanden en mijn horloge af.",
    "Maak je handen nat met lauw water.": "Ik maak mijn handen nat met lauw water.",
    "Doe zeep uit het pompje op je handen.": "Ik doe zeep uit het pompje op mijn handen.",
    (
        "Wrijf je handen 20 seconden in: handpalmen, bovenkant, tussen je vingers en je duimen. "
        "Tel rustig tot twintig."
    ): (
        "Ik wrijf mijn handen 20 seconden in: handpalmen, bovenkant, tussen mijn vingers en mijn "
        "duimen. Ik tel rustig tot twintig."
    ),
    "Vergeet je nagels en je polsen niet.": "Ik vergeet mijn nagels en mijn polsen niet.",
    "Spoel de zeep af tot je handen niet meer glad voelen.": (
        "Ik spoel de zeep af tot mijn handen niet meer glad voelen."
    ),
    "Droog je handen met een papieren doekje.": "Ik droog mijn handen met een papieren doekje.",
    "Draai de kraan dicht met het doekje. Gooi het doekje in de prullenbak.": (
        "Ik draai de kraan dicht met het doekje. Ik gooi het doekje in de prullenbak."
    ),
    "Was je handen en pak de groene snijplank voor groente.": (
        "Ik was mijn handen en pak de groene snijplank voor groente."
    ),
    "Leg een vochtige doek onder de snijplank, zodat hij niet schuift.": (
        "Ik leg een vochtige doek onder de snijplank, zodat hij niet schuift."
    ),
    "Was de groente en leg hem op de plank.": "Ik was de groente en leg hem op de plank.",
    "Maak van je andere hand een klauw: je vingertoppen wijzen naar binnen.": (
        "Ik maak van mijn andere hand een klauw: mijn vingertoppen wijzen naar binnen."
    ),
    "Houd het mes bij het handvat vast en snijd met rustige bewegingen.": (
        "Ik houd het mes bij het handvat vast en snijd met rustige bewegingen."
    ),
    "Snijd eerst plakken, dan reepjes, dan blokjes van ongeveer 1 centimeter.": (
        "Ik snijd eerst plakken, dan reepjes, dan blokjes van ongeveer 1 centimeter."
    ),
    "Schuif de groente met de rug van het mes in een bak.": (
        "Ik schuif de groente met de rug van het mes in een bak."
    ),
    "Leg het mes nooit in de gootsteen. Was het meteen af en leg het terug.": (
        "Ik leg het mes nooit in de gootsteen. Ik was het meteen af en leg het terug."
    ),
    "Lees in het recept hoeveel je nodig hebt en schrijf het op.": (
        "Ik lees in het recept hoeveel ik nodig heb en schrijf het op."
    ),
    "Zet de weegschaal op een vlakke, droge plek.": (
        "Ik zet de weegschaal op een vlakke, droge plek."
    ),
    "Zet de lege kom op de weegschaal.": "Ik zet de lege kom op de weegschaal.",
    "Druk op de knop 'tarra' of '0'. Nu staat er 0 g op het scherm.": (
        "Ik druk op de knop 'tarra' of '0'. Nu staat er 0 g op het scherm."
    ),
    "Doe het product langzaam in de kom. Kijk steeds naar het getal.": (
        "Ik doe het product langzaam in de kom. Ik kijk steeds naar het getal."
    ),
    "Stop bij het gewicht uit het recept. Te veel? Schep er wat uit.": (
        "Ik stop bij het gewicht uit het recept. Te veel? Ik schep er wat uit."
    ),
    "Zet een vinkje op je lijst en ga door met het volgende ingrediënt.": (
        "Ik zet een vinkje op mijn lijst en ga door met het volgende ingrediënt."
    ),
    "Gooi etensresten in de gft-bak en verpakkingen in de restafvalbak.": (
        "Ik gooi etensresten in de gft-bak en verpakkingen in de restafvalbak."
    ),
    "Breng vuile pannen, messen en planken naar de afwas.": (
        "Ik breng vuile pannen, messen en planken naar de afwas."
    ),
    (
        "Vul een emmer met warm water en schoonmaakmiddel. Gebruik de hoeveelheid die op de fles "
        "staat."
    ): (
        "Ik vul een emmer met warm water en schoonmaakmiddel. Ik gebruik de hoeveelheid die op de "
        "fles staat."
    ),
    "Neem het aanrecht af met een schone doek, van achter naar voren.": (
        "Ik neem het aanrecht af met een schone doek, van achter naar voren."
    ),
    "Droog het aanrecht na met een droge doek.": "Ik droog het aanrecht na met een droge doek.",
    "Veeg de vloer rond je werkplek.": "Ik veeg de vloer rond mijn werkplek.",
    "Leg de vuile doeken in de wasmand en zet de emmer terug.": (
        "Ik leg de vuile doeken in de wasmand en zet de emmer terug."
    ),
    "Laat je begeleider zien dat je werkplek schoon is.": (
        "Ik laat mijn begeleider zien dat mijn werkplek schoon is."
    ),
    "Je schrijft voordat je begint voor elk ingrediënt de hoeveelheid voor 20 porties op.": (
        "Ik schrijf voordat ik begin voor elk ingrediënt de hoeveelheid voor 20 porties op."
    ),
    "Je wast je handen voordat je begint en na elk werk met rauwe kip.": (
        "Ik was mijn handen voordat ik begin en na elk werk met rauwe kip."
    ),
    "Je snijdt groente alleen op de groene snijplank.": (
        "Ik snijd groente alleen op de groene snijplank."
    ),
    "Je snijdt met een klauwhand: je vingertoppen wijzen naar binnen.": (
        "Ik snijd met een klauwhand: mijn vingertoppen wijzen naar binnen."
    ),
    "Je weegt elk ingrediënt af tot op 5 gram van de hoeveelheid op je lijst.": (
        "Ik weeg elk ingrediënt af tot op 5 gram van de hoeveelheid op mijn lijst."
    ),
    "Je zet elke bak afgedekt en met een etiket met de datum in de koeling.": (
        "Ik zet elke bak afgedekt en met een etiket met de datum in de koeling."
    ),
    "Je hebt om 11.30 uur alle bakken in de koeling staan.": (
        "Ik heb om 11.30 uur alle bakken in de koeling staan."
    ),
    "Je legt voordat je begint alle ingrediënten en materialen uit het recept klaar.": (
        "Ik leg voordat ik begin alle ingrediënten en materialen uit het recept klaar."
    ),
    "Je voegt de ingrediënten toe in de volgorde van het recept.": (
        "Ik voeg de ingrediënten toe in de volgorde van het recept."
    ),
    "Je zet het vuur lager zodra de soep met grote bellen kookt.": (
        "Ik zet het vuur lager zodra de soep met grote bellen kookt."
    ),
    (
        "Je draait de steel van de pan naar binnen, zodat hij niet over de rand van het fornuis "
        "steekt."
    ): (
        "Ik draai de steel van de pan naar binnen, zodat hij niet over de rand van het fornuis "
        "steekt."
    ),
    "Je laat de kok de soep proeven voordat je hem opschept.": (
        "Ik laat de kok de soep proeven voordat ik hem opschep."
    ),
    (
        "Je laat je werkplek na het koken schoon achter: aanrecht afgenomen en droog, pannen bij "
        "de afwas."
    ): (
        "Ik laat mijn werkplek na het koken schoon achter: aanrecht afgenomen en droog, pannen bij "
        "de afwas."
    ),
    "Je begint in schone keukenkleding, met je haar vast en zonder sieraden.": (
        "Ik begin in schone keukenkleding, met mijn haar vast en zonder sieraden."
    ),
    "Je wast je handen 20 seconden met zeep voordat je begint en na elk werk met rauwe kip.": (
        "Ik was mijn handen 20 seconden met zeep voordat ik begin en na elk werk met rauwe kip."
    ),
    "Je schrijft voor beide recepten de hoeveelheden voor 15 porties op, zonder rekenfout.": (
        "Ik schrijf voor beide recepten de hoeveelheden voor 15 porties op, zonder rekenfout."
    ),
    "Je hebt om 12.00 uur de salade en de soep klaarstaan.": (
        "Ik heb om 12.00 uur de salade en de soep klaarstaan."
    ),
    "Je zet koude producten binnen 5 minuten na gebruik afgedekt terug in de koeling.": (
        "Ik zet koude producten binnen 5 minuten na gebruik afgedekt terug in de koeling."
    ),
    "Je schept de soep op met de maatlepel: 250 ml per kom, zonder soep op de rand.": (
        "Ik schep de soep op met de maatlepel: 250 ml per kom, zonder soep op de rand."
    ),
    (
        "Je laat je werkplek na de lunch schoon achter: aanrecht afgenomen en droog, vloer "
        "geveegd, vuile pannen bij de afwas."
    ): (
        "Ik laat mijn werkplek na de lunch schoon achter: aanrecht afgenomen en droog, vloer "
        "geveegd, vuile pannen bij de afwas."
    ),
    "Pak een scanner en een lege orderkar.": "Ik pak een scanner en een lege orderkar.",
    "Log in op de scanner met je eigen code.": "Ik log in op de scanner met mijn eigen code.",
    "Scan het label van je kar. De scanner geeft je de eerste locatie.": (
        "Ik scan het label van mijn kar. De scanner geeft me de eerste locatie."
    ),
    "Loop naar de locatie en controleer de code op het vak.": (
        "Ik loop naar de locatie en controleer de code op het vak."
    ),
    "Scan het product in het vak.": "Ik scan het product in het vak.",
    "Pak het aantal dat op het scherm staat en tel het na.": (
        "Ik pak het aantal dat op het scherm staat en tel het na."
    ),
    "Leg de producten stevig op de kar: zwaar onder, licht boven.": (
        "Ik leg de producten stevig op de kar: zwaar onder, licht boven."
    ),
    "Bevestig op de scanner en loop naar de volgende locatie.": (
        "Ik bevestig op de scanner en loop naar de volgende locatie."
    ),
    "Is de order klaar? Breng de kar naar het uitgiftevak.": (
        "Is de order klaar? Ik breng de kar naar het uitgiftevak."
    ),
    "Controleer of de pallet heel is: geen losse planken of spijkers.": (
        "Ik controleer of de pallet heel is: geen losse planken of spijkers."
    ),
    "Zet de zware dozen apart van de lichte dozen.": (
        "Ik zet de zware dozen apart van de lichte dozen."
    ),
    "Leg de eerste laag zware dozen recht tegen de rand van de pallet.": (
        "Ik leg de eerste laag zware dozen recht tegen de rand van de pallet."
    ),
    "Leg de volgende laag in verband: over de naden van de laag eronder.": (
        "Ik leg de volgende laag in verband: over de naden van de laag eronder."
    ),
    "Zet dozen met pijlen rechtop, de pijlen naar boven.": (
        "Ik zet dozen met pijlen rechtop, de pijlen naar boven."
    ),
    "Leg de lichte dozen bovenop. Stop bij de hoogste toegestane hoogte.": (
        "Ik leg de lichte dozen bovenop. Ik stop bij de hoogste toegestane hoogte."
    ),
    "Wikkel de pallet in met folie, van onder naar boven.": (
        "Ik wikkel de pallet in met folie, van onder naar boven."
    ),
    "Plak het etiket op de voorkant van de pallet.": (
        "Ik plak het etiket op de voorkant van de pallet."
    ),
    "Kijk eerst hoe zwaar de doos is. Meer dan 23 kilo? Til niet alleen.": (
        "Ik kijk eerst hoe zwaar de doos is. Meer dan 23 kilo? Ik til niet alleen."
    ),
    "Ga dicht bij de doos staan, met je voeten een stukje uit elkaar.": (
        "Ik ga dicht bij de doos staan, met mijn voeten een stukje uit elkaar."
    ),
    "Buig door je knieën en houd je rug recht.": "Ik buig door mijn knieën en houd mijn rug recht.",
    "Pak de doos met twee handen stevig vast aan de onderkant.": (
        "Ik pak de doos met twee handen stevig vast aan de onderkant."
    ),
    "Kom omhoog met kracht uit je benen, niet uit je rug.": (
        "Ik kom omhoog met kracht uit mijn benen, niet uit mijn rug."
    ),
    "Houd de doos dicht tegen je lichaam.": "Ik houd de doos dicht tegen mijn lichaam.",
    "Draai met je voeten, niet met je rug.": "Ik draai met mijn voeten, niet met mijn rug.",
    "Zet de doos neer door weer door je knieën te buigen.": (
        "Ik zet de doos neer door weer door mijn knieën te buigen."
    ),
    "Je scant het label van je kar voordat je naar de eerste locatie loopt.": (
        "Ik scan het label van mijn kar voordat ik naar de eerste locatie loop."
    ),
    (
        "Je controleert bij elk vak of de locatiecode op het vak gelijk is aan de code op de "
        "scanner."
    ): (
        "Ik controleer bij elk vak of de locatiecode op het vak gelijk is aan de code op de "
        "scanner."
    ),
    "Je telt bij elke regel het aantal na voordat je op de scanner bevestigt.": (
        "Ik tel bij elke regel het aantal na voordat ik op de scanner bevestig."
    ),
    "Je legt zware producten (flessen, blikken) onder en lichte producten boven op de kar.": (
        "Ik leg zware producten (flessen, blikken) onder en lichte producten boven op de kar."
    ),
    "Je meldt een tekort of een kapot product op de scanner, zonder een ander product te pakken.": (
        "Ik meld een tekort of een kapot product op de scanner, zonder een ander product te pakken."
    ),
    "Je zet de order voor 14.00 uur in het uitgiftevak.": (
        "Ik zet de order voor 14.00 uur in het uitgiftevak."
    ),
    (
        "Je controleert voordat je begint of de pallet heel is: geen losse planken, geen "
        "uitstekende spijkers."
    ): (
        "Ik controleer voordat ik begin of de pallet heel is: geen losse planken, geen uitstekende "
        "spijkers."
    ),
    "Je zet zware producten onderop en lichte producten bovenop.": (
        "Ik zet zware producten onderop en lichte producten bovenop."
    ),
    "Je stapelt elke laag in verband, zonder dat een doos over de rand van de pallet steekt.": (
        "Ik stapel elke laag in verband, zonder dat een doos over de rand van de pallet steekt."
    ),
    "Je tilt met gebogen knieën en een rechte rug.": "Ik til met gebogen knieën en een rechte rug.",
    "Je wikkelt de pallet met folie in, van de pallet zelf tot de bovenste laag.": (
        "Ik wikkel de pallet met folie in, van de pallet zelf tot de bovenste laag."
    ),
    "Je meldt je begeleider dat de pallet klaarstaat en in welk laadvak.": (
        "Ik meld mijn begeleider dat de pallet klaarstaat en in welk laadvak."
    ),
    "Je draagt de hele dienst veiligheidsschoenen en een hesje.": (
        "Ik draag de hele dienst veiligheidsschoenen en een hesje."
    ),
    "Je levert beide orders met 0 fouten af: elk product en elk aantal klopt met de order.": (
        "Ik lever beide orders met 0 fouten af: elk product en elk aantal klopt met de order."
    ),
    (
        "Je meldt elk tekort en elk beschadigd product op de scanner, voordat je naar de volgende "
        "locatie loopt."
    ): (
        "Ik meld elk tekort en elk beschadigd product op de scanner, voordat ik naar de volgende "
        "locatie loop."
    ),
    "Je tilt veilig: rechte rug, gebogen knieën, draaien met je voeten.": (
        "Ik til veilig: rechte rug, gebogen knieën, draaien met mijn voeten."
    ),
    "Je bouwt de pallet op met zwaar onder, in verband en niet hoger dan 1,80 m.": (
        "Ik bouw de pallet op met zwaar onder, in verband en niet hoger dan 1,80 m."
    ),
    "Je plakt het etiket op de voorkant van de pallet, boven op de folie.": (
        "Ik plak het etiket op de voorkant van de pallet, boven op de folie."
    ),
    "Je zet beide orders voor 14.00 uur in het laadvak dat op de order staat.": (
        "Ik zet beide orders voor 14.00 uur in het laadvak dat op de order staat."
    ),
    "Lees je opdrachtkaart nog een keer. Staat het antwoord erop?": (
        "Ik lees mijn opdrachtkaart nog een keer. Staat het antwoord erop?"
    ),
    "Weet je het nog niet? Steek je hand op of zet je vraagkaartje op tafel.": (
        "Weet ik het nog niet? Ik steek mijn hand op of zet mijn vraagkaartje op tafel."
    ),
    "Wacht tot de docent bij je is. Doe intussen een taak die je wel kunt.": (
        "Ik wacht tot de docent bij me is. Ik doe intussen een taak die ik wel kan."
    ),
    "Zeg wat je al hebt gedaan, bijvoorbeeld: 'Ik heb stap 1 en 2 gedaan.'": (
        "Ik zeg wat ik al heb gedaan, bijvoorbeeld: 'Ik heb stap 1 en 2 gedaan.'"
    ),
    "Vraag wat je niet snapt, bijvoorbeeld: 'Wat moet ik bij stap 3 doen?'": (
        "Ik vraag wat ik niet snap, bijvoorbeeld: 'Wat moet ik bij stap 3 doen?'"
    ),
    "Zeg het antwoord terug in je eigen woorden. Klopt het?": (
        "Ik zeg het antwoord terug in mijn eigen woorden. Klopt het?"
    ),
    "Ga verder met je opdracht.": "Ik ga verder met mijn opdracht.",
    "Je kiest voordat jullie beginnen één taak uit de lijst op de kaart.": (
        "Ik kies voordat we beginnen één taak uit de lijst op de kaart."
    ),
    "Je maakt je eigen taak af voordat je aan een andere taak begint.": (
        "Ik maak mijn eigen taak af voordat ik aan een andere taak begin."
    ),
    "Je laat een klasgenoot uitpraten: je begint pas te praten als hij klaar is.": (
        "Ik laat een klasgenoot uitpraten: ik begin pas te praten als hij klaar is."
    ),
    "Je helpt een klasgenoot die je om hulp vraagt, of je zegt dat hij de docent kan vragen.": (
        "Ik help een klasgenoot die me om hulp vraagt, of ik zeg dat hij de docent kan vragen."
    ),
    "Je vertelt de docent aan het einde in één zin wat jij zelf hebt gedaan.": (
        "Ik vertel de docent aan het einde in één zin wat ik zelf heb gedaan."
    ),
    "Zet het nummer van school in je telefoon, onder 'School afmelden'.": (
        "Ik zet het nummer van school in mijn telefoon, onder 'School afmelden'."
    ),
    "Ben je ziek of kom je later? Bel voor 8.15 uur.": (
        "Ben ik ziek of kom ik later? Ik bel voor 8.15 uur."
    ),
    "Bel zelf. Lukt dat echt niet? Dan belt je ouder of verzorger.": (
        "Ik bel zelf. Lukt dat echt niet? Dan belt mijn ouder of verzorger."
    ),
    "Zeg je naam en je klas.": "Ik zeg mijn naam en mijn klas.",
    "Zeg of je ziek bent of later komt.": "Ik zeg of ik ziek ben of later kom.",
    "Zeg wanneer je er wel bent: hoe laat, of welke dag.": (
        "Ik zeg wanneer ik er wel ben: hoe laat, of welke dag."
    ),
    "Kom je later? Meld je bij binnenkomst bij de balie.": (
        "Kom ik later? Ik meld me bij binnenkomst bij de balie."
    ),
    "Je zit om 8.30 uur op je plek, met je spullen voor de les op tafel.": (
        "Ik zit om 8.30 uur op mijn plek, met mijn spullen voor de les op tafel."
    ),
    "Je belt voor 8.15 uur naar school als je ziek bent of later komt.": (
        "Ik bel voor 8.15 uur naar school als ik ziek ben of later kom."
    ),
    "Je zegt aan de telefoon je naam, je klas en wanneer je er weer bent.": (
        "Ik zeg aan de telefoon mijn naam, mijn klas en wanneer ik er weer ben."
    ),
    "Je schrijft elke dag op je weekkaart hoe laat je binnen was.": (
        "Ik schrijf elke dag op mijn weekkaart hoe laat ik binnen was."
    ),
    "Je vertelt je mentor op vrijdag op hoeveel dagen je om 8.30 uur op je plek zat.": (
        "Ik vertel mijn mentor op vrijdag op hoeveel dagen ik om 8.30 uur op mijn plek zat."
    ),
    "Pak je rooster van het werk voor volgende week.": (
        "Ik pak mijn rooster van het werk voor volgende week."
    ),
    "Zet elke dienst met begintijd en eindtijd in de agenda van je telefoon.": (
        "Ik zet elke dienst met begintijd en eindtijd in de agenda van mijn telefoon."
    ),
    "Reken uit hoe laat je weg moet om 10 minuten voor de begintijd binnen te zijn.": (
        "Ik reken uit hoe laat ik weg moet om 10 minuten voor de begintijd binnen te zijn."
    ),
    "Zet voor elke werkdag een wekker.": "Ik zet voor elke werkdag een wekker.",
    "Zet ook je afspraken buiten het werk in je agenda, zoals de huisarts.": (
        "Ik zet ook mijn afspraken buiten het werk in mijn agenda, zoals de huisarts."
    ),
    (
        "Valt een afspraak in je werktijd? Vraag minstens een week vooraf vrij bij je "
        "leidinggevende."
    ): (
        "Valt een afspraak in mijn werktijd? Ik vraag minstens een week vooraf vrij bij mijn "
        "leidinggevende."
    ),
    "Leg de avond voor een werkdag je werkkleding en je lunch klaar.": (
        "Ik leg de avond voor een werkdag mijn werkkleding en mijn lunch klaar."
    ),
    "Kijk op zondag nog één keer naar je planning.": (
        "Ik kijk op zondag nog één keer naar mijn planning."
    ),
    "Je schrijft voor het gesprek twee taken op die je zonder hulp doet.": (
        "Ik schrijf voor het gesprek twee taken op die ik zonder hulp doe."
    ),
    (
        "Je schrijft één ding op dat je lastig vindt, met een voorbeeld van een dag waarop het "
        "gebeurde."
    ): (
        "Ik schrijf één ding op dat ik lastig vind, met een voorbeeld van een dag waarop het "
        "gebeurde."
    ),
    "Je schrijft één ding op dat je wilt leren, of een certificaat dat je wilt halen.": (
        "Ik schrijf één ding op dat ik wil leren, of een certificaat dat ik wil halen."
    ),
    "Je noemt in het gesprek alle drie de punten van je briefje.": (
        "Ik noem in het gesprek alle drie de punten van mijn briefje."
    ),
    "Je vertelt je oud-mentor binnen een week wat je met je leidinggevende hebt afgesproken.": (
        "Ik vertel mijn oud-mentor binnen een week wat ik met mijn leidinggevende heb afgesproken."
    ),
}
