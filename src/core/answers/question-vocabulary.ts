import countries from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Person } from '../data-schema.ts';
import { languageCuePhrases, languageWords } from '../i18n/question-cues.ts';
import type { UprIndex } from '../upr-index.ts';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';
import { type Cue, LEXICON } from './question-lexicon.ts';
import type { Vocabulary } from './question-text.ts';
import { tokenize } from './question-tokens.ts';
import { worldStateNames } from './world-states.ts';
import { zoneNames } from './zone-names.ts';

// Everything a question can name, for one data set, in one phrase matcher: the data's states
// (names, aliases, codes, and their names in French, Spanish and Chinese), people, heads of
// earlier reviews, organisers, event titles and topic words; every other state in the world;
// time-zone places; and the lexicon's cue words. Built once per data set.

countries.registerLocale(fr);
countries.registerLocale(es);
countries.registerLocale(zh);

export type Tag =
  | { type: 'cue'; cue: Cue }
  | { type: 'state'; code: string }
  | { type: 'world'; code: string; name: string }
  | { type: 'person'; id: string }
  | { type: 'previousHead'; head: string }
  | { type: 'organisation'; name: string; events: string[] }
  | { type: 'event'; id: string }
  | { type: 'zone'; zone: string }
  | { type: 'topic'; topic: string; subject?: string };

export interface QuestionVocabulary {
  matcher: PhraseMatcher<Tag>;
  /** Words typos are corrected towards, and words never corrected. */
  spelling: Vocabulary;
}

/** Words of ordinary English that must never be "corrected" into a keyword or a name. */
const COMMON_WORDS =
  'about above after again against also another been before being below between both could does doing down during each every from further have having here into itself just more most other over same should some such than that their them then there these they this those through under until very were what whom while will with would your yours where which please thanks thank hello there anyone someone anything something know need want could would should tell about think maybe really still going doing makes make made thing things other another people person times where great would right thats whats there their theyre cannot dont doesnt didnt isnt arent wasnt werent hasnt havent shall might must wants looking trying asked asking quick again today tonight tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december morning afternoon evening quickly exactly actually please happen happens happening happened wording worded quote quoted quotes verbatim transcript stage staged staging whole entire formed picked cover front along expect talking reading'.split(
    ' ',
  );

/** An organiser's name with "United Nations" written "UN", or the other way round. */
function unVariant(name: string): string | undefined {
  if (/\bUnited Nations\b/.test(name)) return name.replace(/\bUnited Nations\b/g, 'UN');
  if (/\bUN\b/.test(name)) return name.replace(/\bUN\b/g, 'United Nations');
  return undefined;
}

/** Words many organisations' names share: they name none of them on their own. */
export const INSTITUTIONAL = new Set(
  'human rights mission permanent society studies association network international exchanges foundation development rural entrepreneurs world congress united nations coalition advocacy advocates groups group council centre center committee national institute forum organisation organization union federation alliance league ministry office agency commission programme program project campaign people peoples global research affairs foreign public policy academy university'.split(
    ' ',
  ),
);

const caches = new WeakMap<UprIndex, QuestionVocabulary>();

/** "UNA-China" is also typed "una china". */
function phrasings(text: string): string[][] {
  const tokens = tokenize(text).filter((t) => !/^[?;,]$/.test(t));
  const spaced = tokens.flatMap((t) => t.split('-').filter(Boolean));
  return spaced.join(' ') === tokens.join(' ') ? [tokens] : [tokens, spaced];
}

/**
 * A person is named by full name, by family and given name in either order, by first and last
 * name, by the first two, or by a long surname no one else in the data has.
 */
