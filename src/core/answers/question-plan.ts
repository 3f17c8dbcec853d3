import { dayIn } from '../clock-wording.ts';
import type { Person, SideEvent, State } from '../data-schema.ts';
import type { UprIndex } from '../upr-index.ts';
import { type Cue, LEXICON } from './question-lexicon.ts';
import type { Clause, ParsedQuestion } from './question-parse.ts';

// What to answer: each clause's cue words say what is asked (a small closed set of kinds), its
// subjects say of what; every (subject, kind) pair becomes a task. A clause with no subject of
// its own speaks of the one named before ("and who leads it?"); a clause with no question of its
// own asks the one asked before ("when is China reviewed? and Nigeria?").

export type Kind =
  | 'when'
  | 'where'
  | 'head'
  | 'deputy'
  | 'members'
  | 'role'
  | 'recommendations'
  | 'replies'
  | 'duration'
  | 'status'
  | 'until'
  | 'order'
  | 'sameDay'
  | 'compare'
  | 'statesList'
  | 'statesCount'
  | 'documents'
  | 'focus'
  | 'pledges'
  | 'troika'
  | 'speakingTime'
  | 'statesSpoke'
  | 'webcast'
  | 'certainty'
  | 'aboutData'
  | 'whatIsUpr'
  | 'frequency'
  | 'origin'
  | 'cycle'
  | 'workingGroup'
  | 'events'
  | 'dayAgenda'
  | 'nowNext'
  | 'previousReviews'
  | 'headsList'
  | 'ranking'
  | 'remind'
  | 'said'
  | 'notInData'
  | 'officeHolder'
  | 'nextSteps'
  | 'updates'
  | 'overview'
  | 'format'
  | 'slots'
  | 'approach'
  | 'gap'
  | 'history'
  | 'lateChanges'
  | 'whatCounts'
  | 'partIn'
  | 'verbatim'
  | 'definition'
  | 'reviewsSoFar';

/** The dated thing a time question is about. */
export type Milestone = 'review' | 'adoption' | 'councilAdoption' | 'replies' | 'session' | 'event';

export interface Task {
  kind: Kind;
  object: Milestone;
  clause: Clause;
  state?: State;
  /** Further states asked together: "are Nigeria and Senegal on the same day?". */
  others: State[];
  person?: Person;
  events: SideEvent[];
  /** The question is about an earlier review of the state (a year, a cycle, "last time"). */
  earlier: boolean;
  /** The one year this task is about, when the clause named several. */
  years?: number[];
}

/** Kinds that are about one reviewed state and mean nothing without one. */
export const NEEDS_STATE = new Set<Kind>([
  'head',
  'deputy',
  'members',
  'focus',
  'pledges',
  'statesSpoke',
  'replies',
  'updates',
  'approach',
]);

type Cues = Set<Cue>;
const any = (cues: Cues, ...list: Cue[]) => list.some((c) => cues.has(c));

function objectOf(clause: Clause): Milestone {
  const c = clause.cues;
  if ((c.has('council') || c.has('outcome')) && c.has('adopt')) return 'councilAdoption';
  if (c.has('council') && c.has('outcome')) return 'councilAdoption';
  // "plenary date", "HRC adoption": the Council's adoption; not its membership or the Working Group.
  if (
    c.has('council') &&
    !c.has('workingGroup') &&
    any(c, 'when', 'started', 'over', 'until', 'ongoing', 'yet')
  )
    return 'councilAdoption';
  if (
    c.has('adopt') ||
    (c.has('report') && !c.has('documents') && any(c, 'when', 'started', 'over', 'until'))
  )
    return 'adoption';
  if (
    c.has('replies') ||
    (c.has('published') && any(c, 'recommendations', 'accepted', 'rejected', 'noted')) ||
    (any(c, 'accepted', 'rejected', 'noted') && any(c, 'when', 'until'))
  )
    return 'replies';
  if (clause.events.length || any(c, 'sideEvent', 'protest', 'pressConference')) return 'event';
  if (c.has('review') || clause.states.length) return 'review';
  return 'session';
}

const YES_NO = /^(is|are|was|were|has|have|had|did|does|do|will|can|could|est|es|esta|ha)\b/;

/** "what did <speaker> say / recommend …": who is said to have spoken. */
const SPEAKER =
  /\b(?:did|does|do|has|have|will|would) ((?:[a-z]+ ){0,5}?[a-z]+) (?:say|said|recommend|recommended|ask|asked|criticise|criticize|criticised|criticized|urge|urged|tell|told)\b/;

/** Speakers that stand for "the states" in general, or for someone named before. */
const GENERIC_SPEAKERS =
  /^(it|they|he|she|we|you|i|anyone|everything|anything|everyone|all|people|countries|states|delegations|(the |other |most |western |many )+(states|countries|delegations))$/;

/** Whether the words name one of the data's sources (its title or web address, or as a fact quotes it). */
function isSource(words: string, index: UprIndex): boolean {
  const parts = words.split(' ').filter((w) => w !== 'the');
  for (const source of index.sources.values()) {
    const text = `${source.title} ${source.url}`.toLowerCase();
    if (parts.every((w) => text.includes(w))) return true;
  }
  // "according to Reuters": a source a fact quotes by name.
  const named = parts.join(' ');
  return index.facts.some((f) => f.text.toLowerCase().includes(named));
}

/** Whether the speaker words only name the state itself (its name, "the <demonym> delegation"). */
function namesOnly(speaker: string, state: State): boolean {
  const names = [state.name, state.code, ...state.aliases].map((n) => n.toLowerCase());
  return speaker
    .split(' ')
    .every(
      (w) =>
        /^(the|its|delegation|government|state|authorities)$/.test(w) || names.some((n) => n.includes(w)),
    );
}

/** Kinds already worked out per clause: the planner asks of the same clause several times. */
const asked = new WeakMap<Clause, Kind[]>();

