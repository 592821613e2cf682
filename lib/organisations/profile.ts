// Pure rules of the organisation profile: what a logo file really is (read from its bytes), how a
// phone number is written, what an edit does to the moderation status, and the before/after
// summary the audit log keeps. No database, no framework: unit-tested beside this file.
import type { ModerationStatus } from "@/generated/prisma/enums";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { ValidationError } from "@/lib/errors";

// ───────────── Logo ─────────────

export const MAX_LOGO_BYTES = 1024 * 1024;

export const LOGO_TYPES = {
  png: { mimeType: "image/png", label: "PNG" },
  jpeg: { mimeType: "image/jpeg", label: "JPEG" },
  webp: { mimeType: "image/webp", label: "WebP" },
} as const;

export type LogoKind = keyof typeof LOGO_TYPES;

/** What the browser is told it may pick in the file dialog; the server still reads the bytes. */
export const LOGO_ACCEPT = "image/png,image/jpeg,image/webp";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let index = start; index < start + length && index < bytes.length; index++) text += String.fromCharCode(bytes[index]);
  return text;
}

/**
 * The logo type the content shows, or null. The name and the type the browser declares are never
 * trusted. A PNG must also start with its IHDR chunk, a WebP with a RIFF header whose size fits
 * the file: a few bytes of signature glued to something else are refused.
 */
export function detectLogoKind(bytes: Uint8Array): LogoKind | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return ascii(bytes, 12, 4) === "IHDR" ? "png" : null;
  // SOI then the first marker (APPn, DQT, SOF… all 0xFFxx).
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP" && bytes.length >= 16) {
    const declared = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    return declared + 8 <= bytes.length && ["VP8 ", "VP8L", "VP8X"].includes(ascii(bytes, 12, 4)) ? "webp" : null;
  }
  return null;
}

/**
 * SVG is refused, not sanitised: it is a document that can carry scripts and external
 * references, and a sanitiser is one more thing to keep right. Detected to say so plainly.
 */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(bytes.length, 1024))
    .replace(/^\ufeff|^\u00ef\u00bb\u00bf/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.startsWith("<!doctype svg");
}

export type LogoProblem = "too-large" | "svg" | "type" | "empty";

/** Why these bytes cannot be a logo, or null when they can (then detectLogoKind names the type). */
export function logoProblem(bytes: Uint8Array): LogoProblem | null {
  if (bytes.byteLength === 0) return "empty";
  if (bytes.byteLength > MAX_LOGO_BYTES) return "too-large";
  if (detectLogoKind(bytes)) return null;
  return looksLikeSvg(bytes) ? "svg" : "type";
}

const m = organisationProfileCopy.messages;

export const LOGO_MESSAGES: Record<LogoProblem, string> = {
  "too-large": m.logoTooLarge,
  svg: m.logoSvg,
  type: m.logoType,
  empty: m.logoEmpty,
};

