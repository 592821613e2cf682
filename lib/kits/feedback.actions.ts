"use server";
// The only entries from the public kit forms: rating, comment or suggestion, and the progress along
// a learning path; declared through formAction (lib/actions/form-action.ts). The mutations check
// kit.rate again (and that the kit is published) themselves.
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsLabels } from "@/lib/copy/kits";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { contributeToKit, rateKit } from "./feedback.mutations";
import { contributionSchema, ratingSchema, stepProgressSchema } from "./feedback.schemas";
import { setStepDone } from "./learning-paths.mutations";

const f = kitsLabels.feedback;

// The kit's page and the cached one anonymous visitors get, which shows the rating too.
async function revalidateKit(kitId: string, publicPages: PublicPagesRefresh) {
  const kit = await db.kit.findUnique({ where: { id: kitId }, select: { slug: true } });
  if (kit) publicPages.page(paths.kit(kit.slug));
}

export const rateKitAction = formAction({
  schema: ratingSchema,
  permission: { operation: "kit.rate" },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await rateKit(principal, data);
    await revalidateKit(data.kitId, publicPages);
    return { message: f.rated(data.rating) };
  },
});

export const contributeKitAction = formAction({
  schema: contributionSchema,
  permission: { operation: "kit.rate" },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await contributeToKit(principal, data);
    await revalidateKit(data.kitId, publicPages);
    // The form is emptied (resetOnSuccess): the contribution appears in "Vos contributions" below.
    return { message: f.sent };
  },
});

export const setStepDoneAction = formAction({
  schema: stepProgressSchema,
  invalidMessage: kitsLabels.paths.stepNotFound,
  permission: { operation: "kit.rate" },
  run: async (data, { principal }) => {
    const { pathSlug } = await setStepDone(principal, data.stepId, data.done);
    return { revalidate: [paths.learningPath(pathSlug)], message: kitsLabels.paths.updated };
  },
});
