import { describe, expect, it } from "vitest";
import {
  SLUG_MAX_LENGTH,
  baseSlug,
  invitationProblem,
  isValidSiren,
  keepsAnAdmin,
  nextFreeSlug,
  normaliseSiren,
  roleAfterAcceptance,
  sameEmail,
} from "@/lib/organisations/organisations";

describe("isValidSiren", () => {
  it.each(["732829320", "552032534", "356000000", "443061841"])("accepts %s", (siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each([
    ["123456789", "bad checksum"],
    ["732829321", "last digit changed"],
    ["73282932", "8 digits"],
    ["7328293200", "10 digits"],
    ["73282932A", "a letter"],
    ["732 829 320", "spaces (normalise first)"],
    ["", "empty"],
  ])("refuses %s (%s)", (siren) => {
    expect(isValidSiren(siren)).toBe(false);
  });
});

describe("normaliseSiren", () => {
  it.each([
    ["732 829 320", "732829320"],
    ["732\u00a0829\u00a0320", "732829320"],
    ["732\u202f829\u202f320", "732829320"],
    [" 732829320 ", "732829320"],
    ["732.829.320", "732829320"],
  ])("%j → %s", (input, expected) => {
    expect(normaliseSiren(input)).toBe(expected);
  });

  it("then validates", () => {
    expect(isValidSiren(normaliseSiren("552 032 534"))).toBe(true);
  });
});

describe("baseSlug", () => {
  it.each([
    ["Les Liens du Furan (démo)", "les-liens-du-furan-demo"],
    ["Mission ODD de Saint-Étienne Métropole", "mission-odd-de-saint-etienne-metropole"],
    ["L'Œuvre d'Orient", "l-oeuvre-d-orient"],
    ["  ***  ", "organisation"],
  ])("%s → %s", (name, slug) => {
    expect(baseSlug(name)).toBe(slug);
  });

  it("is bounded and never ends with a hyphen", () => {
    const slug = baseSlug(`${"a".repeat(SLUG_MAX_LENGTH - 1)} b c`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("nextFreeSlug", () => {
  it("keeps the base when it is free", () => {
    expect(nextFreeSlug("asso", [])).toBe("asso");
    expect(nextFreeSlug("asso", ["asso-2", "assoc"])).toBe("asso");
  });

  it("adds the first free numeric suffix", () => {
    expect(nextFreeSlug("asso", ["asso"])).toBe("asso-2");
    expect(nextFreeSlug("asso", ["asso", "asso-2", "asso-3"])).toBe("asso-4");
    expect(nextFreeSlug("asso", ["asso", "asso-3"])).toBe("asso-2");
  });
});

describe("keepsAnAdmin", () => {
  // [admins now, current role, next role (null = removed), allowed]
  it.each([
    [1, "ADMIN", "MEMBER", false],
    [1, "ADMIN", null, false],
    [1, "ADMIN", "ADMIN", true],
    [2, "ADMIN", "MEMBER", true],
    [2, "ADMIN", null, true],
    [1, "MEMBER", null, true],
    [1, "MEMBER", "ADMIN", true],
    [0, "MEMBER", null, true],
  ] as const)("%i admin(s), %s → %s: %s", (count, current, next, allowed) => {
    expect(keepsAnAdmin(count, current, next)).toBe(allowed);
  });
});

describe("invitationProblem", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const valid = { email: "Invitee@Exemple.fr", expiresAt: new Date("2025-06-08T12:00:00Z"), acceptedAt: null, revokedAt: null };

  it("accepts a pending invitation for the same address, whatever the case", () => {
    expect(invitationProblem(valid, "invitee@exemple.fr", now)).toBeNull();
    expect(invitationProblem(valid, " INVITEE@exemple.FR ", now)).toBeNull();
    expect(invitationProblem(valid, null, now)).toBeNull();
  });

  it("refuses another address", () => {
    expect(invitationProblem(valid, "someone@exemple.fr", now)).toBe("wrong-email");
  });

  it("refuses from the very instant of expiry", () => {
    expect(invitationProblem({ ...valid, expiresAt: now }, "invitee@exemple.fr", now)).toBe("expired");
  });

  it("reports accepted before revoked before expired", () => {
    const all = { ...valid, acceptedAt: now, revokedAt: now, expiresAt: new Date(0) };
    expect(invitationProblem(all, "x@exemple.fr", now)).toBe("accepted");
    expect(invitationProblem({ ...all, acceptedAt: null }, "x@exemple.fr", now)).toBe("revoked");
    expect(invitationProblem({ ...all, acceptedAt: null, revokedAt: null }, "x@exemple.fr", now)).toBe("expired");
  });
});

describe("sameEmail / roleAfterAcceptance", () => {
  it("compares addresses case-insensitively", () => {
    expect(sameEmail("A@B.fr", "a@b.FR")).toBe(true);
    expect(sameEmail("a@b.fr", "a@c.fr")).toBe(false);
  });

  it("never demotes on acceptance", () => {
    expect(roleAfterAcceptance(null, "MEMBER")).toBe("MEMBER");
    expect(roleAfterAcceptance(null, "ADMIN")).toBe("ADMIN");
    expect(roleAfterAcceptance("MEMBER", "ADMIN")).toBe("ADMIN");
    expect(roleAfterAcceptance("ADMIN", "MEMBER")).toBe("ADMIN");
  });
});

describe("shortDescription", () => {
  it("keeps a short text whole, folding its line breaks", async () => {
    const { shortDescription } = await import("./organisations");
    expect(shortDescription("  Des jardins.\n\nEt des ateliers.  ")).toBe("Des jardins. Et des ateliers.");
  });

  it("cuts a long text at a word, within the limit, with an ellipsis", async () => {
    const { shortDescription } = await import("./organisations");
    const cut = shortDescription("mot ".repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(mot )*mot…$/);
    expect(shortDescription("x".repeat(80), 50)).toBe(`${"x".repeat(49)}…`);
  });
});
