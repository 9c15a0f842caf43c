/**
 * Understanding a question: its language, the years it names (single, several, ranges, "since",
 * relative to today), what is asked (the intent), whose tasks (owner), and the topic as concepts
 * for the search index. Rules only; the same question always parses the same way.
 */
import type { Concept, FactIndex, Wording } from '../search/index.ts';
import { STOP_WORDS, stem, tokens, unicodeWords } from '../text/analyze.ts';
import { SYNONYMS } from '../text/synonyms.ts';
import type { Language } from './types.ts';

export type Intent =
  | 'empty'
  | 'too-long'
  | 'help'
  | 'thanks'
  | 'total'
  | 'lines'
  | 'amount'
  | 'funding'
  | 'payment'
  | 'compare'
  | 'trend'
  | 'tasks'
  | 'responsible'
  | 'deadlines'
  | 'areas'
  | 'people'
  | 'new'
  | 'definition'
  | 'topic'
  | 'unknown';

export type OwnerName = 'RCC i samverkan' | 'RCC' | 'Regionerna';

export interface Parsed {
  text: string;
  language: Language;
  intent: Intent;
  /** Years the question names, ascending; empty when it names none. */
  years: number[];
  /** Whether the years came from a range ("2021–2024", "sedan 2021"). */
  range: boolean;
  /** The range has no end ("efter 2026", "since 2024"): dates after its start count, however late. */
  openEnded: boolean;
  /** "före 2024": the years asked are the sources' years before this one (the caller knows them). */
  before: number | null;
  owner: OwnerName | null;
  concepts: Concept[];
  /** The question asks about what is coming up ("framöver", "upcoming", "nästa"). */
  upcoming: boolean;
  /** The question asks about what has passed ("passerade", "already", "past"). */
  past: boolean;
  /** Amounts the question itself names, in kronor ("de 280 miljonerna", "SEK 365 million"). */
  figures: number[];
}

const SV_WORDS = new Set(
  'hej hejsan tjena hallå tack och hur mycket vad vilka vilken vilket vem vems när som för till är gick går fick får ska finns inom år i om av med på det den de alla nytt nya varför kan jag var sedan mellan jämför totalt totala överenskommelsen områdena framöver hjälp betalas'.split(' '),
);
const EN_WORDS = new Set(
  'hello hi hey thanks thank please you explain define describe tell show list give me any anything there overall money worth spending much the how much what which who whose when is are was were does did do for to of in on tasks task total agreement new areas help between compare since paid pay who owns own get got went given spent responsible people deadlines upcoming year this last next and about with largest smallest biggest line lines items item all grand what\'s whats'.split(' '),
);

/** English words of the domain dictionary that Swedish never uses ("lung", "childhood", "pathology"). */
const EN_DOMAIN = new Set(
  SYNONYMS.flatMap((e) => e.phrases.flatMap((p) => tokens(p))).filter(
    (w) => !/[åäö]/.test(w) && !SYNONYMS.some((e) => e.sv.some((x) => tokens(x).includes(w))) && !STOP_WORDS.has(w) && w.length > 2,
  ),
);

export function detectLanguage(question: string): Language {
  // Names are the same in both languages: "who coordinates RCC i samverkan?" is English.
  const text = question.replace(OWNER_WORDS, ' ');
  const ts = tokens(text);
  let sv = /[åäö]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const t of ts) {
    if (SV_WORDS.has(t)) sv++;
    if (EN_WORDS.has(t) || EN_DOMAIN.has(t)) en++;
  }
  return en > sv ? 'en' : 'sv';
}

