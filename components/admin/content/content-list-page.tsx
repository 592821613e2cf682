// The frame of every back-office content list (organisations, alliances, needs and offers,
// diagnostics): breadcrumbs, title, the filters with « Attribué à », then the count, the table in
// its bulk form and the pages. The page passes what differs: its filters, its table, its kind.
import type { ComponentProps, ReactNode } from "react";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AssigneeFilter } from "@/components/admin/assignments/assignee-filter";
import { PageHeader } from "@/components/ui/page-header";
import type { AssignTarget } from "@/lib/assignments/assignments";
import type { ContentKind } from "@/lib/content-admin/content-admin";
import type { PageInfo } from "@/lib/territories/territories";
import { ContentFilters } from "./content-filters";
import { ContentListView } from "./content-list-view";

type Assignment = Pick<ComponentProps<typeof AssigneeFilter>, "value" | "colleagues"> & { param: string | undefined };

export function ContentListPage<K extends string, S extends string>({
  copy,
  filters,
  viewerId,
  assignment,
  kind,
  entity,
  pageInfo,
  pageHref,
  table,
}: {
  copy: { title: string; intro: string; found: (n: number) => string };
  filters: Omit<ComponentProps<typeof ContentFilters<K, S>>, "extra">;
  viewerId: string;
  assignment: Assignment;
  kind: ContentKind;
  entity: AssignTarget;
  pageInfo: PageInfo;
  /** The list's address for a page number, with its filters and « Attribué à ». */
  pageHref: (page: number) => string;
  /** The table; null when nothing matched. */
  table: ReactNode | null;
}) {
  return (
    <>
      <AdminBreadcrumbs current={copy.title} />
      <PageHeader title={copy.title}>
        <p>{copy.intro}</p>
      </PageHeader>
      <ContentFilters<K, S> {...filters} extra={<AssigneeFilter value={assignment.value} colleagues={assignment.colleagues} viewerId={viewerId} />} />
      <ContentListView
        kind={kind}
        heading={copy.found(pageInfo.total)}
        pageInfo={pageInfo}
        hrefFor={pageHref}
        assign={{ entity, colleagues: assignment.colleagues }}
      >
        {table}
      </ContentListView>
    </>
  );
}
