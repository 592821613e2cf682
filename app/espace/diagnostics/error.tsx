"use client";

import { ErrorPanel } from "@/components/ui/error-panel";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { paths } from "@/lib/paths";

/** A failure of a diagnostic page. */
export default function DiagnosticError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} back={{ href: paths.diagnostics(), label: diagnosticsCopy.list.title }} />;
}
