import type { Metadata } from "next";
import { FollowList } from "@/components/follows/follow-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { followsCopy as c } from "@/lib/copy/follows";
import { listFollows } from "@/lib/follows/follows.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { formatDate } from "@/lib/text/dates";

export const metadata: Metadata = { title: c.page.title };

export default async function FollowsPage() {
  const user = await requireUser();
  const follows = await listFollows({ id: user.id, platformRole: user.platformRole });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.accounts.workspace.title, href: paths.workspace() },
        ]}
        current={c.page.title}
      />
      <PageHeader title={c.page.title}>
        <p>{c.page.intro}</p>
      </PageHeader>
      {follows.length === 0 ? (
        <p>{c.page.empty}</p>
      ) : (
        <FollowList
          follows={follows.map((follow) => ({
            id: follow.id,
            label: follow.label,
            href: follow.href,
            rhythm: follow.rhythm,
            since: formatDate(follow.createdAt),
          }))}
        />
      )}
    </>
  );
}
