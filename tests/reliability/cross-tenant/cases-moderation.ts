// Moderation at scale: claims, bulk decisions and saved reasons. Staff-only like the one-item
// decision (cases-back-office.ts): `can` with the caller's platform role decides.
import { db } from "@/lib/db";
import { claimModerationItem, releaseModerationItem } from "@/lib/moderation/claims.mutations";
import { decideModerationMany } from "@/lib/moderation/moderation.mutations";
import { createSavedReason, deleteSavedReason } from "@/lib/moderation/saved-reasons.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const CLAIMS = "lib/moderation/claims.mutations.ts";
const REASONS = "lib/moderation/saved-reasons.mutations.ts";

async function pendingTarget(world: World) {
  await db.actor.update({ where: { id: world.target.id }, data: { status: "PENDING", publishedAt: null } });
  return { kind: "actor" as const, id: world.target.id };
}

export const moderationCases = [
  defineCase({
    operation: "moderation.decide",
    mutation: `${CLAIMS}#claimModerationItem`,
    prepare: pendingTarget,
    run: (principal, item) => claimModerationItem(principal, item),
  }),
  defineCase({
    // The staff member's own claim, released by each caller: only its holder may.
    operation: "moderation.decide",
    mutation: `${CLAIMS}#releaseModerationItem`,
    prepare: async (world) => {
      const item = await pendingTarget(world);
      await claimModerationItem(world.people.staff.principal, item);
      return item;
    },
    run: (principal, item) => releaseModerationItem(principal, item),
    allowed: (caller) => caller === "staff",
  }),
  defineCase({
    operation: "moderation.decide",
    mutation: "lib/moderation/moderation.mutations.ts#decideModerationMany",
    prepare: pendingTarget,
    run: (principal, item) => decideModerationMany(principal, { items: [item], decision: "approve" }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "moderation.decide",
    mutation: `${REASONS}#createSavedReason`,
    prepare: async () => null,
    run: (principal, _p, world) => createSavedReason(principal, { label: `Motif ${world.token}`, text: "Texte du motif." }),
  }),
  defineCase({
    operation: "moderation.decide",
    mutation: `${REASONS}#deleteSavedReason`,
    prepare: async (world) => createSavedReason(world.people.staff.principal, { label: `Motif ${world.token}`, text: "Texte du motif." }),
    run: (principal, reason) => deleteSavedReason(principal, reason.id),
  }),
];
