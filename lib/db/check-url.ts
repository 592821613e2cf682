// Checks a DATABASE_URL before anything uses it, so a bad configuration gives one clear line in
// French and English instead of a stack trace.
import pg from "pg";

export class DatabaseConfigError extends Error {}

export function describeUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "n'est pas une adresse valide / is not a valid URL";
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    return "doit commencer par postgresql:// / must start with postgresql://";
  }
  if (!parsed.hostname) return "ne nomme aucun serveur / names no host";
  return null;
}

export async function checkDatabaseUrl(url: string, variable = "DATABASE_URL"): Promise<void> {
  const problem = describeUrlProblem(url);
  if (problem) {
    throw new DatabaseConfigError(
      `${variable} ${problem}. Corrigez-la (ex. postgresql://utilisateur:motdepasse@hote:5432/base) ou retirez-la pour utiliser la base embarquée. / Fix it or unset it to use the embedded database.`,
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseConfigError(
      `${variable} : le serveur PostgreSQL ne répond pas (${reason}). Vérifiez l'adresse et que le serveur est démarré, ou retirez ${variable} pour utiliser la base embarquée. / The PostgreSQL server does not answer: check ${variable} or unset it.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
