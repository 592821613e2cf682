// The periodic clean-up by hand (the worker also runs it every night, lib/jobs/crontab.ts): npm run db:cleanup
// Run with the react-server condition, like the server modules it imports ("server-only").
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";

async function main() {
  const run = await runHousekeeping();
  console.log(
    `Nettoyage : ${run.tokens} jeton(s) expiré(s), ${run.buckets} compteur(s) de limite de débit, ${run.mails} e-mail(s) du journal d'envoi, ${run.jobs} tâche(s) en échec, ${run.importPreviews} aperçu(s) d'import abandonné(s) supprimé(s).`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
