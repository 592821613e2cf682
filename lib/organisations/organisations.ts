// Pure rules of the organisations domain: SIREN check, slugs, the "one admin at least" rule and
// the state of an invitation. No database, no framework: unit-tested beside this file.
import type { MembershipRole } from "@/generated/prisma/enums";
import { toSearchKey } from "@/lib/text/search-key";

// ───────────── SIREN ─────────────

/** "732 829 320" → "732829320": users paste SIRENs with spaces (also non-breaking ones). */
export function normaliseSiren(value: string): string {
  return value.replace(/[\s\u00a0\u202f.]/g, "");
}

/** Nine digits whose Luhn checksum is right (the rule INSEE uses for SIREN numbers). */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    let digit = value.charCodeAt(index) - 48;
    // From the right, every second digit is doubled: with 9 digits, those at odd indexes.
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// ───────────── Slugs ─────────────

export const SLUG_MAX_LENGTH = 80;
const FALLBACK_SLUG = "organisation";

/** "Les Liens du Furan (démo)" → "les-liens-du-furan-demo"; never empty. */
export function baseSlug(name: string): string {
  const slug = toSearchKey(name).replace(/ /g, "-").slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
  return slug || FALLBACK_SLUG;
}

/** The base itself when free, else base-2, base-3… — the first one not in `taken`. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

// ───────────── The last-admin rule ─────────────

/**
 * An organisation always keeps at least one ADMIN. Given how many admins it has now, may the
 * membership of `target` (currently `currentRole`) become `nextRole` (null = it is removed)?
 */
export function keepsAnAdmin(adminCount: number, currentRole: MembershipRole, nextRole: MembershipRole | null): boolean {
  if (currentRole !== "ADMIN" || nextRole === "ADMIN") return true;
  return adminCount > 1;
}

// ───────────── Invitations ─────────────

/**
 * Invitations send e-mail to any address, and anyone may create an organisation: bound how many
 * one person sends, and how many one address receives, so the feature cannot be used to spam.
 */
export const INVITATION_RATE_LIMITS = {
  perInviter: { limit: 30, windowSeconds: 60 * 60 },
  perAddress: { limit: 5, windowSeconds: 60 * 60 },
} as const;

export const INVITATION_ROLES = ["MEMBER", "ADMIN"] as const satisfies readonly MembershipRole[];

export type InvitationProblem = "revoked" | "accepted" | "expired" | "wrong-email";

export type InvitationFacts = { email: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

/** Same address, whatever the case and surrounding spaces. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Why this invitation cannot be accepted by `email` (or viewed as pending when email is null),
 * or null when it can. Checked in this order so that the message is the most useful one.
 */
export function invitationProblem(invitation: InvitationFacts, email: string | null, now: Date = new Date()): InvitationProblem | null {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  if (email !== null && !sameEmail(invitation.email, email)) return "wrong-email";
  return null;
}

/** Accepting never demotes: an ADMIN invited as MEMBER stays ADMIN. */
export function roleAfterAcceptance(current: MembershipRole | null, invited: MembershipRole): MembershipRole {
  return current === "ADMIN" ? "ADMIN" : invited;
}

/**
 * The first lines of an organisation's presentation, for an invitation: at most `max` characters,
 * cut at a word and ended with "…" when longer, line breaks folded into spaces.
 */
export function shortDescription(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?-]+$/, "")}…`;
}
