import { DateTime } from 'luxon';
import type { z } from 'zod';
import { type DataSet, dataSetSchema } from './data-schema.ts';

export interface DataProblem {
  /** Where the problem is, as a path into the file: `reviews[3].state`. */
  path: string;
  message: string;
}

export type DataParseResult = { ok: true; data: DataSet } | { ok: false; problems: DataProblem[] };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function zodProblems(error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
}

/** Parses JSON text into a checked data set: shape first, then the references between items. */
export function parseDataSetText(text: string): DataParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseDataSet(json);
}

export function parseDataSet(json: unknown): DataParseResult {
  const parsed = dataSetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = crossReferenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/** The rules a schema cannot state: unique ids, known references, reviews inside their session. */
export function crossReferenceProblems(data: DataSet): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  const uniqueIds = (items: readonly { id: string }[], list: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        report(`${list}[${i}].id`, `duplicate id "${item.id}" (also ${list}[${first}])`);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const sourceIds = uniqueIds(data.sources, 'sources');
  const sessionIds = uniqueIds(data.sessions, 'sessions');
  const personIds = uniqueIds(data.people, 'people');
  const reviewIds = uniqueIds(data.reviews, 'reviews');
  uniqueIds(data.previousReviews, 'previousReviews');
  uniqueIds(data.events, 'events');
  uniqueIds(data.documents, 'documents');
  uniqueIds(data.facts, 'facts');
  uniqueIds(data.updates, 'updates');

  const stateCodes = new Set<string>();
  data.states.forEach((state, i) => {
    if (stateCodes.has(state.code)) report(`states[${i}].code`, `duplicate state "${state.code}"`);
    stateCodes.add(state.code);
    if (state.zone && !DateTime.local().setZone(state.zone).isValid)
      report(`states[${i}].zone`, `unknown time zone "${state.zone}"`);
  });

  const checkState = (code: string, path: string) => {
    if (!stateCodes.has(code)) report(path, `unknown state code "${code}" (not in states)`);
  };
  const checkSources = (ids: readonly string[], path: string) => {
    ids.forEach((sourceId, i) => {
      if (!sourceIds.has(sourceId)) report(`${path}[${i}]`, `unknown source "${sourceId}"`);
    });
  };
  const checkPerson = (personId: string | undefined, path: string) => {
    if (personId !== undefined && !personIds.has(personId)) report(path, `unknown person "${personId}"`);
  };
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const checkInSession = (
    sessionId: string,
    when: { date?: string | undefined; start?: string | undefined },
    path: string,
  ) => {
    const session = sessions.get(sessionId);
    if (!session) {
      if (!sessionIds.has(sessionId)) report(`${path}.session`, `unknown session "${sessionId}"`);
      return;
    }
    const date =
      when.date ?? (when.start ? DateTime.fromISO(when.start).setZone(session.zone).toISODate() : null);
    if (date && (date < session.window.start || date > session.window.end)) {
      report(
        `${path}.when`,
        `${date} is outside session ${session.id} (${session.window.start} to ${session.window.end})`,
      );
    }
  };
  const checkWhen = (when: DataSet['reviews'][number]['when'], path: string, zone: string | undefined) => {
    checkSources(when.sources, `${path}.sources`);
    if (when.end && !when.start) report(`${path}.end`, 'an end without a start');
    if (when.start && when.end && when.end <= when.start) report(`${path}.end`, 'ends before it starts');
    if (when.start && when.date && zone) {
      const local = DateTime.fromISO(when.start).setZone(zone).toISODate();
      if (local !== when.date)
        report(`${path}.start`, `falls on ${local} in ${zone}, not on date ${when.date}`);
    }
  };

  data.sessions.forEach((s, i) => {
    if (!DateTime.local().setZone(s.zone).isValid)
      report(`sessions[${i}].zone`, `unknown time zone "${s.zone}"`);
    checkSources(s.window.sources, `sessions[${i}].window.sources`);
    checkSources(s.place.sources, `sessions[${i}].place.sources`);
  });
  data.people.forEach((p, i) => {
    if (p.state) checkState(p.state, `people[${i}].state`);
    checkSources(p.sources, `people[${i}].sources`);
    p.remarks.forEach((r, j) => {
      checkSources(r.sources, `people[${i}].remarks[${j}].sources`);
    });
  });
  const reviewedStates = new Map<string, number>();
  data.reviews.forEach((r, i) => {
    const path = `reviews[${i}]`;
    const zone = sessions.get(r.session)?.zone;
    checkState(r.state, `${path}.state`);
    const key = `${r.session}:${r.state}`;
    if (reviewedStates.has(key)) report(`${path}.state`, `${r.state} is reviewed twice in ${r.session}`);
    reviewedStates.set(key, i);
    checkInSession(r.session, r.when, path);
    checkWhen(r.when, `${path}.when`, zone);
    checkWhen(r.adoption, `${path}.adoption`, zone);
    if (r.councilAdoption) checkWhen(r.councilAdoption, `${path}.councilAdoption`, zone);
    if (r.replies) {
      checkWhen(r.replies.when, `${path}.replies.when`, zone);
      checkSources(r.replies.sources, `${path}.replies.sources`);
    }
    checkPerson(r.delegation.head.person, `${path}.delegation.head.person`);
    checkPerson(r.delegation.deputy?.person, `${path}.delegation.deputy.person`);
    checkSources(r.delegation.head.sources, `${path}.delegation.head.sources`);
    r.troika.states.forEach((code, j) => {
      checkState(code, `${path}.troika.states[${j}]`);
    });
    checkSources(r.troika.sources, `${path}.troika.sources`);
  });
  data.previousReviews.forEach((p, i) => {
    checkState(p.state, `previousReviews[${i}].state`);
    checkSources(p.sources, `previousReviews[${i}].sources`);
  });
  data.events.forEach((e, i) => {
    const path = `events[${i}]`;
    e.states.forEach((code, j) => {
      checkState(code, `${path}.states[${j}]`);
    });
    checkInSession(e.session, e.when, path);
    checkWhen(e.when, `${path}.when`, sessions.get(e.session)?.zone);
    checkSources(e.sources, `${path}.sources`);
    if (e.outcome) checkSources(e.outcome.sources, `${path}.outcome.sources`);
  });
  data.documents.forEach((d, i) => {
    if (!reviewIds.has(d.review)) report(`documents[${i}].review`, `unknown review "${d.review}"`);
    checkSources(d.sources, `documents[${i}].sources`);
  });
  data.facts.forEach((f, i) => {
    checkSources(f.sources, `facts[${i}].sources`);
  });
  data.updates.forEach((u, i) => {
    checkState(u.state, `updates[${i}].state`);
    checkSources(u.sources, `updates[${i}].sources`);
  });
  return problems;
}
