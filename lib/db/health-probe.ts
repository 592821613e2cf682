// The health check's own connection to PostgreSQL. Asking through the app's pool measured the
// pool, not the database: under heavy load (the reliability suite's 200 users) the probe waited
// behind the queued queries past its timeout, and the proxy answered 503 to healthy traffic for
// seconds at a time. One dedicated connection answers as soon as PostgreSQL does; when PostgreSQL
// goes away, its errors are caught here and the next probe reconnects.
import pg from "pg";

/** `url` is read at each probe: the launcher may set DATABASE_URL after this module loads. */
export function createDatabaseProbe(url: () => string | undefined, options: { connectTimeoutMs?: number } = {}) {
  let pool: pg.Pool | null = null;
  const poolFor = (url: string) => {
    if (!pool) {
      pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: options.connectTimeoutMs ?? 1000, idleTimeoutMillis: 60_000 });
      // An idle connection dropped by a restart must not crash the server: the next query reconnects.
      pool.on("error", () => {});
    }
    return pool;
  };
  return async function probe(): Promise<void> {
    const connectionString = url();
    if (!connectionString) throw new Error("DATABASE_URL manquant");
    await poolFor(connectionString).query("SELECT 1");
  };
}
