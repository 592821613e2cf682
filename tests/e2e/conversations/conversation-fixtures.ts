// A need of one organisation, an offer of another, and a contact from the offer's side waiting
// for an answer; an invitation into an alliance: written straight into the database the web
// server runs on.
import { withDatabase } from "../support/database";
import type { ContentWorld } from "../admin/content-fixtures";

export async function makePendingMatch(needSide: ContentWorld, offerSide: ContentWorld): Promise<{ need: string; offer: string }> {
  const need = `Bénévoles numériques ${needSide.suffix}`;
  const offer = `Mécénat de compétences ${offerSide.suffix}`;
  await withDatabase(async (client) => {
    const insert = (table: string, id: string, actorId: string, title: string) =>
      client.query(
        `INSERT INTO "${table}" (id, "actorId", title, mode, theme, "territoryId", status, "updatedAt")
         SELECT $1, $2, $3, 'MECENAT', 'INCLUSION_NUMERIQUE', t.id, 'PUBLISHED', now() FROM "Territory" t WHERE t.kind = 'COMMUNE' AND t.code = '42218' LIMIT 1`,
        [id, actorId, title],
      );
    await insert("Need", `need${needSide.suffix}`, needSide.organisation.id, need);
    await insert("Offer", `off${offerSide.suffix}`, offerSide.organisation.id, offer);
    await client.query(
      `INSERT INTO "MatchContact" (id, "needId", "offerId", "fromActorId", message, status) VALUES ($1, $2, $3, $4, 'Travaillons ensemble sur les démarches en ligne.', 'PENDING')`,
      [`mc${needSide.suffix}`, `need${needSide.suffix}`, `off${offerSide.suffix}`, offerSide.organisation.id],
    );
  });
  return { need, offer };
}

/** The organisation invited (not yet confirmed) into the alliance. */
export async function inviteIntoAlliance(allianceId: string, actorId: string): Promise<void> {
  await withDatabase((client) =>
    client.query(`INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status) VALUES ($1, $2, 'PARTNER', 'INVITED')`, [allianceId, actorId]),
  );
}
