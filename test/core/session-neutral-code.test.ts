import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtInData } from '../support/built-in.ts';

// The data set, not the code, knows the session. This fails when a word that names the built-in
// session appears in src/core code: its number, the states it reviews (names and codes), its
// people, its organisers, its topic words, its slot hours. String literals count (a describe(),
// an example, a message are code the user sees). Comments do not: they may illustrate a rule with
// a real case ("China's review in Beijing time"), which reaches no user and decides nothing.

const ROOT = new URL('../../', import.meta.url).pathname;
const CORE = join(ROOT, 'src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The file's code with every comment taken out, as TypeScript prints it. */
function withoutComments(text: string): string {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

interface Forbidden {
  word: string;
  pattern: RegExp;
}

function forbiddenWords(): Forbidden[] {
  const data = builtInData();
  const session = data.sessions[0]!;
  const words = new Set<string>([String(session.number), `${session.number}th`]);
  for (const review of data.reviews) {
    const state = data.states.find((s) => s.code === review.state)!;
    words.add(state.name);
    words.add(state.code);
  }
  for (const person of data.people) {
    words.add(person.name);
    const surname = person.name.split(' ').at(-1)!;
    if (surname.length >= 5) words.add(surname);
  }
  for (const event of data.events)
    for (const name of [...event.organisers, ...event.organiserAcronyms]) words.add(name);
  for (const slot of session.slots) {
    words.add(slot.start);
    words.add(slot.end);
  }
  for (const fact of data.facts.filter((f) => f.topic === 'focus'))
    for (const keyword of fact.keywords) if (/^\p{Lu}/u.test(keyword)) words.add(keyword);
  return [...words].map((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Codes and numbers as written (CAF is a code, "caf" is not); names in any case.
    const flags = /^[A-Z]{3}$|^\d/.test(word) ? 'g' : 'gi';
    return { word, pattern: new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, flags) };
  });
}

describe('src/core knows no session', () => {
  it('names nothing of the built-in session in its code', () => {
    const forbidden = forbiddenWords();
    expect(forbidden.length).toBeGreaterThan(40);
    const hits: string[] = [];
    for (const file of sourceFiles(CORE)) {
      const code = withoutComments(readFileSync(file, 'utf8'));
      for (const line of code.split('\n')) {
        for (const { word, pattern } of forbidden) {
          pattern.lastIndex = 0;
          if (pattern.test(line)) hits.push(`${relative(ROOT, file)}: "${word}" in ${line.trim()}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('sees a name when it is there (the scan works)', () => {
    const code = withoutComments(`const a = /x'/; // China's\nconst b = "x China"; /* Nigeria */`);
    expect(code).toContain('"x China"');
    expect(code).not.toContain("China's");
    expect(code).not.toContain('Nigeria');
  });
});
