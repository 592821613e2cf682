// Whether the first-start seed has finished. The seed records each finished step in "SeedRun";
// "complete" is written last, so an interrupted seed is resumed at the next start.
import pg from "pg";

export const SEED_COMPLETE_STEP = "complete";

export async function isSeeded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT 1 FROM "SeedRun" WHERE step = $1`, [SEED_COMPLETE_STEP]);
    return (result.rowCount ?? 0) > 0;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/**
 * The demonstration accounts that can still sign in with the published password (not disabled):
 * the launcher lists them, and warns when a production server holds them.
 */
export async function demoAccounts(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ email: string }>(
      `SELECT email FROM "User" WHERE "isDemo" AND "disabledAt" IS NULL AND "passwordHash" IS NOT NULL ORDER BY "createdAt", email`,
    );
    return result.rows.map((row) => row.email);
  } catch {
    return [];
  } finally {
    await client.end();
  }
}
