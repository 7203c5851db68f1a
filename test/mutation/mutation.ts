// npm run test:mutation (StrykerJS over every group of test/mutation/groups.json, incrementally) and npm run test:mutation:check (the committed results against the floors; a run over the groups whose modules or tests changed since).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

interface Group {
  mutate: string[];
  tests: string[];
}

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}

/** Stryker's JSON report, which is also its incremental file. */
interface Report {
  files: Record<string, { source: string; mutants: (Mutant & { statusReason?: string })[] }>;
  testFiles?: Record<string, { source?: string }>;
  projectRoot?: string;
  framework?: { branding?: unknown };
}

export interface FileScore {
  file: string;
  group: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  /** (killed + timeout) / (killed + timeout + survived + no coverage), in percent. */
  score: number;
}

const groups = JSON.parse(readFileSync('test/mutation/groups.json', 'utf8')) as Record<
  string,
  Group
>;
const floors = JSON.parse(readFileSync('test/mutation/floors.json', 'utf8')) as Record<
  string,
  number
>;
const incrementalFile = (group: string) => `test/mutation/incremental/${group}.json`;

function readReport(group: string): Report | null {
  const file = incrementalFile(group);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : null;
}

export function scoresOf(group: string, report: Report): FileScore[] {
  return groups[group]!.mutate.map((file) => {
    const mutants = report.files[file]?.mutants ?? [];
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const detected = killed + timeout;
    const valid = detected + survived + noCoverage;
    return {
      file,
      group,
      killed,
      timeout,
      survived,
      noCoverage,
      ignored: count('Ignored'),
      score: valid === 0 ? 0 : Math.floor((detected / valid) * 10_000) / 100,
    };
  });
}

/** The modules of a group whose source differs from the one its committed results were made on. */
function changedModules(group: string, report: Report | null): string[] {
  return groups[group]!.mutate.filter(
    (file) => report?.files[file]?.source !== readFileSync(file, 'utf8'),
  );
}

/** The test files of a group's results that changed or are gone since (a weakened test shows here). */
function changedTests(report: Report | null): string[] {
  return Object.entries(report?.testFiles ?? {})
    .filter(([file, test]) => !existsSync(file) || test.source !== readFileSync(file, 'utf8'))
    .map(([file]) => file);
}

/**
 * The results as committed: paths relative to the project (Stryker writes its absolute root and
 * sandbox paths into stack traces), without the report's logo.
 */
function portable(report: Report): Report {
  const root = process.cwd();
  const sandbox = new RegExp(`${escapeRegExp(root)}/\\.stryker-tmp/sandbox-[^/]+/`, 'g');
  const rooted = new RegExp(`${escapeRegExp(root)}/`, 'g');
  const relative = (text: string) => text.replace(sandbox, '').replace(rooted, '');
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) {
      if (m.statusReason) m.statusReason = relative(m.statusReason);
    }
  }
  delete report.projectRoot;
  if (report.framework) delete report.framework.branding;
  return report;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function runStryker(group: string, mutate?: string[], concurrency = '1'): void {
  const before = readReport(group);
  const args = ['stryker', 'run', ...(mutate ? ['--mutate', mutate.join(',')] : [])];
  // Stryker reuses a static mutant's result while its module is unchanged, even when the tests
  // changed (no test is known to cover it): MUTATION_FORCE=1 tests every mutant again.
  if (process.env.MUTATION_FORCE === '1') args.push('--force');
  console.log(`\n== mutation group ${group}: npx ${args.join(' ')}`);
  const result = spawnSync('npx', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATION_GROUP: group,
      MUTATION_CONCURRENCY: process.env.MUTATION_CONCURRENCY ?? concurrency,
    },
  });
  if (result.status !== 0) throw new Error(`stryker run for ${group} exited ${result.status}`);
  // A run over some of the group's modules reports only those: keep the others' results.
  const after = readReport(group)!;
  for (const [file, results] of Object.entries(before?.files ?? {})) {
    if (!(file in after.files) && groups[group]!.mutate.includes(file)) {
      after.files[file] = results;
    }
  }
  writeFileSync(incrementalFile(group), JSON.stringify(portable(after)));
}

