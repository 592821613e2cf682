// The threads of the HTTP matrix: an accepted match between the target's need and the offer of an
// organisation none of the callers belongs to, with a message only its participants may read.
import type pg from "pg";

export const CONVERSATION_MESSAGE = "Message privé de la conversation de la matrice";

export async function makeMatchThread(db: pg.Client, needId: string, organisation: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `WITH third AS (
       SELECT a.id FROM "Actor" a WHERE a.status = 'PUBLISHED' AND a.id <> $2 AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."actorId" = a.id) ORDER BY a.slug LIMIT 1
     ), offer AS (
       INSERT INTO "Offer" (id, "actorId", title, mode, theme, "territoryId", status, "updatedAt")
       SELECT 'matrice-offre-tierce', third.id, 'Offre tierce de la matrice', n.mode, n.theme, n."territoryId", 'PUBLISHED', now() FROM third, "Need" n WHERE n.id = $1
       RETURNING id, "actorId"
     )
     INSERT INTO "MatchContact" (id, "needId", "offerId", "fromActorId", message, status, "answeredAt")
     SELECT 'matrice-mise-en-relation', $1, offer.id, offer."actorId", 'Travaillons ensemble.', 'ACCEPTED', now() FROM offer RETURNING id`,
    [needId, organisation],
  );
  const contact = rows[0].id;
  await db.query(`INSERT INTO "Conversation" (id, kind, "subjectId", "lastMessageAt") VALUES ('matrice-conversation', 'MATCH', $1, now())`, [contact]);
  await db.query(
    `INSERT INTO "ConversationMessage" (id, "conversationId", "actorId", body) SELECT 'matrice-message', 'matrice-conversation', "actorId", $1 FROM "Offer" WHERE id = 'matrice-offre-tierce'`,
    [CONVERSATION_MESSAGE],
  );
  return contact;
}
