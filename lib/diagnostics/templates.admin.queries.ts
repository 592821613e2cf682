// Reads of the back office's questionnaire editor. Staff only: each function checks
// template.manage itself, whoever calls it.
import "server-only";
import { createHash } from "node:crypto";
import type { TemplateStatus } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { templateIdSchema } from "./templates.admin.schemas";

export type TemplateVersionRow = {
  id: string;
  key: string;
  version: number;
  title: string;
  status: TemplateStatus;
  createdAt: Date;
  activatedAt: Date | null;
  diagnosticCount: number;
};

export type TemplateGroup = { key: string; activeVersion: number | null; versions: TemplateVersionRow[] };

const rowSelect = {
  id: true,
  key: true,
  version: true,
  title: true,
  status: true,
  createdAt: true,
  activatedAt: true,
  _count: { select: { diagnostics: true } },
} as const;

function toRow({ _count, ...row }: { _count: { diagnostics: number } } & Omit<TemplateVersionRow, "diagnosticCount">): TemplateVersionRow {
  return { ...row, diagnosticCount: _count.diagnostics };
}

/**
 * What the editor saw when it opened a draft: a save carrying another revision was made against
 * a draft someone changed since, and is refused rather than overwriting their work.
 */
export function templateRevision(title: string, content: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([title, content]))
    .digest("hex")
    .slice(0, 32);
}

/** Every template key with its versions, newest first. */
export async function listTemplateVersions(principal: Principal): Promise<TemplateGroup[]> {
  assertCan(principal, "template.manage");
  const rows = await db.diagnosticTemplate.findMany({ select: rowSelect, orderBy: [{ key: "asc" }, { version: "desc" }] });
  const groups = new Map<string, TemplateGroup>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { key: row.key, activeVersion: null, versions: [] };
    if (row.status === "ACTIVE") group.activeVersion = row.version;
    group.versions.push(toRow(row));
    groups.set(row.key, group);
  }
  return [...groups.values()];
}

export type TemplateVersionDetail = TemplateVersionRow & {
  content: unknown;
  revision: string;
  /** The version of the same key active today, if any. */
  activeVersion: number | null;
  /** A DRAFT no diagnostic uses: the only kind that may be edited or deleted. */
  editable: boolean;
};

export async function getTemplateVersion(principal: Principal, id: string): Promise<TemplateVersionDetail> {
  assertCan(principal, "template.manage");
  if (!templateIdSchema.safeParse(id).success) throw new NotFoundError();
  const row = await db.diagnosticTemplate.findUnique({ where: { id }, select: { ...rowSelect, content: true } });
  if (!row) throw new NotFoundError();
  const active = await db.diagnosticTemplate.findFirst({ where: { key: row.key, status: "ACTIVE" }, select: { version: true } });
  const { content, ...rest } = row;
  const detail = toRow(rest);
  return {
    ...detail,
    content,
    revision: templateRevision(row.title, content),
    activeVersion: active?.version ?? null,
    editable: detail.status === "DRAFT" && detail.diagnosticCount === 0,
  };
}
