"use server";
// The only entries from the back-office kit forms. Each: who is asking (requireUser) → parse →
// assertCan → the mutation (which checks the permission again) → one ActionState → revalidate →
// redirect, outside try/catch. Attachments are uploaded through a route handler instead
// (attachments.upload.ts): server actions take about 1 MB at most, a document up to 20 MB.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsLabels } from "@/lib/copy/kits";
import { renderMarkdown } from "@/lib/markdown/render";
import { paths } from "@/lib/paths";
import { removeKitAttachment } from "./attachments.mutations";
import { answerFeedback } from "./feedback.mutations";
import { answerSchema } from "./feedback.schemas";
import { kitFormValues, readKitForm } from "./kit-form.schemas";
import { archiveKit, createKit, publishKit, unpublishKit, updateKit } from "./kits.mutations";

const t = kitsLabels.admin;

/** The kit form's state: an ActionState, plus the server-rendered preview of the body. */
export type KitFormState = ActionState & { preview?: string };

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });
const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const kitIdForm = z.object({ kitId: idSchema });

// The kit's page, the resources list and every page that lists kits: all public pages go stale.
function revalidateKitPages(publicPages: PublicPagesRefresh, kitId: string) {
  revalidatePath(paths.adminKits());
  revalidatePath(paths.adminKit(kitId));
  publicPages.all();
}

/** Create or edit: preview (nothing saved), save the draft, or save and publish a new version. */
export async function saveKitAction(_previous: KitFormState, formData: FormData): Promise<KitFormState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const read = readKitForm(formData);
  if (!read.success) return read.state;
  const { input, intent, note, expectedUpdatedAt } = read.form;
  if (intent === "preview") {
    return { status: "success", message: t.form.previewed, values: kitFormValues(formData), preview: renderMarkdown(input.body) };
  }
  const existingId = idSchema.safeParse(formData.get("kitId"));
  const ip = await clientIp();
  let kitId: string;
  let published: { number: number; slug: string } | null = null;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principal);
    if (existingId.success) {
      assertCan(principal, "kit.update");
      await updateKit(principal, existingId.data, input, expectedUpdatedAt, { ip });
      kitId = existingId.data;
    } else {
      assertCan(principal, "kit.create");
      kitId = (await createKit(principal, input, { ip })).id;
    }
    if (intent === "publish") {
      assertCan(principal, "kit.publish");
      published = await publishKit(principal, kitId, note, { ip });
    }
  } catch (error) {
    return { ...errorState(error, formData), values: kitFormValues(formData) };
  }
  revalidateKitPages(publicPages, kitId);
  if (!existingId.success) redirect(paths.adminKit(kitId));
  // No values echoed: the form takes the saved kit (and its new updatedAt) from the page.
  return { status: "success", message: published ? t.publication.published(published.number) : t.form.saved };
}

export async function unpublishKitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(kitIdForm, formData);
  if (!parsed.success) return { status: "error", message: t.publication.notPublished };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principalOf(user), "kit.publish");
    publicPages = await claimPublicPagesRefresh(principalOf(user));
    await unpublishKit(principalOf(user), parsed.data.kitId, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateKitPages(publicPages, parsed.data.kitId);
  return { status: "success", message: t.publication.unpublished };
}

export async function archiveKitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(kitIdForm, formData);
  if (!parsed.success) return { status: "error", message: t.publication.alreadyArchived };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principalOf(user), "kit.publish");
    publicPages = await claimPublicPagesRefresh(principalOf(user));
    await archiveKit(principalOf(user), parsed.data.kitId, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateKitPages(publicPages, parsed.data.kitId);
  return { status: "success", message: t.publication.archived };
}

export async function removeAttachmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(z.object({ attachmentId: idSchema }), formData);
  if (!parsed.success) return { status: "error", message: t.attachments.removed };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principalOf(user), "kit.update");
    publicPages = await claimPublicPagesRefresh(principalOf(user));
    const { kitId } = await removeKitAttachment(principalOf(user), parsed.data.attachmentId, { ip: await clientIp() });
    revalidateKitPages(publicPages, kitId);
  } catch (error) {
    return errorState(error);
  }
  return { status: "success", message: t.attachments.removed };
}

export async function answerFeedbackAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(answerSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    assertCan(principalOf(user), "kit.update");
    await answerFeedback(principalOf(user), parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  // The queue is not refreshed here: the answered item would vanish from "waiting" with its
  // confirmation; it leaves the queue at the next visit. The author's kit page is dynamic.
  return { status: "success", message: t.feedback.answerSaved, values: { answer: parsed.data.answer } };
}
