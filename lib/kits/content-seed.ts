// Kits that are content of the platform (the 19 target sheets, the steps of the learning path),
// written by the seed. Idempotent by slug and respectful of the team's work: a kit that exists is
// left exactly as it is (edited, unpublished or archived), only missing ones are created, published
// as version 1. Runs under tsx from prisma/seed.ts as well as in the app, hence relative imports.
import type { ActorKind, AllianceMode, KitCategory, PrismaClient, Theme } from "../../generated/prisma/client.ts";
import { versionData } from "./kit-versions.ts";
import { kitSearchKey } from "./kits.ts";

export interface ContentKit {
  slug: string;
  title: string;
  summary: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  themes: Theme[];
  modes: AllianceMode[];
  targets: string[];
  body: string;
}

export const CONTENT_VERSION_NOTE = "Première version de la fiche.";

/** Creates the kit when its slug is free; returns true when it did. */
export async function ensureContentKit(db: PrismaClient, kit: ContentKit): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const existing = await tx.kit.findUnique({ where: { slug: kit.slug }, select: { id: true } });
    if (existing) return false;
    const { targets, ...fields } = kit;
    const created = await tx.kit.create({
      data: { ...fields, searchKey: kitSearchKey(kit.title, kit.summary), status: "PUBLISHED", currentVersion: 1, publishedAt: new Date() },
      select: { id: true },
    });
    if (targets.length > 0) await tx.kitSdgTarget.createMany({ data: targets.map((targetCode) => ({ kitId: created.id, targetCode })) });
    await tx.kitVersion.create({
      data: { kitId: created.id, number: 1, ...versionData({ ...kit, links: [] }), note: CONTENT_VERSION_NOTE, publishedAt: new Date() },
    });
    return true;
  });
}
