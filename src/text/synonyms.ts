/**
 * The reviewed domain dictionary: how English questions, acronyms and everyday words reach the
 * Swedish words of the agreements. Each entry maps a phrase (matched on whole words, any case) to
 * the Swedish wordings that count as the same concept; a wording with several words needs all of
 * them. The sources' own typos are listed so that a correctly spelled question still finds them.
 */

export interface SynonymEntry {
  /** What the user may write: English or Swedish, one or more words. */
  phrases: string[];
  /** Swedish wordings in the sources, any of which counts as a match. */
  sv: string[];
}

export const SYNONYMS: SynonymEntry[] = [
  { phrases: ['childhood cancer', "children's cancer", 'paediatric cancer', 'pediatric cancer', 'child cancer', 'childrens cancer', 'kids cancer'], sv: ['barncancer', 'barncancervård', 'barncancerområdet'] },
  { phrases: ['cervical cancer', 'cervix cancer'], sv: ['livmoderhalscancer'] },
  { phrases: ['eradicate', 'eliminate', 'eradication', 'elimination'], sv: ['utrota'] },
  { phrases: ['pathology'], sv: ['patologi', 'patologin'] },
  { phrases: ['radiology', 'imaging', 'medical imaging'], sv: ['radiologi', 'radiologin', 'bild- och funktionsmedicin'] },
  { phrases: ['rehabilitation', 'rehab'], sv: ['rehabilitering', 'cancerrehabilitering'] },
  { phrases: ['pelvic', 'pelvic rehabilitation', 'pelvis'], sv: ['bäckenrehabilitering', 'bäcken', 'bäckenkomplikationer'] },
  { phrases: ['palliative', 'palliative care', 'end of life care'], sv: ['palliativ vård', 'palliativ'] },
  { phrases: ['screening', 'screenings'], sv: ['screening', 'screeningprogram', 'screeningverksamhet'] },
  { phrases: ['mammography', 'mammogram', 'breast screening'], sv: ['mammografi'] },
  { phrases: ['invitation system', 'invitation systems', 'call system', 'recall system', 'invitations'], sv: ['kallelsesystem', 'kallelsekanslier'] },
  { phrases: ['svf', 'standardised care pathways', 'standardized care pathways', 'standardised care pathway', 'standardized care pathway', 'care pathways', 'care pathway', 'cancer pathways', 'pathways', 'standardiserade vårdförlopp', 'standardiserat vårdförlopp'], sv: ['svf', 'standardiserade vårdförlopp', 'standardiseradevårdförlopp'] },
  { phrases: ['care plan', 'my care plan', 'min vårdplan', 'vårdplan'], sv: ['min vårdplan'] },
  { phrases: ['precision medicine', 'personalised medicine', 'personalized medicine', 'precision diagnostics'], sv: ['precisionsmedicin', 'precisionsdiagnostik'] },
  { phrases: ['genomics', 'cancer genomics', 'genomic', 'genetics'], sv: ['cancergenomik', 'genomik', 'genomiskt'] },
  { phrases: ['molecular pathology'], sv: ['molekylär patologi'] },
  { phrases: ['clinical trials', 'clinical trial', 'clinical studies', 'clinical research'], sv: ['kliniska studier', 'kliniska prövningar', 'klinisk forskning'] },
  { phrases: ['radiotherapy', 'radiation therapy', 'radiation'], sv: ['strålbehandling'] },
  { phrases: ['primary care', 'primary healthcare', 'primary health care'], sv: ['primärvård', 'primärvården'] },
  { phrases: ['improvement work', 'improvement projects', 'improvements', 'improvement'], sv: ['förbättringsarbeten', 'förbättringsarbete'] },
  { phrases: ['national work', 'national level', 'nationally'], sv: ['nationellt arbete', 'nationell', 'nationella'] },
  { phrases: ['national'], sv: ['nationell', 'nationellt', 'nationella'] },
  { phrases: ['regional', 'healthcare region', 'healthcare regions', 'sjukvårdsregional'], sv: ['sjukvårdsregional', 'samverkansregional', 'regional'] },
  { phrases: ['regions', 'region', 'county councils'], sv: ['regionerna', 'regioner'] },
  { phrases: ['prevention', 'preventive', 'preventing', 'förebygga', 'förebyggande'], sv: ['prevention', 'förebygga', 'förebyggande', 'preventionsplan'] },
  { phrases: ['early detection', 'early diagnosis'], sv: ['tidig upptäckt', 'tidig diagnos'] },
  { phrases: ['prostate cancer testing', 'organised prostate cancer testing', 'organized prostate cancer testing', 'opt'], sv: ['organiserad prostatacancertestning', 'organiserad testning för prostatacancer', 'opt'] },
  { phrases: ['psa', 'psa testing', 'psa test'], sv: ['psa-provtagning', 'psa'] },
  { phrases: ['ccc', 'comprehensive cancer centre', 'comprehensive cancer center', 'comprehensive cancer centres'], sv: ['comprehensive cancer center', 'ccc'] },
  { phrases: ['ai', 'artificial intelligence', 'machine learning'], sv: ['artificiell intelligens', 'ai'] },
  { phrases: ['kvå', 'kva', 'procedure codes', 'classification of care measures'], sv: ['kvå'] },
  { phrases: ['prem', 'patient reported experience', 'patient survey'], sv: ['prem-enkäten', 'prem'] },
  { phrases: ['colorectal cancer', 'bowel cancer', 'colon cancer'], sv: ['tjock- och ändtarmscancer', 'kolorektal'] },
  { phrases: ['breast cancer'], sv: ['bröstcancer', 'bröst'] },
  { phrases: ['prostate cancer'], sv: ['prostatacancer'] },
  { phrases: ['lung cancer'], sv: ['lungcancer'] },
  { phrases: ['late effects', 'long-term follow-up', 'long term follow up', 'survivorship'], sv: ['seneffekter', 'seneffektsuppföljning', 'långtidsuppföljning'] },
  { phrases: ['follow-up', 'follow up', 'monitoring'], sv: ['uppföljning'] },
  { phrases: ['waiting times', 'waiting time', 'wait times', 'waiting lists', 'queues', 'väntetid', 'vårdköer'], sv: ['väntetider', 'vårdköerna', 'väntetid'] },
  { phrases: ['lead times', 'lead time'], sv: ['ledtider', 'ledtidsmålet'] },
  { phrases: ['urology'], sv: ['urologi', 'urologin'] },
  { phrases: ['hereditary', 'heredity', 'inherited risk', 'genetic risk'], sv: ['ärftlighet', 'ärftlig'] },
  { phrases: ['vaccination', 'vaccine', 'hpv vaccination', 'catch-up vaccination'], sv: ['vaccination', 'vaccinkostnader'] },
  { phrases: ['guidelines', 'care programmes', 'care programs', 'national care programmes', 'clinical guidelines'], sv: ['vårdprogram', 'vårdprogrammen'] },
  { phrases: ['workforce', 'competence supply', 'staffing', 'skills supply', 'training', 'education'], sv: ['kompetensförsörjning', 'utbildning', 'utbildningsinsatser'] },
  { phrases: ['research'], sv: ['forskning', 'cancerforskningen'] },
  { phrases: ['innovation'], sv: ['innovation'] },
  { phrases: ['medicines', 'drugs', 'pharmaceuticals', 'cancer drugs'], sv: ['läkemedel', 'cancerläkemedel', 'läkemedelsanvändningen'] },
  { phrases: ['regimen library', 'regime library'], sv: ['regimbiblioteket'] },
  { phrases: ['dental care', 'dentistry', 'dental', 'tandvård'], sv: ['tandvård'] },
  { phrases: ['eye care', 'ophthalmology', 'ögonsjukvård'], sv: ['ögonsjukvård'] },
  { phrases: ['state grant', 'government grant', 'statsbidrag', 'stadsbidrag'], sv: ['stadsbidrag', 'statsbidrag'] },
  { phrases: ['stimulus', 'stimulus funds', 'incentive funds', 'incentives', 'stimulansmedel'], sv: ['stimulansmedel'] },
  { phrases: ['nordic', 'nordic countries', 'pakkeforløb', 'pakkeforløp', 'paketförlopp'], sv: ['pakkeförlopp', 'nordiska'] },
  { phrases: ['regeringskansliet', 'government offices'], sv: ['rgeringskansliet', 'regeringskansliet'] },
  { phrases: ['children', 'kids', 'child', 'barn'], sv: ['barn'] },
  { phrases: ['young people', 'teenagers', 'adolescents'], sv: ['tonåringar', 'ungdomar'] },
  { phrases: ['active handovers', 'handovers', 'transitions', 'aktiva överlämningar'], sv: ['aktiva överlämningar'] },
  { phrases: ['patient information'], sv: ['patientinformation'] },
  { phrases: ['self-care', 'self care'], sv: ['egenvårdsinsatser'] },
  { phrases: ['digital tools'], sv: ['digitala verktyg'] },
  { phrases: ['data quality', 'quality of data'], sv: ['kvaliteten i data', 'kvalitetsutvärdering'] },
  { phrases: ['mapping', 'review', 'audit'], sv: ['genomlysning', 'kartlägga'] },
  { phrases: ['teledermatoscopy'], sv: ['teledermatoskopi'] },
  { phrases: ['strategy', 'cancer strategy', 'national cancer strategy'], sv: ['cancerstrategi', 'cancerstrategin', 'strategin'] },
  { phrases: ['skr', 'swedish association of local authorities and regions', 'salar'], sv: ['skr', 'sveriges kommuner och regioner'] },
  { phrases: ['eu', 'european union', 'europe', 'european'], sv: ['eu', 'europeiska'] },
  { phrases: ['quality registers', 'registry', 'register', 'registers'], sv: ['register', 'läkemedelsregistret'] },
];

/** Acronyms the bot can explain, with the long form as the sources write it. */
export const ACRONYMS: Record<string, string> = {
  SVF: 'standardiserade vårdförlopp',
  RCC: 'regionala cancercentrum',
  SKR: 'Sveriges Kommuner och Regioner',
  OPT: 'organiserad prostatacancertestning',
  CCC: 'comprehensive cancer center',
  AI: 'artificiell intelligens',
  GMC: 'genomiskt medicincentrum',
  PSA: 'prostataspecifikt antigen (PSA-provtagning)',
  KVÅ: 'klassifikation av vårdåtgärder',
  PREM: 'patientrapporterade erfarenhetsmått (Patient Reported Experience Measures)',
};
