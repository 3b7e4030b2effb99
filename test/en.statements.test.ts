// Constructions met on a blind development set of wire copy (speech, names, passives, figures, purposes, measures
// standing for their issuers …). One composed sentence per construction; none is taken from an article.
import { describe, expect, it } from '@jest/globals';
import { EntityLinker } from '../src/entities/index.js';
import { createEnglishExtractor } from '../src/lang/en/index.js';
import { RelationMap } from '../src/relations/index.js';
import type { Triple } from '../src/types/index.js';
import { type TripleCase, caseContains, expectCase, show } from './helpers/cases.js';
import { extractHeadline, extractLines } from './helpers/extract.js';

const linker = EntityLinker.load();
const relations = RelationMap.load();
const extractor = createEnglishExtractor({ linker, relations });
/** With the optional triple kinds on (appositive IS_A, negated acts, requested acts): what those capabilities emit. */
const full = createEnglishExtractor({ linker, relations: relations, appositives: true, negatedTriples: true, requestedActs: true });

/** Sentences of one document, extracted in order with shared document state, after a placeholder headline. */
const run = (...lines: string[]): Triple[][] => extractLines(extractor, linker, 'en', lines, { prefix: 'Headline placeholder.\n' });
/** The last sentence's triples (earlier ones set the document's context). */
const last = (...lines: string[]) => run(...lines).pop()!;
/** A document's first line, a headline. */
const headline = (line: string): Triple[] => extractHeadline(extractor, linker, 'en', line);