/** The kinds a clause asks, in the order they are answered. */
export function asksOf(clause: Clause, parsed: ParsedQuestion, index: UprIndex): Kind[] {
  let kinds = asked.get(clause);
  if (!kinds) {
    kinds = kindsAsked(clause, parsed, index);
    asked.set(clause, kinds);
  }
  return [...kinds];
}

function kindsAsked(clause: Clause, parsed: ParsedQuestion, index: UprIndex): Kind[] {
  const c = clause.cues;
  const text = clause.text;
  const reviewed = clause.states.filter((s) => index.reviewsByState.has(s.code));
  const others = [...clause.states.filter((s) => !index.reviewsByState.has(s.code)), ...clause.world];
  if (c.has('outsideData')) return ['notInData'];
  // "can Switzerland speak at China's review though it is not on the Council?": who may take part,
  // a rule of the Working Group, not what that state said.
  if (
    /^(can|could|may|is|are)\b|\b(allowed|able|entitled|eligible|permitted)\b/.test(text) &&
    any(c, 'speak', 'participants') &&
    /\b(council|members?|membership|observers?|working group)\b/.test(text) &&
    !c.has('howMany')
  )
    return ['workingGroup'];
  // "what did the special rapporteur say?": an office-holder outside the data, whatever is asked of them.
  if (c.has('officeHolder') && any(c, 'said', 'speak') && !clause.people.length) return ['officeHolder'];
  // "what did Chen Xu say?", "what did Eric Chan say about Hong Kong?": statements are not data.
  if (c.has('said') && (clause.people.length || clause.previousHeads.length) && !any(c, 'lead', 'role'))
    return ['verbatim'];
  // "what did Saudi Arabia's troika recommend?": who recommended what is not in the data.
  if (c.has('said') && c.has('troika') && reviewed.length && !YES_NO.test(text)) return ['said'];
  // "who decides the order of review?": the data's fact on who fixes the timetable.
  if (c.has('decides') && /\b(order|timetable|schedule|programme|program|dates?)\b/.test(text))
    return ['lateChanges'];
  // "what does 'noted' mean?": a term the data counts but does not define.
  if (
    !reviewed.length &&
    any(c, 'accepted', 'rejected', 'noted') &&
    /\b(mean|means|meaning|definition|define|difference)\b/.test(text)
  )
    return ['definition'];
  // "what did he say word for word?": statements' text is not data the bot holds.
  if (
    /\b(word for word|verbatim|exact words|wording|worded|transcript|full text|full statement|quote|quotes)\b|\btext of (the|a|an|one|each|any|every) (recommendation|statement|speech)/.test(
      text,
    ) &&
    !/\bworded as such\b/.test(text)
  )
    return ['verbatim'];
  // "what did China say it would do with the recommendations?": its stated approach, not the count.
  // "how does China plan to handle the recommendations?": its stated approach, then what follows
  // (its replies and the adoptions, with their dates), not the count.
  if (c.has('approach') && c.has('recommendations') && reviewed.length && !c.has('howMany'))
    return any(c, 'when', 'said') ? ['approach'] : ['approach', 'nextSteps'];
  // "China's review is over, what comes next?", "now that Nigeria's review is done, what follows?":
  // what follows for that state, not its review again.
  if (
    reviewed.length === 1 &&
    any(c, 'over', 'started') &&
    (c.has('next') ||
      c.has('nextSteps') ||
      /\b(follows?|what now|now what|then what|after that)\b/.test(text)) &&
    !any(c, 'when', 'howMany', 'recommendations')
  )
    return ['nextSteps'];
  if (c.has('remind')) return ['remind'];
  if (c.has('aboutData')) return ['aboutData'];
  // "what did Mexico say about China's review?": two reviewed states, one the speaker.
  if (c.has('said') && clause.owners.has('review') && clause.states.length >= 2) return ['said'];
  // "what did China say about Nigeria?": one reviewed state speaking of another.
  if (c.has('said') && reviewed.length >= 2 && !c.has('troika') && !c.has('sameDay')) return ['said'];
  // What another state said, recommended or whether it took part: the data holds totals only.
  if (any(c, 'said', 'speak', 'participants') && reviewed.length && others.length && !c.has('troika'))
    return ['said'];
  // "what will countries ask China about?": what its review is expected to raise.
  // "what did Human Rights Watch / the EU / the foreign ministry say?": a speaker the data holds no
  // words of; never another source's words in their place.
  const speaker = c.has('said') ? SPEAKER.exec(text)?.[1] : undefined;
  if (
    speaker &&
    !GENERIC_SPEAKERS.test(speaker) &&
    // "what does the national report say?": a document's content, not a speaker's words; "what does
    // UPR Info say?": one of the data's own sources, whose figures the data holds.
    !any(c, 'documents', 'report') &&
    !isSource(speaker, index) &&
    !clause.people.length &&
    !(reviewed.length === 1 && !others.length && namesOnly(speaker, reviewed[0]!))
  )
    return reviewed.length ? ['said'] : ['verbatim'];
  // "what did China say about Hong Kong?": what the state itself said is not data; "what will
  // countries ask China about?" is what its review is expected to raise.
  if (
    speaker &&
    reviewed.length === 1 &&
    !others.length &&
    namesOnly(speaker, reviewed[0]!) &&
    // "has China said which recommendations it accepts?" asks for its replies.
    !any(c, 'recommendations', 'accepted', 'rejected', 'noted', 'replies') &&
    new RegExp(`\\b(did|has|have) ${speaker} (say|said|tell|told)\\b`).test(text)
  )
    return ['verbatim'];
  if (c.has('said') && reviewed.length && /\babout\b/.test(text) && !others.length) return ['focus'];
  // "which countries recommended China to ...?": who made which recommendation.
  if (c.has('said') && reviewed.length && c.has('which') && c.has('statesNoun') && !c.has('howMany'))
    return ['said'];
  // "when was the first UPR session?": the history of the UPR, not this session.
  if (
    c.has('first') &&
    c.has('session') &&
    !reviewed.length &&
    !c.has('thisOne') &&
    (c.has('upr') || c.has('workingGroup') || c.has('origin') || /\b(was|ever)\b/.test(text))
  )
    return ['origin'];
  if (c.has('format') && !clause.states.length) return ['format'];
  // "how many years between two reviews of a state?", "is every country reviewed each year?".
  if (
    !clause.states.length &&
    !clause.world.length &&
    any(c, 'review', 'upr', 'statesNoun') &&
    /\b(each|every|per) year\b|\bhow many years\b|\byears? between\b|\bannually\b|\bhow long between\b|\breviewed again\b/.test(
      text,
    )
  )
    return ['frequency'];
  // "who is in charge of the UPR?", "qui organise l'EPU ?": the body it belongs to, not a delegation's head.
  if (
    any(c, 'lead', 'members', 'organiser') &&
    c.has('upr') &&
    !reviewed.length &&
    !c.has('delegation') &&
    !clause.people.length
  )
    return ['whatIsUpr'];
  // "when did the UPR start?", "it started in 2006 or 2008?": its history, not this session's first day.
  const sessionYear = Number(index.session.window.start.slice(0, 4));
  if (
    c.has('upr') &&
    (c.has('started') || c.has('origin')) &&
    !reviewed.length &&
    !any(c, 'session', 'workingGroup', 'review', 'cycle') &&
    !parsed.sessionNumbers.length &&
    (/\b(did|was)\b/.test(text) || parsed.years.some((y) => y < sessionYear))
  )
    return ['origin'];
  // "which review is this for China?": which of its reviews, counted.
  if (reviewed.length === 1 && /\b(which|what) (number )?(review|cycle|time)\b/.test(text) && !c.has('when'))
    return ['history'];
  // "is this China's third UPR?": which of its reviews this one is, not the third one's figures.
  if (
    reviewed.length === 1 &&
    parsed.cycles.length &&
    /^(is|was) (this|it)\b/.test(text) &&
    /\b(review|upr|cycle)\b/.test(text)
  )
    return ['history'];
  // "what else happened around China's review that day?": the day's side meetings and events.
  if (reviewed.length === 1 && /\b(what else|else happen\w*)\b/.test(text)) return ['events'];
  // "what part did Mexico play in Saudi Arabia's review?", "was China reviewing Mexico or under
  // review itself?": one state's place in another's review.
  if (
    clause.states.length === 2 &&
    reviewed.length >= 1 &&
    (c.has('review') || /\breviewing\b/.test(text)) &&
    !c.has('troika') &&
    (c.has('role') || /\b(part|play|played|reviewing|examining)\b/.test(text))
  )
    return ['partIn'];
  // "can the timetable still change?": the data's general fact on late changes.
  if (
    c.has('change') &&
    !clause.events.length &&
    !c.has('compare') &&
    /\b(timetable|schedule|order|troikas?|programme|program|dates?|still|can|could|may|might)\b/.test(text)
  )
    return ['lateChanges'];
  // "do all recommendations made end up in the report?": what counts as a recommendation.
  if (
    (c.has('recommendations') ||
      // "does everything a state says end up in the report?": statements, of which only recommendations count.
      /\b(says?|said|statements?|comments?|remarks?)\b/.test(text)) &&
    /\b(all|every|each|everything|anything)\b/.test(text) &&
    /\b(end up|make it|included?|enter|go into|get into|in the report|counted|count as|become|becomes|turn into|turns into)\b/.test(
      text,
    ) &&
    // "do all comments count as recommendations?": "count" there is a verb, not a number asked.
    (!c.has('howMany') || /\b(count as|counted as)\b/.test(text))
  )
    return ['whatCounts'];

  const kinds: Kind[] = [];
  const add = (kind: Kind) => {
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  const object = objectOf(clause);
  const yesNo = YES_NO.test(text);
  const speaking = c.has('speakingTime') || (c.has('speak') && c.has('howLong') && !c.has('howMany'));
  const until = c.has('until') && !speaking;
  const status =
    !until &&
    !c.has('when') &&
    !c.has('howLong') &&
    (any(c, 'started', 'over', 'ongoing', 'yet') || (yesNo && any(c, 'adopt', 'published'))) &&
    !c.has('noTime') &&
    !(c.has('which') && c.has('statesNoun')) &&
    !(
      c.has('yet') &&
      !any(c, 'started', 'over', 'ongoing', 'adopt', 'published', 'review') &&
      any(c, 'recommendations', 'lead', 'troika')
    );

  // "which reviews are still to come?", "how many reviews are done so far?": the reviews either side of now.
  if (
    !clause.states.length &&
    !clause.events.length &&
    !parsed.dates.length &&
    (c.has('review') ||
      c.has('statesNoun') ||
      (c.has('session') && /\b(left|remaining|remains)\b/.test(text))) &&
    (any(c, 'which', 'howMany', 'whatIs') || /^(are|is) there\b|^any\b/.test(text)) &&
    /\b(left|remaining|remain|still to come|to come|yet to|to go|upcoming|ahead|so far|already|done|completed|finished|taken place|took place|happened|still (have|has|need|needs|waiting|due|pending)|not yet|behind us|over with|by now|until now|up to now|outstanding|pending)\b/.test(
      text,
    )
  )
    return ['reviewsSoFar'];
  // "when does the next review start?", "what's the next one?": the timetable's next item, not one state's.
  if (
    c.has('next') &&
    !clause.states.length &&
    !clause.events.length &&
    !parsed.dates.length &&
    (object === 'review' || object === 'session') &&
    !any(c, 'session', 'council', 'cycle', 'recommendations', 'troika', 'lead') &&
    // "what's next in the working group?" is its timetable; "the next working group session" another session.
    !(c.has('workingGroup') && any(c, 'members', 'howMany', 'who'))
  )
    return ['nowNext'];
  if (c.has('sameDay')) add('sameDay');
  // "how long has it been going on?": where it stands, not how long such a thing lasts.
  const elapsed = c.has('howLong') && /\b(been|so far|since|ago|left|remaining|more)\b/.test(text);
  if (until) add('until');
  // "what is under way right now?" with nothing named: the timetable's now and next.
  // "upr wg 45 - started yet?": the session named by its short name, not the timetable's next item.
  const sessionNamed =
    any(c, 'session', 'workingGroup') || (c.has('upr') && parsed.sessionNumbers.length > 0);
  if ((status || elapsed) && object === 'session' && !sessionNamed && !clause.states.length) add('nowNext');
  else if (status || elapsed) add('status');
  if (
    c.has('when') &&
    !speaking &&
    !until &&
    !c.has('sameDay') &&
    !c.has('noTime') &&
    !(c.has('howLong') && !c.has('session'))
  ) {
    if (parsed.dates.length && !clause.states.length && !clause.events.length && object !== 'event')
      add('dayAgenda');
    else add('when');
  }
  // "where can I find the national report?": the documents, not the room.
  if (c.has('where') && !c.has('webcast') && !c.has('documents')) add('where');
  if (speaking) add('speakingTime');
  if (c.has('howLong') && !until && !speaking && !elapsed)
    add(object === 'session' && !c.has('review') ? 'when' : 'duration');
  if (c.has('speak') && (c.has('howMany') || (c.has('which') && c.has('statesNoun')))) add('statesSpoke');
  // "who spoke for Nigeria?": who presented its report, its head of delegation.
  if (c.has('who') && c.has('speak') && reviewed.length && /\bfor\b/.test(text)) add('head');
  // "was China's review longer than the others?": a length, not a count of recommendations.
  if (c.has('compare') && /\b(longer|shorter)\b/.test(text) && !c.has('recommendations')) add('duration');

  const person = clause.people.length > 0 || clause.previousHeads.length > 0;
  if (c.has('deputy')) add('deputy');
  if (c.has('lead') || (c.has('officeHolder') && c.has('delegation'))) {
    // "heads of delegation", "all the leaders": every state's; "who heads the delegation": one state's.
    const plural =
      /\b(heads of|leaders|all|every|each|list|delegations)\b/.test(text) || any(c, 'minister', 'ambassador');
    // "which country does Maneesh Gobin represent?" asks who the person is.
    if (person && !reviewed.length) add('role');
    else add(plural && !reviewed.length ? 'headsList' : 'head');
  } else if (c.has('officeHolder') && c.has('who') && !clause.events.length) add('officeHolder');
  // "who is the Chinese ambassador?": the state's head, who holds that rank.
  else if (c.has('who') && any(c, 'minister', 'ambassador') && reviewed.length && !person) add('head');
  // "who from Xinjiang is in the delegation?", "is there a Tibetan in the Chinese delegation?".
  // "is Greenland represented?": a place the delegation's composition names, with a word for its members.
  const aboutMembers =
    ((c.has('delegation') && (clause.topics.length > 0 || /^(is|are) there\b/.test(text))) ||
      (clause.topics.includes('members') && c.has('members'))) &&
    !any(c, 'lead', 'deputy');
  if (aboutMembers) add('members');
  if (c.has('members') && (c.has('delegation') || reviewed.length) && !c.has('lead') && !c.has('troika'))
    add('members');
  if (!c.has('lead') && any(c, 'minister', 'ambassador') && c.has('which') && c.has('statesNoun'))
    add('headsList');

  if (c.has('recommendations')) {
    if (any(c, 'most', 'fewest') || (c.has('compare') && /\b(any|other|another)\b/.test(text)))
      add('ranking');
    else if (c.has('compare')) add('compare');
    else if (any(c, 'accepted', 'rejected', 'noted') || (c.has('replies') && !status)) add('replies');
    else if (!(status && object === 'replies')) add('recommendations');
  } else if (any(c, 'accepted', 'rejected', 'noted') || (c.has('replies') && !status && !c.has('when'))) {
    add('replies');
  } else if (c.has('compare') && reviewed.length && !kinds.includes('duration')) add('compare');

  if (c.has('documents') || (c.has('report') && object !== 'adoption' && !c.has('recommendations')))
    add('documents');
  // A topic word beside another question ("did China accept the recommendations on Hong Kong?")
  // says what that question is about; only on its own does it ask for the review's focus.
  const focusWords =
    c.has('focus') &&
    (clause.topics.length === 0 || !kinds.some((k) => k === 'replies' || k === 'recommendations'));
  // "is the deputy from Hong Kong?": a place beside who holds a post is not a question on the focus.
  const placeOfPerson =
    clause.topics.includes('members') &&
    kinds.some((k) => k === 'head' || k === 'deputy' || k === 'role') &&
    !LEXICON.focus.some((w) => ` ${text} `.includes(` ${w} `));
  if (
    focusWords &&
    !aboutMembers &&
    !placeOfPerson &&
    !clause.events.length &&
    !any(c, 'sideEvent', 'protest', 'pressConference')
  )
    add('focus');
  if (c.has('pledges')) add('pledges');
  if (c.has('approach') && (c.has('delegation') || reviewed.length)) add('approach');
  if (c.has('troika')) add('troika');
  // "is there a livestream of the CSHRS meeting?": what is known of that event, not the reviews' webcast;
  // "side events by Human Rights Watch?": an event question, whatever a name's words are.
  if (c.has('webcast') && !clause.events.length && !any(c, 'sideEvent', 'protest', 'pressConference'))
    add('webcast');
  if (
    c.has('certainty') &&
    // "which Chinese organisations held side meetings?" asks which, not whether it is confirmed.
    !(c.has('which') && object === 'event' && !clause.events.length) &&
    (clause.states.length || clause.events.length || object === 'event') &&
    !c.has('documents') &&
    // "the Hong Kong official in the delegation" is a person, not a question of certainty.
    !c.has('delegation')
  )
    add('certainty');

  if (c.has('upr') && (c.has('whatIs') || /^(the )?(upr|universal periodic review|epu)$/.test(text)))
    add('whatIsUpr');
  // "which UN body runs these reviews?": the mechanism and the body it belongs to.
  else if (
    c.has('whatIs') &&
    c.has('review') &&
    !clause.states.length &&
    /\b(body|bodies|runs|run by|oversees|in charge)\b/.test(text)
  )
    add('whatIsUpr');
  if (c.has('frequency')) add('frequency');
  if (c.has('origin') && !reviewed.length && !c.has('thisOne')) {
    // "when was the UPR created?": its history says when.
    if (kinds.includes('when') && !c.has('session')) kinds.splice(kinds.indexOf('when'), 1);
    add('origin');
  }
  if (c.has('cycle') && !parsed.cycles.some((n) => n < index.session.cycle) && !kinds.length) add('cycle');
  // "how many members does the Council have?", "who sits in the Working Group?".
  if (
    (c.has('workingGroup') || (c.has('council') && !c.has('adopt'))) &&
    any(c, 'who', 'members', 'howMany', 'whatIs') &&
    !reviewed.length
  )
    add('workingGroup');

  const eventKinds = kinds.filter((k) => k === 'when' || k === 'where' || k === 'status' || k === 'until');
  if (object === 'event' && (!kinds.length || eventKinds.length === kinds.length)) {
    for (const k of eventKinds) kinds.splice(kinds.indexOf(k), 1);
    if (eventKinds.includes('status') || eventKinds.includes('until'))
      add(eventKinds.includes('until') ? 'until' : 'status');
    else add('events');
  }

  // "how long does a review last?": "last" is the verb there.
  const ordering =
    (any(c, 'before', 'after', 'order', 'first') ||
      // "reviews between 24 and 26 Jan" names a span of days, not a place in the order.
      (c.has('between') && parsed.dates.length < 2) ||
      (c.has('last') && !c.has('howLong'))) &&
    !c.has('compare');
  // "China's first review" is its first cycle; "the very first review" is the session's first.
  const earlier =
    (parsed.cycles.length > 0 && (reviewed.length > 0 || /\bcycles?\b/.test(text))) || c.has('previous');
  // "how many times has China been reviewed?", "has it been reviewed before?": its reviews so far.
  if (
    reviewed.length === 1 &&
    ((c.has('howMany') && /\btimes\b/.test(text)) || /\b(reviewed|examined) before$|\bbefore$/.test(text))
  ) {
    kinds.length = 0;
    add('history');
    return kinds;
  }
  // "how many days between China's review and its report's adoption?": two dates and the gap.
  if (c.has('between') && c.has('adopt') && reviewed.length === 1) {
    kinds.length = 0;
    add('gap');
    return kinds;
  }
  if (
    ordering &&
    !earlier &&
    // "the press conference after China's review": "after" places the event, it asks no order.
    !kinds.some((k) => k === 'until' || k === 'status' || k === 'events') &&
    !(object === 'event' && kinds.includes('certainty')) &&
    (reviewed.length || any(c, 'review', 'statesNoun', 'who', 'order', 'which'))
  ) {
    if (!(c.has('first') && c.has('session'))) {
      add('order');
      // "when is the last review?": the order's answer gives its date.
      if (!reviewed.length && kinds.includes('when')) kinds.splice(kinds.indexOf('when'), 1);
    }
  }
  // "when did the fourth cycle start?": the cycle's own dates.
  if (c.has('cycle') && !reviewed.length && kinds.every((k) => k === 'when' || k === 'status')) {
    kinds.length = 0;
    add('cycle');
  }
  if (c.has('howMany') && c.has('statesNoun') && !c.has('speak') && !kinds.includes('recommendations'))
    add('statesCount');
  if (
    !reviewed.length &&
    !kinds.includes('order') &&
    !kinds.includes('statesCount') &&
    ((c.has('statesNoun') && any(c, 'which', 'all', 'who')) ||
      /\bwho is (being )?reviewed\b/.test(text) ||
      any(c, 'noTime', 'morning', 'afternoon'))
  ) {
    if (
      !kinds.includes('statesSpoke') &&
      !kinds.includes('headsList') &&
      !kinds.includes('troika') &&
      !person
    ) {
      // "who is reviewed today?": the day's timetable.
      add(parsed.dates.length ? 'dayAgenda' : any(c, 'now', 'ongoing') ? 'nowNext' : 'statesList');
    }
  }
  if (c.has('nextSteps')) add('nextSteps');
  // "what was the outcome of China's review?": its recommendations and what followed.
  if (c.has('outcome') && !c.has('adopt') && reviewed.length && !kinds.length) {
    add('recommendations');
    add('nextSteps');
  }
  if (c.has('organiser') && (clause.events.length || any(c, 'sideEvent', 'protest', 'pressConference')))
    add('events');
  if (c.has('updates') && reviewed.length && !kinds.length) add('updates');
  if (/\b(slots?|per day|a day|each day)\b/.test(text) && !reviewed.length && !kinds.includes('statesList'))
    add('slots');
  if (!kinds.length && parsed.dates.length && !clause.states.length && !clause.events.length)
    add('dayAgenda');
  if (!kinds.length && any(c, 'next', 'now', 'ongoing') && !reviewed.length) add('nowNext');
  // "is China being reviewed right now?": where its review stands; "what's next for China?": its timetable.
  if (!kinds.length && any(c, 'now', 'ongoing') && !c.has('next') && reviewed.length) add('status');
  if (!kinds.length && (c.has('next') || c.has('now')) && reviewed.length) add('nowNext');
  if (
    (clause.people.length || clause.previousHeads.length) &&
    (!kinds.length || any(c, 'role', 'minister', 'ambassador') || (c.has('who') && !c.has('lead')))
  ) {
    if (!kinds.includes('head') || any(c, 'role', 'minister', 'ambassador')) add('role');
  }
  if (clause.organisations.length && c.has('role')) add('events');
  if (!kinds.length && (clause.events.length || any(c, 'sideEvent', 'protest', 'pressConference')))
    add('events');
  if (!kinds.length && earlier && (clause.states.length || c.has('review'))) add('previousReviews');
  if (!kinds.length && c.has('review') && c.has('previous')) add('previousReviews');
  return kinds;
}

export interface Plan {
  tasks: Task[];
  /** Clauses that name nothing and ask nothing the engine knows: said plainly, never guessed. */
  notUnderstood: Clause[];
}

const PERSONAL = /\b(he|his|him|she|her|il|elle|lui)\b|他|她/;

function hasSubject(clause: Clause): boolean {
  return (
    clause.states.length > 0 ||
    clause.world.length > 0 ||
    clause.people.length > 0 ||
    clause.previousHeads.length > 0 ||
    clause.events.length > 0
  );
}

/** The kind a subject named with no question gets: a state's review, a person's role. */
function defaultKinds(clause: Clause, index: UprIndex): Kind[] {
  if (clause.states.some((s) => index.reviewsByState.has(s.code))) return ['overview'];
  if (clause.people.length || clause.previousHeads.length) return ['role'];
  if (clause.events.length) return ['events'];
  if (clause.cues.has('session')) return ['when'];
  return [];
}

/** Cue words that name a dated thing: "and the adoption?" asks the last question of it. */
const MILESTONE_CUES = new Set<Cue>([
  'adopt',
  'council',
  'replies',
  'review',
  'session',
  'sideEvent',
  'protest',
  'pressConference',
  // "…, and what was the average?": a measure of the thing asked before.
  'average',
  'most',
  'fewest',
]);

const TIMED = new Set<Kind>(['when', 'status', 'until', 'duration']);
/** Kinds about a topic rather than a dated milestone: "it" after them means the topic. */
const TOPICS = new Set<Kind>(['cycle', 'origin', 'workingGroup', 'whatIsUpr', 'frequency']);

/** Cue words that ask nothing on their own ("and who is it?"). */
const BARE = new Set<Cue>(['who', 'which', 'pronoun', 'yesNo', 'thisOne', 'all']);

/** Kinds that take every state of the clause together, not one by one. */
const TOGETHER = new Set<Kind>([
  'partIn',
  'sameDay',
  'order',
  'said',
  'troika',
  'statesList',
  'headsList',
  'ranking',
  'compare',
]);

/** A clause that opens with a question word asks a question of its own. */
const STARTER_WORD =
  /^(who|whom|whose|what|when|where|which|how|is|are|does|do|did|will|can|has|have|was|were)\b/;

/**
 * Items of a list that ask nothing themselves ("China's review, its WG adoption and its HRC
 * adoption: dates?") take what the first later clause asks.
 */
function asksFromListEnd(
  clauses: readonly Clause[],
  parsed: ParsedQuestion,
  index: UprIndex,
): Map<Clause, Kind[]> {
  const borrowed = new Map<Clause, Kind[]>();
  let waiting: Clause[] = [];
  for (const clause of clauses) {
    const kinds = asksOf(clause, parsed, index);
    // Only an item that asks nothing at all ("its WG adoption"), not a question the engine did
    // not understand ("who's PR of Jordan"): that one is said to be not understood, not re-asked.
    const bareItem = !STARTER_WORD.test(clause.text) && !clause.cues.has('who') && !clause.cues.has('which');
    if (!kinds.length) {
      if (bareItem) waiting.push(clause);
      continue;
    }
    for (const item of waiting) borrowed.set(item, kinds);
    waiting = [];
  }
  return borrowed;
}

/** Kinds about the whole timetable: a clause asking only these is about no one subject. */
const SESSION_WIDE = new Set<Kind>([
  'nowNext',
  'dayAgenda',
  'statesList',
  'slots',
  'statesCount',
  'reviewsSoFar',
]);

/** The reviewed states whose review falls on one of the days. */
function statesOnDays(days: readonly string[], index: UprIndex): State[] {
  if (!days.length) return [];
  const zone = index.session.zone;
  return index.reviews
    .filter((r) => {
      const day = r.when.date ?? (r.when.start ? dayIn(r.when.start, zone) : undefined);
      return day !== undefined && days.includes(day);
    })
    .map((r) => index.states.get(r.state))
    .filter((s): s is State => s !== undefined);
}

/** Cues a follow-up without a subject keeps from the clause before: what was being asked about. */
const CARRIED = new Set<Cue>(['speak']);

/** Kinds asked year by year when several years are named. */
const BY_YEAR = new Set<Kind>(['recommendations', 'replies', 'head', 'previousReviews']);

/**
 * "still going?? the china one": a question with no subject, followed by a subject with no
 * question, is one question about that subject.
 */
function mergeTrailingSubjects(
  clauses: readonly Clause[],
  parsed: ParsedQuestion,
  index: UprIndex,
): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const asking = clauses[i]!;
    const named = clauses[i + 1];
    // "what's the room and time for Malta?": the first item of a list is asked of the subject the
    // list ends with (a new question, "…, and who leads China?", starts with a question word).
    if (
      named &&
      i === 0 &&
      !hasSubject(asking) &&
      !asking.pronoun &&
      hasSubject(named) &&
      !STARTER_WORD.test(named.text) &&
      ![...asking.cues].some((c) => c === 'session' || c === 'council' || c === 'upr' || c === 'cycle') &&
      asksOf(asking, parsed, index).some((k) => !SESSION_WIDE.has(k))
    ) {
      out.push({
        ...asking,
        states: named.states,
        people: named.people,
        events: named.events,
        world: named.world,
      });
      continue;
    }
    if (
      named &&
      !hasSubject(asking) &&
      !asking.pronoun &&
      hasSubject(named) &&
      (i === 0 || !hasSubject(clauses[i - 1]!)) &&
      asksOf(asking, parsed, index).length > 0 &&
      asksOf(named, parsed, index).length === 0 &&
      [...named.cues].every((c) => BARE.has(c) || MILESTONE_CUES.has(c))
    ) {
      out.push({
        ...asking,
        text: `${asking.text} ${named.text}`,
        words: [...asking.words, ...named.words],
        cues: new Set([...asking.cues, ...named.cues]),
        states: named.states,
        world: named.world,
        people: named.people,
        previousHeads: named.previousHeads,
        events: named.events,
        organisations: named.organisations,
      });
      i++;
    } else out.push(asking);
  }
  return out;
}