function table(scores: FileScore[]): string {
  const rows = scores.map(
    (s) =>
      `| \`${s.file}\` | ${s.group} | ${s.score.toFixed(2)} | ${floors[s.file] ?? '-'} | ${s.killed + s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} |`,
  );
  const all = scores.reduce(
    (t, s) => ({
      detected: t.detected + s.killed + s.timeout,
      undetected: t.undetected + s.survived + s.noCoverage,
      survived: t.survived + s.survived,
      noCoverage: t.noCoverage + s.noCoverage,
      ignored: t.ignored + s.ignored,
    }),
    { detected: 0, undetected: 0, survived: 0, noCoverage: 0, ignored: 0 },
  );
  const total = Math.floor((all.detected / (all.detected + all.undetected)) * 10_000) / 100;
  return [
    '| module | group | score % | floor % | killed | survived | no coverage | ignored |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **all** | | **${total.toFixed(2)}** | 85 | ${all.detected} | ${all.survived} | ${all.noCoverage} | ${all.ignored} |`,
  ].join('\n');
}

/** Every survivor and uncovered mutant, as `file:line:column mutator: replacement`. */
function survivors(group: string, report: Report): string[] {
  const lines: string[] = [];
  for (const file of groups[group]!.mutate) {
    for (const m of report.files[file]?.mutants ?? []) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90);
      lines.push(`${at} ${m.status} ${m.mutatorName}: ${replacement}`);
    }
  }
  return lines;
}

/** The score table of docs/testing.md, between its markers, after a run over every group. */
function writeScores(markdown: string): void {
  const doc = 'docs/testing.md';
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- mutation-scores:start -->';
  const end = '<!-- mutation-scores:end -->';
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  writeFileSync(doc, `${before}\n\n### Scores (last full run)\n\n${markdown}\n\n${after}`);
  spawnSync('npx', ['prettier', '--write', doc], { stdio: 'inherit' });
}

function belowFloor(scores: FileScore[]): FileScore[] {
  return scores.filter((s) => s.score < (floors[s.file] ?? 85));
}

function main(): void {
  const [command = 'check', ...args] = process.argv.slice(2);
  const only = args.find((a) => a.includes(':'))?.split(':')[1];
  const names = args.map((a) => a.split(':')[0]!);
  const chosen = names.length > 0 ? names : Object.keys(groups);
  for (const name of chosen) {
    if (!groups[name]) throw new Error(`unknown group ${name}; one of ${Object.keys(groups)}`);
  }
  const scores: FileScore[] = [];
  if (command === 'run') {
    // `group:module` mutates one module of a group again (its other modules' results are kept).
    for (const group of chosen) runStryker(group, only ? [only] : undefined);
  } else if (command === 'check') {
    // The committed results stand for the modules they were made on; a module changed since is
    // mutated again (incrementally: only its changed mutants, and those whose tests changed).
    for (const group of chosen) {
      const report = readReport(group);
      const modules = changedModules(group, report);
      const tests = changedTests(report);
      if (modules.length === 0 && tests.length === 0) continue;
      console.log(`${group}: changed since its results: ${[...modules, ...tests].join(', ')}`);
      // A changed test may have stopped killing a mutant of any module of the group; Stryker's
      // incremental mode tests again only the mutants whose code or covering tests changed.
      // CI's machine is otherwise idle by now: one worker per core.
      runStryker(group, tests.length > 0 ? undefined : modules, '2');
    }
  } else if (command !== 'report') {
    throw new Error(`unknown command ${command}: run, check or report`);
  }
  for (const group of chosen) {
    const report = readReport(group);
    if (!report) throw new Error(`no results for ${group}: npm run test:mutation -- ${group}`);
    const stale = [...changedModules(group, report), ...changedTests(report)];
    if (stale.length > 0) throw new Error(`results for ${group} are older than ${stale}`);
    scores.push(...scoresOf(group, report));
    if (command === 'report') {
      console.log(`\n${group}:`);
      for (const line of survivors(group, report)) console.log(`  ${line}`);
    }
  }
  console.log(`\n${table(scores)}\n`);
  if (command === 'run' && names.length === 0) writeScores(table(scores));
  const failing = belowFloor(scores);
  if (failing.length > 0) {
    for (const s of failing) {
      console.error(
        `${s.file}: mutation score ${s.score} % is below its floor of ${floors[s.file] ?? 85} %`,
      );
    }
    process.exitCode = 1;
    return;
  }
  console.log(`mutation scores: ${scores.length} modules at or above their floors`);
}

main();
