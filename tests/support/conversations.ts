// A match between two organisations, written straight to the database (the matching flow has its
// own tests): the need of one, the offer of the other, and a contact in the given status.
import type { ContactStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { territoryId } from "./factories";

export async function makeMatchContact(needActorId: string, offerActorId: string, status: ContactStatus = "ACCEPTED"): Promise<{ id: string }> {
  const common = {
    mode: "MECENAT",
    mecenatKind: "COMPETENCES",
    theme: "INCLUSION_NUMERIQUE",
    status: "PUBLISHED",
    territoryId: await territoryId("COMMUNE", "42218"),
  } as const;
  const need = await db.need.create({ data: { ...common, actorId: needActorId, title: "Besoin de bénévoles numériques" }, select: { id: true } });
  const offer = await db.offer.create({ data: { ...common, actorId: offerActorId, title: "Mécénat de compétences numériques" }, select: { id: true } });
  return db.matchContact.create({
    data: {
      needId: need.id,
      offerId: offer.id,
      fromActorId: offerActorId,
      message: "Travaillons ensemble.",
      status,
      answeredAt: status === "PENDING" ? null : new Date(),
    },
    select: { id: true },
  });
}
