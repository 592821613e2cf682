import { describe, expect, it } from "vitest";
import { contentDecisionEmail } from "./content-admin.mail";

describe("contentDecisionEmail", () => {
  it("gives the reason of an unpublication, escaped in HTML, with the workspace link", () => {
    const mail = contentDecisionEmail({
      kind: "actor",
      decision: "unpublish",
      title: "Les <Amis>\nde Léo",
      reason: "Adresse <b>fausse</b>",
      url: "https://odd17.test/espace/organisations/abc",
      name: "Odile",
    });
    expect(mail.subject).toBe("Votre organisation « Les <Amis> de Léo » a été retirée du site public — ODD 17 en pratiques");
    expect(mail.text).toContain("Bonjour Odile,");
    expect(mail.text).toContain("Motif : Adresse <b>fausse</b>");
    expect(mail.text).toContain("Ouvrir mon espace : https://odd17.test/espace/organisations/abc");
    expect(mail.html).toContain("Adresse &lt;b&gt;fausse&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>fausse");
  });

  it("says nothing of a reason when publishing, and refuses a non-http link", () => {
    const mail = contentDecisionEmail({ kind: "alliance", decision: "publish", title: "Forêt", reason: "ignoré", url: "https://odd17.test/x" });
    expect(mail.subject).toContain("Votre alliance « Forêt » est publiée");
    expect(mail.text).not.toContain("Motif");
    expect(() => contentDecisionEmail({ kind: "alliance", decision: "publish", title: "x", url: "javascript:alert(1)" })).toThrow();
  });

  it("speaks of a need in the masculine and of a withdrawn diagnostic summary, with the reason", () => {
    const need = contentDecisionEmail({ kind: "need", decision: "unpublish", title: "Bénévoles", reason: "Hors sujet", url: "https://odd17.test/n" });
    expect(need.subject).toContain("Votre besoin « Bénévoles » a été retiré du site public");
    expect(need.text).toContain("Motif : Hors sujet");
    const diagnostic = contentDecisionEmail({
      kind: "diagnostic",
      decision: "unpublish",
      title: "Asso — Lyon",
      reason: "Scores faux",
      url: "https://odd17.test/d",
    });
    expect(diagnostic.subject).toContain("La synthèse de votre diagnostic « Asso — Lyon » a été retirée");
    expect(diagnostic.text).toContain("Motif : Scores faux");
    expect(() => contentDecisionEmail({ kind: "diagnostic", decision: "publish", title: "x", url: "https://odd17.test/d" })).toThrow();
  });
});
