// The content seeds of the resource centre (target sheets, learning path) and the progress of a
// user along the path.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { getPublishedKit } from "@/lib/kits/kit-page.queries";
import { LEARNING_PATH_SLUG, seedLearningPath } from "@/lib/kits/learning-path.seed";
import { setStepDone } from "@/lib/kits/learning-paths.mutations";
import { getLearningPath } from "@/lib/kits/learning-paths.queries";
import { searchKits } from "@/lib/kits/kits.queries";
import { parseKitSearchParams } from "@/lib/kits/kits.schemas";
import { seedTargetSheets, targetSheetSlug } from "@/lib/kits/target-sheets";
import { renderMarkdown } from "@/lib/markdown/render";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

describe("target sheets", () => {
  it("creates one published sheet per SDG 17 target, once", async () => {
    const first = await seedTargetSheets(db);
    expect(first.created + first.kept).toBe(19);
    expect(await seedTargetSheets(db)).toEqual({ created: 0, kept: 19 });

    for (let n = 1; n <= 19; n++) {
      const kit = await getPublishedKit(targetSheetSlug(`17.${n}`));
      expect(kit?.title).toMatch(new RegExp(`^Cible 17\\.${n} — `));
      expect(kit?.targets.map((target) => target.code)).toEqual([`17.${n}`]);
      expect(["METHODE", "DONNEES"]).toContain(kit?.category);
    }
    const sheet = (await getPublishedKit("cible-17-17"))!;
    const official = await db.sdgTarget.findUniqueOrThrow({ where: { code: "17.17" } });
    expect(sheet.body).toContain(official.text.slice(0, 40));
    expect(renderMarkdown(sheet.body)).toContain('<a href="/alliances?cible=17.17">');
    expect((await searchKits(parseKitSearchParams({ cible: "17.9" }))).items.map((item) => item.slug)).toContain("cible-17-9");
  });

  it("leaves a sheet the team has edited as it is", async () => {
    await seedTargetSheets(db);
    await db.kit.update({ where: { slug: "cible-17-3" }, data: { summary: "Résumé revu par l'équipe" } });
    await seedTargetSheets(db);
    expect((await db.kit.findUniqueOrThrow({ where: { slug: "cible-17-3" } })).summary).toBe("Résumé revu par l'équipe");
  });
});

describe("learning path", () => {
  it("seeds seven ordered steps once, and records each user's own progress", async () => {
    await seedLearningPath(db);
    expect((await seedLearningPath(db)).pathCreated).toBe(false);
    const user = await makeUser();
    const other = await makeUser();

    const path = (await getLearningPath(LEARNING_PATH_SLUG, user.principal))!;
    expect(path.title).toBe("Parcours en 7 étapes");
    expect(path.steps.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(path.steps.every((step) => step.kit !== null && !step.done)).toBe(true);

    await setStepDone(user.principal, path.steps[0].id, true);
    await setStepDone(user.principal, path.steps[0].id, true);
    await setStepDone(user.principal, path.steps[2].id, true);
    await setStepDone(user.principal, path.steps[2].id, false);
    const mine = (await getLearningPath(LEARNING_PATH_SLUG, user.principal))!;
    expect(mine.steps.map((step) => step.done)).toEqual([true, false, false, false, false, false, false]);
    expect((await getLearningPath(LEARNING_PATH_SLUG, other.principal))!.steps.some((step) => step.done)).toBe(false);
    await expect(setStepDone(null, path.steps[1].id, true)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows a step whose kit is not published without its link", async () => {
    await seedLearningPath(db);
    const kit = await db.kit.update({ where: { slug: "etape-7-evaluer-et-valoriser" }, data: { status: "DRAFT" } });
    const path = (await getLearningPath(LEARNING_PATH_SLUG, null))!;
    expect(path.steps[6]).toMatchObject({ title: "Évaluer et valoriser", kit: null, done: false });
    await db.kit.update({ where: { id: kit.id }, data: { status: "PUBLISHED" } });
  });
});
