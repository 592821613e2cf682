// The back-office lists that download as CSV; their names are the URL segment
// (/admin/exports/<list>) and the start of the file name. Pure.

export const EXPORT_LISTS = ["utilisateurs", "organisations", "alliances", "kits", "diagnostics", "moderation", "journal"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export function isExportList(value: unknown): value is ExportList {
  return typeof value === "string" && (EXPORT_LISTS as readonly string[]).includes(value);
}