/** Years named in the question, resolved against today. */
export function parseYears(text: string, today: string): { years: number[]; range: boolean; openEnded: boolean; before: number | null } {
  const thisYear = Number(today.slice(0, 4));
  const t = text.toLowerCase();
  const years = new Set<number>();
  let range = false;
  let openEnded = false;
  // "efter 2025" names 2025 only as where the range starts, not as a year asked about.
  const excluded = new Set<number>();
  for (const m of t.matchAll(unicodeWords(/\b(20\d{2})\s*(?:[–—-]|till|to|until|through)\s*(20\d{2})\b/gu))) {
    const [a, b] = [Number(m[1]), Number(m[2])].sort((x, y) => x - y) as [number, number];
    if (b - a <= 30) {
      for (let y = a; y <= b; y++) years.add(y);
      range = true;
    }
  }
  for (const m of t.matchAll(unicodeWords(/\b(?:sedan|since|from|fr\.?o\.?m\.?|från och med|efter|after)\s+(?:år\s+)?(20\d{2})\b(?!\s*(?:[–—-]|till|to|until|through|och|and)\s*20\d{2})/gu))) {
    const after = /(?:efter|after)/.test(m[0]);
    if (after) excluded.add(Number(m[1]));
    const from = Number(m[1]) + (after ? 1 : 0);
    for (let y = from; y <= Math.max(from, thisYear); y++) years.add(y);
    range = true;
    openEnded = true;
  }
  // "före 2024", "before 2024": the years before it, which only the sources' years can say; resolved by the caller.
  let before: number | null = null;
  for (const m of t.matchAll(unicodeWords(/\b(?:före|innan|before|prior to|tidigare än|earlier than)\s+(?:år\s+)?(20\d{2})\b/gu))) {
    before = Number(m[1]);
    excluded.add(before);
    range = true;
  }
  for (const m of t.matchAll(unicodeWords(/\b(?:mellan|between)\s+(20\d{2})\s+(?:och|and)\s+(20\d{2})\b/gu))) {
    const [a, b] = [Number(m[1]), Number(m[2])].sort((x, y) => x - y) as [number, number];
    for (let y = a; y <= b; y++) years.add(y);
    range = true;
  }
  for (const m of t.matchAll(unicodeWords(/\b(20\d{2})\b/gu))) years.add(Number(m[1]));
  // "förra årets", "nästa års": the word before "år" says which year; "årets" alone is this year.
  if (unicodeWords(/\b(?:i år|iår|detta år|this year|current year|this year's|innevarande år|innevarande års|innevarande året)\b|(?<!\b(?:förra|förrförra|föregående|nästa|kommande)\s)\bårets\b/u).test(t)) years.add(thisYear);
  if (unicodeWords(/\b(?:förra året|förra årets|förra års|fjolårets|i fjol|last year|last year's|previous year|föregående år|föregående års)\b/u).test(t)) years.add(thisYear - 1);
  if (unicodeWords(/\b(?:nästa år|nästa års|next year|next year's|kommande år|kommande års)\b/u).test(t)) years.add(thisYear + 1);
  if (unicodeWords(/\b(?:i förrfjol|förrförra året|förrförra årets|the year before last)\b/u).test(t)) years.add(thisYear - 2);
  // "för två år sedan", "3 years ago"
  const NUMBER: Record<string, number> = { ett: 1, en: 1, one: 1, två: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4, fem: 5, five: 5 };
  for (const m of t.matchAll(unicodeWords(/\b(?:för\s+)?(\d|ett|en|två|tre|fyra|fem|one|two|three|four|five)\s+(?:år|years?)\s+(?:sedan|ago)\b/gu))) {
    const n = /^\d$/.test(m[1]!) ? Number(m[1]) : NUMBER[m[1]!]!;
    years.add(thisYear - n);
  }
  for (const y of excluded) years.delete(y);
  return { years: [...years].sort((a, b) => a - b), range, openEnded, before };
}

/** The owner named as the subject of tasks ("RCC i samverkan", "RCC", "regionerna"). */
export function parseOwner(text: string): OwnerName | null {
  const t = text.toLowerCase();
  if (unicodeWords(/\brcc[\s-]+(?:i[\s-]+)?samverkans?\b|\brcc in collaboration\b|\brcc i sam\b/u).test(t)) return 'RCC i samverkan';
  if (unicodeWords(/\b(?:regional cancer cent(?:re|er)s?|regionala cancercent\w*|rcc:?(?:s|erna|ernas)?)\b/u).test(t)) return 'RCC';
  if (unicodeWords(/\b(?:regionerna|regionernas|the regions|regions|regioner)\b/u).test(t)) return 'Regionerna';
  return null;
}

const has = (t: string, re: RegExp): boolean => unicodeWords(re).test(t);

/** Words that ask for money: "hur mycket", "budget", "earmarked", "satsades", "värd". */
const AMOUNT_WORDS = /\b(?:hur mycket|hur mkt|hur stor[at]?|lägger|lade|la|lagt|läggs|how big|how large|how much|how many (?:kronor|sek|million)|belopp\w*|amounts?|kronor|msek|mkr|miljoner|millions?|budget\w*|pengar|money|mnkr|mdkr|fund(?:s|ing|ed)?|medel|anslag\w*|avsatt\w*|avsätt\w*|fick|får|erhöll|erhåller|got|get|gets|receiv\w*|obtain\w*|went|go(?:es)?|given|spent|spend|spending|allocat\w*|earmark\w*|ansl(?:å|ås|og|ogs|agits)|share|andel\w*|put into|puts? in|set aside|put aside|reserved|avsett|avsedd\w*|invest\w*|satsa(?:de|des|r|s|t)?|kostar|cost\w*|värd|värt|worth|öronmärk\w*|finansiering\w*|financ\w*|resurser\w*|resources|stöd(?:et)? i kronor|summa|sum)\b/u;
/** Words that ask for a figure so plainly that a task verb beside them ("work on") does not make it a task question. */
const STRONG_AMOUNT_WORDS = /\b(?:hur mycket|hur mkt|how much|belopp\w*|amounts?|kronor|msek|mkr|miljoner|millions?|pengar|money|budget\w*)\b/u;
/** Government money outside the agreement's lines, named so plainly that no amount word is needed. */
const FUNDING_WORDS = /\b(?:statsbidrag\w*|stadsbidrag\w*|state grants?|government grants?|miljard\w*|billion|utanför överenskommelsen|outside the agreement|budgetproposition\w*|samlade (?:satsning|bidrag)\w*|appropriations?)\b/u;
/** Whether some money is part of the agreement: a funding question when money or the Government is named too. */
const PART_OF_WORDS = /\b(?:ingår (?:\p{L}+ ){0,3}i överenskommelsen|part of the agreement|included in the agreement|in the agreement itself)\b/u;
/** Asking for a year's budget lines, or how its money is split. */
const LINES_WORDS = /\b(?:budgetrad\w*|budgetpost\w*|poster(?:na)?|rader(?:na)?|budget lines?|budget items?|line items?|breakdown|break(?:s)? down|broken down|fördelning\w*|uppdelning\w*|split(?: up)?|divided|distributed|distribution|hur fördela(?:s|des)|hur (?:är|var) (?:\p{L}+ ){0,3}fördelad\w*|vad (?:går|gick) pengarna till|vad används pengarna till|vad användes pengarna till|where (?:does|did) the money go|what (?:is|was) the money (?:spent|used) on|what (?:is|was) the money for|alla belopp|all (?:the )?amounts|vilka belopp|which amounts|fördelas)\b/u;

/** A change in amount: a comparison, unless the increase itself is the topic. */
export const INCREASE_WORDS = /\b(?:ök(?:at|ade|ar|ning\w*)|increas\w*|minsk\w*|decreas\w*|grow|grows|growth|grown|grew|vuxit|växt|höjts|sänkts|gone up|gone down|went up|went down|shrink\w*|shrank|shrunk|krymp\w*|dropped|fallen|fell)\b/u;

/** What is asked. Order matters: the more specific rules come first. */
export function parseIntent(text: string, years: number[], concepts: Concept[]): Intent {
  const t = text.toLowerCase();
  const amountWords = AMOUNT_WORDS;
  if (has(t, /^(?:tack|tackar|thanks|thank you|thx|ty)\b/u)) return 'thanks';
  if (/^[\s?!.]+$/u.test(t)) return 'help';
  if (has(t, /^(?:hjälp|help|\?|hej|hejsan|hallå|tjena|god morgon|hello|hi|hey|good morning|vad kan du|what can you|how do i use|hur använder|vad kan jag (?:fråga|ställa)|what can i ask|what do you know|vad vet du|hur funkar du|how do you work)\b/u)) return 'help';
  // "När betalas pengarna ut?", "Hur mycket betalar SKR ut?": how the money is paid out.
  const paymentWords = /\b(?:betalas ut|betalar ut|betalades ut|betal\w* (?:\p{L}+ ){1,3}ut|utbetal\w*|paid out|pays? out|payout|who pays|vem betalar|kammarkollegiet|prestationsbaser\w*|performance.based|how is (?:the money|it) paid|hur betalas|paid)\b/u;
  if (has(t, /^(?:när|when)\b/u) && has(t, paymentWords)) return 'payment';
  if (has(t, /^(?:när|when)\b/u)) return 'deadlines';
  // "Vem uttalade sig i nyheten …?": a question about who is about people, whatever the news.
  if (!has(t, /^(?:vem|who)\b/u) && has(t, /\b(?:nytt|nyheter|nyheten|nya i|new in|what'?s new|what is new|nyhet|tillkommit|tillkommer|newly added|nya (?:fokus|strategi)?områden\w*|new (?:focus |strategy )?areas?|new priorit\w*|nya prioritering\w*|new for)\b/u)) return 'new';
  // "Har totalen ökat sedan 2021?", "Did childhood cancer funding increase?": a comparison over years;
  // "Hur mycket ökade anslagen?" asks for the increase itself, which the sources state.
  if (has(t, INCREASE_WORDS) && (concepts.some((c) => !has(c.text, INCREASE_WORDS)) || has(t, /\b(?:total\w*|budget\w*|överenskommelse\w*|agreement|avtal\w*|summ\w*)\b/u))) return 'compare';
  if (years.length >= 2 && has(t, /\b(?:more|less|mer|mindre|större|bigger|larger|smaller)\b.*\b(?:than|än)\b/u)) return 'compare';
  // "Vad förändrades 2026?", "what changed in 2026": one year and no topic or sum asks what is new that year.
  if (years.length === 1 && !concepts.length && !has(t, amountWords) && !has(t, /\b(?:total\w*|summ\w*|budget\w*|jämför\w*|compare\w*)\b/u) && has(t, /\b(?:förändr\w*|ändrats|ändrades|changed?|changes)\b/u)) return 'new';
  if (has(t, /\b(?:jämför\w*|compare\w*|comparison|skillnad\w*|skiljer|skilde|skiljde|difference|differ\w*|förändr\w*|ändrats|change[ds]?|versus|vs)\b/u) || (years.length >= 2 && has(t, amountWords) && !has(t, /\btotal/u) && concepts.length > 0 && !/(?:–|-|sedan|since)/.test(t))) return 'compare';
  if (has(t, /\b(?:störst\w*|largest|biggest|högst\w*|highest|mest|most money|minst\w*|lägst\w*|smallest|lowest|least|trend\w*|över tid|over time|utveckl\w* (?:av|för) (?:\p{L}+[- ])?(?:budget\w*|belopp\w*|medl\w*|summ\w*|anslag\w*|pengar\w*|\p{L}+(?:medlen|pengarna|budgeten|anslagen|beloppen)|total\w*)|utvecklats|utvecklades|developed|evolved|år för år|year by year)\b/u) && !has(t, /\b(?:insats|task|uppgift)/u)) return 'trend';
  if (has(t, /\b(?:deadline\w*|deadlines|frist\w*|tidsfrist\w*|tidsgräns\w*|tidpunkt\w*|slutdatum|datum|dates?|(?:till )?när (?:ska|slutar|löper|upphör|går|är|gäller|tar)|until when|valid until|gäller till|when (?:does|do|is|are|will|must|should|was|were|did)|ends?|ending|expires?|due|löper ut|tidsplan\w*|milstolp\w*|milestones?|framöver|upcoming|kommande|sista dag|by when|(?:vara|bli|vara helt) (?:klar\w*|färdig\w*)|be (?:ready|done|finished|completed)|until when|hur länge|how long|vad händer|what happens|på gång|i sikte|what is happening|what's happening|passed|passerade|passerat)\b/u)) return 'deadlines';
  if (has(t, /\b(?:vem är|vem var|vilka är de|who is|who was|who are|who's)\b/u) && has(t, /(?:samordnar\w*|coordinator|minister\w*|ordförande\w*|chair\w*|president|chef|head|director|contact|kontakt\w*)\b/u)) return 'people';
  // A role named on its own ("vilken cancersamordnare fanns 2024?", "the health minister"): its people, not a line that shares a word.
  if (has(t, /(?:samordnare\b|\bcoordinators?\b|minister\b|\bministers?\b|\bordförande\b|\bchair(?:man|person)?\b)/u) && !has(t, amountWords)) return 'people';
  if (has(t, /\b(?:personer|(?<!young )people|persons|namn|names|vem säger|vem sa|vem sade|uttala\w*|who said|who says|citat|citera\w*|quoted|quotes?|chairs?|chairman|chairperson|chaired)\b/u)) return 'people';
  if (has(t, /\b(?:ansvar\w*|responsible|responsibility|responsibilities|accountable|deals? with|dealing with|oversees?|overseeing|supervis\w*|owns?|owner|äger|vem ska|vems|who (?:should|must|will|does)|who leads?|leder|in charge|charge of|handles?|handling|sköter|sköta|skötas|sköts|driver|samordnar|coordinates|manages|who runs|runs|har hand om|hand om|takes? care of|taking care of|looks? after|which organi[sz]ation|vilken aktör|vilka aktörer|who works)\b/u)) return 'responsible';
  const taskNouns = /\b(?:insats\w*|uppgift\w*|tasks?|tasked|duties|duty|obligations?|commitments?|deliverables?|expected to (?:do|deliver|carry out)|åtagande\w*|skyldighet\w*|uppdrag\w*|assignments?|activities|initiatives)\b/u;
  if (has(t, /\b(?:områdena|områden|fokusområden|strategiområden|areas?|strategy areas|delas (?:\p{L}+ ){0,2}in|indelad\w*|indelning\w*)\b/u) && !has(t, amountWords) && !(has(t, taskNouns) && concepts.length > 0)) return 'areas';
  if (has(t, paymentWords)) return 'payment';
  if (has(t, LINES_WORDS) && concepts.length === 0) return 'lines';
  const government = has(t, /\b(?:regeringen(?:s)?|government(?:'s)?|staten|statens)\b/u);
  // "the government's total effort per year 2021–2023": the Government's money, unless the agreement is named.
  const perYear = government && has(t, /\b(?:per år|per year|a year|om året|årligen)\b/u) && !has(t, /\b(?:överenskommelse\w*|agreement\w*|avtal\w*)\b/u);
  if (has(t, FUNDING_WORDS) || (has(t, PART_OF_WORDS) && (government || has(t, amountWords))) || ((government && has(t, amountWords) && !has(t, /\b(?:överenskommelse\w*|agreement\w*|avtal\w*)\b/u)) || perYear) && concepts.length === 0) return 'funding';
  if (has(t, /^(?:who|vem)\s+(?!is\b|är\b|var\b|was\b|are\b)/u) && !has(t, amountWords)) return 'responsible';
  // "What does RCC i samverkan receive for its national assignments?": money for tasks, not the tasks.
  const moneyForTasks = has(t, amountWords) && has(t, /\b(?:for|för) (?:\p{L}+ ){0,2}(?:uppdrag\w*|assignments?|tasks?|insats\w*)\b/u);
  if ((has(t, taskNouns) && !has(t, /\b(?:hur mycket|hur mkt|how much)\b/u) && !moneyForTasks) || (!has(t, STRONG_AMOUNT_WORDS) && has(t, /\b(?:ska (?:\p{L}+ ){0,3}göra|ska (?:\p{L}+ ){0,3}göras|göras|(?:should|must|shall|will) (?:\p{L}+ ){0,3}do|(?:need|needs|have|has) to do|supposed to do|göra inom|do within|what does .* do|vad gör|arbetar med|work on|working on|ska genomföra|ska utföra|carry out|syssla\w*|ansvarsområde\w*)\b/u))) return 'tasks';
  if (has(t, /\b(?:vilka år|which years|what years|källor\w*|sources?|täcker|covered?)\b/u) && concepts.length === 0) return 'total';
  if (has(t, /\b(?:totalt?|totals|totala|totalen|totalerna|totalsumma\w*|totalbudget\w*|totalbelopp\w*|grand total|summa|in total|omfatta\w*|omfång|uppgå\w*|how big|how large|hur stor|storlek|size|whole agreement|hela överenskommelsen)\b/u) && concepts.length === 0) return 'total';
  if (has(t, /\b(?:vad är|vad e|vad betyder|vad står .* för|vad innebär|vad menas|menas med|innebörden|vilka är|what is|what's|whats|what are|what does .* (?:mean|stand for)|what is meant by|meaning of|define|definition|betyder|stands? for|förklara|explain)\b/u) && !has(t, amountWords)) return 'definition';
  if (has(t, amountWords)) return concepts.length ? 'amount' : 'total';
  return concepts.length ? 'topic' : years.length || has(t, /\b(?:överenskommelse\w*|agreement|avtal\w*)\b/u) ? 'total' : 'unknown';
}

/** Words that say what kind of question it is, not what it is about. */
const QUESTION_WORDS = new Set(
  `hur mycket gick går gått fick får fått till vad vilka vilken vilket vem vems när var finns fanns ska skulle kommer
  göra gör gjort genomföra genomförs genomföras innehåller handlar gäller säger nämns står betyder innebär beskriv
  berätta visa lista list show tell give me please tack snälla kan du could would
  how much many what which who whose when where why is are was were does did do get got gets went go goes given give spent
  spend spending own owns owned responsible responsibility ansvarar ansvarig ansvarade ansvar
  belopp beloppet beloppen amount amounts kronor kr sek msek mkr miljoner miljon million millions miljard miljarder billion
  pengar money medel medlen funding funds fund funded budget budgeten budgeterat anslag anslaget anslagen avsatt avsattes avsätts avsätter allocated allocation
  total totals totalt totala totalen totalerna totalbelopp totalbeloppen summa sum omfattade omfattar omfatta omfattning uppgick uppgår uppgå big large stor storlek size whole hela in
  överenskommelse överenskommelsen överenskommelserna överenskommelsens agreement agreements agreement's deal
  år året åren year years årets this last next förra nästa fjol i
  jämför jämförelse compare comparison skillnad difference change changed changes förändring förändrats ändrats between mellan och and versus vs since sedan from från
  insats insatser insatserna tasks task uppgift uppgifter uppdrag uppdraget assignments assignment activities initiatives
  deadline deadlines datum date dates ends end ending expires due löper ut slutar upphör framöver upcoming kommande
  områden områdena areas area nytt nya new nyheter news
  cancervård cancervården cancer care cancervårdens svensk sweden swedish sverige sveriges
  regeringen regeringens government governments regering state
  concern concerns concerning about om angående regarding related relate relates with inom within för for to of on the a an
  stor största störst largest biggest högst highest trend trends över tid over time minst smallest lowest least most mest
  earmarked earmark earmarks allocate allocates allocations receive received receives receiving obtain obtained erhöll erhåller
  satsa satsade satsades satsas satsar satsat invest invested investing värd värt worth mkt tot
  göras gjordes utförs utföra klar klart färdig färdigt finished done complete completed ready
  rör rörande berör berörs berör regarding say says said mention mentions mentioned state states stated skriver står nämner
  källa källan källor källorna source sources dokument dokumentet document documents text texten
  ingår ingick included include includes part
  must need needs shall have has supposed charge handles handle handling handled coordinates coordinate coordinating manages manage runs
  leads lead leder sköter driver samordnar
  developed evolved utvecklats utvecklades grown grew
  budgetrad budgetrader budgetraderna budgetraden budgetpost budgetposter lines line items item breakdown break broken split divided
  distributed distribution fördelning fördelningen fördelas fördelades fördelad fördelat uppdelning uppdelningen
  down up expire expires expiring expiry expired finish finishes close closes closing lasts last valid gäller gälla giltig set aside reserved
  menas innebörden meant meaning works arbetar planned planeras planerat planerade organisation organization organisations
  organizations actor actors aktör aktören aktörer hand
  after efter before före until come comes skiljer skilde skiljde differs differ sig års anslogs anslås anslagits anslå share andel andelen portion run gång totalsumma totalsumman totalbudget totalbudgeten
  två tre fyra fem one two three four five
  senaste nyaste latest recent newest current nuvarande aktuella gällande första earliest first äldsta oldest ago förrfjol
  post posten poster posterna rad raden rader raderna
  enligt according tillsammans together combined sammanlagt sammanlagda staten statens spending minsta största högsta lägsta
  overall put puts putting passed past passerade passerat redan already happens happen händer sker hände grow grows growth more less than än
  ta tar tog fram coming soon ahead närmaste snart citeras citerade citeras quoted
  avtal avtalet avtalen thanks thank hej hello hi hey stort stora vara bli pengarna pengarnas summan summor summorna
  vet veta undrar undra undrade wonder wondering know knows kolla kollar check pls plz snälla thx btw typ asap hmm ok okej okay
  fråga frågan frågar quick question snabb snabbfråga info
  jämfört jämförd jämförelsen compared comparing större mindre bigger smaller larger higher lower högre lägre
  shrink shrinks shrank shrunk krympt krympte krymper dropped fallen fell
  summera summerat summering summerar add left remaining återstår återstående kvar
  kostar kosta kostade kostat kostnad kostnaden cost costs costing
  hade haft had lägst högst
  yo grand totalbeloppet totalsummorna lägger lade lagt läggs kring angående gällande beträffande härnäst
  förändrades förändras förändrad förändrats förändringen ändrades ändras ändrad changing täcker täcka täckte cover covers
  betala betalas betalar betalade betalades betalat betald utbetalning utbetalningen utbetalningar pay pays paid payment payments payer
  togs tas tagits tagit adopted adopt introduced launched produced drawn
  slut slutet sluta länge consist consists consisting består bestod contain contains containing comprise comprises
  mnkr mdkr tkr tidsfrist tidsfristen tidsfrister tidsfristerna frist fristen frister fristerna
  åtagande åtaganden åtagandena skyldighet skyldigheter skyldigheterna ansvarsområde ansvarsområden ansvarsområdena syssla sysslar delades delade dela öronmärkt öronmärkta öronmärktes öronmärks öronmärker öronmärka finansiering finansieringen financing finance financed resurser resurserna resources landade landar landa tidpunkt tidpunkter tidpunkterna uttalade uttalar uttalat uttala gone going ha exist exists existing duties duty obligation obligations commitment commitments deliver delivers deliverables expected responsibilities accountable accountability deals deal dealing oversee oversees overseeing fall falls still yet milestone milestones priorities priority devoted devote dedicated towards toward budgeted figure figures effort efforts contribution contributions appropriation appropriations directly direct six takes taking took del delen innevarande tasked everything allt anything jobba jobbar jobbet agree agreed agreement's överens enades antal antalet number count bidrag bidraget bidragen become becomes became blir involve involves involving involved pågår pågick pågått pågå tidsgräns tidsgränsen tidsgränser tidsgränserna la sköta skötas sköts utöver ovanpå addition avser avses avsåg refer refers referring ram ramen delas indelad indelade indelat indelning indelningen indelas`
    .split(/\s+/)
    .filter(Boolean),
);
/** Last parts of a compound that add nothing to its topic. */
const GENERIC_HEADS = new Set('vård vården området område områden arbete arbetet arbeten verksamhet verksamheten verksamheter satsning satsningen satsningar insats insatser insatserna frågor frågan'.split(' '));

/** Last parts of a compound that only say "money" ("barncancerpengar", "screeningmedlen"). */
const MONEY_HEADS = new Set('pengar pengarna medel medlen budget budgeten belopp beloppet beloppen anslag anslaget anslagen summa summan'.split(' '));

/** Stems of the longer question words, so that other forms of them ("budgetposterna") are question words too. */
const QUESTION_STEMS = new Set([...QUESTION_WORDS].filter((w) => w.length >= 6).map(stem).filter((s) => s.length >= 5));
const isQuestionWord = (word: string): boolean => QUESTION_WORDS.has(word) || (word.length >= 6 && QUESTION_STEMS.has(stem(word)));

/** Every form of the longer question words with one letter left out: a typo of one ("mycke", "överenskomelsen") is one edit away. */
const QUESTION_DELETES = new Set([...QUESTION_WORDS].filter((w) => w.length >= 5).flatMap((w) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))));
const LONG_QUESTION_WORDS = new Set([...QUESTION_WORDS].filter((w) => w.length >= 5));
/** Whether a word the corpus never uses is one letter off a question word: missing, extra or swapped for another. */
function isQuestionWordTypo(word: string, index: FactIndex): boolean {
  if (word.length < 5 || index.lexicon.has(word)) return false;
  if (QUESTION_DELETES.has(word)) return true; // "mycke" for "mycket"
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (LONG_QUESTION_WORDS.has(d) || QUESTION_DELETES.has(d)) return true; // "tottalt" for "totalt", "mycjet" for "mycket"
  }
  return false;
}

/** Soft words that name the effort itself, never a topic of their own. */
const EFFORT_WORDS = new Set('arbete arbetet work working stöd stödet support satsning satsningen satsningar särskild särskilda special'.split(' '));

/** Words that add to a topic's score but are not needed to cover it. */
export const SOFT_WORDS = new Set('arbete arbetet work working stöd stödet support satsning satsningen särskild särskilda special övrigt other projekt projects samarbete samarbetet samarbeten collaboration cooperation nivå nivån level söka söker sökas söks ansöka apply applies applied applying supports supported supporting stödja stödjer arrange arranging arranges helps helping helped hjälpa hjälper'.split(' '));
const OWNER_WORDS = unicodeWords(/\b(?:rcc[\s-]+(?:i[\s-]+)?samverkans?|rcc in collaboration|regional cancer cent(?:re|er)s?|regionala cancercent\w*|rcc(?::?s|:?erna|:?ernas)?|regionerna|regionernas|the regions|regions|regioner)\b/giu);

/**
 * The topic as concepts: domain phrases first (longest first, from the dictionary), then each
 * remaining content word with its compound parts as a weaker alternative.
 */
export function parseConcepts(text: string, index: FactIndex): Concept[] {
  let rest = ` ${text.toLowerCase().replace(/[–—]/g, ' ')} `;
  rest = rest.replace(/\b20\d{2}\b/g, ' ');
  rest = rest.replace(OWNER_WORDS, ' ');
  // SKR named beside the Government is a party to the agreement, not a recipient ("what did SKR and the government agree on").
  if (unicodeWords(/\b(?:regeringen\w*|government\w*|staten\w*)\b/u).test(rest)) rest = rest.replace(/\bskr\b/g, ' ');
  // "every year", "alla år": every year with a source, which is what no year named means.
  rest = rest.replace(unicodeWords(/\b(?:every|each) year\b|\b(?:varje|alla) år\b/gu), ' ');
  const concepts: Concept[] = [];
  for (const { p, re, wordings } of PHRASES) {
    if (!re.test(rest)) continue;
    rest = rest.replace(re, ' ');
    concepts.push({ text: p, wordings });
  }
  for (const word of tokens(rest)) {
    if (STOP_WORDS.has(word) || isQuestionWord(word) || word.length < 2 || /^\d+$/.test(word) || isQuestionWordTypo(word, index)) continue;
    const typo = phraseTypo(word, index);
    if (typo) {
      concepts.push({ text: typo.p, wordings: typo.wordings });
      continue;
    }
    const wordings: Wording[] = [{ words: [word], weight: 1 }];
    const parts = index.lexicon.split(word);
    // "barncanceravdelningen": a known word of six letters or more, then a part the corpus never uses.
    const known = parts ? null : index.lexicon.knownPrefix(word);
    if (known) wordings.push({ words: [known], weight: 0.5 });
    if (parts) {
      // "cancerrehabiliteringen" is rehabilitering: a leading part that is itself a question word ("cancer-") adds nothing.
      let lead = 0;
      while (lead < parts.length - 1 && isQuestionWord(parts[lead]!)) lead++;
      const topical = parts.slice(lead);
      if (topical.length && topical.length < parts.length) wordings.push({ words: topical, weight: 0.6 });
      wordings.push({ words: parts, weight: 0.6 });
      // A compound whose last part only says "care", "area" or "work" is about its first parts:
      // "barncancervården" is barncancer, "screeningverksamheten" is screening.
      // So is one whose last part only says "money": "barncancerpengar" is barncancer, "screeningmedel" screening.
      const head = parts.filter((p, i) => !(i === parts.length - 1 && (GENERIC_HEADS.has(p) || MONEY_HEADS.has(p))));
      if (head.length && head.length < parts.length) wordings.push({ words: head, weight: 0.6 });
    }
    concepts.push({ text: word, wordings, soft: SOFT_WORDS.has(word) });
  }
  return concepts.filter((c) => c.wordings.length);
}

const isSwedishPhrase = (p: string) => /[åäö]/.test(p) || SYNONYMS.some((e) => e.sv.includes(p));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The dictionary's phrases, longest first, each with the pattern that finds it in a question
 * (inflected forms count too: "statsbidraget", "vårdplanen", "hospitals") and the Swedish
 * wordings it stands for. Built once: questions are many, the dictionary does not change.
 */
const PHRASES = SYNONYMS.flatMap((e) => e.phrases.map((p) => ({ p, e })))
  .sort((a, b) => b.p.length - a.p.length)
  .map(({ p, e }) => {
    const suffix = p.length >= 4 ? '(?:s|es|en|et|n|t|na|erna|arna|ar|er|ens|ets|ns|:s|:en)?' : '(?:s|:s)?';
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(p)}${suffix}(?![\\p{L}\\p{N}])`, 'iu');
    const wordings: Wording[] = [...new Set([...e.sv, ...(isSwedishPhrase(p) ? [p] : [])])]
      .map((w) => ({ words: tokens(w).filter((x) => !STOP_WORDS.has(x)), weight: 1 }))
      .filter((w) => w.words.length);
    return { p, re, wordings };
  });

/**
 * One-word dictionary phrases by their forms with one letter left out, for a typo of one
 * ("rehabilitaion" for "rehabilitation"); a form two phrases share finds neither.
 */
const PHRASE_DELETES = (() => {
  const map = new Map<string, (typeof PHRASES)[number] | null>();
  for (const entry of PHRASES) {
    if (entry.p.length < 7 || /[\s\d]/.test(entry.p)) continue;
    for (const form of [entry.p, ...[...entry.p].map((_, i) => entry.p.slice(0, i) + entry.p.slice(i + 1))]) {
      const seen = map.get(form);
      map.set(form, seen === undefined || seen?.wordings === entry.wordings ? entry : null);
    }
  }
  return map;
})();

/** The dictionary phrase a word the corpus never uses is a one-letter typo of, if exactly one. */
function phraseTypo(word: string, index: FactIndex): (typeof PHRASES)[number] | null {
  if (word.length < 7 || index.lexicon.has(word)) return null;
  for (const form of [word, ...[...word].map((_, i) => word.slice(0, i) + word.slice(i + 1))]) {
    const hit = PHRASE_DELETES.get(form);
    if (hit) return hit;
  }
  return null;
}

/** Amounts written in a question: "280 miljoner", "de 280 miljonerna", "SEK 1,005 million", "1 miljard". */
export function parseFigures(text: string): number[] {
  const out: number[] = [];
  const t = text.toLowerCase().replace(/\u00a0|\u202f/g, ' ');
  const re = unicodeWords(/(?:sek\s*)?\b(\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,](\d+))?\s*(miljon\w*|million\w*|mkr|msek|mnkr|miljard\w*|billion\w*|mdkr)\b/gu);
  for (const m of t.matchAll(re)) {
    let whole = Number(m[1]!.replace(/[ ,]/g, ''));
    let frac = m[2] ? Number(`0.${m[2]}`) : 0;
    const unit = /^(?:miljard|billion|mdkr)/.test(m[3]!) ? 1e9 : 1e6;
    // "1,005 miljarder" is a decimal comma: a thousand billions is no amount of these agreements.
    const comma = /^(\d{1,3}),(\d{3})$/.exec(m[1]!);
    if (comma && !m[2] && whole * unit >= 1e12) [whole, frac] = [Number(comma[1]), Number(`0.${comma[2]}`)];
    out.push(Math.round((whole + frac) * unit));
  }
  if (unicodeWords(/\b(?:en|ett|one|a) (?:miljard\w*|billion)\b/u).test(t)) out.push(1e9);
  return [...new Set(out)];
}

/** A greeting that opens a message ("Hej!", "Hi there,", "God morgon alla:"): not part of the question. */
const GREETING = /^(?:hej(?:san)?|hallå|tjena|tja|god (?:morgon|dag|eftermiddag|kväll)|hello|hi|hey|hiya|good (?:morning|afternoon|evening))(?:\s+(?:alla|allihop|all|there|everyone|team|igen|again|bot|boten|botten))?(?:[\s,!.:;–-]+|$)/u;
/** Thanks that opens a message which then goes on to ask something ("Tack! Och vad fick …?"). */
const THANKS = /^(?:tack(?: så mycket| för (?:svaret|hjälpen|det))?|tackar|thanks(?: a lot| so much)?|thank you(?: so much)?|thx|ty)(?:[\s,!.:;–-]+|$)/u;

/**
 * The question without the greeting or thanks that opens it: "Hej! Vet du hur mycket …" is the
 * question "Vet du hur mycket …". Thanks is kept when nothing is asked after it ("Tack så mycket!").
 */
export function questionBody(text: string): string {
  let body = text;
  for (let i = 0; i < 2; i++) {
    const g = unicodeWords(GREETING).exec(body.toLowerCase());
    if (g) body = body.slice(g[0].length);
    const th = unicodeWords(THANKS).exec(body.toLowerCase());
    const rest = th ? body.slice(th[0].length) : '';
    if (th && (/\?/.test(rest) || /\b20\d{2}\b/.test(rest) || tokens(rest).length >= 4)) body = rest;
  }
  return body.trim() || text;
}

export function parseQuestion(whole: string, today: string, index: FactIndex): Parsed {
  const language = detectLanguage(whole);
  // "Hej! Hur mycket …": the greeting says nothing of what is asked; a greeting alone asks for help.
  const text = questionBody(whole);
  const { years, range, openEnded, before } = parseYears(text, today);
  const owner = parseOwner(text);
  const past = unicodeWords(/\b(?:passed|past|passerade|passerat|redan|already|earlier|tidigare|gångna)\b/iu).test(text);
  const upcoming = !past && unicodeWords(/\b(?:framöver|kommande|upcoming|coming|nästa|next|snart|soon|ahead|på gång|i sikte|left|remaining|återstår|återstående|kvar|härnäst)\b/iu).test(text);
  // Owner words are never topic words: they filter tasks and favour a recipient's money.
  const concepts = parseConcepts(text, index);
  // Soft words alone are the topic ("övrigt 2024", "vilka projekt kan söka medel"): nothing else is.
  // Words for the effort itself ("satsningen", "arbetet", "stödet") never are: they name the agreement.
  if (!owner && concepts.length && concepts.every((c) => c.soft)) for (const c of concepts) if (!EFFORT_WORDS.has(c.text)) c.soft = false;
  const intent = parseIntent(text, years, concepts.filter((c) => !c.soft));
  // In a comparison the words for "increase" say what is asked, not what about.
  if (intent === 'compare') for (const c of concepts) if (has(c.text, INCREASE_WORDS)) c.soft = true;
  // "utvecklingen av SVF-medlen": in a trend the word for "development" says what is asked.
  if (intent === 'trend') for (const c of concepts) if (has(c.text, /^(?:utveckling\w*|development)$/u)) c.soft = true;
  return { text, language, intent, years, range, openEnded, before, owner, concepts, upcoming, past, figures: parseFigures(text) };
}
