import type { ModelAdvice, ThemeNames } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./questions.ts
// because only the results, agenda and group views show these texts: they load with those views,
// not with the first screen (issue 13).

/** Dutch descriptions, key findings and tips per factor, in our own words, faithful to the research. */
export const adviceNl: ModelAdvice = {
  commitment: {
    short: 'Gedreven en gecommitteerd',
    description:
      'Wij zijn allemaal overtuigd van het belang van ons gezamenlijke doel en willen daar zelf graag aan bijdragen.',
    findings: [
      'Iedere deelnemer moet gedreven zijn en dat ook blijven. Alleen dan blijf je je inzetten om de beweging verder te laten groeien.',
      'Iedere deelnemer moet zich persoonlijk betrokken voelen bij wat we samen willen bereiken. Zo blijft het vuur om mee te doen branden, maar dat vraagt wel blijvende aandacht.',
    ],
    tips: [
      'Verwijs in bijeenkomsten en in communicatie (naar elkaar, naar de eigen organisatie en naar buiten) steeds naar het gezamenlijke doel en de waarden erachter. Het gaat niet (alleen) om geld verdienen: deelnemers haken aan vanuit wat zij persoonlijk belangrijk vinden.',
      'Kijk bij het werven van nieuwe leden naar de persoon, niet naar de organisatie: ‘we willen Jansen van bedrijf Q vragen’ in plaats van ‘we moeten bedrijf Q erbij halen’. Het gaat om de motivatie van de mens, niet van de instelling.',
      'Toets bij het begin van elke nieuwe fase expliciet of iedereen nog (voldoende) gecommitteerd is. Soms is een wisseling van de wacht in bepaalde rollen een goede optie.',
    ],
  },
  'qualities-roles': {
    short: 'Kwaliteiten en rollen',
    description:
      'Wij vormen samen een mix van kwaliteiten en rollen waarin alle rollen die nodig zijn, vervuld worden.',
    findings: [
      'Het gaat om de optelsom van kwaliteiten en rollen: niet ‘of-of’, maar ‘en-en’. Denk aan rollen als community manager, innovatiemanager en ambassadeur.',
      'Juist die optelsom maakt het mogelijk om de volgende stap in de samenwerking te zetten en de opbrengsten zo goed mogelijk in de praktijk te benutten.',
    ],
    tips: [
      'Er bestaat geen standaardteam dat overal past: stel het team samen vanuit het doel dat jullie willen bereiken. Bespreek samen wat er nodig is om dat doel via de samenwerking te halen.',
      'Ga na of er belangrijke rollen of kwaliteiten ontbreken. Als mensen vertrekken of zich aanmelden, is dat een goed moment om de kwaliteiten in het team opnieuw te bekijken.',
      'Zie je een scheve verhouding, bijvoorbeeld veel overleg maar weinig actie, of veel contact onderling en weinig met de buitenwereld? Zoek dan bewust mensen met de kwaliteiten die ontbreken.',
      'Elke fase van de learning community vraagt andere kwaliteiten, dus soms moet de samenstelling veranderen. Maak dat bespreekbaar en werf zo nodig bewust voor een bepaalde rol of kwaliteit. Rollen die het onderzoek noemt: community manager, innovatiemanager, ambassadeur, systeemintegrator, verbinder en afgevaardigde.',
    ],
  },
  'community-building': {
    short: 'Community vorming',
    description:
      'Wij werken actief aan onze onderlinge relaties, zodat iedereen zich gezien en gehoord voelt en het vertrouwen groeit.',
    findings: [
      'Elkaar leren kennen en vertrouwen opbouwen lijkt vanzelfsprekend, maar gaat niet vanzelf. Het vraagt continue en bewuste aandacht van iedere deelnemer, en kan ook extra bij een rol als community manager worden belegd.',
      'Duurzame relaties en vertrouwen opbouwen kost tijd. Dat is soms lastig voor bedrijven, omdat zij moeilijk kunnen beloven voor lange tijd (bijvoorbeeld vijf jaar) mee te doen.',
    ],
    tips: [
      'Organiseer structureel en begeleid overleg. Zo leren deelnemers elkaar goed kennen, weten ze waar ieder voor staat en groeit gaandeweg een vertrouwensband: de kiem van een langdurige samenwerking.',
      'Zorg dat deelnemers zich gesteund voelen door het netwerk. Daag in bijeenkomsten iedereen uit om actief bij te dragen en geef daar ook de ruimte voor, bijvoorbeeld door eigen ervaringen te laten delen.',
      'Zoek een balans: ondernemers vinden het vanwege concurrentie niet altijd makkelijk om hun vragen en praktijkervaringen te delen (zie ook factor 4, Hanteren van concurrentiegevoeligheid).',
    ],
  },
  'competition-sensitivity': {
    short: 'Concurrentiegevoeligheid',
    description:
      'Wij bedenken slimme manieren om met concurrentiegevoeligheid om te gaan, zodat we goed samenwerken en veel van en met elkaar leren.',
    findings: [
      'Omgaan met concurrentiegevoeligheid betekent op veel dingen tegelijk letten: het zit overal in en kan steeds opnieuw opduiken.',
      'Het gevoel van concurrentie maakt deelnemers minder open naar elkaar, waardoor er minder kennis wordt gedeeld.',
      'Concurrentie kan er ook toe leiden dat deelnemers elkaar de loef afsteken in plaats van elkaar aan te vullen.',
      'Concurrentiegevoeligheid speelt op meerdere plekken: bij bedrijven, maar ook bij kennisinstellingen.',
      'De fase van de innovatie doet ertoe. Bij het bedenken van ideeën, vóór de concurrentie begint, kan veel; daarna worden partijen voorzichtiger of haken ze af.',
    ],
    tips: [
      'Bouw eerst aan onderling vertrouwen: wie elkaar vertrouwt, gunt de ander meer. De tips hieronder helpen daarbij (zie ook factor 3, Continue aandacht voor community vorming).',
      'Nodig gericht deelnemers uit die elkaars concurrent niet zijn.',
      'Werk in kleinere groepen. Zo blijft het overzichtelijk en krijgt wederzijds vertrouwen de kans om te groeien.',
      'Verdeel de aandachtsgebieden, zodat iedereen vanuit de eigen achtergrond een eigen steentje bijdraagt aan het gezamenlijke doel.',
      'Kies voor bijeenkomsten onderwerpen en werkvormen waarbij iedereen actief kan meedoen.',
      'Benoem concurrentie openlijk in plaats van haar te negeren: bespreek de olifant in de kamer.',
    ],
  },
  'shared-vision': {
    short: 'Gedeelde toekomstvisie',
    description:
      'Wij delen een toekomstvisie als basis voor onze samenwerking: het baken waarop we koersen en waaraan iedereen wil bijdragen.',
    findings: [
      'Deelnemers moeten over de grenzen van hun eigen branche en verder vooruit kunnen kijken. Dan zien ze het gezamenlijke belang.',
      'Een gezamenlijke ambitie is geen afspraak voor één keer. Er moet doorlopend aan gewerkt worden, en de accenten kunnen onderweg verschuiven.',
      'Deelnemers moeten weten wat hun eigen bijdrage aan het geheel is. Dan beseffen ze dat de samenwerking (alleen) met hun inzet kan slagen.',
    ],
    tips: [
      'Blijf werken aan het persoonlijke commitment van de deelnemers en aan hun bijdrage aan de gezamenlijke toekomstvisie (zie ook factor 1, Gedreven en persoonlijk gecommitteerd zijn).',
      'Maak de toekomstvisie een terugkerend, positief gespreksonderwerp. Laat alle activiteiten eraan bijdragen en toets dat regelmatig, bijvoorbeeld als vast agendapunt.',
      'Maak steeds concreet wat ieders bijdrage aan het gezamenlijke toekomstbeeld is (zie ook factor 7, Tussentijdse en meetbare resultaten delen).',
    ],
  },
  together: {
    short: 'Samen moeten we het doen',
    description:
      'Wij zijn ervan overtuigd dat we onze doelen alleen samen bereiken; daarom bundelen we onze krachten voor de lange termijn en gaat het gezamenlijke belang voor het eigen belang.',
    findings: [
      'Deelnemers moeten de meerwaarde van de samenwerking zien, ook op de lange termijn: complexe vraagstukken zijn alleen samen aan te pakken.',
      'Die meerwaarde zit vaak in het gezamenlijk opsporen van concrete puzzelstukjes: bijdragen die elke partij zelf kan leveren aan de aanpak van een complex probleem.',
      'De meerwaarde zit ook in samen leren en ontwikkelen: van de deelnemers zelf én van de organisaties achter hen.',
      'Deelnemers moeten naar het grotere geheel kunnen kijken. Eigen belangen spelen altijd mee, maar voor ego’s is geen ruimte: het gezamenlijke belang weegt zwaarder.',
      'Verschillende soorten partijen brengen verschillende culturen mee: een ander innovatietempo, een ander abstractieniveau (uitvoerend, leidinggevend, beleidsmatig, wetenschappelijk) en een eigen vaktaal. Heb daar oog voor en maak uitgangspunten en verwachtingen concreet.',
    ],
    tips: [
      'Bespreek in een open gesprek welk belang iedere deelnemer heeft, of sommige belangen met elkaar in strijd zijn en hoe jullie daar dan mee omgaan.',
      'Bespreek welke werkwijze (tempo, aanpak, cultuur, abstractieniveau) ieder voor ogen heeft en hoe jullie die zo goed mogelijk op elkaar afstemmen.',
      'Ga na of jullie het steeds over hetzelfde hebben: spreekt iedereen elkaars taal, of is iedereen bereid die te leren?',
    ],
  },
  'interim-results': {
    short: 'Tussentijdse resultaten',
    description:
      'Wij delen regelmatig successen en leerpunten, omdat dat de betrokkenheid vergroot en laat zien wat de learning community waard is.',
    findings: [
      'Tussentijdse successen delen helpt om de energie in de learning community hoog te houden.',
      'Leerpunten bespreekbaar maken en van daaruit verder ontwikkelen, ondersteunt het samen leren.',
      'Successen en leerpunten delen helpt ook om nieuwe partners aan te trekken (zie ook factor 8, Werken aan een goede reputatie).',
      'Bedrijven willen vaak op korte termijn resultaat zien. Voor hen is het belangrijk dat hun deelname zichtbaar is en waarde oplevert op de werkvloer.',
      'Het werkt in ieders voordeel als doelen en activiteiten van de learning community passen bij de koers van de organisaties die meedoen.',
    ],
    tips: [
      'Bepaal kleine, concrete tussenstappen en -resultaten (‘babystapjes’), zodat de voortgang zichtbaar wordt.',
      'Benoem naast inhoudelijke resultaten en producten ook procesresultaten, zoals meer samenwerking, kennisdeling, nieuwe contacten, een breder scala aan gespreksonderwerpen, leereffecten en professionalisering.',
      'Laat zien wat de learning community buiten de eigen kring teweegbrengt, hoe groot of klein ook: meet de impact van activiteiten of maak zelfs de kleinste innovatie zichtbaar.',
      'Maak tussentijdse resultaten toegankelijk voor alle deelnemende partijen: benoem ze en presenteer ze.',
      'Richt binnen de deelnemende organisatie een interne werk- of projectgroep in die helpt de opbrengsten van de learning community in het oog te houden en structureel te borgen (zie ook factor 11, Eigen organisatie meenemen in het gezamenlijke verhaal).',
    ],
  },
  reputation: {
    short: 'Goede reputatie',
    description:
      'Wij werken actief aan de reputatie van onze learning community, onder meer door onze resultaten uit te dragen: iedereen mag weten waar we trots op zijn.',
    findings: [
      'Een goede reputatie helpt om nieuwe partners aan te trekken.',
      'Een goede reputatie kan berusten op excellentie, zoals technologische of praktijkexpertise, maar ook op de creativiteit om samen te leren en te experimenteren. Wat voor reputatie jullie nodig hebben, verschilt per doel en per doelgroep.',
      'Als iedereen zich persoonlijk betrokken en eigenaar voelt, treedt iedere deelnemer op als ambassadeur (zie ook factor 1, Gedreven en persoonlijk gecommitteerd zijn, en factor 11, Eigen organisatie meenemen in het gezamenlijke verhaal).',
    ],
    tips: [
      'Haal namen aan boord die gezag hebben: een gerenommeerde organisatie of kennisinstelling, een erkende expert, of een ondernemer of bedrijf dat goed bekendstaat.',
      'Deel resultaten en kennis (valorisatie) en laat toepassingen zien. Dat vergroot de impact en is goed voor de reputatie.',
    ],
  },
  'long-term-support': {
    short: 'Langdurige ondersteuning',
    description:
      'Wij worden structureel gefaciliteerd en ondersteund, met geld en/of met apparatuur, expertise en menskracht die voor langere tijd beschikbaar zijn.',
    findings: [
      'Langdurige, structurele (financiële) ondersteuning is onmisbaar om tot duurzame resultaten te komen.',
      'Bij de financiering is er een spanningsveld tussen publieke en private belangen. Publiek geld gaat meestal niet naar projecten waarin commerciële vernieuwing centraal staat, terwijl bedrijven moeilijk te winnen zijn voor initiatieven die niet te vermarkten zijn of te abstract blijven.',
      'Het principe ‘voor wat hoort wat’ is belangrijk. Een bedrijf kan bijvoorbeeld apparatuur uitlenen, en heeft er zelf baat bij dat studenten in de learning community ermee leren werken.',
    ],
    tips: [
      'Besef dat ondersteuning maatwerk is en per soort learning community verschilt: ligt de nadruk op leren of op innoveren?',
      'Subsidie kan meer slagkracht geven. Let er wel op dat (het aanvragen van) subsidie geen doel op zich wordt.',
      'Ligt de focus op het opleveren van een proof of concept, bijvoorbeeld in een fieldlab? Denk dan ook na over de ondersteuning daarna. Het is belangrijk om vanaf het begin aandacht te hebben voor hoe een vernieuwing wordt vertaald en verankerd in een nieuwe omgeving, zoals het bedrijf van een ondernemer, en om samen te bekijken hoe kansrijk de innovatie is, voor allen samen en voor ieder afzonderlijk (zie ook factor 10, Aandacht voor ontstaan van vacuüm tussen ideeontwikkeling en toepassing van de resultaten).',
      'Binnen de community liggen kansen om op verschillende terreinen ondersteuning te bieden, zodat partners een eigen accent kunnen kiezen: deelnemers kunnen bijdragen met geld, materialen, expertise en meer.',
    ],
  },
  'idea-to-application': {
    short: 'Van idee naar toepassing',
    description:
      'Wij besteden bewust aandacht aan een doorlopende lijn van ontwikkeling naar toepassing, omdat die nodig is om onze (innovatieve) opbrengsten te laten beklijven.',
    findings: [
      'Tussen de ideeën die in de learning community ontstaan en de toepassing ervan in de praktijk gaapt een gat.',
      'De learning community heeft vaak niet de taak om een idee naar de praktijk te vertalen, en vanzelf gebeurt die vertaling ook niet.',
      'Zonder die vertaling hebben ondernemers geen vertrouwen dat het idee (ook op grote schaal) werkt, of dat het de moeite loont om ermee te beginnen.',
      'Timing speelt mee bij innovatie en doorontwikkeling: wanneer is de praktijk toe aan de vernieuwing?',
    ],
    tips: [
      'Startups of R&D-afdelingen kunnen de vertaalslag oppakken. Daarvoor is geld nodig, maar ook steun in de vorm van expertise en apparatuur (zie ook factor 9, Verzekeren van langdurige (financiële) ondersteuning).',
      'Deel met andere learning communities kennis over hoe jullie deze vertaalslag maken. Het is een vakgebied op zich, dat niet altijd genoeg aandacht krijgt en waarover meer kennis moet worden opgebouwd.',
      'Overweeg een rol als ‘systeemintegrator’: bedrijven willen de oplossing wel, maar doen niet altijd mee aan de vertaling. Het is daarom belangrijk om in de learning community te bespreken hoe jullie bewust aan die vertaling kunnen werken en welke partijen jullie erbij kunnen betrekken, ook als dat verder gaat dan jullie eigen doelen.',
    ],
  },
  'home-organisation': {
    short: 'Eigen organisatie meenemen',
    description:
      'Wij hebben aandacht voor ieders achterban en nemen als ambassadeurs onze eigen organisaties mee in het verhaal van de learning community (doel, werkwijze en resultaten), zodat de opbrengsten eerder worden toegepast.',
    findings: [
      'Zonder blijvende energie bij de deelnemers en hun organisaties loopt het initiatief vast; de learning community moet die energie gaande houden.',
      'Deelnemers vertegenwoordigen vaak een organisatie. Als ‘afgevaardigde’ moeten zij hun eigen organisatie laten zien wat (de opbrengsten van) de learning community waard zijn.',
      'Dat gebeurt niet eenmalig, maar voortdurend, bewust en in wisselwerking met de achterban.',
    ],
    tips: [
      'Behandel het inbedden van de learning community in de eigen achterban als een veranderproces: betrek de belangrijkste stakeholders op uitvoerend, sturend en strategisch niveau er doorlopend bij.',
      'Gebruik concrete resultaten (zie ook factor 7, Tussentijdse en meetbare resultaten delen) en de opgebouwde reputatie (zie ook factor 8, Werken aan een goede reputatie) om mensen in de eigen organisatie aan boord te krijgen en te houden.',
      'Zet het meenemen van de achterban expliciet en regelmatig op de agenda van de learning community.',
      'Spreek samen concreet af wat jullie hoe willen communiceren, en betrek anderen actief, bijvoorbeeld via workshops, lezingen en werkoverleggen.',
      'Maak van de resultaten thema’s of bijeenkomsten waarmee medewerkers van de deelnemende organisaties zich verder ontwikkelen: zo draagt de learning community bij aan een leven lang ontwikkelen.',
    ],
  },
  'system-innovation': {
    short: 'Systeeminnovatie',
    description:
      'Wij willen meer zijn dan een experiment en zorgen dat er iets met onze resultaten gebeurt; daarom werken we ook samen met andere dan de gebruikelijke partijen, met het oog op de beoogde systeeminnovatie of transitie.',
    findings: [
      'Wil de learning community meer worden dan een (eenmalig) experiment, dan moet daar bewust op gestuurd worden, zodat er ook echt iets met de resultaten gebeurt (zie ook factor 10, Aandacht voor ontstaan van vacuüm tussen ideeontwikkeling en toepassing van de resultaten).',
      'Voor een transitie hebben partijen elkaar nodig. Vaak praat men alleen met bekende partijen uit het eigen deel van de keten, terwijl samenwerken in de hele keten en over sectoren heen veel oplevert.',
    ],
    tips: [
      'Zoek actief naar partijen waarmee jullie een ongebruikelijke combinatie vormen, bijvoorbeeld uit andere schakels van de keten of uit andere sectoren, en denk samen na over wat de opbrengsten betekenen voor de transitie in de Greenport.',
      'Zorg voor een verbinder die de verschillende delen van de keten bij elkaar brengt en aan de onderhandelingstafel kan zorgen dat het ook echt landt.',
      'Haal mensen erbij die anders denken, en organiseer bewust tegenspraak: daaruit kunnen verrassende, creatieve combinaties ontstaan.',
    ],
  },
};

/** The names of the two themes the results and the group view group the factors by. */
export const themesNl: ThemeNames = {
  collaboration: 'Doorontwikkelen van de samenwerking',
  outcomes: 'Verduurzamen van de opbrengsten',
};
