import Link from "next/link";
import { notificationsCopy } from "@/lib/copy/notifications";
import { countNewMatchContacts, countUnread, listLatestUnread } from "@/lib/notifications/notifications.queries";
import { paths } from "@/lib/paths";
import { NotificationList } from "./notification-list";

const t = notificationsCopy.dashboard;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The workspace's notifications block: the latest unread ones and this week's new contacts. */
export async function DashboardNotifications({ userId }: { userId: string }) {
  // eslint-disable-next-line react-hooks/purity -- a Server Component renders once per request: "this week" is counted from then
  const since = new Date(Date.now() - WEEK_MS);
  const [unread, latest, newMatches] = await Promise.all([countUnread(userId), listLatestUnread(userId, 3), countNewMatchContacts(userId, since)]);
  return (
    <section aria-labelledby="notifications" className="mb-10">
      <h2 id="notifications" className="mb-4 text-2xl font-bold">
        {t.title}
      </h2>
      <p className="mb-2">{t.unreadCount(unread)}</p>
      <p className="mb-4">
        {t.newMatches(newMatches)} {newMatches > 0 ? <Link href={paths.matchContacts()}>{t.seeMatches}</Link> : null}
      </p>
      {latest.length > 0 ? <NotificationList items={latest} /> : null}
      <p className="mt-4">
        <Link href={paths.notifications()}>{t.seeAll}</Link>
      </p>
    </section>
  );
}
