"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";

/** A failure of a back-office page; the back-office navigation stays. */
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.admin(), label: adminLabels.nav.dashboard }} />;
}
