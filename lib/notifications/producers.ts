import "server-only";
// Notifications that need a little more than one notify() call, kept here so that the producer
// files stay as they were but for one line.
import type { Prisma } from "@/generated/prisma/client";
import { notificationsCopy } from "@/lib/copy/notifications";
import { listMatchesOnPublication } from "@/lib/matching/matching.queries";
import type { NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { paths } from "@/lib/paths";
import { notify } from "./notify";

const n = notificationsCopy.producers;
const segment = (kind: NeedOfferKind) => (kind === "need" ? "besoins" : "offres");

type ModerationNotice = {
  kind: "actor" | "alliance" | "need" | "offer";
  id: string;
  title: string;
  organisationIds: string[];
  approved: boolean;
  /** Where the organisation sees what it submitted. */
  href: string;
  now?: Date;
};

/**
 * In-app notice of a moderation decision to the submitting organisations' admins (the decision
 * e-mail itself is sent by lib/moderation, with the reason). An approved need or offer also
 * brings new matches: both sides hear of them in the daily digest.
 */
export async function notifyModerationDecision(tx: Prisma.TransactionClient, notice: ModerationNotice): Promise<void> {
  await notify(tx, {
    actorAdminsOf: notice.organisationIds,
    kind: "moderation.decision",
    title: n.moderation(notice.kind, notice.title, notice.approved),
    href: notice.href,
    email: "none",
    now: notice.now,
  });
  if (notice.approved && (notice.kind === "need" || notice.kind === "offer"))
    await notifyNewMatches(tx, notice.kind, notice.id, notice.title, notice.organisationIds, notice.now);
}

async function notifyNewMatches(
  tx: Prisma.TransactionClient,
  kind: NeedOfferKind,
  id: string,
  title: string,
  organisationIds: string[],
  now?: Date,
): Promise<void> {
  const matches = await listMatchesOnPublication(kind, id, now);
  if (matches.length === 0) return;
  await notify(tx, {
    actorAdminsOf: organisationIds,
    kind: "match.new",
    title: n.newMatch(title, matches.length),
    href: paths.needOffer(segment(kind), id),
    email: "digest",
    now,
  });
  for (const match of matches) {
    await notify(tx, {
      actorAdminsOf: match.actor.id,
      kind: "match.new",
      title: n.newMatch(match.title, 1),
      href: paths.needOffer(segment(match.kind), match.id),
      email: "digest",
      now,
    });
  }
}
