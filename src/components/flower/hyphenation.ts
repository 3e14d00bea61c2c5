/**
 * Where a word on the flower's rim may be broken with a hyphen: only at the syllable breaks of a
 * word list, never by guesswork. A vowel/consonant rule gave "Systee-minnovatie"; a wrong break
 * reads worse than a long line, so a word that is not listed stays whole (the layout makes room).
 *
 * The list holds the long words of the factors' short and full titles in Dutch and English, with
 * breaks as dictionaries give them (Woordenlijst / Merriam-Webster); a host model with other
 * titles simply gets no hyphenation. Pure: no DOM.
 */
const WORDS = [
  // Dutch
  'con·cur·ren·tie·ge·voe·lig·heid',
  'con·cur·ren·tie',
  'sys·teem·in·no·va·tie',
  'in·no·va·tie',
  'toe·komst·vi·sie',
  'ge·deel·de',
  'ge·com·mit·teerd',
  'ge·dre·ven',
  'kwa·li·tei·ten',
  'com·mu·ni·ty',
  'vor·ming',
  'tus·sen·tijd·se',
  're·sul·ta·ten',
  're·pu·ta·tie',
  'lang·du·ri·ge',
  'on·der·steu·ning',
  'toe·pas·sing',
  'or·ga·ni·sa·tie',
  'mee·ne·men',
  'ge·za·men·lij·ke',
  'be·wust·zijn',
  'aan·dacht',
  'ont·staan',
  'idee·ont·wik·ke·ling',
  'per·soon·lijk',
  // English
  'com·pet·i·tive',
  'sen·si·tiv·i·ty',
  'com·mit·ted',
  'qual·i·ties',
  'build·ing',
  'in·ter·im',
  'rep·u·ta·tion',
  'sup·port',
  'ap·pli·ca·tion',
  'or·gan·i·sa·tion',
  'in·no·va·tion',
  'to·geth·er',
  'con·tin·u·ous',
  'at·ten·tion',
  'mea·sur·a·ble',
  'de·vel·op·ment',
  'per·son·al·ly',
];

const BREAKS: ReadonlyMap<string, readonly number[]> = new Map(
  WORDS.map((entry) => {
    const points: number[] = [];
    let length = 0;
    for (const part of entry.split('·').slice(0, -1)) points.push((length += part.length));
    return [entry.replace(/·/g, ''), points];
  }),
);

/**
 * The indices in `word` before which a hyphenated break may fall, from the word list; none for a
 * word that is not listed. Case and leading or trailing punctuation ("(De", "vision'") are ignored.
 */
export function breakPoints(word: string): number[] {
  const match = /^(\P{L}*)(\p{L}+)\P{L}*$/u.exec(word);
  if (!match) return [];
  const lead = match[1].length;
  const points = BREAKS.get(match[2].toLowerCase()) ?? [];
  return points.map((p) => p + lead);
}

/** Every word the list knows, with its breaks: for tests that check labels against the list. */
export function knownBreaks(): ReadonlyMap<string, readonly number[]> {
  return BREAKS;
}
