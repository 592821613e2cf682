import Link from "next/link";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import { countUnread } from "@/lib/notifications/notifications.queries";
import { paths } from "@/lib/paths";

/** The header link to the notifications, with the unread count (spoken as "Notifications, 3 non lues"). */
export async function NotificationsBadge({ userId, className }: { userId: string; className: string }) {
  const unread = await countUnread(userId);
  return (
    <Link href={paths.notifications()} className={className} aria-label={t.badge(unread)}>
      {t.title}
      {unread > 0 ? (
        <span aria-hidden="true" className="ml-1.5 inline-block min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-odd17-dark">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
