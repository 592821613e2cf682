import { describe, expect, it } from "vitest";
import { isModerationKind, moderationUpdate, reasonProblem } from "./moderation";
import { moderationDecisionEmail } from "./moderation.mail";
import { bulkDecisionSchema, moderationDecisionSchema, moderationQuery, parseModerationSearchParams } from "./moderation.schemas";

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

  it("keeps the refusal reason of needs and offers for their organisation, with no publication date", () => {
    expect(moderationUpdate("need", "approve", { now })).toEqual({ status: "PUBLISHED", moderationReason: null });
    expect(moderationUpdate("offer", "reject", { now, reason: " Hors sujet " })).toEqual({ status: "REJECTED", moderationReason: "Hors sujet" });
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
  it("reads the filters, keeps only a région or a département, and ignores anything odd", () => {
    expect(parseModerationSearchParams({ type: "need", territoire: "departement-2a", prise: "moi", page: "2" })).toEqual({
      page: 2,
      kind: "need",
      territory: { kind: "DEPARTEMENT", code: "2A" },
      claim: "mine",
    });
    expect(parseModerationSearchParams({ territoire: "region-84", prise: "libre" })).toMatchObject({
      territory: { kind: "REGION", code: "84" },
      claim: "free",
    });
    // A commune would make the filter a search of its own: the queue offers régions and départements.
    expect(parseModerationSearchParams({ territoire: "commune-42218" }).territory).toBeNull();
    expect(parseModerationSearchParams({ type: "kit", territoire: "nulle-part", prise: "tous", page: "-3" })).toEqual({
      page: 1,
      kind: undefined,
      territory: null,
      claim: undefined,
    });
  });

  it("writes the filters back as the URL's parameters", () => {
    const params = parseModerationSearchParams({ type: "offer", territoire: "departement-42", prise: "libre" });
    expect(moderationQuery(params)).toEqual({ type: "offer", territoire: "departement-42", prise: "libre" });
    expect(moderationQuery(parseModerationSearchParams({}))).toEqual({ type: undefined, territoire: undefined, prise: undefined });
  });
});

describe("the decision forms' schemas", () => {
  it("accepts a refusal with a saved reason and no text, and refuses one with neither", () => {
    expect(moderationDecisionSchema.safeParse({ kind: "need", id: "n1", decision: "reject", savedReasonId: "r1" }).success).toBe(true);
    const missing = moderationDecisionSchema.safeParse({ kind: "need", id: "n1", decision: "reject", reason: "" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join("."))).toEqual(["reason"]);
  });

  it("reads the checked items as kind and id, and refuses an empty or odd selection", () => {
    const parsed = bulkDecisionSchema.safeParse({ items: ["need:n1", "actor:a:b"], decision: "approve" });
    expect(parsed.data?.items).toEqual([
      { kind: "need", id: "n1" },
      { kind: "actor", id: "a:b" },
    ]);
    expect(bulkDecisionSchema.safeParse({ items: [], decision: "approve" }).success).toBe(false);
    expect(bulkDecisionSchema.safeParse({ items: ["kit:k1"], decision: "approve" }).success).toBe(false);
    expect(bulkDecisionSchema.safeParse({ items: Array.from({ length: 51 }, (_, i) => `need:n${i}`), decision: "approve" }).success).toBe(false);
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
