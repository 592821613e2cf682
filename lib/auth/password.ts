// Password rules (in French, for the forms) and hashing. Rules follow the ANSSI / NIST advice:
// length over composition, no obvious password, nothing taken from the e-mail address.
// Hashing uses argon2id at the OWASP minimum (19 MiB, 2 passes, 1 lane).
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// `Algorithm` is an ambient const enum, unusable as a value under isolatedModules: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const HASH_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * The hash of a random string nobody knows, with HASH_OPTIONS: checked instead of a real hash when
 * the e-mail is unknown, so that an attacker cannot tell unknown addresses by the response time.
 * Regenerate it if HASH_OPTIONS change (a unit test compares the two).
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Lrpw3AiYX6g6akdrgrHA4g$ugb7CJG84E3KLuccxdjFgv9g+hripoUai1vicMtnBm0";

const commonPasswords: ReadonlySet<string> = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** Counted in characters as people see them, not UTF-16 units (an emoji is one). */
function length(value: string): number {
  return [...value].length;
}

/** What is wrong with a new password, as French sentences for the form; empty when it is fine. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  const size = length(password);
  if (size < PASSWORD_MIN_LENGTH) problems.push(`Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`);
  if (size > PASSWORD_MAX_LENGTH) problems.push(`Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`);
  const lower = password.toLowerCase();
  const localPart = email.split("@")[0]?.trim().toLowerCase() ?? "";
  if (length(localPart) >= 3 && lower.includes(localPart)) {
    problems.push("Le mot de passe ne doit pas contenir votre adresse e-mail.");
  }
  if (commonPasswords.has(lower)) problems.push("Ce mot de passe est trop courant : choisissez-en un autre.");
  return problems;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/** False for a wrong password and for anything that is not a valid hash: never throws. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * For sign-in: checks against the user's hash, or against DUMMY_HASH when there is no user or no
 * password (e-mail-link-only account), so every failure costs the same time. False in those cases.
 */
export async function verifyPasswordOrDummy(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verifyPassword(DUMMY_HASH, password);
    return false;
  }
  return verifyPassword(passwordHash, password);
}
