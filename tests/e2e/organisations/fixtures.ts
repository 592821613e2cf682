// Test data lookups for the organisations specs: the ids of demo organisations, read from the
// database the web server runs on (the fresh embedded one, or E2E_DATABASE_URL).
import { withDatabase } from "../support/database";

export const demo = {
  associationAdmin: "association@demo.odd17.fr",
  member: "membre@demo.odd17.fr",
  user: "utilisateur@demo.odd17.fr",
  furan: { slug: "les-liens-du-furan-demo", name: "Les Liens du Furan (démo)" },
  forez: { slug: "forez-numerique-demo", name: "Forez Numérique (démo)" },
} as const;

export async function organisationIdBySlug(slug: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Actor" WHERE "slug" = $1`, [slug]);
    if (!rows[0]) throw new Error(`No organisation with slug ${slug}`);
    return rows[0].id;
  });
}
