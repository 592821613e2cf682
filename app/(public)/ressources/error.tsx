"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { resourceCentreHeading } from "@/lib/copy/kits-feedback";
import { paths } from "@/lib/paths";

/** A failure of a resource-centre page. */
export default function ResourcesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.resources(), label: resourceCentreHeading }} />;
}
