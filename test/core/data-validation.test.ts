import { describe, expect, it } from 'vitest';
import { parseDataSet, parseDataSetText } from '../../src/core/data-validation.ts';
import { builtInJson } from '../support/built-in.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary parts of the JSON on purpose
type Json = Record<string, any>;

function broken(mutate: (data: Json) => void) {
  const data = builtInJson() as Json;
  mutate(data);
  const result = parseDataSet(data);
  if (result.ok) throw new Error('expected the data to be refused');
  return result.problems;
}

describe('data validation', () => {
  it('accepts the built-in data set', () => {
    expect(parseDataSet(builtInJson()).ok).toBe(true);
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = parseDataSetText('{ "revision": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('names the path of a wrong type', () => {
    const problems = broken((d) => {
      d.reviews[2].order = 'third';
    });
    expect(problems.map((p) => p.path)).toContain('reviews[2].order');
  });

  it('refuses a review outside its session', () => {
    const problems = broken((d) => {
      d.reviews[0].when.date = '2024-03-01';
      delete d.reviews[0].when.start;
      delete d.reviews[0].when.end;
    });
    expect(problems).toContainEqual({
      path: 'reviews[0].when',
      message: expect.stringContaining('outside session upr-wg-45'),
    });
  });

  it('refuses an unknown state code and a malformed one', () => {
    const unknown = broken((d) => {
      d.reviews[1].state = 'XYZ';
    });
    expect(unknown).toContainEqual({
      path: 'reviews[1].state',
      message: 'unknown state code "XYZ" (not in states)',
    });
    const malformed = broken((d) => {
      d.reviews[1].state = 'china';
    });
    expect(malformed.map((p) => p.path)).toContain('reviews[1].state');
  });

  it('refuses duplicate ids, naming both places', () => {
    const problems = broken((d) => {
      d.events[1].id = d.events[0].id;
    });
    expect(problems).toContainEqual({
      path: 'events[1].id',
      message: expect.stringContaining('(also events[0])'),
    });
  });

  it('refuses references to unknown sources and people', () => {
    const problems = broken((d) => {
      d.reviews[2].delegation.head.person = 'nobody';
      d.facts[0].sources = ['no-such-source'];
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['reviews[2].delegation.head.person', 'facts[0].sources[0]']),
    );
  });

  it('refuses a start that falls on another day than its date in the session zone', () => {
    const problems = broken((d) => {
      d.reviews[2].when.start = '2024-01-23T23:30:00Z';
      d.reviews[2].when.end = '2024-01-24T01:00:00Z';
    });
    expect(problems.map((p) => p.path)).toContain('reviews[2].when.start');
  });

  it('refuses an unknown time status', () => {
    const problems = broken((d) => {
      d.reviews[2].when.status = 'rumoured';
    });
    expect(problems.map((p) => p.path)).toContain('reviews[2].when.status');
  });

  it('stores every instant in UTC, however it was written', () => {
    const data = builtInJson() as Json;
    data.reviews[2].when.start = '2024-01-23T09:00:00+01:00';
    data.reviews[2].when.end = '2024-01-23T07:30:00-05:00';
    data.updates[0].published = '2024-06-11T14:00:00.250+02:00';
    const result = parseDataSet(data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.data.reviews[2]!.when).toMatchObject({
      start: '2024-01-23T08:00:00Z',
      end: '2024-01-23T12:30:00Z',
    });
    expect(result.data.updates[0]!.published).toBe('2024-06-11T12:00:00.250Z');
  });

  it('compares start and end as instants, not as text', () => {
    // 12:00+01:00 is before 11:30Z, although "12" sorts after "11".
    const problems = broken((d) => {
      d.reviews[2].when.start = '2024-01-23T11:30:00Z';
      d.reviews[2].when.end = '2024-01-23T12:00:00+01:00';
    });
    expect(problems).toContainEqual({ path: 'reviews[2].when.end', message: 'ends before it starts' });
  });

  it('refuses links that are not web addresses (javascript:, data:, ftp:), naming where they are', () => {
    const problems = broken((d) => {
      d.sources[0].url = 'javascript:alert(document.cookie)';
      d.sessions[0].webcast.url = 'data:text/html,<script>alert(1)</script>';
      d.sources[1].url = 'ftp://example.org/report.pdf';
    });
    const message = 'must be a web address starting with http:// or https://';
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'sources[0].url', message },
        { path: 'sessions[0].webcast.url', message },
        { path: 'sources[1].url', message },
      ]),
    );
  });
});
