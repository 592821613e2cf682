import "server-only";
// The CSV files of the observatory, for the route handler: permission first (a plain user gets a
// 403 with no data and does not learn which datasets exist), then the dataset, with the same URL
// parameters as the page the link comes from.
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { CSV_CONTENT_TYPE, attachmentDisposition, csvFileName, encodeCsv } from "@/lib/exports/csv";
import { parseObservatoryParams } from "./observatory";
import { isObservatoryDataset, observatoryCsv } from "./observatory-csv";
import { getObservatory } from "./observatory.queries";

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function observatoryCsvResponse(request: Request, dataset: string): Promise<Response> {
  const principal = await getPrincipal();
  if (!can(principal, "stats.read")) return plain(403, observatoryCopy.csvForbidden);
  if (!isObservatoryDataset(dataset)) return plain(404, "");
  const params = parseObservatoryParams(Object.fromEntries(new URL(request.url).searchParams.entries()));
  const table = observatoryCsv(await getObservatory(principal, params), dataset);
  return new Response(encodeCsv(table.header, table.rows), {
    status: 200,
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(csvFileName(table.fileBase)),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
