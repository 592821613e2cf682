// What the preview and the addition of a pasted list of codes say about it, in French, and the
// list read from an uploaded file's rows. Pure.
import { adminLabels } from "@/lib/copy/admin";
import { COMMUNE_CODE, EPCI_SIREN, PROJECT_CODE_LIST_MAX, listInSentence } from "./project-territories";

const t = adminLabels.projectTerritories.list;

type Checked = { members: { name: string; alreadyMember: boolean }[]; unknown: string[]; invalid: string[]; tooMany: boolean };

/** The errors next to the field: empty when every code is a commune or an EPCI. */
export function codeListErrors(checked: Checked): string[] {
  const errors: string[] = [];
  if (checked.tooMany) errors.push(t.tooMany(PROJECT_CODE_LIST_MAX));
  if (checked.invalid.length > 0) errors.push(t.invalid(checked.invalid.length, listInSentence(checked.invalid)));
  if (checked.unknown.length > 0) errors.push(t.unknown(checked.unknown.length, listInSentence(checked.unknown)));
  if (errors.length === 0 && checked.members.length === 0) errors.push(t.empty);
  return errors;
}

/** The preview of a valid list: what would be added, what is already in. */
export function codeListPreview(checked: Checked): string {
  const toAdd = checked.members.filter((member) => !member.alreadyMember).map((member) => member.name);
  const already = checked.members.length - toAdd.length;
  return t.preview(toAdd.length, listInSentence(toAdd, 15, t.others), already);
}

const isCode = (cell: string) => COMMUNE_CODE.test(cell.toUpperCase()) || EPCI_SIREN.test(cell);

/**
 * The codes of an uploaded file's rows (lib/imports/import-file.ts reads CSV, XLSX and text), as
 * the text of the pasted list, one code a line: every non-empty cell, a first row without any
 * code being a header. Cells that are not codes stay, so that the preview names them as invalid.
 */
export function codeListFromRows(rows: readonly (readonly string[])[]): string {
  const cells = (row: readonly string[]) =>
    row
      .flatMap((cell) => cell.split(/[\s,;]+/))
      .map((cell) => cell.trim())
      .filter((cell) => cell !== "");
  const first = rows[0] ? cells(rows[0]) : [];
  const body = first.some(isCode) ? rows : rows.slice(1);
  return body.flatMap(cells).join("\n");
}
