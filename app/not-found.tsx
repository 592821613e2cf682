import type { Metadata } from "next";
import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: labels.errors.notFoundTitle };

export default async function NotFound() {
  // Per request, like every page: the build knows nothing of SEED_DEMO (the root layout's banner).
  await connection();
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
