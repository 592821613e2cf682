// Whether this installation holds the demonstration data set (prisma/seed-data/demo.ts), whose
// accounts share a password printed in the README. Pure: read by the seed, the launcher and the
// root layout (the « site de démonstration » banner).
//
//   SEED_DEMO=true   always (a public demonstration site: every page then says so);
//   SEED_DEMO=false  never;
//   unset            only outside production: `npm run dev` seeds the demo for a newcomer's first
//                    run, while `npm start` and `NODE_ENV=production npm run db:seed` never do.
// Any other value counts as unset: a demo in production must be asked for with exactly "true".

type Env = Record<string, string | undefined>;

export function isDemoRequested(env: Env = process.env): boolean {
  const flag = env.SEED_DEMO?.trim().toLowerCase();
  if (flag === "true") return true;
  if (flag === "false") return false;
  return env.NODE_ENV !== "production";
}
