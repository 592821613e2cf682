// An uploaded import file, read into rows of text cells. Its kind comes from its bytes, never from
// its name or declared type (as for kit attachments, lib/kits/file-type.ts): a zip holding an
// Excel workbook, or UTF-8 text for a CSV. No database; the parsers are pure JavaScript
// (exceljs for XLSX, csv-parse for CSV).
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { detectAttachmentKind } from "@/lib/kits/file-type";

export type ImportFileKind = "csv" | "xlsx";

/** Zip archives promise their uncompressed size: refused above this, before anything is inflated. */
const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
const ZIP_CENTRAL_HEADER = 0x02014b50;

export class ImportFileError extends Error {
  constructor(readonly reason: "refused" | "unreadable") {
    super(reason);
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are: an XLSX workbook, a UTF-8 CSV, or null (anything else is refused). */
export function detectImportKind(bytes: Uint8Array): ImportFileKind | null {
  const kind = detectAttachmentKind(bytes);
  if (kind === "xlsx") return "xlsx";
  if (kind !== null) return null;
  return isUtf8Text(bytes) ? "csv" : null;
}

/** The sum of the sizes the central directory declares (a zip bomb declares gigabytes). */
function declaredUncompressedSize(bytes: Uint8Array): number {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let offset = 0; offset + 46 <= bytes.length; offset += 1) {
    if (data.getUint32(offset, true) !== ZIP_CENTRAL_HEADER) continue;
    total += data.getUint32(offset + 24, true);
    offset += 45;
  }
  return total;
}

/** The delimiter of a French or English CSV: whichever of ";", "," or tab the header uses most. */
function csvDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((delimiter) => ({ delimiter, n: header.split(delimiter).length }));
  return counts.sort((a, b) => b.n - a.n)[0].delimiter;
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  return parse(text, { delimiter: csvDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<string[][]> {
  if (declaredUncompressedSize(bytes) > MAX_UNCOMPRESSED_BYTES) throw new ImportFileError("unreadable");
  const workbook = new ExcelJS.Workbook();
  // exceljs's type asks for a Node Buffer (it hands it to JSZip, which also takes a Uint8Array).
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  // Row numbers are kept (an empty row stays an empty array), so that line numbers match Excel's.
  const last = Math.min(sheet.rowCount, maxRows + 1);
  for (let number = 1; number <= last; number += 1) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text ?? "");
    rows.push(cells);
  }
  if (sheet.rowCount > maxRows + 1) rows.push(["…"]);
  return rows;
}

/**
 * The rows of the file (header first), at most `maxRows` after the header plus one more when
 * there are more (so that the caller can say the file is too long). Throws ImportFileError.
 */
export async function readImportFile(bytes: Uint8Array, maxRows: number): Promise<{ kind: ImportFileKind; rows: string[][] }> {
  const kind = detectImportKind(bytes);
  if (!kind) throw new ImportFileError("refused");
  try {
    const rows = kind === "xlsx" ? await readXlsx(bytes, maxRows) : readCsv(bytes);
    return { kind, rows: rows.map((row) => row.map((cell) => String(cell ?? ""))) };
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("unreadable");
  }
}
