"use server";
// The only entries from the notification forms, declared through formAction
// (lib/actions/form-action.ts). No permission to read first: a notification and the e-mail
// preference are only ever the caller's own, and every mutation scopes its write by the caller's
// id (someone else's notification is not found).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { notificationsCopy } from "@/lib/copy/notifications";
import { paths } from "@/lib/paths";
import { markAllRead, markRead, openNotification, setEmailPreference } from "./notifications.mutations";
import { emailPreferenceSchema, notificationIdSchema } from "./notifications.schemas";

// The unread count is in the header, pushed by the workspace layout (VisitorSync) and read again
// from /api/visiteur after each navigation: refreshing the workspace layout is enough. Never the
// root layout: that would mark every cached public page stale, and these actions are free to
// repeat (lib/cache/public-pages.ts). The wrapper revalidates pages only, hence the call here.
const refresh = () => revalidatePath(paths.workspace(), "layout");

/** Only a path of this site: a stored href is never an open redirect. */
function safeTarget(href: string | null): string {
  return href && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : paths.notifications();
}

/** Follows a notification's link, marking it read on the way. */
export const openNotificationAction = formAction({
  schema: notificationIdSchema,
  invalidMessage: notificationsCopy.notFound,
  run: async (data, { principal }) => {
    const { href } = await openNotification(principal, data.id);
    refresh();
    return { redirect: safeTarget(href) };
  },
});

export const markReadAction = formAction({
  schema: notificationIdSchema,
  invalidMessage: notificationsCopy.notFound,
  run: async (data, { principal }) => {
    await markRead(principal, data.id);
    refresh();
    return { message: notificationsCopy.markReadDone };
  },
});

export const markAllReadAction = formAction({
  schema: z.object({}),
  run: async (_data, { principal }) => {
    await markAllRead(principal);
    refresh();
    return { message: notificationsCopy.markAllDone };
  },
});

export const saveEmailPreferenceAction = formAction({
  schema: emailPreferenceSchema,
  run: async (data, { principal }) => {
    await setEmailPreference(principal, data.notificationEmails);
    return {
      revalidate: [paths.notificationPreferences()],
      message: notificationsCopy.preferences.saved,
      values: { notificationEmails: data.notificationEmails },
    };
  },
});
