"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { organisationsLabels } from "@/lib/copy/organisations";
import { paths } from "@/lib/paths";

/** A failure of an alliances workspace page. */
export default function AlliancesWorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.workspace(), label: organisationsLabels.workspace }} />;
}
