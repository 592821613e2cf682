"use server";
// The only entries from the public kit forms: rating, comment or suggestion, and the progress along
// a learning path. Each: who is asking → parse → the mutation (which checks the permission) → one
// ActionState → revalidate.
import { revalidatePath } from "next/cache";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import type { Principal } from "@/lib/auth/permissions";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsLabels } from "@/lib/copy/kits";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { contributeToKit, rateKit } from "./feedback.mutations";
import { contributionSchema, ratingSchema, stepProgressSchema } from "./feedback.schemas";
import { setStepDone } from "./learning-paths.mutations";

const f = kitsLabels.feedback;

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

// The kit's page and the cached one anonymous visitors get, which shows the rating too.
async function revalidateKit(kitId: string, publicPages: PublicPagesRefresh) {
  const kit = await db.kit.findUnique({ where: { id: kitId }, select: { slug: true } });
  if (kit) publicPages.page(paths.kit(kit.slug));
}

export async function rateKitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(ratingSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principalOf(user));
    await rateKit(principalOf(user), parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  await revalidateKit(parsed.data.kitId, publicPages);
  return { status: "success", message: f.rated(parsed.data.rating) };
}

export async function contributeKitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(contributionSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principalOf(user));
    await contributeToKit(principalOf(user), parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  await revalidateKit(parsed.data.kitId, publicPages);
  // The form is emptied: the message appears in "Vos contributions" below.
  return { status: "success", message: f.sent };
}

export async function setStepDoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(stepProgressSchema, formData);
  if (!parsed.success) return { status: "error", message: kitsLabels.paths.stepNotFound };
  let pathSlug: string;
  try {
    ({ pathSlug } = await setStepDone(principalOf(user), parsed.data.stepId, parsed.data.done));
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(paths.learningPath(pathSlug));
  return { status: "success", message: kitsLabels.paths.updated };
}
