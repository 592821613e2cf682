import "server-only";
// An uploaded file of codes for a project territory, read by the same parser as the organisation
// imports (lib/imports/import-file.ts: the kind from the bytes, CSV or text in UTF-8, or XLSX)
// and turned into the text of the pasted list: the form then shows the same preview.
import { adminLabels } from "@/lib/copy/admin";
import { ValidationError } from "@/lib/errors";
import { ImportFileError, readImportFile } from "@/lib/imports/import-file";
import { codeListFromRows } from "./member-list";
import { PROJECT_CODE_LIST_MAX } from "./project-territories";

const t = adminLabels.projectTerritories.list;
export const MAX_CODE_FILE_BYTES = 1024 * 1024;

/** The file's codes as a pasted list; a file that cannot be read is an error of the `file` field. */
export async function readCodeListFile(file: File): Promise<string> {
  if (file.size > MAX_CODE_FILE_BYTES) throw new ValidationError({ file: [t.fileTooLarge] });
  try {
    const { rows } = await readImportFile(new Uint8Array(await file.arrayBuffer()), PROJECT_CODE_LIST_MAX + 1);
    return codeListFromRows(rows);
  } catch (error) {
    if (error instanceof ImportFileError) throw new ValidationError({ file: [error.reason === "refused" ? t.fileRefused : t.fileUnreadable] });
    throw error;
  }
}