/** What an upload brings (a File from a form fits). */
export interface UploadedLogo {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The bytes of an acceptable logo, or a ValidationError on the `logo` field. Stores nothing. */
export async function readLogo(file: UploadedLogo): Promise<Uint8Array> {
  // The declared size first, so that a huge file is refused before being read into memory.
  if (file.size > MAX_LOGO_BYTES) throw new ValidationError({ logo: [m.logoTooLarge] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = logoProblem(bytes);
  if (problem) throw new ValidationError({ logo: [LOGO_MESSAGES[problem]] });
  return bytes;
}

// ───────────── Phone ─────────────

/**
 * A contact phone in a standard shape, or null when it is not one. French numbers (0X…, +33,
 * 0033) become "04 77 12 34 56"; others must be international (+ and 8 to 15 digits, E.164) and
 * are kept as "+" and their digits.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\u00a0\u202f.\-()]/g, "");
  if (!/^(\+|00)?\d+$/.test(compact)) return null;
  let digits = compact;
  if (digits.startsWith("+33")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("0033")) digits = `0${digits.slice(4)}`;
  if (/^0[1-9]\d{8}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, "$1 ");
  const international = digits.startsWith("+") ? digits.slice(1) : digits.startsWith("00") ? digits.slice(2) : null;
  if (international && /^[1-9]\d{7,14}$/.test(international)) return `+${international}`;
  return null;
}

// ───────────── Website ─────────────

/** An https address on a named host (not a bare word, not javascript:, not plain http). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

// ───────────── Moderation after an edit ─────────────

/**
 * What an edit of the profile does to its status (the same rule as needs and offers, and what
 * lib/moderation expects: its queue marks an actor with a publication date as "an edit of
 * something already published", and approving it keeps that first date).
 * - PUBLISHED and verified (approved once by the team): stays PUBLISHED, the edit is public at
 *   once and audited with its before/after summary.
 * - PUBLISHED but not verified (imported or older profiles the team never checked): goes back to
 *   PENDING — the team reviews what is shown publicly under an unchecked name; the form warns
 *   that the profile leaves the public directory until then.
 * - PENDING stays PENDING (the queue shows the latest content); DRAFT and REJECTED stay as they
 *   are: saving is not submitting, "Soumettre à la modération" is a separate, explicit step.
 */
export function statusAfterProfileEdit(current: ModerationStatus, verified: boolean): ModerationStatus {
  if (current === "PUBLISHED") return verified ? "PUBLISHED" : "PENDING";
  return current;
}

/** Only what has not been submitted yet (or was refused) can be submitted. */
export function canSubmitProfile(status: ModerationStatus): boolean {
  return status === "DRAFT" || status === "REJECTED";
}

/**
 * A verified organisation's name is what the team checked: changing it goes through the team
 * (it could otherwise take another organisation's name with the verified badge).
 */
export function canRenameOrganisation(verified: boolean): boolean {
  return !verified;
}

// ───────────── Audit summary ─────────────

export type ProfileSnapshot = {
  name: string;
  kind: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** Compared by id (two communes may share a name), shown by name; any order. */
  territories: { id: number; name: string }[];
  sdgs: number[];
  /** The logo's storage key: a new key is a new file. */
  logoKey: string | null;
};

const FIELD_NAMES = {
  name: "nom",
  kind: "type",
  description: "présentation",
  website: "site",
  contactEmail: "e-mail",
  contactPhone: "téléphone",
} as const;

const shown = (value: string | null) => (value === null || value === "" ? "∅" : value.length > 60 ? `${value.slice(0, 57)}…` : value);
const sameSet = <T>(a: T[], b: T[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * The changes of an edit as one short line for the audit log, "champ : avant → après" for the
 * short fields, lengths for the description, lists for territories and SDGs. Empty when nothing
 * changed.
 */
export function describeProfileChanges(before: ProfileSnapshot, after: ProfileSnapshot): string[] {
  const changes: string[] = [];
  for (const field of ["name", "kind", "website", "contactEmail", "contactPhone"] as const) {
    if (before[field] !== after[field]) changes.push(`${FIELD_NAMES[field]} : ${shown(before[field])} → ${shown(after[field])}`);
  }
  if (before.description !== after.description)
    changes.push(`${FIELD_NAMES.description} : ${before.description.length} → ${after.description.length} caractères`);
  const beforeIds = before.territories.map((t) => t.id);
  const afterIds = after.territories.map((t) => t.id);
  if (!sameSet(beforeIds, afterIds)) {
    const added = after.territories.filter((t) => !beforeIds.includes(t.id)).map((t) => t.name);
    const removed = before.territories.filter((t) => !afterIds.includes(t.id)).map((t) => t.name);
    changes.push(`territoires :${added.length ? ` + ${added.join(", ")}` : ""}${removed.length ? ` − ${removed.join(", ")}` : ""}`);
  }
  if (!sameSet(before.sdgs, after.sdgs)) {
    const list = (numbers: number[]) => [...numbers].sort((a, b) => a - b).join(", ") || "∅";
    changes.push(`ODD : ${list(before.sdgs)} → ${list(after.sdgs)}`);
  }
  if (before.logoKey !== after.logoKey) changes.push(before.logoKey === null ? "logo ajouté" : after.logoKey === null ? "logo retiré" : "logo remplacé");
  return changes;
}
