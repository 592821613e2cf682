// Bulk inserts through `pg`: one INSERT … SELECT FROM unnest($1::text[], $2::int[], …) per batch
// of rows, column arrays as parameters. Two orders of magnitude faster than row-by-row Prisma
// creates, with no extra dependency (COPY would need a streaming package).
import type pg from "pg";

/** A column: its name, the array type it is sent as, and an optional cast to the column type. */
export interface Column {
  name: string;
  type: "text" | "int4" | "float8" | "bool" | "timestamptz" | "date";
  cast?: string;
}

export const BATCH_SIZE = 5_000;

export function insertSql(table: string, columns: readonly Column[]): string {
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const selected = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`)).join(", ");
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT ${selected} FROM unnest(${arrays}) AS u(${aliases})`;
}

/** Inserts rows (each an array in column order) in batches; returns the number inserted. */
export async function insertRows(client: pg.Pool | pg.PoolClient, table: string, columns: readonly Column[], rows: readonly unknown[][]): Promise<number> {
  const sql = insertSql(table, columns);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const params = columns.map((_, index) => batch.map((row) => row[index] ?? null));
    await client.query(sql, params);
  }
  return rows.length;
}
