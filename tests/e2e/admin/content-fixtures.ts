// Data of the content-lists specs, written straight into the database the web server runs on: an
// organisation owner of its own (signing in with the demo password, whose hash it copies), a
// published organisation whose name has accents, and a published alliance it leads. Each test makes
// its own, so that unpublishing them disturbs no other spec.
import { randomUUID } from "node:crypto";
import { withDatabase } from "../support/database";

export type ContentWorld = {
  suffix: string;
  ownerEmail: string;
  organisation: { id: string; name: string; slug: string };
  alliance: { id: string; title: string };
};

export async function makeContentWorld(): Promise<ContentWorld> {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
  const ownerEmail = `proprietaire-${suffix}@exemple.fr`;
  const organisation = { id: `org${suffix}`, name: `Atelier Éole Ñandú ${suffix}`, slug: `atelier-eole-nandu-${suffix}` };
  const alliance = { id: `all${suffix}`, title: `Forêt d'Éole ${suffix}` };
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
       SELECT $1, $2, 'Odile Propriétaire', "passwordHash", now(), now() FROM "User" WHERE email = 'utilisateur@demo.odd17.fr'`,
      [`usr${suffix}`, ownerEmail],
    );
    await client.query(
      `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, verified, "publishedAt", "updatedAt")
       VALUES ($1, 'ASSOCIATION', $2, $3, $4, 'PUBLISHED', true, now(), now())`,
      [organisation.id, organisation.name, organisation.slug, `atelier eole nandu ${suffix}`],
    );
    await client.query(`INSERT INTO "Membership" ("userId", "actorId", role) VALUES ($1, $2, 'ADMIN')`, [`usr${suffix}`, organisation.id]);
    await client.query(
      `INSERT INTO "Alliance" (id, title, slug, "searchKey", mode, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'MECENAT', 'PUBLISHED', now(), now())`,
      [alliance.id, alliance.title, `foret-d-eole-${suffix}`, `foret d eole ${suffix}`],
    );
    await client.query(`INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status, "confirmedAt") VALUES ($1, $2, 'LEAD', 'CONFIRMED', now())`, [
      alliance.id,
      organisation.id,
    ]);
  });
  return { suffix, ownerEmail, organisation, alliance };
}
