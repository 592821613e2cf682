import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadForm } from "@/components/notifications/notification-forms";
import { NotificationList } from "@/components/notifications/notification-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import { labels } from "@/lib/labels";
import { PAGE_SIZE } from "@/lib/notifications/notifications";
import { listNotifications } from "@/lib/notifications/notifications.queries";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: t.title };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { page: requested } = await searchParams;
  const { items, page, pages, total } = await listNotifications(user.id, Number(requested ?? 1) || 1);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.accounts.workspace.title, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.description}</p>
      </PageHeader>
      <p className="mb-6">
        <Link href={paths.notificationPreferences()}>{t.preferences.link}</Link>
      </p>
      {total > 0 ? <MarkAllReadForm /> : null}
      {items.length === 0 ? <p>{t.empty}</p> : <NotificationList items={items} />}
      <Pagination pageInfo={{ page, pageSize: PAGE_SIZE, total, pageCount: pages }} hrefFor={(n) => paths.notifications({ page: n })} />
    </>
  );
}
