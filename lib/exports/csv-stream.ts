// Streaming a CSV document page by page: the route handler's body reads one page (1,000 rows)
// from the database when the client is ready for more, so a large table never sits in memory.
// Pure (no database): the pages come from an async iterator the caller builds.
import { CSV_BOM, encodeCsvRow, type CsvValue } from "./csv";
import { logUnexpectedError } from "@/lib/log/logger";

export const EXPORT_PAGE_SIZE = 1000;

/**
 * Reads `fetchPage` with cursor pagination until a short page: each call gets the cursor of the
 * previous page's last row (undefined for the first page).
 */
export async function* paginate<T, C>(
  fetchPage: (cursor: C | undefined, take: number) => Promise<T[]>,
  cursorOf: (row: T) => C,
  pageSize: number = EXPORT_PAGE_SIZE,
): AsyncGenerator<T[]> {
  let cursor: C | undefined;
  for (;;) {
    const rows = await fetchPage(cursor, pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    cursor = cursorOf(rows[rows.length - 1]);
  }
}

/**
 * BOM and header first, then one chunk per page. Pulled, not pushed: the next page is read only
 * when the consumer asks, and a cancelled download stops the reading.
 */
export function csvStream(header: readonly string[], pages: AsyncIterator<(readonly CsvValue[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + encodeCsvRow(header)));
        return;
      }
      try {
        const next = await pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map(encodeCsvRow).join("")));
      } catch (error) {
        // The status line is already sent: all that can be done is to break the download, which
        // the browser reports as failed rather than a silently truncated file.
        logUnexpectedError(error, "CSV export broken off");
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return?.(undefined);
    },
  });
}
