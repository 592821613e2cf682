// Row counts and content checksums of every table of the application schema: written into each
// backup's manifest and compared after a restore, so that a restore proves itself instead of
// being trusted. Node-only (scripts and tests), never imported by the Next.js app.
import pg from "pg";

export interface TableChecksum {
  table: string;
  rows: number;
  /** md5 over the md5 of each row's text, in sorted order: independent of physical order. */
  checksum: string;
}

export interface ChecksumDifference {
  table: string;
  problem: "missing" | "unexpected" | "rows" | "content";
  expected?: TableChecksum;
  actual?: TableChecksum;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function computeChecksums(url: string, options: { schema?: string; exclude?: readonly string[] } = {}): Promise<TableChecksum[]> {
  const schema = options.schema ?? "public";
  const exclude = new Set(options.exclude ?? []);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for all tables: a backup taken while the app runs is still self-consistent.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await client.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname",
      [schema],
    );
    const result: TableChecksum[] = [];
    for (const { name } of tables.rows) {
      if (exclude.has(name)) continue;
      const qualified = `${quoteIdent(schema)}.${quoteIdent(name)}`;
      const row = await client.query<{ rows: string; checksum: string | null }>(
        `SELECT count(*)::text AS rows, md5(string_agg(h, '' ORDER BY h)) AS checksum FROM (SELECT md5(t::text) AS h FROM ${qualified} t) s`,
      );
      result.push({ table: name, rows: Number(row.rows[0].rows), checksum: row.rows[0].checksum ?? "empty" });
    }
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end();
  }
}

/** Every table that is missing, unexpected, or differs in row count or content. */
export function compareChecksums(expected: TableChecksum[], actual: TableChecksum[]): ChecksumDifference[] {
  const actualByTable = new Map(actual.map((entry) => [entry.table, entry]));
  const differences: ChecksumDifference[] = [];
  for (const want of expected) {
    const got = actualByTable.get(want.table);
    actualByTable.delete(want.table);
    if (!got) differences.push({ table: want.table, problem: "missing", expected: want });
    else if (got.rows !== want.rows) differences.push({ table: want.table, problem: "rows", expected: want, actual: got });
    else if (got.checksum !== want.checksum) differences.push({ table: want.table, problem: "content", expected: want, actual: got });
  }
  for (const extra of actualByTable.values()) differences.push({ table: extra.table, problem: "unexpected", actual: extra });
  return differences;
}

export function describeDifference(difference: ChecksumDifference): string {
  switch (difference.problem) {
    case "missing":
      return `${difference.table} : table absente après restauration`;
    case "unexpected":
      return `${difference.table} : table inattendue`;
    case "rows":
      return `${difference.table} : ${difference.actual?.rows} lignes au lieu de ${difference.expected?.rows}`;
    case "content":
      return `${difference.table} : contenu différent (même nombre de lignes, ${difference.expected?.rows})`;
  }
}
