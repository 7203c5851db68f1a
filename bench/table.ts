// Formats benchmark rows as a plain-text table for the terminal.

export type Row =
  | { name: string; missing: string }
  | {
      name: string;
      reqPerSec: number;
      p50Ms: number;
      p99Ms: number;
      failures: number;
      responseBytes: number;
      /** Port calls answering one request (Cypher round trips on Neo4j); null for the floor. */
      backendCalls: { total: number; calls: Record<string, number> } | null;
      /** req/s of each run, in order. */
      runs: number[];
      toFloor: number;
      /** Ratio to the project's own { __typename } (the same server); null for the floor's row. */
      toOwnTypename: number | null;
      /** Ratio to the same query on the graphql-js server (no cache); null where there is none. */
      toPlain: number | null;
      /** The server's CPU time per request (median of runs), in µs; null where it cannot be read. */
      cpuUsPerRequest: number | null;
      /** The same three ratios from CPU time per request (requests per CPU second), steadier on a shared machine. */
      cpu: { toFloor: number | null; toOwnTypename: number | null; toPlain: number | null };
    };

const header = [
  'query',
  'req/s',
  'p50 ms',
  'p99 ms',
  'vs floor',
  'vs own __typename',
  'vs graphql-js',
  'CPU µs/req',
  'CPU: vs floor',
  'vs own',
  'vs graphql-js',
  'backend calls',
  'failures',
];

function cells(row: Exclude<Row, { missing: string }>): string[] {
  const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(0)}%`);
  const times = (x: number | null) => (x === null ? '-' : `${x.toFixed(2)}x`);
  return [
    row.name,
    Math.round(row.reqPerSec).toLocaleString('en-US'),
    row.p50Ms.toFixed(1),
    row.p99Ms.toFixed(1),
    pct(row.toFloor),
    pct(row.toOwnTypename),
    times(row.toPlain),
    row.cpuUsPerRequest === null ? '-' : Math.round(row.cpuUsPerRequest).toLocaleString('en-US'),
    pct(row.cpu.toFloor),
    pct(row.cpu.toOwnTypename),
    times(row.cpu.toPlain),
    row.backendCalls === null ? '-' : String(row.backendCalls.total),
    String(row.failures),
  ];
}

/** Left-aligned first column, right-aligned figures. */
export function formatTable(rows: Row[]): string {
  const measured = [header, ...rows.flatMap((r) => ('missing' in r ? [] : [cells(r)]))];
  const widths = header.map((_, i) =>
    Math.max(
      ...measured.map((l) => l[i]!.length),
      i === 0 ? Math.max(...rows.map((r) => r.name.length)) : 0,
    ),
  );
  const render = (line: string[]) =>
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  // A row for a query the schema lacks spans the figure columns with its reason.
  const line = (row: Row) =>
    'missing' in row ? `${row.name.padEnd(widths[0]!)}  ${row.missing}` : render(cells(row));
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join(
    '\n',
  );
}

export interface CypherRow {
  name: string;
  roundTrips: number;
  dbHits: number;
  maxRows: number;
  statements: { top: { operator: string; dbHits: number }[] }[];
}

/**
 * Neo4j's cost per query, as @neo4j/graphql's CI reports it: db hits and the largest row count.
 * Not PROFILE's time, which on a shared machine says more about the machine than the plan.
 */
export function formatCypherTable(rows: CypherRow[]): string {
  const header = ['query', 'Cypher round trips', 'db hits', 'max rows', 'costliest'];
  const lines = rows.map((r) => {
    const costliest = r.statements
      .flatMap((s) => s.top.slice(0, 1))
      .filter((o) => o.dbHits > 0)
      .map((o) => `${o.operator} ${o.dbHits}`)
      .join(', ');
    return [
      r.name,
      String(r.roundTrips),
      r.dbHits.toLocaleString('en-US'),
      r.maxRows.toLocaleString('en-US'),
      costliest || '-',
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const render = (line: string[]) =>
    line
      .map((cell, i) =>
        i === 0 || i === line.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join(
    '\n',
  );
}
