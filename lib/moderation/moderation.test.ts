import { describe, expect, it } from "vitest";
import { isModerationKind, moderationUpdate, reasonProblem } from "./moderation";
import { moderationDecisionEmail } from "./moderation.mail";
import { parseModerationSearchParams } from "./moderation.schemas";

const now = new Date("2026-11-28T10:00:00Z");

describe("moderationUpdate", () => {
  it("publishes and verifies an approved organisation", () => {
    expect(moderationUpdate("actor", "approve", { now })).toEqual({ status: "PUBLISHED", moderationReason: null, publishedAt: now, verified: true });
  });

  it("keeps the first publication date when an edit is approved", () => {
    const first = new Date("2025-01-01T00:00:00Z");
    expect(moderationUpdate("alliance", "approve", { now, previousPublishedAt: first })).toEqual({
      status: "PUBLISHED",
      moderationReason: null,
      publishedAt: first,
    });
  });

  it("records the reason of a refusal where there is a column for it", () => {
    expect(moderationUpdate("actor", "reject", { now, reason: "  SIREN introuvable  " })).toEqual({
      status: "REJECTED",
      moderationReason: "SIREN introuvable",
    });
    expect(moderationUpdate("alliance", "reject", { now, reason: "Doublon" })).toEqual({ status: "REJECTED", moderationReason: "Doublon" });
  });

  it("only changes the status of needs and offers", () => {
    expect(moderationUpdate("need", "approve", { now })).toEqual({ status: "PUBLISHED" });
    expect(moderationUpdate("offer", "reject", { now, reason: "Hors sujet" })).toEqual({ status: "REJECTED" });
  });
});

describe("reasonProblem", () => {
  it.each([
    ["approve", undefined, null],
    ["reject", undefined, "missing"],
    ["reject", "   ab  ", "missing"],
    ["reject", "Doublon d'une fiche existante", null],
    ["reject", "x".repeat(1001), "too-long"],
  ] as const)("%s with %j → %s", (decision, reason, expected) => {
    expect(reasonProblem(decision, reason)).toBe(expected);
  });
});

describe("isModerationKind", () => {
  it("accepts the four kinds only", () => {
    for (const kind of ["actor", "alliance", "need", "offer"]) expect(isModerationKind(kind)).toBe(true);
    for (const value of ["Actor", "kit", "", null, 1]) expect(isModerationKind(value)).toBe(false);
  });
});

describe("parseModerationSearchParams", () => {
  it("reads the outcome shown after a decision, and ignores anything odd", () => {
    expect(parseModerationSearchParams({ fait: "approuve", type: "actor", id: "abc" })).toEqual({
      page: 1,
      outcome: { decision: "approve", kind: "actor", id: "abc" },
    });
    expect(parseModerationSearchParams({ fait: "refuse", type: "need", id: "x", page: "2" })).toEqual({
      page: 2,
      outcome: { decision: "reject", kind: "need", id: "x" },
    });
    expect(parseModerationSearchParams({ fait: "n'importe", type: "actor", id: "abc" }).outcome).toBeNull();
    expect(parseModerationSearchParams({ fait: "approuve", type: "kit", id: "abc" }).outcome).toBeNull();
    expect(parseModerationSearchParams({}).outcome).toBeNull();
  });
});

describe("moderationDecisionEmail", () => {
  it("tells an organisation it is published, with the link to its public page", () => {
    const mail = moderationDecisionEmail({
      kind: "actor",
      decision: "approve",
      title: "Collectif des jardins",
      url: "https://odd17.example.fr/acteurs/collectif",
    });
    expect(mail.subject).toBe("Votre organisation « Collectif des jardins » est publiée — ODD 17 en pratiques");
    expect(mail.text).toContain("https://odd17.example.fr/acteurs/collectif");
    expect(mail.html).toContain('lang="fr"');
  });

  it("gives the reason of a refusal, escaped in the HTML version", () => {
    const mail = moderationDecisionEmail({
      kind: "offer",
      decision: "reject",
      title: "Prêt de salle",
      reason: "Merci de préciser <le lieu>.",
      url: "https://odd17.example.fr/espace",
    });
    expect(mail.subject).toBe("Votre offre « Prêt de salle » n'a pas été validée — ODD 17 en pratiques");
    expect(mail.text).toContain("Motif : Merci de préciser <le lieu>.");
    expect(mail.html).toContain("Merci de préciser &lt;le lieu&gt;.");
    expect(mail.html).not.toContain("<le lieu>");
  });

  it("keeps a crafted title on one line", () => {
    const mail = moderationDecisionEmail({
      kind: "alliance",
      decision: "approve",
      title: "Titre\n\nFaux paragraphe https://piege.example",
      url: "https://odd17.example.fr/alliances/x",
    });
    expect(mail.subject).not.toContain("\n");
    expect(mail.text.split("\n").some((line) => line.startsWith("Faux paragraphe"))).toBe(false);
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => moderationDecisionEmail({ kind: "actor", decision: "approve", title: "X", url: "javascript:alert(1)" })).toThrow();
  });
});
