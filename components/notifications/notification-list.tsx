import Link from "next/link";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import type { NotificationItem } from "@/lib/notifications/notifications.queries";
import { paths } from "@/lib/paths";
import { MarkReadForm, OpenNotificationForm } from "./notification-forms";

const titleClasses = "text-left font-semibold text-odd17-dark underline underline-offset-4 hover:no-underline";

/**
 * Newest first. An unread notification's title is a button: following it marks it read (a POST,
 * so that no prefetch or crawler marks anything). A read one is a plain link.
 */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  return (
    <ul aria-label={t.listLabel} className="divide-y divide-line border-y border-line">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id} className={`flex flex-wrap items-start justify-between gap-3 py-4 ${unread ? "bg-odd17-light/40 px-3" : "px-3"}`}>
            <div className="min-w-0 flex-1">
              <p className="mb-1 text-sm">
                <span className={unread ? "font-bold" : "text-muted"}>{unread ? t.unread : t.read}</span>
                <span className="text-muted"> · </span>
                <time dateTime={isoDateTime(item.createdAt)} className="text-muted">
                  {t.receivedOn(formatDateTime(item.createdAt))}
                </time>
              </p>
              {unread ? (
                <OpenNotificationForm id={item.id} title={item.title} className={titleClasses} />
              ) : (
                <Link href={item.href ?? paths.notifications()} className={titleClasses}>
                  {item.title}
                </Link>
              )}
              {item.body ? <p className="mt-1">{item.body}</p> : null}
            </div>
            {unread ? <MarkReadForm id={item.id} title={item.title} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
