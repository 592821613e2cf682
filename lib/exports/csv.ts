// CSV encoding for the back-office exports, pure so that it is unit-tested directly.
//
// The format is chosen for Excel as French users open it with a double click:
// - UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and accents break;
// - ";" between fields: French Excel expects it, because "," is the decimal separator there;
// - CRLF line ends (RFC 4180) and every field that holds ";", '"', CR or LF wrapped in quotes,
//   with its quotes doubled;
// - formula-injection guard: a text cell starting with = + - @ (or a tab / CR, which some
//   spreadsheets skip before reading a formula) gets a leading apostrophe, so that a name such as
//   "=HYPERLINK(…)" typed by a user is shown as text and never evaluated.
// Numbers are written as they are (a negative number is data, not a formula); dates in French
// form, Paris time, which Excel recognises.
// A machine format, on purpose not the site's « 7 déc. 2026 à 14:05 » (lib/text/dates.ts):
// "28/11/2026 15:05" is what French Excel reads as a date and time.
const csvDateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";
export const CSV_LINE_END = "\r\n";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** A text cell made safe to open in a spreadsheet: never read as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return csvDateTime.format(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "oui" : "non";
  return guardFormula(value);
}

/** One field, guarded and quoted when it must be. */
export function encodeCsvCell(value: CsvValue): string {
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, line end included. */
export function encodeCsvRow(values: readonly CsvValue[]): string {
  return values.map(encodeCsvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}

/** A whole (small) document: BOM, header, rows. The exports stream instead (csv-stream.ts). */
export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + encodeCsvRow(header) + rows.map(encodeCsvRow).join("");
}

/** "utilisateurs" + 2026-11-28 → "utilisateurs-2026-11-28.csv", the date in Paris time. */
export function csvFileName(base: string, now: Date = new Date()): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const safeBase = base.replace(/[^a-z0-9-]+/gi, "-").replace(/^-+|-+$/g, "") || "export";
  return `${safeBase}-${day}.csv`;
}

/** The header that makes the browser download the file under that name (ASCII names only). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
