"use server";
// The only entries from the back-office kit forms. The one-button forms and the answer are
// declared through formAction (lib/actions/form-action.ts). saveKitAction stays written by hand:
// its state carries the server-rendered preview, which the wrapper's outcome does not express
// yet. It goes: who is asking (requireUser) → parse → assertCan → the mutation (which checks the
// permission again) → one state → revalidate → redirect, outside try/catch. Attachments are uploaded through a route handler instead
// (attachments.upload.ts): server actions take about 1 MB at most, a document up to 20 MB.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/action-state";
import { errorState } from "@/lib/actions/error-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsLabels } from "@/lib/copy/kits";
import { renderMarkdown } from "@/lib/markdown/render";
import { paths } from "@/lib/paths";
import { removeKitAttachment } from "./attachments.mutations";
import { answerFeedback } from "./feedback.mutations";
import { answerSchema } from "./feedback.schemas";
import { KIT_DONE, kitFormValues, readKitForm } from "./kit-form.schemas";
import { archiveKit, createKit, publishKit, republishKit, restoreKit, unarchiveKit, unpublishKit, updateKit } from "./kits.mutations";

const t = kitsLabels.admin;

/** The kit form's state: an ActionState, plus the server-rendered preview of the body. */
export type KitFormState = ActionState & { preview?: string };

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });
const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const kitIdForm = z.object({ kitId: idSchema });
const unarchiveForm = kitIdForm.extend({ status: z.enum(["DRAFT", "PUBLISHED"]) });

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
  const { input, intent, note, expectedStamp } = read.form;
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
      await updateKit(principal, existingId.data, input, expectedStamp, { ip, note });
      kitId = existingId.data;
    } else {
      assertCan(principal, "kit.create");
      kitId = (await createKit(principal, input, { ip, note })).id;
    }
    if (intent === "publish") {
      assertCan(principal, "kit.publish");
      published = await publishKit(principal, kitId, note, { ip });
    }
  } catch (error) {
    return { ...errorState(error, formData), values: kitFormValues(formData) };
  }
  revalidateKitPages(publicPages, kitId);
  // A new kit opens on its own page, which says it was created (or published) and takes focus.
  if (!existingId.success) redirect(paths.adminKit(kitId, { fait: published ? KIT_DONE.published : KIT_DONE.created }));
  // No values echoed: the form takes the saved draft (and its new stamp) from the page.
  return { status: "success", message: published ? t.publication.published(published.number) : t.form.saved };
}

/** A back-office change of a kit, with the counted refresh of the public pages it makes stale. */
async function withKitPages<T extends { kitId: string }>(principal: Principal, change: () => Promise<T>): Promise<T> {
  const publicPages = await claimPublicPagesRefresh(principal);
  const result = await change();
  revalidateKitPages(publicPages, result.kitId);
  return result;
}

export const unpublishKitAction = formAction({
  schema: kitIdForm,
  invalidMessage: t.publication.notPublished,
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    await withKitPages(principal, async () => {
      await unpublishKit(principal, data.kitId, { ip: await clientIp() });
      return { kitId: data.kitId };
    });
    return { message: t.publication.unpublished };
  },
});

export const archiveKitAction = formAction({
  schema: kitIdForm,
  invalidMessage: t.publication.alreadyArchived,
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    const { previous } = await withKitPages(principal, async () => ({
      kitId: data.kitId,
      ...(await archiveKit(principal, data.kitId, { ip: await clientIp() })),
    }));
    // The status the kit had goes back to the form, for its « Annuler » (unarchiveKitAction).
    return { message: t.publication.archived, values: { restoreStatus: previous } };
  },
});

/** « Annuler » after an unpublication. */
export const republishKitAction = formAction({
  schema: kitIdForm,
  invalidMessage: t.publication.notDraft,
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    await withKitPages(principal, async () => {
      await republishKit(principal, data.kitId, { ip: await clientIp() });
      return { kitId: data.kitId };
    });
    return { message: t.publication.republished };
  },
});

/** « Annuler » after an archiving: back to the status archiveKitAction returned. */
export const unarchiveKitAction = formAction({
  schema: unarchiveForm,
  invalidMessage: t.publication.notArchived,
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    await withKitPages(principal, async () => {
      await unarchiveKit(principal, data.kitId, data.status, { ip: await clientIp() });
      return { kitId: data.kitId };
    });
    return { message: t.publication.unarchived };
  },
});

/** An archived kit back in the catalogue with its last published version (or as a draft). */
export const restoreKitAction = formAction({
  schema: kitIdForm,
  invalidMessage: t.publication.notArchived,
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    const { status } = await withKitPages(principal, async () => ({
      kitId: data.kitId,
      ...(await restoreKit(principal, data.kitId, { ip: await clientIp() })),
    }));
    return { message: status === "PUBLISHED" ? t.publication.restoredPublished : t.publication.restoredDraft };
  },
});

/** Takes a file out of the kit's draft (asked first); published versions keep it. */
export const removeAttachmentAction = formAction({
  schema: z.object({ attachmentId: idSchema }),
  invalidMessage: t.attachments.removed,
  permission: { operation: "kit.update" },
  run: async (data, { principal }) => {
    await withKitPages(principal, async () => removeKitAttachment(principal, data.attachmentId, { ip: await clientIp() }));
    return { message: t.attachments.removed };
  },
});

export const answerFeedbackAction = formAction({
  schema: answerSchema,
  permission: { operation: "kit.update" },
  run: async (data, { principal }) => {
    await answerFeedback(principal, data, { ip: await clientIp() });
    // The queue is not refreshed here: the answered item would vanish from "waiting" with its
    // confirmation; it leaves the queue at the next visit. The author's kit page is dynamic.
    return { message: t.feedback.answerSaved, values: { answer: data.answer } };
  },
});
