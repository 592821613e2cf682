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
});
