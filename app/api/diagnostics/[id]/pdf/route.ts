// The report as a PDF download. Same authorization as the report page: the diagnostic is read
// through getDiagnostic (members of its organisation, and staff); anyone else gets a 404, as for
// an id that does not exist. Drafts have no report yet: 404 too.
import { getPrincipal } from "@/lib/auth/session";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { findDiagnostic } from "@/lib/diagnostics/diagnostics.queries";
import { renderDiagnosticPdf } from "@/lib/diagnostics/pdf";
import { buildDiagnosticReport } from "@/lib/diagnostics/report.queries";
import { appBaseUrl } from "@/lib/http/base-url";
import { toSearchKey } from "@/lib/text/search-key";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response(diagnosticsCopy.messages.notFound, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const diagnostic = await findDiagnostic(await getPrincipal(), (await params).id);
  if (!diagnostic) return notFound();
  const report = await buildDiagnosticReport(diagnostic);
  if (!report) return notFound();
  const bytes = await renderDiagnosticPdf({
    territoryName: diagnostic.territory.name,
    organisationName: diagnostic.actor.name,
    completedAt: diagnostic.completedAt ?? diagnostic.updatedAt,
    report,
    baseUrl: await appBaseUrl(),
  });
  // An ASCII file name ("diagnostic-saint-etienne.pdf") that every browser keeps as is.
  const fileName = diagnosticsCopy.pdf.fileName(
    toSearchKey(diagnostic.territory.name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "territoire",
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // Private data: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
