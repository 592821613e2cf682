import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: labels.errors.notFoundTitle };

export default function NotFound() {
  return (
    <>
      <PageHeader title={labels.errors.notFoundHeading}>
        <p>{labels.errors.notFoundText}</p>
        <p className="mt-2">{labels.errors.notFoundTerritoryHint}</p>
      </PageHeader>
      <div className="flex flex-wrap gap-4">
        <ButtonLink href={paths.home()}>{labels.errors.backHome}</ButtonLink>
        <ButtonLink href={paths.territories()} variant="secondary">
          {labels.errors.searchTerritories}
        </ButtonLink>
      </div>
    </>
  );
}
