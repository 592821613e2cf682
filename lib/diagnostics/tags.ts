// Option tags ("theme:EMPLOI_INSERTION", "mode:MECENAT", …) are how a template tells the scoring
// what an answer means for recommendations. Values backed by a database enum are checked against
// it, so that a typo in the back office cannot silently match nothing.
import { ActorKind, AllianceMode, Theme } from "@/generated/prisma/enums";
import { templateMessages } from "./labels";

export const TAG_PREFIXES = ["theme", "mode", "audience", "partner", "objectif"] as const;
export type TagPrefix = (typeof TAG_PREFIXES)[number];

export type ParsedTag =
  | { prefix: "theme"; value: Theme }
  | { prefix: "mode"; value: AllianceMode }
  | { prefix: "audience"; value: ActorKind }
  | { prefix: "partner"; value: ActorKind }
  | { prefix: "objectif"; value: string };

const enumValues = {
  theme: Object.values(Theme),
  mode: Object.values(AllianceMode),
  audience: Object.values(ActorKind),
  partner: Object.values(ActorKind),
} satisfies Record<Exclude<TagPrefix, "objectif">, readonly string[]>;

const OBJECTIVE_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

function isPrefix(value: string): value is TagPrefix {
  return (TAG_PREFIXES as readonly string[]).includes(value);
}

/** The tag, or the French reason why it is not one. */
export function checkTag(tag: string): { ok: true; tag: ParsedTag } | { ok: false; message: string } {
  const separator = tag.indexOf(":");
  const prefix = separator === -1 ? "" : tag.slice(0, separator);
  const value = separator === -1 ? "" : tag.slice(separator + 1);
  if (!isPrefix(prefix)) return { ok: false, message: templateMessages.unknownTagPrefix(tag) };
  if (prefix === "objectif") {
    return OBJECTIVE_PATTERN.test(value) ? { ok: true, tag: { prefix, value } } : { ok: false, message: templateMessages.objectiveFormat };
  }
  const allowed: readonly string[] = enumValues[prefix];
  if (!allowed.includes(value)) return { ok: false, message: templateMessages.unknownTagValue(prefix, value, allowed) };
  return { ok: true, tag: { prefix, value } as ParsedTag };
}

/** The tag, or null when it is not a valid one (templates are validated before use). */
export function parseTag(tag: string): ParsedTag | null {
  const checked = checkTag(tag);
  return checked.ok ? checked.tag : null;
}
