import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The project promises Node 20.19 (package.json "engines"); every package it names itself,
// dev tools included, must run there too, or `npm ci` warns and a test may crash on Node 20.

type Version = [number, number, number];

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

function versionOf(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [major, minor, patch];
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The comparators npm packages use in "engines.node": >=, >, <, <=, ^, x-ranges, * (enough for these). */
function accepts(range: string, version: Version): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const [, op = '', rest = ''] = /^(>=|<=|>|<|\^|=)?(.*)$/.exec(comparator) ?? [];
        if (rest === '*' || rest === 'x') return true;
        const wanted = versionOf(rest);
        const order = compare(version, wanted);
        if (op === '>=') return order >= 0;
        if (op === '>') return order > 0;
        if (op === '<') return order < 0;
        if (op === '<=') return order <= 0;
        if (op === '^') return order >= 0 && version[0] === wanted[0];
        // "20.x", "20": the same major (and minor, when given).
        const parts = rest.split('.').filter((p) => /^\d+$/.test(p)).length;
        return version.slice(0, Math.max(parts, 1)).every((n, i) => n === wanted[i]);
      }),
  );
}

describe('Node versions', () => {
  const project = readJson('../../package.json');
  const minimum = versionOf(String(project.engines.node).replace(/^>=\s*/, ''));

  it('reads the ranges packages write', () => {
    expect(accepts('>=20', [20, 19, 0])).toBe(true);
    expect(accepts('>=22', [20, 19, 0])).toBe(false);
    expect(accepts('^20.19.0 || >=22.12.0', [20, 19, 0])).toBe(true);
    expect(accepts('20.x || 22.x', [20, 19, 0])).toBe(true);
    expect(accepts('>= 20.19.0', [20, 18, 1])).toBe(false);
  });

  it('every dependency the project names runs on its minimum Node version', () => {
    expect(minimum).toEqual([20, 19, 0]);
    const names = Object.keys({ ...project.dependencies, ...project.devDependencies });
    const refused = names
      .map((name) => [name, readJson(`../../node_modules/${name}/package.json`).engines?.node] as const)
      .filter(([, range]) => typeof range === 'string' && !accepts(range, minimum))
      .map(([name, range]) => `${name} needs Node ${range}`);
    expect(refused).toEqual([]);
  });
});
