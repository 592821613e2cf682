import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";
import { DUMMY_HASH, HASH_OPTIONS, hashPassword, passwordProblems, verifyPassword, verifyPasswordOrDummy } from "@/lib/auth/password";

const TOO_SHORT = "Le mot de passe doit contenir au moins 12 caractères.";
const TOO_LONG = "Le mot de passe doit contenir au plus 128 caractères.";
const HAS_EMAIL = "Le mot de passe ne doit pas contenir votre adresse e-mail.";
const COMMON = "Ce mot de passe est trop courant : choisissez-en un autre.";

describe("passwordProblems", () => {
  it("accepts a long, unusual password", () => {
    expect(passwordProblems("cheval-agrafe-pile-correct", "camille@exemple.fr")).toEqual([]);
  });

  it.each([
    ["11 characters", "abcdefghijk", [TOO_SHORT]],
    ["12 characters", "vfr4-nji9-qq", []],
    ["128 characters", "k".repeat(127) + "z", []],
    ["129 characters", "k".repeat(128) + "z", [TOO_LONG]],
    ["12 emoji count as 12", "🌱".repeat(12), []],
    ["11 emoji", "🌱".repeat(11), [TOO_SHORT]],
  ])("%s", (_label, password, expected) => {
    expect(passwordProblems(password, "camille@exemple.fr")).toEqual(expected);
  });

  it("refuses the local part of the e-mail, whatever the case", () => {
    expect(passwordProblems("Camille.Durand-2024!", "camille.durand@exemple.fr")).toEqual([HAS_EMAIL]);
    expect(passwordProblems("xxCAMILLE.DURANDxx", "camille.durand@exemple.fr")).toEqual([HAS_EMAIL]);
  });

  it("ignores a local part shorter than 3 characters", () => {
    expect(passwordProblems("jo-les-grands-pins", "jo@exemple.fr")).toEqual([]);
  });

  it("refuses common passwords case-insensitively", () => {
    for (const password of ["motdepasse123", "AZERTYUIOP12", "123456789012", "Password1234"]) {
      expect(passwordProblems(password, "camille@exemple.fr")).toEqual([COMMON]);
    }
  });

  it("ships a list of about fifty common passwords, all long enough to pass the length rule", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(50);
    for (const password of COMMON_PASSWORDS) expect([...password].length).toBeGreaterThanOrEqual(12);
  });

  it("reports every problem at once", () => {
    expect(passwordProblems("anna", "anna@exemple.fr")).toEqual([TOO_SHORT, HAS_EMAIL]);
  });
});

describe("hashPassword / verifyPassword", () => {
  it("hashes with argon2id and a fresh salt, and verifies", async () => {
    const first = await hashPassword("cheval-agrafe-pile-correct");
    const second = await hashPassword("cheval-agrafe-pile-correct");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "cheval-agrafe-pile-correct")).toBe(true);
    expect(await verifyPassword(first, "cheval-agrafe-pile-correcT")).toBe(false);
  });

  it.each(["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$broken", "$2b$10$abcdefghijklmnopqrstuv"])(
    "returns false for the malformed hash %j",
    async (malformed) => {
      await expect(verifyPassword(malformed, "anything")).resolves.toBe(false);
    },
  );
});

describe("verifyPasswordOrDummy", () => {
  it("is false without a hash, after spending the work of a real check", async () => {
    expect(await verifyPasswordOrDummy(null, "cheval-agrafe-pile-correct")).toBe(false);
    expect(await verifyPasswordOrDummy(undefined, "")).toBe(false);
  });

  it("checks a real hash", async () => {
    const stored = await hashPassword("cheval-agrafe-pile-correct");
    expect(await verifyPasswordOrDummy(stored, "cheval-agrafe-pile-correct")).toBe(true);
    expect(await verifyPasswordOrDummy(stored, "autre-chose-entierement")).toBe(false);
  });

  it("uses a dummy hash with the same cost as real hashes, so timing does not reveal unknown e-mails", () => {
    const dummy = parseOptions(DUMMY_HASH);
    expect(dummy).toMatchObject({
      algorithm: HASH_OPTIONS.algorithm,
      memoryCost: HASH_OPTIONS.memoryCost,
      timeCost: HASH_OPTIONS.timeCost,
      parallelism: HASH_OPTIONS.parallelism,
    });
  });
});
