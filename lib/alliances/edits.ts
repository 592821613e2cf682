// What an edit does to an alliance that may already be public, the rule the organisation profile
// follows (lib/organisations/profile.ts statusAfterProfileEdit): its public text (title, summary,
// description, dates, territories, targets, results) is what the moderation team approved.
// - PUBLISHED, lead organisation verified (approved once by the team): stays PUBLISHED, the edit
//   is public at once and audited with its before/after line.
// - PUBLISHED, lead not verified: back to PENDING — off the public pages and into the moderation
//   queue until the team approves the new text (approval keeps the first publication date).
// - PENDING stays PENDING (the queue shows the latest text); DRAFT and REJECTED stay as they are:
//   saving is not submitting ("Soumettre pour publication" is the explicit step).
// Pure, with its French words from lib/copy/alliances-workspace.ts.
import type { AllianceMode, MecenatKind, ModerationStatus } from "@/generated/prisma/enums";
import { describeChanges } from "@/lib/audit/changes";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { directoryLabels } from "@/lib/copy/directories";
import { labels } from "@/lib/labels";

const f = alliancesWorkspaceCopy.audit.fields;

export function statusAfterAllianceEdit(current: ModerationStatus, leadVerified: boolean): ModerationStatus {
  if (current === "PUBLISHED") return leadVerified ? "PUBLISHED" : "PENDING";
  return current;
}

/** Which sentence the editor shows before saving (alliancesWorkspaceCopy.editRules). */
export type AllianceEditRule = "direct" | "backToModeration" | "pending" | "draft" | "rejected";

export function allianceEditRule(status: ModerationStatus, leadVerified: boolean): AllianceEditRule {
  if (status === "PUBLISHED") return leadVerified ? "direct" : "backToModeration";
  if (status === "PENDING") return "pending";
  return status === "REJECTED" ? "rejected" : "draft";
}

/** The audit outcome word of an edit, from the status it leaves. */
export function editOutcome(status: ModerationStatus): "published" | "pending" | "saved" {
  return status === "PUBLISHED" ? "published" : status === "PENDING" ? "pending" : "saved";
}

export type AllianceSnapshot = {
  title: string;
  summary: string;
  description: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  startDate: Date | null;
  endDate: Date | null;
  /** Territory names (compared as a set). */
  territories: string[];
  /** SDG 17 target codes (compared as a set). */
  targets: string[];
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const modeName = (mode: AllianceMode) => labels.allianceModes[mode].label;
const mecenatName = (kind: MecenatKind | null) => (kind ? directoryLabels.mecenatKinds[kind] : null);

/** The before/after line of an alliance edit; empty when the form changed nothing. */
export function describeAllianceChanges(before: AllianceSnapshot, after: AllianceSnapshot): string[] {
  return describeChanges([
    { label: f.title, kind: "value", before: before.title, after: after.title },
    { label: f.summary, kind: "value", before: before.summary, after: after.summary },
    { label: f.description, kind: "text", before: before.description, after: after.description },
    { label: f.mode, kind: "value", before: modeName(before.mode), after: modeName(after.mode) },
    { label: f.mecenatKind, kind: "value", before: mecenatName(before.mecenatKind), after: mecenatName(after.mecenatKind) },
    { label: f.startDate, kind: "value", before: day(before.startDate), after: day(after.startDate) },
    { label: f.endDate, kind: "value", before: day(before.endDate), after: day(after.endDate) },
    { label: f.territories, kind: "set", before: before.territories, after: after.territories },
    { label: f.targets, kind: "set", before: before.targets, after: after.targets },
  ]);
}

export function describeResultsChange(before: string, after: string): string[] {
  return describeChanges([{ label: f.results, kind: "text", before, after }]);
}
