// Data of the needs/offers and diagnostics content-list spec, on top of makeContentWorld (an owner
// and its published organisation): a published need and offer whose titles have accents (their
// searchKey is written by the database trigger), and a published diagnostic of the organisation
// whose scores are copied from a demo diagnostic, so that its workspace report renders.
import { randomUUID } from "node:crypto";
import { withDatabase } from "../support/database";
import { makeContentWorld, type ContentWorld } from "./content-fixtures";

export type NeedsWorld = ContentWorld & {
  need: { id: string; title: string };
  offer: { id: string; title: string };
  diagnostic: { id: string; territory: string };
};

export async function makeNeedsWorld(): Promise<NeedsWorld> {
  const world = await makeContentWorld();
  const { suffix } = world;
  const need = { id: `ned${suffix}`, title: `Bénévoles pour l'Été ${suffix}` };
  const offer = { id: `off${suffix}`, title: `Prêt de salles Œcuménique ${suffix}` };
  const diagnosticId = `dia${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  const territory = await withDatabase(async (client) => {
    const place = await client.query<{ id: number; name: string }>(`SELECT id, name FROM "Territory" WHERE kind = 'COMMUNE' AND code = '42218'`);
    const { id: territoryId, name } = place.rows[0];
    for (const [table, item] of [
      ["Need", need],
      ["Offer", offer],
    ] as const) {
      await client.query(
        `INSERT INTO "${table}" (id, "actorId", title, description, mode, theme, "territoryId", status, "updatedAt")
         VALUES ($1, $2, $3, 'Pour la fête de quartier.', 'MECENAT', 'INCLUSION_NUMERIQUE', $4, 'PUBLISHED', now())`,
        [item.id, world.organisation.id, item.title, territoryId],
      );
    }
    const copied = await client.query(
      `INSERT INTO "Diagnostic" (id, "territoryId", "actorId", "templateId", answers, status, scores, "overallScore", "maturityLevel", "completedAt", "updatedAt")
       SELECT $1, $2, $3, "templateId", answers, 'PUBLISHED', scores, "overallScore", "maturityLevel", now(), now()
       FROM "Diagnostic" WHERE scores IS NOT NULL AND status <> 'DRAFT' ORDER BY "createdAt" LIMIT 1`,
      [diagnosticId, territoryId, world.organisation.id],
    );
    if (copied.rowCount !== 1) throw new Error("No demo diagnostic with scores to copy: is the demo seed loaded?");
    return name;
  });
  return { ...world, need, offer, diagnostic: { id: diagnosticId, territory } };
}
