// Configuration is listed once: docs/configuration.md names every variable the config schema reads, with its default, and nothing else; .env.example agrees.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema, limitVariable } from '../../src/config.js';
import { defaultArgumentLimits as defaultLimits } from '../../src/config.js';
import { repoPath } from '../../src/packageRoot.js';

const root = repoPath(import.meta.url, '');
const doc = readFileSync(path.join(root, 'docs/configuration.md'), 'utf8');
const envExample = readFileSync(path.join(root, '.env.example'), 'utf8');

/** The rows of the table under a `## heading`: its cells, without the header and the rule. */
function tableUnder(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const section = doc.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The `VARIABLE` code spans of a cell. */
function variablesIn(cell: string): string[] {
  return [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!);
}

/** A default as the page writes it: none (unset), empty, or the value in a code span. */
function documentedValue(cell: string): string | undefined {
  if (cell === 'none') return undefined;
  if (cell === 'empty') return '';
  const value = /^`([^`]*)`$/.exec(cell)?.[1];
  if (value === undefined)
    throw new Error(`a default must be none, empty or one code span: ${cell}`);
  return value;
}

const schemaVariables = Object.keys(envSchema.shape).sort();
const limitVariables = Object.keys(defaultLimits).map(limitVariable).sort();
const schemaDefaults = envSchema.parse({}) as Record<string, unknown>;

describe('docs/configuration.md', () => {
  const server = tableUnder('The server');
  const limits = tableUnder('Argument limits');

  it('lists every variable the configuration schema reads, once, and no other', () => {
    const documented = server.map(([variable]) => variablesIn(variable!));
    expect(documented.every((names) => names.length === 1)).toBe(true);
    expect(documented.flat().sort()).toEqual(schemaVariables);
  });

  it("gives each the schema's own default", () => {
    for (const [cell, stated] of server) {
      const [variable] = variablesIn(cell!);
      const value = documentedValue(stated!);
      const parsed = value === undefined ? undefined : envSchema.parse({ [variable!]: value });
      expect(parsed && (parsed as Record<string, unknown>)[variable!], variable).toEqual(
        schemaDefaults[variable!],
      );
    }
  });

  it('lists a LIMIT_ variable for every argument limit, with its default', () => {
    const documented = limits.map(([variable, stated]) => [variablesIn(variable!)[0], stated]);
    expect(documented.map(([variable]) => variable).sort()).toEqual(limitVariables);
    const defaults = Object.fromEntries(
      Object.entries(defaultLimits).map(([name, value]) => [limitVariable(name), `\`${value}\``]),
    );
    for (const [variable, stated] of documented) expect(stated, variable).toBe(defaults[variable!]);
  });

  it('lists only variables the scripts and tests read, under Scripts and tests', () => {
    const code = sourceTexts(['src', 'test', 'bench', 'neo4j', 'web', '.ci']).join('\n');
    const listed = tableUnder('Scripts and tests').flatMap(([variable]) => variablesIn(variable!));
    expect(listed.length).toBeGreaterThan(0);
    for (const variable of listed) {
      expect(schemaVariables, variable).not.toContain(variable);
      const read = new RegExp(`(env\\.|env\\[['"]|\\$\\{?)${variable}\\b`);
      expect(read.test(code), variable).toBe(true);
    }
  });
});

describe('.env.example', () => {
  /** `NAME=value` lines, set or commented out (`# NAME=value`). */
  const lines = [...envExample.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => ({
    set: !match[1],
    variable: match[2]!,
    value: match[3]!,
  }));

  it('names every variable of the configuration schema, and only variables the server reads', () => {
    const named = new Set(lines.map((line) => line.variable));
    expect(schemaVariables.filter((variable) => !named.has(variable))).toEqual([]);
    const unknown = [...named].filter(
      (variable) => !schemaVariables.includes(variable) && !limitVariables.includes(variable),
    );
    expect(unknown).toEqual([]);
  });

  it('sets each variable it sets to its default', () => {
    for (const { set, variable, value } of lines) {
      if (!set || !schemaVariables.includes(variable)) continue;
      const parsed = envSchema.parse({ [variable]: value }) as Record<string, unknown>;
      expect(parsed[variable], variable).toEqual(schemaDefaults[variable]);
    }
  });
});

/** The text of every .ts, .js, .java and shell file under the given folders of the repository. */
function sourceTexts(folders: string[]): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry === 'target' || entry === 'data') continue;
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|js|java)$|^run$/.test(entry)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return texts;
}
