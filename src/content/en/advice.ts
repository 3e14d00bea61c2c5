import type { ModelAdvice, ThemeNames } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./questions.ts
// because only the results, agenda and group views show these texts: they load with those views,
// not with the first screen (issue 13).

/**
 * English descriptions, key findings and tips per factor: a faithful translation of the Dutch texts
 * (same findings and tips, in the same order), which are written in our own words after the research.
 */
export const adviceEn: ModelAdvice = {
  commitment: {
    short: 'Driven and committed',
    description:
      'We are all convinced of the importance of our shared goal and are keen to contribute to it ourselves.',
    findings: [
      'Every participant needs to be driven and to stay that way. Only then do you keep putting in the effort to make the movement grow further.',
      'Every participant needs to feel personally involved in what we want to achieve together. That keeps the fire to take part burning, but it does need continuous attention.',
    ],
    tips: [
      'In meetings and communication (with each other, with your own organisation and with the outside world), keep referring to the shared goal and the values behind it. It is not (only) about making money: participants join because of what matters to them personally.',
      'When recruiting new members, look at the person, not the organisation: ‘we want to ask Jansen from company Q’ rather than ‘we need to get company Q on board’. What counts is the motivation of the individual, not of the institution.',
      'At the start of each new phase, check explicitly whether everyone is still (sufficiently) committed. Sometimes a changing of the guard in certain roles is a good option.',
    ],
  },
  'qualities-roles': {
    short: 'Qualities and roles',
    description: 'We form a mix of qualities and roles in which every role that is needed is filled.',
    findings: [
      'It is about the sum of qualities and roles: not ‘either-or’ but ‘both-and’. Think of roles such as community manager, innovation manager and ambassador.',
      'It is precisely this sum that makes it possible to take the next step in the collaboration and to make the best use of the outcomes in practice.',
    ],
    tips: [
      'There is no standard team that fits everywhere: put the team together starting from the goal you want to reach. Discuss together what it takes to reach that goal through the collaboration.',
      'Check whether important roles or qualities are missing. When people leave or join, that is a good moment to look at the qualities in the team again.',
      'Do you see an imbalance, for example much talk but little action, or much contact among yourselves and little with the outside world? Then deliberately look for people with the qualities that are missing.',
      'Each phase of the learning community calls for different qualities, so sometimes the team needs to change. Make this open to discussion and, where needed, recruit deliberately for a particular role or quality. Roles the research names: community manager, innovation manager, ambassador, system integrator, connector and delegate.',
    ],
  },
  'community-building': {
    short: 'Community building',
    description:
      'We actively work on our relationships with each other, so that everyone feels seen and heard and trust grows.',
    findings: [
      'Getting to know each other and building trust seems self-evident, but it does not happen by itself. It needs continuous, deliberate attention from every participant, and can also be made an extra task of a role such as community manager.',
      'Building lasting relationships and trust takes time. That is sometimes difficult for companies, because they find it hard to promise to take part for a long time (for example five years).',
    ],
    tips: [
      'Organise structured, facilitated meetings. That way participants get to know each other well, learn what everyone stands for and gradually build a bond of trust: the seed of a long-term collaboration.',
      'Make sure participants feel supported by the network. In meetings, challenge everyone to contribute actively and give them the room to do so, for example by inviting them to share their own experiences.',
      'Strike a balance: because of competition, entrepreneurs do not always find it easy to share their questions and practical experience (see also factor 4, Handling competitive sensitivity).',
    ],
  },
  'competition-sensitivity': {
    short: 'Competitive sensitivity',
    description:
      'We come up with smart ways to handle competitive sensitivities, so that we work together well and learn a lot from and with each other.',
    findings: [
      'Handling competitive sensitivity means paying attention to many things at once: it is in everything and can keep coming back.',
      'A sense of competition makes participants less open with each other, so less knowledge is shared.',
      'Competition can also lead participants to try to outdo each other instead of complementing each other.',
      'Competitive sensitivity arises in several places: in companies, but also in knowledge institutions.',
      'The phase of the innovation matters. While ideas are being developed, before competition sets in, a lot is possible; after that, parties become more cautious or drop out.',
    ],
    tips: [
      'Build mutual trust first: people who trust each other are more willing to let the other benefit. The tips below help with that (see also factor 3, Continuous attention to community building).',
      'Deliberately invite participants who are not each other’s competitors.',
      'Work in smaller groups. That keeps things manageable and gives mutual trust a chance to grow.',
      'Divide the areas of attention, so that everyone contributes their own part to the shared goal from their own background.',
      'For meetings, choose topics and working methods that let everyone take an active part.',
      'Name competition openly rather than ignoring it: talk about the elephant in the room.',
    ],
  },
  'shared-vision': {
    short: 'Shared vision',
    description:
      'We share a vision of the future as the basis of our collaboration: the beacon we steer by and that everyone wants to contribute to.',
    findings: [
      'Participants need to be able to look beyond the borders of their own sector and further ahead. Then they see the shared interest.',
      'A shared ambition is not a one-time agreement. It needs continuous work, and the emphasis may shift along the way.',
      'Participants need to know what their own contribution to the whole is. Then they realise that the collaboration can (only) succeed with their effort.',
    ],
    tips: [
      'Keep working on the participants’ personal commitment and on their contribution to the shared vision of the future (see also factor 1, Driven and personally committed).',
      'Make the vision of the future a recurring, positive topic of conversation. Let all activities contribute to it and check this regularly, for example as a standing agenda item.',
      'Keep making concrete what each person’s contribution to the shared picture of the future is (see also factor 7, Sharing interim and measurable results).',
    ],
  },
  together: {
    short: 'We must do it together',
    description:
      'We are convinced that we can only reach our goals together; so we join forces for the long term and put the shared interest before our own.',
    findings: [
      'Participants need to see the added value of the collaboration, also in the long run: complex issues can only be tackled together.',
      'That added value often lies in jointly tracking down concrete pieces of the puzzle: contributions that each party can make itself to tackling a complex problem.',
      'The added value also lies in learning and developing together: of the participants themselves and of the organisations behind them.',
      'Participants need to be able to look at the bigger picture. Own interests always play a part, but there is no room for egos: the shared interest weighs more.',
      'Different kinds of parties bring different cultures: a different pace of innovation, a different level of abstraction (operational, managerial, policy, scientific) and their own jargon. Be aware of this and make starting points and expectations concrete.',
    ],
    tips: [
      'Discuss openly what interest each participant has, whether some interests conflict and, if so, how you deal with that.',
      'Discuss which way of working (pace, approach, culture, level of abstraction) each of you has in mind and how you can best align them.',
      'Check whether you are always talking about the same thing: does everyone speak each other’s language, or is everyone willing to learn it?',
    ],
  },
  'interim-results': {
    short: 'Interim results',
    description:
      'We regularly share successes and lessons learned, because this increases involvement and shows what the learning community is worth.',
    findings: [
      'Sharing interim successes helps keep the energy in the learning community high.',
      'Making lessons learned open to discussion, and developing further from there, supports learning together.',
      'Sharing successes and lessons learned also helps to attract new partners (see also factor 8, Working on a good reputation).',
      'Companies often want to see results in the short term. For them it matters that their participation is visible and creates value on the shop floor.',
      'It works in everyone’s favour when the aims and activities of the learning community fit the course of the organisations taking part.',
    ],
    tips: [
      'Define small, concrete intermediate steps and results (‘baby steps’), so that progress becomes visible.',
      'Besides results in content and products, also name process results, such as more collaboration, knowledge sharing, new contacts, a wider range of topics discussed, learning effects and professional development.',
      'Show what the learning community achieves beyond its own circle, however large or small: measure the impact of activities or make even the smallest innovation visible.',
      'Make interim results accessible to all participating parties: name them and present them.',
      'Set up an internal working group or project group within the participating organisation that helps keep the outcomes of the learning community in focus and embed them structurally (see also factor 11, Taking your own organisation along in the shared story).',
    ],
  },
  reputation: {
    short: 'Good reputation',
    description:
      'We actively work on the reputation of our learning community, among other things by spreading the word about our results: everyone may know what we are proud of.',
    findings: [
      'A good reputation helps to attract new partners.',
      'A good reputation can rest on excellence, such as technological or practical expertise, but also on the creativity to learn and experiment together. What kind of reputation you need differs per goal and per target group.',
      'When everyone feels personally involved and feels ownership, every participant acts as an ambassador (see also factor 1, Driven and personally committed, and factor 11, Taking your own organisation along in the shared story).',
    ],
    tips: [
      'Bring names with authority on board: a renowned organisation or knowledge institution, a recognised expert, or a respected entrepreneur or company.',
      'Share results and knowledge (valorisation) and show applications. That increases the impact and is good for the reputation.',
    ],
  },
  'long-term-support': {
    short: 'Long-term support',
    description:
      'We are facilitated and supported structurally, with money and/or with equipment, expertise and people made available for a longer period.',
    findings: [
      'Long-term, structural (financial) support is indispensable for achieving lasting results.',
      'In funding, there is a tension between public and private interests. Public money does not usually go to projects centred on commercial innovation, while companies are hard to win over for initiatives that cannot be commercialised or remain too abstract.',
      'The principle of ‘give and take’ is important. A company can, for example, lend equipment, and benefits itself when students in the learning community learn to work with it.',
    ],
    tips: [
      'Keep in mind that support is tailor-made and differs per kind of learning community: is the emphasis on learning or on innovating?',
      'A subsidy can increase your capacity to act. Do make sure that (applying for) a subsidy does not become a goal in itself.',
      'Is the focus on delivering a proof of concept, for example in a field lab? Then also think about the support that follows. It is important to pay attention from the start to how an innovation is translated and embedded in a new setting, such as an entrepreneur’s business, and to assess together how promising the innovation is, for all of you together and for each of you separately (see also factor 10, Minding the gap between idea development and application).',
      'Within the community there are opportunities to offer support in different areas, so that partners can choose their own focus: participants can contribute money, materials, expertise and more.',
    ],
  },
  'idea-to-application': {
    short: 'From idea to application',
    description:
      'We deliberately pay attention to a continuous line from development to application, because it is needed to make our (innovative) outcomes last.',
    findings: [
      'There is a gap between the ideas that arise in the learning community and their application in practice.',
      'The learning community often does not have the task of translating an idea into practice, and that translation does not happen by itself either.',
      'Without that translation, entrepreneurs have no confidence that the idea works (also at scale), or that it is worth starting with.',
      'Timing matters in innovation and further development: when is practice ready for the innovation?',
    ],
    tips: [
      'Startups or R&D departments can take on the translation. That takes money, but also support in the form of expertise and equipment (see also factor 9, (Securing) long-term (financial) support).',
      'Share knowledge with other learning communities about how to make this translation. It is a field of expertise in its own right, which does not always get enough attention and about which more knowledge needs to be built.',
      'Consider a ‘system integrator’ role: companies do want the solution, but do not always take part in the translation. So it is important to discuss in the learning community how you can deliberately work on that translation and which parties you can involve, even if this goes beyond your own goals.',
    ],
  },
  'home-organisation': {
    short: 'Own organisation on board',
    description:
      'We pay attention to the people back in everyone’s own organisation and, as ambassadors, take our own organisations along in the story of the learning community (goal, way of working and results), so that the outcomes are more likely to be applied.',
    findings: [
      'Without lasting energy among the participants and their organisations, the initiative stalls; the learning community has to keep that energy going.',
      'Participants often represent an organisation. As ‘delegates’, they have to show their own organisation what (the outcomes of) the learning community are worth.',
      'This does not happen once, but continuously, deliberately and in interaction with the people in their own organisation.',
    ],
    tips: [
      'Treat embedding the learning community in your own organisation as a change process: keep involving the key stakeholders at operational, managerial and strategic level.',
      'Use concrete results (see also factor 7, Sharing interim and measurable results) and the reputation built up (see also factor 8, Working on a good reputation) to get people in your own organisation on board and keep them there.',
      'Put taking your own organisations along explicitly and regularly on the learning community’s agenda.',
      'Agree together, concretely, what you want to communicate and how, and actively involve others, for example through workshops, talks and team meetings.',
      'Turn the results into themes or sessions through which staff of the participating organisations develop further: that way the learning community contributes to lifelong development.',
    ],
  },
  'system-innovation': {
    short: 'System innovation',
    description:
      'We want to be more than an experiment and make sure something is done with our results; so we also work with parties other than the usual ones, with a view to the system innovation or transition we aim for.',
    findings: [
      'For the learning community to become more than a (one-off) experiment, this needs to be steered deliberately, so that something really happens with the results (see also factor 10, Minding the gap between idea development and application).',
      'A transition needs the parties to work together. People often talk only to familiar parties from their own part of the chain, whereas working together across the whole chain and across sectors yields a lot.',
    ],
    tips: [
      'Actively look for parties with whom you form an unusual combination, for example from other links in the chain or from other sectors, and think together about what the outcomes mean for the transition in the Greenport.',
      'Make sure there is a connector who brings the different parts of the chain together and, at the negotiating table, can make sure things really land.',
      'Bring in people who think differently, and deliberately organise contrarian views: that can lead to surprising, creative combinations.',
    ],
  },
};

/** The names of the two themes the results and the group view group the factors by. */
export const themesEn: ThemeNames = {
  collaboration: 'Developing the collaboration',
  outcomes: 'Sustaining the outcomes',
};
