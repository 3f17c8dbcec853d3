import type {
  DataSet,
  Fact,
  Person,
  PreviousReview,
  Replies,
  Review,
  ReviewUpdate,
  Session,
  SideEvent,
  Source,
  State,
  UprDocument,
} from './data-schema.ts';

/** The data set with the lookups every query needs, built once per import. */
export interface UprIndex {
  data: DataSet;
  session: Session;
  sources: Map<string, Source>;
  states: Map<string, State>;
  people: Map<string, Person>;
  reviewsByState: Map<string, Review>;
  /** Reviews in their order of review. */
  reviews: Review[];
  events: SideEvent[];
  documentsByReview: Map<string, UprDocument[]>;
  previousByState: Map<string, PreviousReview[]>;
  facts: Fact[];
  updatesByState: Map<string, ReviewUpdate[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexDataSet(data: DataSet): UprIndex {
  const session = data.sessions[0]!;
  const reviews = data.reviews.filter((r) => r.session === session.id).sort((a, b) => a.order - b.order);
  return {
    data,
    session,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    states: new Map(data.states.map((s) => [s.code, s])),
    people: new Map(data.people.map((p) => [p.id, p])),
    reviewsByState: new Map(reviews.map((r) => [r.state, r])),
    reviews,
    events: data.events.filter((e) => e.session === session.id),
    documentsByReview: groupBy(data.documents, (d) => d.review),
    previousByState: groupBy(
      [...data.previousReviews].sort((a, b) => a.cycle - b.cycle),
      (p) => p.state,
    ),
    facts: data.facts,
    updatesByState: groupBy(
      [...data.updates].sort((a, b) => a.published.localeCompare(b.published)),
      (u) => u.state,
    ),
  };
}

export function stateName(index: UprIndex, code: string): string {
  return index.states.get(code)?.name ?? code;
}

export function sourcesOf(index: UprIndex, ids: readonly string[]): Source[] {
  return ids.map((id) => index.sources.get(id)).filter((s): s is Source => s !== undefined);
}

export function personLabel(person: Person): string {
  return [person.honorific, person.name].filter(Boolean).join(' ');
}

/** "290 accepted", "8 partially accepted", ...: a state's replies as counted in the data. */
export function replyCounts(replies: Replies): string[] {
  return [
    replies.accepted !== undefined ? `${replies.accepted} accepted` : '',
    replies.partiallyAccepted !== undefined ? `${replies.partiallyAccepted} partially accepted` : '',
    replies.noted !== undefined ? `${replies.noted} noted` : '',
    replies.rejected !== undefined ? `${replies.rejected} rejected` : '',
  ].filter(Boolean);
}
