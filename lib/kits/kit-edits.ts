import "server-only";
// Kit.editedAt: the last change staff made to a kit, its draft included, for the back office's
// « modification » sort and filter. Written with SQL so that Prisma's @updatedAt of the Kit row
// (the published projection) is left alone by draft saves. A kit never published is not public:
// its search key follows its draft's title, so that the list finds it by its current name.
import type { Prisma } from "@/generated/prisma/client";
import { kitSearchKey } from "./kits";

export async function markKitEdited(tx: Prisma.TransactionClient, kitId: string, neverPublishedDraft?: { title: string; summary: string }): Promise<void> {
  if (neverPublishedDraft) {
    const key = kitSearchKey(neverPublishedDraft.title, neverPublishedDraft.summary);
    await tx.$executeRaw`UPDATE "Kit" SET "editedAt" = now(), "searchKey" = ${key} WHERE "id" = ${kitId} AND "currentVersion" = 0`;
  } else {
    await tx.$executeRaw`UPDATE "Kit" SET "editedAt" = now() WHERE "id" = ${kitId}`;
  }
}