function personKeys(person: Person, everyone: readonly Person[]): string[] {
  const parts = tokenize(person.name);
  const keys = [parts.join(' ')];
  if (parts.length >= 2) keys.push([...parts].reverse().join(' '));
  if (parts.length >= 3) keys.push(parts.slice(0, 2).join(' '), `${parts[0]} ${parts.at(-1)}`);
  const last = parts.at(-1)!;
  const shared = everyone.filter((p) => tokenize(p.name).includes(last)).length;
  if (last.length >= 5 && shared === 1) keys.push(last);
  // "Ambassador Chen", "Professor Chang", "Mr Tuggar": a courtesy title and one part of the name
  // (Chinese names put the family name first), where no one else in the data has that part.
  const courtesy = [
    'mr',
    'ms',
    'mrs',
    'dr',
    'madam',
    'professor',
    'prof',
    'ambassador',
    'minister',
    'secretary',
  ];
  if (person.honorific) courtesy.push(...tokenize(person.honorific));
  for (const part of parts) {
    if (part.length < 3) continue;
    const others = everyone.filter((p) => p !== person && tokenize(p.name).includes(part)).length;
    if (others) continue;
    for (const title of courtesy) keys.push(`${title} ${part}`);
  }
  return keys;
}

const HONORIFICS =
  /^(ambassador|vice foreign minister|foreign minister|minister|professor|dr\.?|mr\.?|ms\.?|mrs\.?)\s+/i;

