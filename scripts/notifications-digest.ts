// The daily digest of notification e-mails, by hand (the worker sends it every morning, lib/jobs/crontab.ts):
//   npm run notifications:digest
// Safe to run twice, or on two servers at once: each notification is claimed before it is
// e-mailed (lib/notifications/delivery.ts). Run with the react-server condition, like the server
// modules it imports (they are marked "server-only").
import { db } from "@/lib/db";
import { sendDailyDigests } from "@/lib/notifications/delivery";

async function main() {
  const now = new Date();
  const run = await sendDailyDigests(now);
  console.log(`Résumé quotidien : ${run.mails} e-mail(s) envoyé(s) à ${run.users} personne(s), ${run.notifications} notification(s).`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