const cases: TripleCase[] = [
  // speech: what a named speaker says is a statement of its own
  { construction: 'a quote before its speaker', sentence: '“Demand for memory chips remains strong,” Samsung Electronics said in a statement.', s: 'samsung-electronics', r: 'SAYS', o: 'demand for memory chips remains strong', m: 'asserted' },
  { construction: 'an inverted speaker after a quote', sentence: '“The truce buys time, nothing more,” said Laura Mendez, a trade lawyer in Geneva.', s: 'laura-mendez', r: 'SAYS', o: 'the truce buys time' },
  { construction: 'a reported clause that names no relation of its own', sentence: 'Micron said it was confident about demand in Asia.', s: 'micron', r: 'SAYS', o: 'confident about demand' },
  { construction: 'a mapped speech verb names its relation (estimate)', sentence: 'Analysts at Morgan Stanley estimated the levies would shave half a point off growth.', s: '~morgan stanley', r: 'ESTIMATES', o: 'levies would shave' },
  { construction: 'a study by a discovered organisation finds', sentence: 'A study by the Warsaw Institute of Trade found that smuggled parts still reach the front.', s: '~warsaw institute of trade', r: 'FINDS', o: 'smuggled parts' },
  { construction: 'a description before the speaker\'s name', sentence: 'A Commerce Department spokeswoman, Jane Ortiz, said the agency was confident about the outcome.', s: 'jane-ortiz', r: 'SAYS', o: 'confident' },
  { construction: 'a name, then a description with its own prepositional phrases', sentence: 'Tom Ridley, the director of policy for trade and security, said the review was thorough.', s: 'tom-ridley', r: 'SAYS', o: 'review was thorough' },
  { construction: 'a person\'s name with particles after an organisation\'s title', sentence: 'Commission President Anna van der Berg said the bloc was ready for talks.', s: 'anna-van-der-berg', r: 'SAYS', o: 'ready for talks' },
  { construction: 'a later "she" is the person who spoke before', context: ['“We are watching closely,” spokeswoman Maria Lopez said.'], sentence: 'She added that the talks were constructive.', s: 'maria-lopez', r: 'SAYS', o: 'talks were constructive' },
  { construction: 'a quote whose speaker comes after a closing quote mark', sentence: '“It is a pause, not a peace,” said Daniel Okafor, an economist.', s: 'daniel-okafor', r: 'SAYS', o: 'a pause, not a peace' },
  { construction: 'said in a letter to parliament that …', sentence: 'Dutch trade minister Pieter de Vries said in a letter to parliament that the decision was final.', s: 'pieter-de-vries', r: 'SAYS', o: 'decision was final' },
  // subjects
  { construction: 'a participle phrase set off between the subject and its verb', sentence: 'Samsung Electronics, based in Suwon, South Korea, said it had received the approval.', s: 'samsung-electronics', r: 'RECEIVES', o: 'approval' },
  { construction: 'an appositive with its own relative clause (who leads X)', sentence: 'Mark Evans, the official who leads the Bureau of Industry and Security, said the rules were final.', s: 'mark-evans', r: 'LEADS', o: 'bureau of industry and security' },
  { construction: 'an organisation named with of/for inside its name', sentence: 'The Council for Fair Trade Practices welcomed the decision.', s: '~council for fair trade practices', r: 'WELCOMES', o: 'decision' },
  { construction: 'passive with a by-agent naming an unknown office', sentence: 'The program will be run by a new Office of Supply Chain Security.', s: '~office of supply chain security', r: 'OPERATES', o: 'program' },
  { construction: '"the government" after a clause names its subject', sentence: 'Japan will require licences for the tools, the government said.', s: 'japan', r: 'REQUIRES', o: 'licences' },
  { construction: 'coordination after a content clause joins the main clause', sentence: 'Nvidia has denied that it broke the rules, and says it has spent $1 billion on compliance.', s: 'nvidia', r: 'SPENDS', o: '$1 billion' },
  { construction: 'each statement\'s pronoun is its own speaker\'s', sentence: 'Intel said it had cut prices, while AMD said it had halted sales to Russia.', s: 'amd', r: 'SUSPENDS', o: 'sales' },
  { construction: 'a hyphenated place before a name describes it', sentence: 'Seoul-based Kumho Trading was fined for exporting drones to Iran.', s: '~kumho trading', r: 'EXPORTS', o: 'drones' },
  { construction: 'a measure named with its country acts for the country', sentence: 'Japan\'s new export rules require Tokyo Electron to obtain licences.', s: 'japan', r: 'REQUIRES', o: 'tokyo electron' },
  { construction: 'a nationality\'s measure acts for its country', sentence: 'The Dutch measures would mainly affect Chinese foundries.', s: 'netherlands', r: 'AFFECTS', o: 'chinese foundries', m: 'planned' },
  { construction: 'what an issuer\'s curbs cover, the issuer restricts', sentence: 'China\'s controls, covering six rare metals, took effect in August.', s: 'china', r: 'RESTRICTS', o: 'six rare metals' },
  { construction: 'a court stands for its country', sentence: 'A Dutch court suspended the sale of the factory.', s: 'netherlands', r: 'SUSPENDS', o: 'sale' },
  { construction: 'a short form in parentheses does not hide the subject', sentence: 'Samsung and the state-run Korea Development Bank (KDB) invested $500 million in Rebellions.', s: 'samsung-electronics', r: 'INVESTS_IN', o: 'rebellions' },
  // accusations, passives, agents
  { construction: 'charged X with V-ing: X does it, reported', sentence: 'Prosecutors charged two engineers with stealing chip designs.', s: '~two engineers', r: 'LEAKS', o: 'chip designs', m: 'reported' },
  { construction: 'were charged with V-ing', sentence: 'Three traders were charged with smuggling processors to Iran.', s: '~three traders', r: 'SMUGGLES', o: 'processors', m: 'reported' },
  { construction: 'headline: X charged with V-ing', title: true, sentence: 'Three Chinese nationals charged with smuggling AI chips', s: '~three chinese nationals', r: 'SMUGGLES', o: 'ai chips' },
  { construction: 'a legal act in the agentless passive is the speaking body\'s', sentence: 'Two executives were arrested and charged, the Justice Department said.', s: 'us-department-of-justice', r: 'PROSECUTES', o: 'two executives' },
  { construction: 'the agent of a participle is no subject of the next verb', sentence: 'A law signed by President Joe Biden requires ByteDance to divest the app.', s: '~law', r: 'REQUIRES', o: 'bytedance' },
  { construction: 'a participle after a possessive is an adjective', sentence: 'Observers questioned Romania\'s annulled election.', s: '~observers', r: 'X', o: 'x' },
  { construction: 'a title before a name in an object relative', sentence: 'The deal leaves in place a levy that President Joe Biden imposed on steel.', s: 'joe-biden', r: 'IMPOSES', o: 'levy' },
  // objects
  { construction: 'impose sanctions on X → sanctions X', sentence: 'Britain imposed sanctions on nearly three dozen Russian banks.', s: 'united-kingdom', r: 'SANCTIONS', o: 'russian banks' },
  { construction: 'a relative clause after listed places describes their head', sentence: 'Washington sanctioned firms in Hong Kong and Singapore that it accused of supplying Iran.', s: 'united-states', r: 'ACCUSES', o: 'firms' },
  { construction: '"$N worth of X" → X', sentence: 'Kestrel Trading shipped $20 million worth of processors to Russia.', s: '~kestrel trading', r: 'SHIPS', o: 'processors' },
  { construction: 'cost X $N → X loses $N', sentence: 'The ban could cost Micron $3 billion in sales.', s: 'micron', r: 'LOSES', o: '$3 billion', m: 'possible' },
  { construction: 'a bare sum is the object of a verb of money', sentence: 'Intel will receive $8 billion in federal grants.', s: 'intel', r: 'RECEIVES', o: '$8 billion', m: 'planned' },
  { construction: 'a purpose infinitive is the subject\'s act', sentence: 'Samsung is spending $10 billion to expand a chip plant in Texas.', s: 'samsung-electronics', r: 'EXPANDS', o: 'chip plant', m: 'planned' },
  { construction: 'a shipment to an unnamed group of receivers', sentence: 'Kestrel Trading shipped the chips to freight forwarders in Malaysia.', s: '~kestrel trading', r: 'SHIPS', o: 'freight forwarders' },
  // figures and infinitives
  { construction: 'closed down + figure', sentence: 'Intel shares closed down 3% in New York.', s: 'intel', r: 'FALLS', o: '3%' },
  { construction: 'figures paired with their subjects, respectively (second)', sentence: 'Shares of Micron and Intel rose 4% and 2%, respectively.', s: 'intel', r: 'RISES', o: '2%' },
  { construction: 'a time phrase and an adverb before the infinitive', sentence: 'Washington and Tokyo agreed on Friday to gradually lower tariffs on steel.', s: 'japan', r: 'REDUCES', o: 'tariffs', m: 'planned' },
  { construction: 'to + relation verb tagged as a noun', sentence: 'Moscow is relying on brokers to evade our export controls.', s: 'russia', r: 'EVADES', o: 'export controls' },
  { construction: 'members after a participle describing the object, a sum with its beneficiary among them', sentence: 'The Commerce Department has approved $9 billion in grants set aside for carmakers, including a $2 billion grant to Rivian and $300 million for Lucid.', s: '~commerce', r: 'APPROVES', o: '$300 million for lucid' },
  { construction: 'a relative clause running through a place and its region', sentence: 'Lynas, which runs a refinery in Kalgoorlie, Australia, produced its first terbium there in June.', s: '~lynas', r: 'PRODUCES', o: 'terbium' },
  { construction: 'argued there is …', sentence: 'Nvidia CEO Jensen Huang has argued there is no sign of diversion.', s: '~huang', r: 'SAYS', o: 'no sign of diversion' },
  { construction: 'a raising verb\'s object is no object of its own; the statement remains', sentence: 'ASML said it did not expect the curbs to hurt its sales.', s: 'asml', r: 'SAYS', o: 'did not expect the curbs' },
  { construction: 'what is told to someone speaks of the addressee', context: ['Nvidia makes the H20.'], sentence: 'The government told the chip maker it would need a license for the H20.', s: 'nvidia', r: 'NEEDS', o: 'license' },
  { construction: 'the firm: the latest company', context: ['ASML sells lithography machines.'], sentence: 'The Veldhoven-based firm generated 30 per cent of its sales from China.', s: 'asml', r: 'EARNS', o: 'sales' },
  { construction: '"now" between an auxiliary and its verb', sentence: 'Commerce has now approved the sale.', s: '~commerce', r: 'APPROVES', o: 'sale' },
  { construction: 'a phrasal verb whose verb alone is a light one (look at)', sentence: 'The European Commission will look at the platform\'s ranking systems.', s: 'european-commission', r: 'INVESTIGATES', o: 'ranking systems', m: 'planned' },
  { construction: 'headline: verb + to + relation verb read as a noun', title: true, sentence: 'Japan and Korea agree to cut tariffs on steel', s: 'south-korea', r: 'REDUCES', o: 'tariffs', m: 'planned' },
  { construction: '"both countries" are the two last named', context: ['Japan and the Netherlands tightened their rules in July.'], sentence: 'Both countries agreed to align their controls with the US measures.', s: 'netherlands', r: 'ALIGNS_WITH', o: 'united states', m: 'planned' },
  { construction: 'ages set off after coordinated names before a relative clause', sentence: 'Li Wei, 41, and Zhang Min, 39, who run Shenzhen-based Kestrel Trading, allegedly exported the processors.', s: '~li wei', r: 'OPERATES', o: 'kestrel trading' },
  { construction: 'an act done "allegedly" is reported', sentence: 'Li Wei, 41, and Zhang Min, 39, who run Shenzhen-based Kestrel Trading, allegedly exported the processors.', s: '~zhang min', r: 'EXPORTS', o: 'processors', m: 'reported' },
  { construction: 'a participle with a by-agent set off after the subject', sentence: 'The modules, supplied by Foxconn and Wistron, were later found in Russia.', s: 'foxconn', r: 'SELLS', o: 'modules' },
  { construction: 'told X to stop V-ing Y → the teller bans Y', sentence: 'Beijing told state firms to stop buying software from Palantir.', s: 'china', r: 'BANS', o: 'palantir' },
  { construction: 'an indirect question as the object', sentence: 'The agency is investigating whether the app sent user data to China.', context: ['The Federal Trade Commission fined TikTok.'], s: '~federal trade commission', r: 'INVESTIGATES', o: 'sent user data to china' },
  { construction: 'a description opening with a possessor, with a prepositional phrase, between subject and verb', sentence: 'Ireland’s Data Protection Commission (DPC), TikTok’s lead regulator in the EU, fined the app.', s: '~data protection commission', r: 'FINES', o: 'tiktok' },
  { construction: 'a light verb in the passive takes its noun from the subject (bring a case)', sentence: 'The case was brought by the Office of Export Enforcement.', s: '~office of export enforcement', r: 'PROSECUTES', o: 'case' },
  { construction: 'sanctions were imposed on X by Y → Y sanctions X', sentence: 'Sanctions were imposed on the shipping firm by the Treasury.', s: 'us-department-of-the-treasury', r: 'SANCTIONS', o: 'shipping firm' },
  { construction: 'headline: a second predicate after a comma shares the subject', title: true, sentence: 'Tokyo tightens chip tool rules, restricts gallium exports to China', s: 'japan', r: 'RESTRICTS', o: 'gallium' },
  { construction: 'headline: the first predicate keeps its object before the comma', title: true, sentence: 'Canada doubles levies on Chinese steel, curbs aluminium imports', s: 'canada', r: 'RAISES', o: 'levies on chinese steel' },
  { construction: 'headline: a name, a predicate in -s, a count', title: true, sentence: 'EU Sanctions 12 Russian Traders Over Drone Parts', s: 'european-union', r: 'SANCTIONS', o: 'russian traders' },
  { construction: '"the company" is the latest company that acted, not one named in passing', context: ['Kestrel Trading bought Nvidia\'s H100 chips.'], sentence: 'Prosecutors said the company sold the chips to brokers in Dubai.', s: '~kestrel trading', r: 'SELLS', o: 'semiconductors' },
  { construction: 'a title-case check that leaves a sentence with a lower-case verb alone', sentence: 'The Federal Maritime Commission fined Evergreen Marine.', s: '~federal maritime commission', r: 'FINES', o: 'evergreen marine' },
  { construction: 'a container noun gives way to what it holds (a package of …)', sentence: 'Canada unveiled a package of duty increases on Chinese steel.', s: 'canada', r: 'UNVEILS', o: 'duty increases' },
  { construction: 'a plural acronym is no name', sentence: 'Brussels is conducting an anti-subsidy probe into Chinese-made SUVs.', s: 'european-union', r: 'INVESTIGATES', o: 'suvs' },
  { construction: 'administer → operates (passive with an unknown office)', sentence: 'The fund will be administered by a new Office of Strategic Capital.', s: '~office of strategic capital', r: 'ADMINISTERS', o: 'fund' },
  { construction: 'tighten curbs on X → restricts X', sentence: 'Seoul tightened curbs on Chinese battery makers.', s: 'south-korea', r: 'RESTRICTS', o: 'chinese battery makers' },
  { construction: 'a subject\'s members set off before a passive are its objects too', sentence: 'The firms, including Kestrel Trading and Altair Logistics, were added to the list by the Treasury.', s: 'us-department-of-the-treasury', r: 'BLACKLISTS', o: 'altair logistics' },
  { construction: 'placed on X\'s list: the list\'s owner placed them', sentence: 'Three brokers were placed on the Treasury\'s sanctions list.', s: 'us-department-of-the-treasury', r: 'BLACKLISTS', o: 'three brokers' },
  { construction: 'a reduced relative on the subject, then "include" lists its members', sentence: 'The firms placed on the Commerce Department\'s entity list include Kestrel Trading and Altair Logistics.', s: 'us-department-of-commerce', r: 'BLACKLISTS', o: 'kestrel trading' },
  { construction: 'an article inside a hyphenated modifier does not split the phrase', sentence: 'Jensen Huang attended a $1 million-a-head dinner in Florida.', s: '~huang', r: 'JOINS', o: 'dinner' },
  { construction: 'a company\'s "Chief Executive" is a title before the name', sentence: 'Intel Chief Executive Lip-Bu Tan met Commerce officials.', s: '~lip-bu tan', r: 'MEETS', o: 'commerce' },
  { construction: 'a country of several words with a possessive stands for its body', sentence: 'South Korea\'s trade ministry said it would hold an emergency meeting with chipmakers.', s: 'south-korea', r: 'MEETS', o: 'chipmakers', m: 'planned' },
  { construction: 'a postposed attribution says the clause before it, not what follows', sentence: 'Seoul will require permits for the magnets, the trade ministry said on Friday, in a move that could hurt Japanese automakers.', s: 'south-korea', r: 'REQUIRES', o: 'permits', m: 'planned' },
  { construction: '"has taken control of X" (the participle\'s root) → takes control of X', sentence: 'The Dutch government has taken control of the chip plant.', s: 'netherlands', r: 'TAKES_CONTROL_OF', o: 'chip plant' },
  { construction: 'a description after "control of X" describes X', sentence: 'The state took control of Altair Micro, a chipmaker owned by Kestrel Holdings, on Friday.', s: '~kestrel holdings', r: 'OWNS', o: 'altair micro' },
  { construction: 'a possessor, a description, then the name', sentence: 'Germany\'s auto industry association VDA welcomed the truce.', s: '~vda', r: 'WELCOMES', o: 'truce' },
  { construction: 'urged X to … and warned that it …: "it" is the one who urged', sentence: 'Japan urged Beijing to lift the curbs and warned that it would protect its companies.', s: 'japan', r: 'PROTECTS', o: 'companies', m: 'planned' },
  { construction: 'an adverb and a participle before a noun modify it', sentence: 'The government invoked a rarely used law.', context: ['Japan acted on Friday.'], s: 'japan', r: 'INVOKES', o: 'rarely used law' },
  { construction: 'a verb of results right after a date', sentence: 'Intel on Thursday forecast quarterly revenue below analysts\' estimates.', s: 'intel', r: 'PREDICTS', o: 'quarterly revenue' },
  { construction: 'a sentence\'s capitalised first word describing the name after it', sentence: 'Rival Lam Research, which also sells etching tools to China, has said it expects a similar hit.', s: 'lam-research', r: 'SELLS', o: 'etching tools' },
  { construction: 'V X with Y: the partner is Y', sentence: 'The lobby urged the administration to coordinate its controls with allies.', s: 'united-states', r: 'CONSULTS', o: 'allies', m: 'possible', full: true },
  { construction: 'a finite verb after "accused X of V-ing …, and" coordinates with "accused"', sentence: 'Beijing accused Washington of bullying and pledged to support local toolmakers.', s: 'china', r: 'SUPPORTS', o: 'local toolmakers', m: 'planned' },
  { construction: '"the agency" after a fitting name in the same sentence', context: ['China\'s Ministry of Commerce rejected the move.'], sentence: 'Mark Evans, who leads the Bureau of Industry and Security, said the agency had worked with allies.', s: 'bureau-of-industry-and-security', r: 'COOPERATES_WITH', o: 'allies' },
  { construction: 'an agentless designation is the act of the body that last sanctioned someone', context: ['The Treasury sanctioned three Hong Kong firms on Tuesday.'], sentence: 'Kestrel Trading was also designated for supplying drone parts.', s: 'us-department-of-the-treasury', r: 'DESIGNATES', o: 'kestrel trading' },
];

