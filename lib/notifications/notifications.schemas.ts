import { z } from "zod";
import { notificationsCopy } from "@/lib/copy/notifications";

export const NOTIFICATION_EMAILS = ["ALL", "DIGEST_ONLY", "NONE"] as const;

export const notificationIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
export type NotificationId = z.infer<typeof notificationIdSchema>;

export const emailPreferenceSchema = z.object({
  notificationEmails: z.enum(NOTIFICATION_EMAILS, { error: notificationsCopy.preferences.invalid }),
});
export type EmailPreference = z.infer<typeof emailPreferenceSchema>;
