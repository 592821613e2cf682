// What both content lists show under their filters: the count, the table inside the bulk form
// (or the empty state), and the pages.
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { ContentKind } from "@/lib/content-admin/content-admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import type { PageInfo } from "@/lib/territories/territories";
import { ContentBulkForm, type BulkAssign } from "./content-bulk-form";

export function ContentListView({
  kind,
  heading,
  pageInfo,
  hrefFor,
  children,
  assign,
}: {
  kind: ContentKind;
  heading: string;
  pageInfo: PageInfo;
  hrefFor: (page: number) => string;
  /** The table; absent when nothing matched. */
  children: ReactNode | null;
  /** « Attribuer à… » among the bulk actions (lib/assignments). */
  assign?: BulkAssign;
}) {
  return (
    <section aria-labelledby="contenus-resultats" className="mt-8">
      <h2 id="contenus-resultats" className="mb-4 text-2xl font-bold">
        {heading}
      </h2>
      {children ? (
        <ContentBulkForm kind={kind} assign={assign}>
          {children}
        </ContentBulkForm>
      ) : (
        <EmptyState title={adminContentCopy.empty}>
          <p>{adminContentCopy.emptyAdvice}</p>
        </EmptyState>
      )}
      <Pagination pageInfo={pageInfo} hrefFor={hrefFor} />
    </section>
  );
}