describe('English extractor: constructions of a blind development set', () => {
  it.each(cases.filter((c) => c.r !== 'X'))('$construction', (c) => {
    const ts = c.title ? headline(c.sentence) : c.full ? extractLines(full, linker, 'en', [...(c.context ?? []), c.sentence], { prefix: 'Headline placeholder.\n' }).pop()! : last(...(c.context ?? []), c.sentence);
    expectCase(ts, c, caseContains);
  });
});

describe('English extractor: statements and noise that stay out', () => {
  const none: Array<[string, string, (t: Triple) => boolean]> = [
    ['no statement when the claim is the speaker\'s own act', 'Micron said it would cut spending on new plants.', (t) => t.relation === 'SAYS'],
    ['an outlet\'s report is an attribution, not a statement', 'Nvidia will cut prices in China, Reuters reported.', (t) => t.subject.id === 'reuters'],
    ['no statement for a negated speech verb', 'Micron did not say whether it would appeal.', (t) => t.relation === 'SAYS'],
    ['a participle after a possessive is no verb', 'Observers questioned Romania\'s annulled election.', (t) => t.subject.id === 'romania'],
    ['"the curbs are expected to …" is no expectation of the curbs', 'The curbs are expected to weigh on Applied Materials.', (t) => t.relation === 'EXPECTS'],
    ['a purpose infinitive does not follow a noun taking "to"', 'Huawei has access to control systems.', (t) => t.relation === 'RESTRICTS'],
    ['a date phrase after a list is no recipient', 'Kestrel Trading shipped the chips to China, the Justice Department said.', (t) => t.object.id === 'us-department-of-justice'],
    ['an authority\'s account of others\' acts is no statement of its own', 'The parts were supplied by Kestrel Trading, officials in Singapore said.', (t) => t.relation === 'SAYS'],
    ['an agentless arrest is no act of the document\'s regulator', 'The agent was arrested on Friday.', (t) => t.relation === 'ARRESTS'],
    ['a postposed attribution takes no content from after it', 'Seoul will require permits for the magnets, the trade ministry said on Friday, in a move that could hurt Japanese automakers.', (t) => t.relation === 'SAYS' && /hurt/.test(t.object.label)],
    ['a verb of findings with a plain object gives no finding', 'The two sides hope to find a quick solution.', (t) => t.relation === 'FINDS'],
    ['a speech verb with a plain object is no statement', 'Canada announced a package of duty increases on Chinese steel.', (t) => t.object.label.startsWith('a package')],
  ];
  it.each(none)('%s', (_name, sentence, bad) => {
    expect(show(last(sentence).filter(bad))).toEqual([]);
  });
});
