// The organisation import's pure rules: the file's columns, each line's checks, the duplicates
// (SIREN first, then normalised name + territory, against existing organisations and within the
// file) and the outcome of every line. No database: the lookups come in as maps, filled by one
// query per kind of fact (organisation-import.queries.ts), never one query per line.
import type { ActorKind } from "@/generated/prisma/enums";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { actorKindLabels } from "@/lib/copy/directory-lists";
import { normaliseSiren } from "@/lib/organisations/organisations";
import { toSearchKey } from "@/lib/text/search-key";

const e = adminImportsCopy.errors;
const d = adminImportsCopy.duplicates;

export const MAX_IMPORT_LINES = 10_000;
/** A network head imports its own local teams: at most this many lines a file. */
export const HEAD_IMPORT_MAX_LINES = 500;
export const MAX_IMPORT_BYTES = 1024 * 1024;
const NAME_MAX = 150;
const DESCRIPTION_MAX = 2000;

/** The columns of the template, in its order; the header is matched on normalised names and aliases. */
export const IMPORT_COLUMNS = [
  { field: "name", header: "nom", required: true, aliases: ["nom", "nom de l organisation", "raison sociale"] },
  { field: "kind", header: "type", required: true, aliases: ["type", "type d organisation"] },
  { field: "siren", header: "SIREN ou SIRET", required: false, aliases: ["siren ou siret", "siren", "siret", "siren siret"] },
  { field: "contactEmail", header: "e-mail de contact", required: false, aliases: ["e mail de contact", "email de contact", "e mail", "email", "courriel"] },
  { field: "website", header: "site web", required: false, aliases: ["site web", "site internet", "site"] },
  { field: "phone", header: "téléphone", required: false, aliases: ["telephone", "tel"] },
  { field: "description", header: "description", required: false, aliases: ["description"] },
  { field: "territories", header: "code territoire", required: true, aliases: ["code territoire", "code du territoire", "territoire", "code insee", "insee"] },
  { field: "sdgs", header: "ODD", required: false, aliases: ["odd", "odds"] },
] as const;

type Field = (typeof IMPORT_COLUMNS)[number]["field"];
export type RawLine = { line: number } & Record<Field, string>;

/** Reads the header and turns each following row into named cells; blank rows are skipped. */
export function readImportTable(rows: readonly (readonly string[])[]): { lines: RawLine[] } | { missing: string[] } {
  const header = (rows[0] ?? []).map((cell) => toSearchKey(cell));
  const index = new Map<Field, number>();
  for (const column of IMPORT_COLUMNS) {
    const position = header.findIndex((key) => (column.aliases as readonly string[]).includes(key));
    if (position >= 0) index.set(column.field, position);
  }
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !index.has(column.field)).map((column) => column.header);
  if (missing.length > 0) return { missing };
  const lines: RawLine[] = [];
  rows.slice(1).forEach((row, offset) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.field, (row[index.get(column.field) ?? -1] ?? "").trim()]));
    // Line numbers as a spreadsheet shows them: the header is line 1.
    lines.push({ line: offset + 2, ...(cells as Record<Field, string>) });
  });
  return { lines };
}

/** The Luhn checksum INSEE uses for SIREN (9 digits) and SIRET (14 digits). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share one SIREN and do not follow Luhn: INSEE's rule for them is a
// digit sum that is a multiple of 5.
const LA_POSTE_SIREN = "356000000";

/** The SIREN of a SIREN or SIRET (spaces allowed), or null when the number or its checksum is wrong. */
export function sirenOf(value: string): string | null {
  const digits = normaliseSiren(value);
  if (/^\d{9}$/.test(digits)) return luhnValid(digits) ? digits : null;
  if (!/^\d{14}$/.test(digits)) return null;
  const siren = digits.slice(0, 9);
  if (!luhnValid(siren)) return null;
  if (siren === LA_POSTE_SIREN) return [...digits].reduce((sum, c) => sum + Number(c), 0) % 5 === 0 ? siren : null;
  return luhnValid(digits) ? siren : null;
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}

// The shape zod's e-mail check uses, in short: something@domain.tld, no spaces, no second "@".
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
export const isEmail = (value: string) => value.length <= 254 && EMAIL.test(value);

const PHONE = /^\+?[0-9][0-9 .()-]{5,24}$/;

const kindByKey = new Map<string, ActorKind>(
  (Object.entries(actorKindLabels) as [ActorKind, string][]).flatMap(([kind, label]) => [
    [toSearchKey(label), kind],
    [toSearchKey(kind), kind],
  ]),
);

/** "Établissement public", "etablissement public" or "ETABLISSEMENT_PUBLIC" → the enum value. */
export const kindOf = (value: string): ActorKind | null => kindByKey.get(toSearchKey(value)) ?? null;

/** "2a004" → "2A004": codes are compared as INSEE writes them. */
export const normaliseTerritoryCode = (value: string) => value.replace(/[\s\u00a0]/g, "").toUpperCase();

