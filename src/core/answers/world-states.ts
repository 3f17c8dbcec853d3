// The library without its Node entry point, which registers all 78 locales at import (about
// 1 MB of JSON read and kept at every start); the bot registers only the languages it speaks.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { normaliseName } from '../state-names.ts';

// Every UN member's name, so that "When is France reviewed?" is recognised as a state the data
// does not cover, rather than misread as something else.

countries.registerLocale(en);
for (const locale of [fr, es, zh]) countries.registerLocale(locale);

let names: Map<string, { code: string; name: string }> | undefined;

export function worldStateNames(): Map<string, { code: string; name: string }> {
  if (names) return names;
  names = new Map();
  for (const [alpha2, list] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    const official = list[0]!;
    for (const name of list) {
      const key = normaliseName(name);
      // Short forms (US, UK) collide with ordinary words; full names are enough here.
      if (key.length >= 4 && !names.has(key)) names.set(key, { code, name: official });
    }
  }
  // "Francia", "法国": a question in French, Spanish or Chinese names other states in its own
  // words. Chinese has no Latin letters to normalise: its names are kept as written (2+ characters).
  for (const lang of ['fr', 'es', 'zh'] as const) {
    for (const [alpha2, list] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const code = countries.alpha2ToAlpha3(alpha2);
      const official = countries.getName(alpha2, 'en');
      if (!code || !official) continue;
      for (const name of list) {
        const key = lang === 'zh' ? name.replace(/[（(].*$/, '') : normaliseName(name);
        if ((lang === 'zh' ? key.length >= 2 : key.length >= 4) && !names.has(key))
          names.set(key, { code, name: official });
      }
    }
  }
  for (const [alias, code, name] of [
    ['america', 'USA', 'United States of America'],
    ['usa', 'USA', 'United States of America'],
    ['uae', 'ARE', 'United Arab Emirates'],
    ['britain', 'GBR', 'United Kingdom'],
    ['great britain', 'GBR', 'United Kingdom'],
    ['england', 'GBR', 'United Kingdom'],
    ['russia', 'RUS', 'Russian Federation'],
    ['iran', 'IRN', 'Iran'],
    ['syria', 'SYR', 'Syria'],
    ['north korea', 'PRK', "Democratic People's Republic of Korea"],
    ['south korea', 'KOR', 'Republic of Korea'],
    ['taiwan', 'TWN', 'Taiwan'],
  ] as const) {
    names.set(alias, { code, name });
  }
  return names;
}

/** World states named in a normalised text, in order, whatever the data holds. */
export function findWorldStates(text: string): { code: string; name: string }[] {
  const all = worldStateNames();
  const words = text.split(' ');
  const found: { code: string; name: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 5; n >= 1; n--) {
      const hit = all.get(words.slice(i, i + n).join(' '));
      if (hit) {
        if (!found.some((f) => f.code === hit.code)) found.push(hit);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The states named by flag emoji (two regional-indicator letters each). */
export function flagNames(raw: string): string[] {
  const names: string[] = [];
  for (const [flag] of raw.matchAll(/[\u{1F1E6}-\u{1F1FF}]{2}/gu)) {
    const alpha2 = [...flag].map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join('');
    const name = countries.getName(alpha2, 'en');
    if (name) names.push(name);
  }
  return names;
}

/** Short forms that are ordinary words in lower case ("us"): recognised only as capitals. */
const CAPITAL_FORMS: [RegExp, { code: string; name: string }][] = [
  [/\b(US|USA|U\.S\.A?\.?)(?![\w.])/, { code: 'USA', name: 'United States of America' }],
  [/\b(UK|U\.K\.?)(?![\w.])/, { code: 'GBR', name: 'United Kingdom' }],
  [/\bUAE\b/, { code: 'ARE', name: 'United Arab Emirates' }],
  [/\bDRC\b/, { code: 'COD', name: countries.getName('CD', 'en') ?? 'COD' }],
];

export function findCapitalForms(raw: string): { code: string; name: string }[] {
  return CAPITAL_FORMS.filter(([pattern]) => pattern.test(raw)).map(([, state]) => state);
}

/**
 * Common English demonyms of UN member states, for telling whose delegation a question means ("the
 * French delegation"). Used only beside a delegation word, so "Swiss time" stays a clock.
 */
const DEMONYM_LIST =
  'afghan:AFG albanian:ALB algerian:DZA american:USA angolan:AGO argentine:ARG argentinian:ARG armenian:ARM australian:AUS austrian:AUT azerbaijani:AZE bahraini:BHR bangladeshi:BGD belarusian:BLR belgian:BEL beninese:BEN bolivian:BOL bosnian:BIH brazilian:BRA british:GBR bulgarian:BGR burkinabe:BFA burundian:BDI cambodian:KHM cameroonian:CMR canadian:CAN chilean:CHL colombian:COL congolese:COD croatian:HRV cuban:CUB cypriot:CYP czech:CZE danish:DNK dutch:NLD ecuadorian:ECU egyptian:EGY emirati:ARE eritrean:ERI estonian:EST ethiopian:ETH fijian:FJI filipino:PHL finnish:FIN french:FRA gabonese:GAB gambian:GMB georgian:GEO german:DEU ghanaian:GHA greek:GRC guatemalan:GTM guinean:GIN haitian:HTI honduran:HND hungarian:HUN icelandic:ISL indian:IND indonesian:IDN iranian:IRN iraqi:IRQ irish:IRL israeli:ISR italian:ITA ivorian:CIV jamaican:JAM japanese:JPN kazakh:KAZ kenyan:KEN korean:KOR kuwaiti:KWT kyrgyz:KGZ lao:LAO latvian:LVA lebanese:LBN liberian:LBR libyan:LBY lithuanian:LTU luxembourgish:LUX malagasy:MDG malawian:MWI maldivian:MDV malian:MLI mauritanian:MRT moldovan:MDA mongolian:MNG montenegrin:MNE moroccan:MAR mozambican:MOZ myanmar:MMR namibian:NAM nepalese:NPL nepali:NPL nicaraguan:NIC nigerien:NER norwegian:NOR omani:OMN pakistani:PAK palestinian:PSE panamanian:PAN paraguayan:PRY peruvian:PER polish:POL portuguese:PRT qatari:QAT romanian:ROU russian:RUS rwandan:RWA salvadoran:SLV serbian:SRB sierra_leonean:SLE singaporean:SGP slovak:SVK slovenian:SVN somali:SOM south_african:ZAF spanish:ESP sri_lankan:LKA sudanese:SDN swedish:SWE swiss:CHE syrian:SYR tajik:TJK tanzanian:TZA thai:THA togolese:TGO tunisian:TUN turkish:TUR turkmen:TKM ugandan:UGA ukrainian:UKR uruguayan:URY uzbek:UZB venezuelan:VEN vietnamese:VNM yemeni:YEM zambian:ZMB zimbabwean:ZWE'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]);

let demonyms: Map<string, { code: string; name: string }> | undefined;

/** "french" → France, "sri lankan" → Sri Lanka (lower-case keys, as tokens are). */
export function worldDemonyms(): Map<string, { code: string; name: string }> {
  if (demonyms) return demonyms;
  demonyms = new Map();
  for (const [word, code] of DEMONYM_LIST) {
    const alpha2 = countries.alpha3ToAlpha2(code);
    const name = alpha2 ? countries.getName(alpha2, 'en') : undefined;
    if (name) demonyms.set(word.replaceAll('_', ' '), { code, name });
  }
  return demonyms;
}

/** "the United Kingdom", "France": a state's name from the world list, with the article it takes. */
export function worldName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return /^(United|Republic|Democratic|Russian|Dominican|Czech|Netherlands|Philippines|Holy|Marshall|Solomon|Comoros|Maldives|Bahamas|Gambia)\b/.test(
    name,
  )
    ? `the ${name}`
    : name;
}
