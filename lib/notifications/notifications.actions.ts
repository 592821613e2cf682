"use server";
// The only entries from the notification forms: who is asking (requireUser) → parse → the
// mutation, which scopes every write by that user's id → revalidate → redirect outside try/catch.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import type { Principal } from "@/lib/auth/permissions";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { notificationsCopy } from "@/lib/copy/notifications";
import { paths } from "@/lib/paths";
import { markAllRead, markRead, openNotification, setEmailPreference } from "./notifications.mutations";
import { emailPreferenceSchema, notificationIdSchema } from "./notifications.schemas";

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

// The unread count is in the header, pushed by the workspace layout (VisitorSync) and read again
// from /api/visiteur after each navigation: refreshing the workspace layout is enough. Never the
// root layout: that would mark every cached public page stale, and these actions are free to
// repeat (lib/cache/public-pages.ts).
const refresh = () => revalidatePath(paths.workspace(), "layout");

/** Only a path of this site: a stored href is never an open redirect. */
function safeTarget(href: string | null): string {
  return href && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : paths.notifications();
}

/** Follows a notification's link, marking it read on the way. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = notificationIdSchema.safeParse({ id: formData instanceof FormData ? formData.get("id") : undefined });
  let target = paths.notifications();
  if (parsed.success) {
    try {
      target = safeTarget((await openNotification(principalOf(user), parsed.data.id)).href);
    } catch {
      // Not found (someone else's, or deleted): back to the list, nothing changed.
    }
  }
  refresh();
  redirect(target);
}

export async function markReadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = notificationIdSchema.safeParse({ id: formData instanceof FormData ? formData.get("id") : undefined });
  if (!parsed.success) return { status: "error", message: notificationsCopy.notFound };
  try {
    await markRead(principalOf(user), parsed.data.id);
  } catch (error) {
    return errorState(error);
  }
  refresh();
  return { status: "success", message: notificationsCopy.markReadDone };
}

export async function markAllReadAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  try {
    await markAllRead(principalOf(user));
  } catch (error) {
    return errorState(error);
  }
  refresh();
  return { status: "success", message: notificationsCopy.markAllDone };
}

export async function saveEmailPreferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(emailPreferenceSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await setEmailPreference(principalOf(user), parsed.data.notificationEmails);
  } catch (error) {
    return errorState(error, formData);
  }
  revalidatePath(paths.notificationPreferences());
  return { status: "success", message: notificationsCopy.preferences.saved, values: { notificationEmails: parsed.data.notificationEmails } };
}