export function vocabularyFor(index: UprIndex): QuestionVocabulary {
  const cached = caches.get(index);
  if (cached) return cached;
  const entries: { phrase: string[]; tag: Tag }[] = [];
  const add = (text: string, tag: Tag) => {
    for (const phrase of phrasings(text)) entries.push({ phrase, tag });
  };
  /** Names the data owns; nothing else may claim them (a French name of another state, say). */
  const owned = new Set<string>();

  for (const state of index.data.states) {
    const tag: Tag = { type: 'state', code: state.code };
    const inLanguages = [...Object.values(state.names ?? {}), ...Object.values(state.aliasesIn ?? {}).flat()];
    for (const name of [state.name, state.code, ...state.aliases, ...inLanguages]) {
      add(name, tag);
      owned.add(tokenize(name).join(' '));
      // "the Nigerians", "Malaysians": a demonym's plural names the state too.
      if (/^\p{L}+(an|ese|i)$/u.test(name) && name !== state.code) add(`${name}s`, tag);
    }
  }
  for (const state of index.data.states) {
    const alpha2 = countries.alpha3ToAlpha2(state.code);
    if (!alpha2) continue;
    for (const lang of ['fr', 'es', 'zh']) {
      for (const name of countries.getNames(lang, { select: 'all' })[alpha2] ?? []) {
        // "刚果（布）": the bracket is a note; the name is before it as well as whole.
        for (const form of [name, name.replace(/[（(].*$/, '')]) {
          const key = tokenize(form).join(' ');
          if (key.length >= 2 && !owned.has(key)) add(form, { type: 'state', code: state.code });
        }
      }
    }
  }
  // A word a language asks with is not a far-away place: "réunion" is a meeting before it is Réunion.
  const languageCues = languageCuePhrases();
  for (const { phrase } of languageCues) owned.add(tokenize(phrase).join(' '));
  for (const [key, world] of worldStateNames()) {
    if (!index.states.has(world.code) && !owned.has(key)) add(key, { type: 'world', ...world });
  }
  const people = index.data.people;
  for (const person of people) {
    for (const alias of [...person.aliases, ...Object.values(person.names ?? {})])
      add(alias, { type: 'person', id: person.id });
    for (const key of personKeys(person, people))
      entries.push({ phrase: key.split(' '), tag: { type: 'person', id: person.id } });
  }
  for (const previous of index.data.previousReviews) {
    if (!previous.head) continue;
    const name = previous.head.split(',')[0]!.replace(HONORIFICS, '');
    add(name, { type: 'previousHead', head: previous.head });
  }
  const organisers = new Map<string, string[]>();
  for (const event of index.events) {
    const inLanguages = Object.values(event.organisersIn ?? {})
      .flat()
      .filter(Boolean);
    for (const name of [
      ...event.organisers,
      ...event.organiserAcronyms,
      ...event.organiserAliases,
      ...inLanguages,
    ]) {
      organisers.set(name, [...(organisers.get(name) ?? []), event.id]);
      // "the UN Association of China": the UN's name is as often short as long; the organiser,
      // not the state inside its name, is what such a question is about.
      const other = unVariant(name);
      if (other) organisers.set(other, [...(organisers.get(other) ?? []), event.id]);
    }
    add(event.title, { type: 'event', id: event.id });
    // "the protest at the Broken Chair": a place names its events (up to the comma, without "square").
    const venue = index.session.place.text.toLowerCase();
    if (event.place) {
      const place = event.place.split(/[,(]/)[0]!.trim();
      // The session's own venue and its city name every event held there: they single out none.
      if (venue.includes(place.toLowerCase()) || !place.includes(' ')) continue;
      add(place, { type: 'event', id: event.id });
      const bare = place.replace(/\s+(square|room|hall|park|street)$/i, '');
      if (bare !== place && bare.split(' ').length >= 2) add(bare, { type: 'event', id: event.id });
    }
  }
  for (const [name, events] of organisers) add(name, { type: 'organisation', name, events });
  // "the Youcheng foundation": a word of an organiser's name that no other name, no cue and no
  // ordinary word has names that organiser on its own.
  const taken = new Set([...entries.map((e) => e.phrase.join(' ')), ...COMMON_WORDS, ...languageWords()]);
  for (const phrases of Object.values(LEXICON)) for (const phrase of phrases) taken.add(phrase);
  const wordOwners = new Map<string, string[]>();
  for (const name of organisers.keys())
    for (const word of new Set(tokenize(name)))
      if (word.length >= 5 && /^[a-z]+$/.test(word))
        wordOwners.set(word, [...(wordOwners.get(word) ?? []), name]);
  for (const [word, names] of wordOwners) {
    if (names.length !== 1 || taken.has(word) || INSTITUTIONAL.has(word)) continue;
    const name = names[0]!;
    entries.push({ phrase: [word], tag: { type: 'organisation', name, events: organisers.get(name)! } });
  }
  for (const fact of index.facts) {
    if (fact.topic !== 'focus') continue;
    for (const keyword of fact.keywords)
      add(keyword, { type: 'topic', topic: fact.topic, ...(fact.subject ? { subject: fact.subject } : {}) });
  }
  // "Greenland", "格陵兰": a place a delegation's composition names asks about that delegation's members.
  for (const review of index.reviews)
    for (const place of review.delegation.members?.places ?? []) {
      const names = [place.name, ...Object.values(place.names ?? {}), ...place.aliases];
      for (const name of new Set([...names, ...Object.values(place.aliasesIn ?? {}).flat()]))
        add(name, { type: 'topic', topic: 'members', subject: review.state });
    }
  // The session's venue and room, named on their own: "what is the Palais des Nations?".
  const venue = index.session.place;
  for (const name of [venue.text.split(',')[0]!, ...(venue.room ? [venue.room.split('(')[0]!.trim()] : [])])
    add(name, { type: 'cue', cue: 'where' });
  for (const [place, zone] of zoneNames())
    entries.push({ phrase: place.split(' '), tag: { type: 'zone', zone } });
  for (const [cue, phrases] of Object.entries(LEXICON) as [Cue, readonly string[]][]) {
    for (const phrase of phrases) add(phrase, { type: 'cue', cue });
  }
  for (const { phrase, cue } of languageCues) add(phrase, { type: 'cue', cue });

  const matcher = createPhraseMatcher(entries);
  // Typos are put right towards the data's names and the cue words, not towards every city and
  // country of the world (those are only protected from being "corrected").
  const targets = new Set<string>();
  for (const { phrase, tag } of entries) {
    if (tag.type === 'world' || tag.type === 'zone') continue;
    for (const word of phrase) if (word.length >= 4 && /^[a-z]+$/.test(word)) targets.add(word);
  }
  const known = new Set([...matcher.words(), ...COMMON_WORDS, ...languageWords()]);
  const vocabulary: QuestionVocabulary = { matcher, spelling: { known, targets: [...targets] } };
  caches.set(index, vocabulary);
  return vocabulary;
}
