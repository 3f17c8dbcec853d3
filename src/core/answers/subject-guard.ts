import type { Fact, State } from '../data-schema.ts';
import type { Line } from '../reply.ts';
import type { UprIndex } from '../upr-index.ts';
import { possessive } from '../wording/state-words.ts';
import type { Task } from './question-plan.ts';
import { worldDemonyms, worldName, worldStateNames } from './world-states.ts';

// Before a task is answered: is the (subject, ask) pair it stands for one the data holds? A
// question may name a subject beside the one the data knows ("who led the UK delegation at China's
// review?", "who is Senegal's permanent representative?"); answering the neighbour's fact would be
// a confident answer to another question. Such a pair is said to be not known, for that subject.

/** Kinds about a delegation, asked of the state whose delegation it is. */
const DELEGATION_KINDS = new Set(['head', 'deputy', 'members', 'headsList']);

/** "the UK delegation", "France's delegation", "the delegation of Brazil": whose delegation. */
function delegationOwner(task: Task, index: UprIndex): string | undefined {
  const { clause } = task;
  if (clause.zoneOnly && !clause.states.length) return undefined;
  const owned = clause.owners.get('delegation') ?? clause.owners.get('delegations');
  const reviewOwner = clause.owners.get('review') ?? clause.owners.get('reviews');
  // Two states of the data: one owns the delegation, another the review.
  if (owned && reviewOwner && owned.code !== reviewOwner.code) return owned.name;
  // A state outside the data beside a reviewed one: its delegation is asked of the other's review.
  const reviewed = clause.states.some((s) => index.reviewsByState.has(s.code));
  // "the French delegation", "Brazilian diplomats": a demonym beside a delegation word.
  const demonym =
    /\b([a-z]+(?: [a-z]+)?) (delegation|delegations|delegates?|diplomats?|team|ambassador)\b/.exec(
      clause.text,
    );
  const byDemonym =
    demonym && (worldDemonyms().get(demonym[1]!) ?? worldDemonyms().get(demonym[1]!.split(' ').at(-1)!));
  if (reviewed && byDemonym && !clause.states.some((s) => s.code === byDemonym.code))
    return worldName(byDemonym.name);
  const world = clause.world[0];
  if (reviewed && world && /\b(delegation|delegations|team|delegates?)\b/.test(clause.text))
    return worldName(world.name);
  return undefined;
}

/** An office named in the question: "permanent representative", "foreign minister", "ambassador". */
const OFFICE =
  /\b(permanent representative|ambassador|(?:foreign|justice|interior|prime|deputy foreign) minister|minister (?:of|for) (?:foreign affairs|justice|the interior|human rights|state)|foreign secretary|head of state|head of government|(?:vice )?president|king|queen|emir|monarch|crown prince|sultan)\b/;

/** Offices at the head of a state: held only by a title that is that office of that state. */
const STATE_HEAD =
  /^(prime minister|head of state|head of government|(vice )?president|king|queen|emir|monarch|crown prince|sultan)$/;

/** Words of an office that a title must carry to hold it. */
function officeWords(office: string): string[] {
  if (office === 'ambassador') return ['ambassador|permanent representative'];
  if (office === 'permanent representative') return ['permanent representative'];
  const qualifier = office
    .replace(/\b(minister|of|for|the|secretary)\b/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return ['minister|secretary', ...qualifier.map((w) => (w === 'foreign' ? 'foreign' : w))];
}

/** "who is Senegal's permanent representative?": the office, not the delegation, is asked about. */
function officeNotHeld(task: Task, index: UprIndex): { state: State; office: string } | undefined {
  const { clause } = task;
  if (!['head', 'role', 'officeHolder', 'headsList', 'overview'].includes(task.kind)) return undefined;
  if (clause.people.length || clause.previousHeads.length) return undefined;
  // "who is the head of state of Nigeria?" asks of the state's head, not its delegation's.
  const text = clause.text.replace(/\bhead of (state|government)\b/g, 'office');
  if (/\b(delegation|delegations|lead|leads|led|leading|head|heads|headed|heading)\b/.test(text))
    return undefined;
  // "jordan's foreign minister - who is it?": the question word may come after the office.
  if (!/^(who|whom|whats|what|which|name)\b|\bwho\b/.test(clause.text)) return undefined;
  const office = OFFICE.exec(clause.text)?.[1];
  const state = task.state ?? clause.states[0];
  if (!office || !state || !index.reviewsByState.has(state.code)) return undefined;
  const words = officeWords(office);
  const stateHead = STATE_HEAD.test(office)
    ? new RegExp(`^${office} of (the )?${state.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i')
    : undefined;
  const holds = [...index.people.values()].some(
    (p) =>
      p.state === state.code &&
      (stateHead
        ? stateHead.test(p.title ?? '')
        : words.every((w) => new RegExp(`\\b(${w})`, 'i').test(`${p.title ?? ''} ${p.honorific ?? ''}`))),
  );
  return holds ? undefined : { state, office };
}

/** Offices at the head of an organisation. */
const ORGANISATION_OFFICE =
  /\b(director|directors|president|chair|chairs|chairman|chairwoman|chairperson|leader|ceo|secretary general|founder)\b/;

/** The line that says the pair is not known, or nothing when the data holds it. */
export function unheldPair(task: Task, index: UprIndex): Line | undefined {
  if (DELEGATION_KINDS.has(task.kind)) {
    const owner = delegationOwner(task, index);
    // The review is its owner's ("at China's review"), else the reviewed state the task is about.
    const reviewOwner = task.clause.owners.get('review') ?? task.clause.owners.get('reviews');
    const review =
      reviewOwner && index.reviewsByState.has(reviewOwner.code)
        ? reviewOwner
        : task.state && index.reviewsByState.has(task.state.code)
          ? task.state
          : undefined;
    if (owner && review && owner !== review.name) {
      const what =
        task.kind === 'members'
          ? 'Who was in'
          : task.kind === 'deputy'
            ? 'Who was deputy head of'
            : 'Who led';
      return [
        `${what} ${owner}${owner.endsWith('s') ? "'" : "'s"} delegation at ${possessive(review)} review is not known: the bot's data holds only the delegation of each state under review, not those of the states that spoke.`,
      ];
    }
  }
  // "who heads the China Society for Human Rights Studies?": an organiser's own leaders are not data.
  const organisation = task.clause.organisations[0];
  // "who is the UN Association of China's president?", "who chairs CSHRS?": the same, by its office.
  const officeOfIt =
    task.kind === 'events' &&
    task.clause.cues.has('who') &&
    (task.clause.cues.has('officeHolder') || ORGANISATION_OFFICE.test(task.clause.text));
  if ((task.kind === 'head' || task.kind === 'deputy' || officeOfIt) && !task.state && organisation)
    return [
      `Who ${task.kind === 'deputy' ? 'is deputy head of' : 'heads'} ${organisation.includes(' ') ? 'the ' : ''}${organisation} is not known: the bot's data names only the heads and deputies of the delegations of the states under review, and the organisers and speakers of the side meetings.`,
    ];
  const office = officeNotHeld(task, index);
  if (office)
    return [
      `Who is ${possessive(office.state)} ${office.office} is not known: the bot's data names only the heads and deputies of the delegations, and none of them is named as ${possessive(office.state)} ${office.office}.`,
    ];
  return undefined;
}

