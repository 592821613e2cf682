// Data of the kits-list spec, written straight into the database the web server runs on: three
// kits under one unique word, created at known times — one published with nothing new, one never
// published (its first draft), one published with a draft waiting — and two organisations to
// assign. Each test makes its own, so that publishing them disturbs no other spec.
import { randomUUID } from "node:crypto";
import { withDatabase } from "../support/database";

export type KitsWorld = { word: string; alpha: string; beta: string; gamma: string; gammaDraft: string; organisations: { id: string; name: string }[] };

export async function makeKitsWorld(): Promise<KitsWorld> {
  const word = `lot${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  const world = {
    word,
    alpha: `Alpha ${word}`,
    beta: `Bêta ${word}`,
    gamma: `Gamma ${word}`,
    gammaDraft: `Gamma ${word} corrigé`,
    organisations: [`Écluse ${word}`, `Moulin ${word}`].map((name, i) => ({ id: `org${i}${word}`, name })),
  };
  await withDatabase(async (client) => {
    const kit = async (id: string, title: string, key: string, published: boolean, hoursAgo: number) => {
      await client.query(
        `INSERT INTO "Kit" (id, title, slug, "searchKey", category, audiences, "maturityLevels", themes, modes, status, "currentVersion", "publishedAt", "createdAt", "updatedAt", "editedAt")
         VALUES ($1, $2, $3, $4, 'OUTIL', '{}', '{}', '{}', '{}', $5, $6, $7, now() - make_interval(hours => $8), now(), now() - make_interval(hours => $8))`,
        [id, title, `${key.replaceAll(" ", "-")}`, key, published ? "PUBLISHED" : "DRAFT", published ? 1 : 0, published ? new Date() : null, hoursAgo],
      );
    };
    const version = async (kitId: string, number: number, title: string, published: boolean) => {
      await client.query(
        `INSERT INTO "KitVersion" (id, "kitId", number, title, summary, category, audiences, "maturityLevels", themes, modes, targets, body, "publishedAt")
         VALUES ($1, $2, $3, $4, '', 'OUTIL', '{}', '{}', '{}', '{}', '{}', 'Texte.', $5)`,
        [`v${number}${kitId}`, kitId, number, title, published ? new Date() : null],
      );
    };
    // Created: Gamma most recently, then Alpha, then Bêta; by title: Alpha, Bêta, Gamma.
    await kit(`ka${word}`, world.alpha, `alpha ${word}`, true, 2);
    await version(`ka${word}`, 1, world.alpha, true);
    await kit(`kb${word}`, world.beta, `beta ${word}`, false, 3);
    await version(`kb${word}`, 1, world.beta, false);
    await kit(`kg${word}`, world.gamma, `gamma ${word}`, true, 1);
    await version(`kg${word}`, 1, world.gamma, true);
    await version(`kg${word}`, 2, world.gammaDraft, false);
    for (const organisation of world.organisations) {
      await client.query(
        `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, verified, "publishedAt", "updatedAt")
         VALUES ($1, 'ASSOCIATION', $2, $1, $3, 'PUBLISHED', true, now(), now())`,
        [organisation.id, organisation.name, organisation.name.replace("É", "E").toLowerCase()],
      );
    }
  });
  return world;
}
