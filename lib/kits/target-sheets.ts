// The 19 SDG 17 target sheets: one published kit per target, tied to it (so it shows under the
// target on /odd/17). Content, not demonstration data: seeded on every installation. Call after
// the SDGs are seeded: the sheets quote the official text of their target.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { ensureContentKit, type ContentKit } from "./content-seed.ts";
import { targetSheets, type TargetSheet } from "./target-sheets.data.ts";

/** "17.17" → "cible-17-17": the slug of a target's sheet, stable for links from elsewhere. */
export function targetSheetSlug(code: string): string {
  return `cible-${code.replace(/\./g, "-")}`;
}

export function targetSheetTitle(sheet: Pick<TargetSheet, "code" | "short">): string {
  return `Cible ${sheet.code} — ${sheet.short}`;
}

export function targetSheetBody(sheet: TargetSheet, officialText: string): string {
  return [
    "## Ce que dit la cible",
    "",
    `> ${officialText.trim().replace(/\s+/g, " ")}${/[.!?]$/.test(officialText.trim()) ? "" : "."}`,
    "",
    "## Ce que cela veut dire pour un territoire",
    "",
    sheet.meaning,
    "",
    "## Pistes pour agir en alliance",
    "",
    ...sheet.actions.map((action) => `- ${action}`),
    "",
    `[Voir les alliances qui contribuent à la cible ${sheet.code}](/alliances?cible=${sheet.code})`,
    "",
  ].join("\n");
}

export function targetSheetKit(sheet: TargetSheet, officialText: string): ContentKit {
  return {
    slug: targetSheetSlug(sheet.code),
    title: targetSheetTitle(sheet),
    summary: sheet.summary,
    category: sheet.category,
    audiences: sheet.audiences,
    maturityLevels: sheet.maturityLevels,
    themes: [],
    modes: sheet.modes,
    targets: [sheet.code],
    body: targetSheetBody(sheet, officialText),
  };
}

/** Creates the sheets that do not exist yet; existing ones (perhaps edited) are left as they are. */
export async function seedTargetSheets(db: PrismaClient): Promise<{ created: number; kept: number }> {
  const targets = await db.sdgTarget.findMany({ where: { code: { in: targetSheets.map((sheet) => sheet.code) } }, select: { code: true, text: true } });
  const texts = new Map(targets.map((target) => [target.code, target.text]));
  let created = 0;
  for (const sheet of targetSheets) {
    const text = texts.get(sheet.code);
    if (!text) throw new Error(`SDG target ${sheet.code} is missing: seed the SDGs before the target sheets.`);
    if (await ensureContentKit(db, targetSheetKit(sheet, text))) created++;
  }
  return { created, kept: targetSheets.length - created };
}