/** Words that ask for the whole session's figure, even beside a state's name. */
const ACROSS_ALL =
  /\b(across (all|the|every)|all (the )?(states|countries|reviews)|every (state|country)|not just|not only|whole session|entire session|session[- ]wide)\b/;

export function planTasks(parsed: ParsedQuestion, index: UprIndex): Plan {
  const tasks: Task[] = [];
  const notUnderstood: Clause[] = [];
  let last: Clause | undefined;
  let lastKinds: Kind[] = [];
  let lastPerson: Person | undefined;
  let lastObject: Milestone | undefined;
  const clauses = mergeTrailingSubjects(parsed.clauses, parsed, index);
  const borrowed = asksFromListEnd(clauses, parsed, index);
  for (const own of clauses) {
    let clause = own;
    // "ok China's done. what's next on the schedule?": a question about the whole timetable keeps
    // no subject from before.
    // "Saudi Arabia goes this morning? what time is that in Riyadh": "that" points at the subject before.
    const pointsBack =
      !hasSubject(own) &&
      last !== undefined &&
      hasSubject(last) &&
      /\b(is|was|be) (that|this)\b/.test(own.text);
    const bare = hasSubject(own) || own.pronoun || pointsBack ? [] : asksOf(own, parsed, index);
    const sessionWide = bare.length > 0 && bare.every((k) => SESSION_WIDE.has(k));
    // "which states are reviewed on 30 January, and who leads them?": the states of that day.
    const dayStates =
      !hasSubject(own) && last && !hasSubject(last) && /\b(them|they|their|those|these)\b/.test(own.text)
        ? statesOnDays(parsed.dates, index)
        : [];
    if (dayStates.length) clause = { ...own, states: dayStates };
    else if (!hasSubject(own) && last && !sessionWide) {
      // "who leads Nigeria's delegation, and is he a minister?": he is the head just named.
      if (PERSONAL.test(own.text) && lastPerson) clause = { ...own, people: [lastPerson] };
      else
        clause = {
          ...own,
          states: last.states,
          people: last.people,
          events: last.events,
          previousHeads: last.previousHeads,
          world: last.world,
        };
      // "how many states spoke, and how long did each get?": the second asks of the same speaking.
      const carried = [...last.cues].filter((c) => CARRIED.has(c) && !own.cues.has(c));
      if (carried.length && any(own.cues, 'howLong', 'howMany'))
        clause = { ...clause, cues: new Set([...own.cues, ...carried]) };
    }
    // "Good afternoon,": a courtesy, not a question.
    if (!hasSubject(own) && own.cues.size > 0 && [...own.cues].every((c) => c === 'greeting')) continue;
    // "…, and is Germany on its troika?": "its" is the reviewed state named before, beside Germany.
    if (
      own.pronoun &&
      last &&
      hasSubject(own) &&
      !own.states.some((s) => index.reviewsByState.has(s.code)) &&
      last.states.some((s) => index.reviewsByState.has(s.code))
    ) {
      const owner = last.states.find((s) => index.reviewsByState.has(s.code))!;
      const owners = new Map(own.owners);
      if (own.cues.has('troika') && !owners.has('troika')) owners.set('troika', owner);
      clause = { ...own, states: [owner, ...own.states], owners };
    }
    // "…, and what's the weather in Geneva?": a part about something else is named, not answered.
    if (own.cues.has('offTopic')) {
      notUnderstood.push(own);
      continue;
    }
    let kinds = asksOf(clause, parsed, index);
    // "China's review is over, what next?": what follows for that state, not the whole timetable.
    const lastReviewed = last?.states.filter((s) => index.reviewsByState.has(s.code)) ?? [];
    if (
      (sessionWide ||
        (own.pronoun && /\b(next|follows?|what now|now what|then what|after that)\b/.test(own.text))) &&
      !hasSubject(own) &&
      lastReviewed.length === 1 &&
      last &&
      any(last.cues, 'over', 'started') &&
      kinds.length === 1 &&
      (kinds[0] === 'nowNext' || kinds[0] === 'order') &&
      !any(own.cues, 'review', 'session') &&
      // "…, what's next on the schedule?" asks the timetable's next item.
      !/\b(schedule|timetable|programme|program|agenda|calendar|list)\b/.test(own.text)
    ) {
      clause = { ...own, states: lastReviewed };
      kinds = ['nextSteps'];
    }
    // "when is the first review, and who is it?": a bare follow-up the answer before already covers.
    if (!kinds.length && !hasSubject(own) && last && [...own.cues].every((c) => BARE.has(c))) continue;
    // "...; how many did China receive this time?", "and Nigeria?", "and the adoption?": the
    // question asked before, of the new subject or milestone; anything else is not guessed at.
    const follows = hasSubject(own) || [...own.cues].some((c) => MILESTONE_CUES.has(c));
    // "China's review, its WG adoption and its HRC adoption: dates please": asked at the list's end.
    if (!kinds.length && follows && borrowed.has(own)) kinds = borrowed.get(own)!;
    if (!kinds.length && lastKinds.length && follows) kinds = lastKinds;
    // "who's in Saudi Arabia's troika and who's in Jordan's?": the noun left out is the one before.
    if (
      lastKinds.includes('troika') &&
      kinds.length === 1 &&
      kinds[0] === 'members' &&
      !own.cues.has('delegation') &&
      !own.cues.has('troika')
    ) {
      kinds = ['troika'];
      const owner = clause.states.find((st) => index.reviewsByState.has(st.code));
      if (owner) clause = { ...clause, owners: new Map([...clause.owners, ['troika', owner]]) };
    }
    // "when did the fourth cycle begin, and when does it end?": "it" is the topic asked about.
    if (
      own.cues.has('pronoun') &&
      !hasSubject(own) &&
      kinds.every((k) => TIMED.has(k)) &&
      lastKinds.some((k) => TOPICS.has(k))
    )
      kinds = lastKinds;
    // "when does Chen Xu speak at the council adoption?": a person's state is the subject of a dated question.
    const personState = clause.people[0]?.state ? index.states.get(clause.people[0].state) : undefined;
    if (
      !clause.states.length &&
      personState &&
      [...own.cues].some((c) => MILESTONE_CUES.has(c) && c !== 'session')
    )
      clause = { ...clause, states: [personState] };
    // "Chen Xu is the deputy, isn't he?": a person's post checked, of the delegation of their state.
    if (
      !clause.states.length &&
      personState &&
      index.reviewsByState.has(personState.code) &&
      kinds.some((k) => k === 'head' || k === 'deputy')
    )
      clause = { ...clause, states: [personState] };
    // "when did Professor Chang arrive in Geneva?": what is known of the person, with its dates.
    if (
      clause.people.length &&
      !clause.states.length &&
      kinds.length &&
      kinds.every((k) => TIMED.has(k) || k === 'where')
    )
      kinds = ['role'];
    // "china outcome adoption at the council - that's tomorrow right?", "China's review is 6 Nov?":
    // a dated milestone named with no question asks when it is.
    if (
      !kinds.length &&
      clause.states.length &&
      (['adoption', 'councilAdoption', 'replies'].includes(objectOf(clause)) ||
        parsed.dates.length > 0 ||
        /\b\d{1,2}[:.h]\d{2}\b/.test(clause.text))
    )
      kinds = ['when'];
    if (!kinds.length) kinds = defaultKinds(clause, index);
    // "I'm in Lagos, when does Nigeria's review start?": where the reader is sets the clock, asks nothing.
    if (!kinds.length && own.zoneOnly && !hasSubject(own)) continue;
    if (!kinds.length) {
      if (own.text.split(' ').length > 1 || !parsed.clauses.length) notUnderstood.push(own);
      continue;
    }
    // "when is Senegal's report adopted, and when is Chad's?": the milestone asked before, of the new subject.
    const object =
      lastObject && ![...own.cues].some((c) => MILESTONE_CUES.has(c)) && kinds.every((k) => TIMED.has(k))
        ? lastObject
        : objectOf(clause);
    const earlier =
      !clause.cues.has('thisOne') &&
      ((parsed.cycles.some((n) => n < index.session.cycle) && clause.states.length > 0) ||
        clause.years.some((y) => y < Number(index.session.window.start.slice(0, 4))) ||
        clause.cues.has('previous') ||
        // "China's last review", "last time" — not "how much longer will it last?".
        (/\blast (upr |universal periodic )?(review|cycle|time)\b/.test(clause.text) &&
          clause.states.length > 0 &&
          !clause.cues.has('order')));
    // "total recommendations across all states, not just China": the session's figure.
    if (kinds.includes('recommendations') && ACROSS_ALL.test(clause.text))
      clause = { ...clause, states: [], world: [] };
    const reviewed = clause.states.filter((s) => index.reviewsByState.has(s.code));
    const states = reviewed.length ? reviewed : clause.states;
    // "recommendations in 2013, 2018 and 2024?": one answer per year named.
    const years = clause.years.length > 1 && kinds.some((k) => BY_YEAR.has(k)) ? clause.years : [undefined];
    for (const year of years)
      for (const kind of kinds) {
        const thisYear = year === undefined ? {} : { years: [year] };
        const isEarlier =
          year === undefined ? earlier : year < Number(index.session.window.start.slice(0, 4));
        const base = { kind, object, clause, events: clause.events, earlier: isEarlier, ...thisYear };
        // "tell me about Eric Chan and Chen Xu": one answer per person named.
        if (kind === 'role' && clause.people.length > 1) {
          for (const person of clause.people) tasks.push({ ...base, others: [], person });
          continue;
        }
        if (TOGETHER.has(kind) || states.length <= 1) {
          tasks.push({
            ...base,
            ...(states[0] ? { state: states[0] } : {}),
            others: [...states.slice(1), ...clause.states.filter((s) => !states.includes(s))],
            ...(clause.people[0] ? { person: clause.people[0] } : {}),
          });
        } else {
          for (const state of states)
            tasks.push({
              ...base,
              state,
              others: [],
              ...(clause.people[0] ? { person: clause.people[0] } : {}),
            });
        }
        if ((kind === 'head' || kind === 'deputy') && reviewed[0]) {
          const role = index.reviewsByState.get(reviewed[0].code)?.delegation[
            kind === 'head' ? 'head' : 'deputy'
          ];
          const person = role?.person ? index.people.get(role.person) : undefined;
          if (person) lastPerson = person;
        }
      }
    if (clause.people[0]) lastPerson = clause.people[0];
    last = clause;
    lastKinds = kinds;
    lastObject = object;
  }
  return { tasks, notUnderstood };
}