const splitList = (value: string) =>
  value
    .split(/[,;|\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A line's own checks, before anything is looked up. */
export type CheckedLine = {
  line: number;
  name: string;
  nameKey: string;
  kind: ActorKind | null;
  kindText: string;
  siren: string | null;
  contactEmail: string | null;
  website: string | null;
  phone: string | null;
  description: string;
  territoryCodes: string[];
  sdgs: number[];
  errors: string[];
};

export function checkLine(raw: RawLine): CheckedLine {
  const errors: string[] = [];
  if (!raw.name) errors.push(e.nameRequired);
  else if (raw.name.length > NAME_MAX) errors.push(e.nameTooLong);
  const kind = raw.kind ? kindOf(raw.kind) : null;
  if (!raw.kind) errors.push(e.kindRequired);
  else if (!kind) errors.push(e.kindUnknown(raw.kind));
  const siren = raw.siren ? sirenOf(raw.siren) : null;
  if (raw.siren && !siren) errors.push(e.sirenInvalid);
  const contactEmail = raw.contactEmail.toLowerCase();
  if (contactEmail && !isEmail(contactEmail)) errors.push(e.emailInvalid);
  if (raw.website && !isHttpsUrl(raw.website)) errors.push(e.websiteInvalid);
  if (raw.phone && !PHONE.test(raw.phone)) errors.push(e.phoneInvalid);
  if (raw.description.length > DESCRIPTION_MAX) errors.push(e.descriptionTooLong);
  const territoryCodes = [...new Set(splitList(raw.territories).map(normaliseTerritoryCode))];
  if (territoryCodes.length === 0) errors.push(e.territoryRequired);
  const sdgs: number[] = [];
  for (const part of splitList(raw.sdgs)) {
    const number = /^\d{1,2}$/.test(part) ? Number(part) : NaN;
    if (number >= 1 && number <= 17) {
      if (!sdgs.includes(number)) sdgs.push(number);
    } else errors.push(e.sdgInvalid(part));
  }
  return {
    line: raw.line,
    name: raw.name,
    nameKey: toSearchKey(raw.name),
    kind,
    kindText: raw.kind,
    siren,
    contactEmail: contactEmail || null,
    website: raw.website || null,
    phone: raw.phone || null,
    description: raw.description,
    territoryCodes,
    sdgs,
    errors,
  };
}

/** What the database knows, each map filled by one query for the whole file. */
export type ImportLookups = {
  /** Normalised territory code → the territory (commune by INSEE code, EPCI by SIREN). */
  territories: ReadonlyMap<string, { id: number; name: string }>;
  /** SIREN → the name of the organisation that has it. */
  sirens: ReadonlyMap<string, string>;
  /** `${nameKey}|${territoryId}` → the name of an organisation of that name acting there. */
  names: ReadonlyMap<string, string>;
};

export type ImportOutcome = "create" | "duplicate" | "error";

export type PreviewLine = CheckedLine & { outcome: ImportOutcome; duplicate: string | null; territoryIds: number[]; territoryNames: string[] };

export type ImportPreview = { lines: PreviewLine[]; counts: Record<ImportOutcome, number> };

const nameKeyOf = (nameKey: string, territoryId: number) => `${nameKey}|${territoryId}`;

/** Every line's outcome: errors first, then SIREN duplicates, then name + territory duplicates. */
export function classifyLines(checked: readonly CheckedLine[], lookups: ImportLookups): ImportPreview {
  const sirenSeen = new Map<string, number>();
  const nameSeen = new Map<string, number>();
  const counts: Record<ImportOutcome, number> = { create: 0, duplicate: 0, error: 0 };
  const lines = checked.map((line): PreviewLine => {
    const errors = [...line.errors];
    const territories = line.territoryCodes.map((code) => {
      const territory = lookups.territories.get(code);
      if (!territory) errors.push(e.territoryUnknown(code));
      return territory;
    });
    const known = territories.filter((territory): territory is { id: number; name: string } => Boolean(territory));
    let duplicate: string | null = null;
    if (line.siren) {
      const existing = lookups.sirens.get(line.siren);
      const earlier = sirenSeen.get(line.siren);
      if (existing !== undefined) duplicate = d.sirenExisting(existing);
      else if (earlier !== undefined) duplicate = d.sirenInFile(earlier);
      else sirenSeen.set(line.siren, line.line);
    }
    if (!duplicate && line.nameKey) {
      for (const territory of known) {
        const key = nameKeyOf(line.nameKey, territory.id);
        const existing = lookups.names.get(key);
        const earlier = nameSeen.get(key);
        if (existing !== undefined) duplicate = d.nameExisting(existing);
        else if (earlier !== undefined) duplicate = d.nameInFile(earlier);
        if (duplicate) break;
      }
      if (!duplicate) for (const territory of known) nameSeen.set(nameKeyOf(line.nameKey, territory.id), line.line);
    }
    const outcome: ImportOutcome = errors.length > 0 ? "error" : duplicate ? "duplicate" : "create";
    counts[outcome] += 1;
    return { ...line, errors, outcome, duplicate, territoryIds: known.map((t) => t.id), territoryNames: known.map((t) => t.name) };
  });
  return { lines, counts };
}

export { nameKeyOf as importNameKey };
