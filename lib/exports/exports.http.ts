import "server-only";
// The HTTP side of the CSV exports, for the route handler: who is asking, which list, which
// filters (the same URL parameters as the page the link comes from), then a streamed response.
// Anyone without export.run gets a 403 with no data; an unknown list is a 404.
import { clientIp } from "@/lib/accounts/authenticate";
import { parseAuditSearchParams } from "@/lib/admin/audit-log.schemas";
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { adminLabels } from "@/lib/copy/admin";
import { appBaseUrl } from "@/lib/http/base-url";
import { parseUserSearchParams } from "@/lib/users/users.schemas";
import { CSV_CONTENT_TYPE, attachmentDisposition } from "./csv";
import { isExportList, type ExportList } from "./exports";
import { openExport, type ExportParams } from "./exports.queries";

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function paramsFor(list: ExportList, url: URL): ExportParams {
  const raw: Record<string, string> = Object.fromEntries(url.searchParams.entries());
  if (list === "utilisateurs") return { q: parseUserSearchParams(raw).q || undefined };
  if (list === "journal") return { audit: parseAuditSearchParams(raw).filters };
  return {};
}

export async function csvExportResponse(request: Request, list: string): Promise<Response> {
  const principal = await getPrincipal();
  // The permission before the list name: a plain user learns nothing, not even which lists exist.
  if (!can(principal, "export.run")) return plain(403, adminLabels.exports.forbidden);
  if (!isExportList(list)) return plain(404, "");
  const { fileName, stream } = await openExport(principal, list, paramsFor(list, new URL(request.url)), { baseUrl: await appBaseUrl(), ip: await clientIp() });
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(fileName),
      // Personal data: never kept by a shared cache or the browser's.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