const texts = new WeakMap<UprIndex, string>();

/** Everything the data set says, in lower case, to tell whether it names something at all. */
function dataText(index: UprIndex): string {
  let text = texts.get(index);
  if (text === undefined) {
    text = JSON.stringify(index.data).toLowerCase();
    texts.set(index, text);
  }
  return text;
}

/** Short names of the UN's own bodies that the engine reads as cue words (the Council, the UPR). */
const OWN_BODIES = new Set(['UN', 'UPR', 'HRC', 'WG', 'UNHRC', 'EPU']);

/**
 * "What role does OHCHR play?", "how can NGOs feed into a review?": an organisation named by its
 * short name, asked about with no state, person or event. The data's general facts that name it
 * answer; one they do not name is said to be unknown, never answered with a neighbouring fact.
 */
export function organisationFacts(
  raw: string,
  index: UprIndex,
): { name: string; facts: Fact[]; source?: true } | undefined {
  const found =
    [...raw.matchAll(/\b([A-Z][A-Z0-9]{1,7})(s?)\b/g)].find((m) => !OWN_BODIES.has(m[1]!)) ??
    // "Amnesty International", "Human Rights Watch": a name in capitals, not the session's own body.
    [...raw.matchAll(/(?<=\S )((?:[A-Z][a-z]+)(?: (?:of |for |the )?[A-Z][a-z]+)+)()/g)].find(
      (m) => !index.session.body.includes(m[1]!) && !index.session.title.includes(m[1]!),
    );
  if (!found) return publisherFacts(raw, index);
  const name = found[1]!;
  const named = new RegExp(`\\b${name}s?\\b`);
  // A name the data holds elsewhere (an organiser, a place, a source, a state of the world) is the
  // rest of the engine's business; only one the general facts name, or nothing names, is this one's.
  const lower = name.toLowerCase();
  const facts = index.facts.filter((f) => !f.subject && named.test(f.text));
  if (!facts.length && (dataText(index).includes(lower) || worldStateNames().has(lower))) return undefined;
  // An organiser's short name is the events' business, not this one's.
  if (index.events.some((e) => e.organiserAcronyms.includes(name))) return undefined;
  if (index.data.states.some((s) => s.code === name)) return undefined;
  return { name: found[0], facts };
}

/** How many of a source's facts tell what the bot takes from it: enough to show, not a dump. */
const PUBLISHER_FACTS = 3;

/**
 * "What is UPR Info?": a publisher of the data's sources, named in any case, is told as one of the
 * bot's sources with what the data takes from it; never the UPR itself in its place.
 */
function publisherFacts(
  raw: string,
  index: UprIndex,
): { name: string; facts: Fact[]; source: true } | undefined {
  const lower = ` ${raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const source of index.sources.values()) {
    const publisher = source.publisher;
    if (!publisher || publisher.length < 4) continue;
    const words = publisher
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!lower.includes(` ${words} `)) continue;
    const ids = new Set(
      [...index.sources.values()].filter((s) => s.publisher === publisher).map((s) => s.id),
    );
    const facts = index.facts
      .filter((f) => f.sources.some((id) => ids.has(id)))
      .sort(
        (a, b) =>
          +b.text.includes(publisher) - +a.text.includes(publisher) ||
          +Boolean(a.subject) - +Boolean(b.subject),
      )
      .slice(0, PUBLISHER_FACTS);
    return { name: publisher, facts, source: true };
  }
  return undefined;
}
