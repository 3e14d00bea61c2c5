/**
 * The statements of instrument version 1 (the first release), kept as test data: the content
 * tests check that exactly the items listed in `WORDING_CHANGES` differ from these.
 */
export const ITEMS_V1: Readonly<Record<string, { nl: string; en: string }>> = {
  'commitment.1': {
    nl: 'In onze learning community is iedere deelnemer gedreven en persoonlijk gecommitteerd om bij te dragen aan het gezamenlijke doel.',
    en: 'In our learning community, every participant is driven and personally committed to contributing to the shared goal.',
  },
  'commitment.2': {
    nl: 'We blijven gedreven, ook na de start, en blijven ons inzetten om de beweging groter te maken.',
    en: 'We stay driven, also after the start, and keep putting in effort to make the movement grow.',
  },
  'commitment.3': {
    nl: 'Ieder van ons voelt zich persoonlijk verbonden met onze gezamenlijke opgave.',
    en: 'Each of us feels personally connected to our shared challenge.',
  },
  'qualities-roles.1': {
    nl: 'In onze learning community zijn alle kwaliteiten en rollen aanwezig die we nodig hebben.',
    en: 'Our learning community has all the qualities and roles we need.',
  },
  'qualities-roles.2': {
    nl: 'Onze kwaliteiten en rollen vullen elkaar aan, bijvoorbeeld die van community manager, innovatiemanager en ambassadeur.',
    en: 'Our qualities and roles complement each other, for example those of community manager, innovation manager and ambassador.',
  },
  'qualities-roles.3': {
    nl: 'Met onze mix van kwaliteiten kunnen we de volgende stap in de samenwerking zetten en de opbrengsten in de praktijk benutten.',
    en: 'With our mix of qualities, we can take the next step in the collaboration and put the outcomes to use in practice.',
  },
  'community-building.1': {
    nl: 'We werken actief aan onze onderlinge relaties en ons vertrouwen; iedereen voelt zich gezien en gehoord.',
    en: 'We actively work on our relationships and trust in each other; everyone feels seen and heard.',
  },
  'community-building.2': {
    nl: 'Elkaar leren kennen en vertrouwen opbouwen krijgt bij ons continu en bewust aandacht.',
    en: 'Getting to know each other and building trust get continuous, deliberate attention from us.',
  },
  'community-building.3': {
    nl: 'Alle deelnemers, ook de bedrijven, investeren de tijd die nodig is om duurzame relaties en vertrouwen op te bouwen.',
    en: 'All participants, companies included, invest the time needed to build lasting relationships and trust.',
  },
  'competition-sensitivity.1': {
    nl: 'We gaan slim om met concurrentiegevoeligheid, zodat we goed samenwerken en veel van en met elkaar leren.',
    en: 'We handle competitive sensitivity smartly, so that we work together well and learn a lot from and with each other.',
  },
  'competition-sensitivity.2': {
    nl: 'Ondanks concurrentie zijn we open naar elkaar en delen we onze kennis.',
    en: 'Despite competition, we are open with each other and share our knowledge.',
  },
  'competition-sensitivity.3': {
    nl: 'We vullen elkaar aan in plaats van elkaar de loef af te steken.',
    en: 'We complement each other instead of trying to outdo each other.',
  },
  'shared-vision.1': {
    nl: 'We delen een toekomstvisie die ons richting geeft en waaraan iedereen wil bijdragen.',
    en: 'We share a vision of the future that gives us direction and that everyone wants to contribute to.',
  },
  'shared-vision.2': {
    nl: 'We kijken verder dan onze eigen branche en verder vooruit, zodat we het gezamenlijke belang zien.',
    en: 'We look beyond our own sector and further ahead, so that we see the shared interest.',
  },
  'shared-vision.3': {
    nl: 'Ieder van ons weet welke eigen bijdrage hij of zij levert aan onze gezamenlijke toekomstvisie.',
    en: 'Each of us knows what our own contribution is to our shared vision of the future.',
  },
  'together.1': {
    nl: 'We zijn ervan overtuigd dat we onze doelen alleen samen bereiken, en stellen het gezamenlijke belang boven het eigen belang.',
    en: 'We are convinced that we can only reach our goals together, and we put the shared interest before our own.',
  },
  'together.2': {
    nl: 'We zien de meerwaarde van onze samenwerking, ook op lange termijn: samen leren en ontwikkelen we meer dan alleen.',
    en: 'We see the added value of our collaboration, also in the long run: together we learn and develop more than alone.',
  },
  'together.3': {
    nl: 'We hebben oog voor verschillen in cultuur, tempo en vaktaal tussen de partijen en maken onze verwachtingen concreet.',
    en: 'We are aware of differences in culture, pace and jargon between the parties, and we make our expectations concrete.',
  },
  'interim-results.1': {
    nl: 'We delen regelmatig successen en leerpunten, met elkaar, met onze eigen organisaties en met de buitenwereld.',
    en: 'We regularly share successes and lessons learned, with each other, with our own organisations and with the outside world.',
  },
  'interim-results.2': {
    nl: 'Het delen van tussentijdse successen houdt de energie in onze learning community hoog.',
    en: 'Sharing interim successes keeps the energy in our learning community high.',
  },
  'interim-results.3': {
    nl: 'We bespreken leerpunten openlijk en gebruiken ze om samen verder te komen.',
    en: 'We discuss lessons learned openly and use them to move forward together.',
  },
  'reputation.1': {
    nl: 'We werken actief aan de reputatie van onze learning community en laten zien waar we trots op zijn.',
    en: 'We actively work on the reputation of our learning community and show what we are proud of.',
  },
  'reputation.2': {
    nl: 'Onze learning community heeft een goede naam, waardoor nieuwe partners graag aansluiten.',
    en: 'Our learning community has a good name, which makes new partners keen to join.',
  },
  'reputation.3': {
    nl: 'Ieder van ons voelt zich eigenaar en treedt op als ambassadeur van onze learning community.',
    en: 'Each of us feels ownership and acts as an ambassador for our learning community.',
  },
  'long-term-support.1': {
    nl: 'Onze learning community wordt voor langere tijd ondersteund met geld, apparatuur, expertise of menskracht.',
    en: 'Our learning community is supported for a longer period with money, equipment, expertise or people.',
  },
  'long-term-support.2': {
    nl: 'Publieke en private partijen hebben een werkbare verdeling gevonden in hoe zij onze learning community (financieel) steunen.',
    en: 'Public and private parties have found a workable way of sharing the (financial) support for our learning community.',
  },
  'long-term-support.3': {
    nl: 'Bij ons geldt ‘voor wat hoort wat’: partners dragen bij, bijvoorbeeld met apparatuur, en halen er zelf ook waarde uit.',
    en: 'With us it is ‘give and take’: partners contribute, for example with equipment, and get value out of it themselves.',
  },
  'idea-to-application.1': {
    nl: 'We besteden bewust aandacht aan de weg van een idee naar de toepassing van de resultaten in de praktijk.',
    en: 'We deliberately pay attention to the path from an idea to applying the results in practice.',
  },
  'idea-to-application.2': {
    nl: 'Bij ons is duidelijk wie de vertaalslag van idee naar toepassing maakt; die laten we niet aan het toeval over.',
    en: 'It is clear who translates ideas into application; we do not leave that to chance.',
  },
  'idea-to-application.3': {
    nl: 'We zorgen dat ondernemers erop kunnen vertrouwen dat onze ideeën in de praktijk werken en de moeite waard zijn.',
    en: 'We make sure entrepreneurs can trust that our ideas work in practice and are worth the effort.',
  },
  'home-organisation.1': {
    nl: 'We nemen onze eigen organisaties mee in het verhaal van de learning community: het doel, de werkwijze en de resultaten.',
    en: 'We take our own organisations along in the story of the learning community: its goal, way of working and results.',
  },
  'home-organisation.2': {
    nl: 'We overtuigen onze eigen organisaties voortdurend en bewust van de waarde van de learning community.',
    en: 'We continuously and deliberately convince our own organisations of the value of the learning community.',
  },
  'home-organisation.3': {
    nl: 'De energie bij de deelnemers en hun organisaties blijft hoog, zodat ons initiatief niet verzandt.',
    en: 'The energy of the participants and their organisations stays high, so our initiative does not get bogged down.',
  },
  'system-innovation.1': {
    nl: 'We kijken breder dan ons eigen experiment en werken ook samen met andere dan de gebruikelijke partijen.',
    en: 'We look wider than our own experiment and also work with parties other than the usual ones.',
  },
  'system-innovation.2': {
    nl: 'We sturen er bewust op dat onze learning community uitgroeit tot meer dan een eenmalig experiment.',
    en: 'We deliberately steer towards our learning community growing into more than a one-off experiment.',
  },
  'system-innovation.3': {
    nl: 'We werken samen met partijen uit de hele keten en uit andere sectoren, niet alleen met bekende partijen.',
    en: 'We work with parties from the whole chain and from other sectors, not only with familiar ones.',
  },
};
