"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { organisationsLabels } from "@/lib/copy/organisations";
import { paths } from "@/lib/paths";

/** A failure of an organisation page: the generic French message and the way back to the workspace. */
export default function OrganisationError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.workspace(), label: organisationsLabels.workspace }} />;
}
