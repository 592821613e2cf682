import type { Metadata } from "next";
import { EmailPreferenceForm } from "@/components/notifications/notification-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { notificationsCopy as t } from "@/lib/copy/notifications";
import { labels } from "@/lib/labels";
import { getEmailPreference } from "@/lib/notifications/notifications.queries";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: t.preferences.title };

/** Linked from every notification e-mail: the way to switch them off. */
export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.accounts.workspace.title, href: paths.workspace() },
          { label: t.title, href: paths.notifications() },
        ]}
        current={t.preferences.title}
      />
      <PageHeader title={t.preferences.title} />
      <EmailPreferenceForm current={await getEmailPreference(user.id)} />
    </>
  );
}
