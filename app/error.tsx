"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { siteLabels as labels } from "@/lib/copy/site";
import { paths } from "@/lib/paths";

/** Any unexpected failure of a page. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.home(), label: labels.errors.backHome }} />;
}
