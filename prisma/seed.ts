// `npm run db:seed`, also run by the launcher on the first start of an empty embedded database.
// Idempotent: every step upserts by official code, slug or e-mail, and records itself in SeedRun;
// "complete" is written last, so an interrupted seed is simply run again.
// The demonstration data set (accounts with a published password) only where asked: by default
// outside production, never in production unless SEED_DEMO=true (lib/db/demo-mode.ts).
import { createPrismaClient } from "../lib/db.ts";
import { isDemoRequested } from "../lib/db/demo-mode.ts";
import { SEED_COMPLETE_STEP } from "../lib/db/seed-state.ts";
import { seedLearningPath } from "../lib/kits/learning-path.seed.ts";
import { seedTargetSheets } from "../lib/kits/target-sheets.ts";
import { importTerritories } from "../lib/territories/territories.import.ts";
import { seedDemo } from "./seed-demo.ts";
import { seedSdgs } from "./seed-sdgs.ts";
import { seedDiagnosticTemplate } from "./seed-template.ts";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run `npm run db:seed`.");
  const db = createPrismaClient(url);
  const step = async (name: string, work: () => Promise<string>) => {
    const started = Date.now();
    const detail = await work();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    await db.seedRun.upsert({ where: { step: name }, create: { step: name, detail }, update: { detail, finishedAt: new Date() } });
    console.log(`  ✓ ${name} : ${detail} (${seconds} s)`);
  };
  try {
    await step("territories", async () => {
      const r = await importTerritories(db);
      return `${r.regions} régions, ${r.departements} départements, ${r.epcis} EPCI, ${r.communes} communes, ${r.arrondissements} arrondissements municipaux, ${r.memberships} adhésions, ${r.formerCommunes} anciennes communes`;
    });
    await step("sdgs", async () => {
      const r = await seedSdgs(db);
      return `${r.goals} objectifs, ${r.targets} cibles`;
    });
    await step("diagnostic-template", () => seedDiagnosticTemplate(db));
    // Content, not demo: the 19 SDG 17 target sheets and the 7-step learning path. Both only
    // create what is missing, so kits edited by the team are never overwritten.
    await step("kit-target-sheets", async () => {
      const r = await seedTargetSheets(db);
      return `${r.created} fiches créées, ${r.kept} conservées`;
    });
    await step("kit-learning-path", async () => {
      const r = await seedLearningPath(db);
      return `${r.kitsCreated} fiches créées, parcours ${r.pathCreated ? "créé" : "conservé"}`;
    });
    if (isDemoRequested(process.env)) {
      await step("demo", async () => {
        const r = await seedDemo(db);
        return `${r.users} comptes, ${r.actors} organisations, ${r.alliances} alliances, ${r.kits} kits (démo)`;
      });
    } else {
      console.log("  · demo : pas de données de démonstration (SEED_DEMO=true pour un site de démonstration)");
    }
    await db.seedRun.upsert({ where: { step: SEED_COMPLETE_STEP }, create: { step: SEED_COMPLETE_STEP }, update: { finishedAt: new Date() } });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Échec de l'initialisation des données / seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
