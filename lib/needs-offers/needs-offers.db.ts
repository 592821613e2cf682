import "server-only";
// Need and Offer are the same table twice (same columns, same relations). One delegate type lets
// the domain write each query once; the cast is sound because Prisma generates both delegates
// from identical model definitions.
import type { Prisma } from "@/generated/prisma/client";
import type { NeedOfferKind } from "./needs-offers";

export type NeedOfferDelegate = Prisma.TransactionClient["need"];

export function tableOf(client: Prisma.TransactionClient, kind: NeedOfferKind): NeedOfferDelegate {
  return (kind === "need" ? client.need : client.offer) as unknown as NeedOfferDelegate;
}

/** The model name, as written in the audit log. */
export function entityOf(kind: NeedOfferKind): "Need" | "Offer" {
  return kind === "need" ? "Need" : "Offer";
}
