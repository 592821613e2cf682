// The catalogue sentences that the French helpers build: each case here was once wrong on the
// site ("Création de un besoin", "(profil publiée)", "l'alliance est validé").
import { describe, expect, it } from "vitest";
import { moderationLabels } from "@/lib/copy/admin-moderation";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { notificationsCopy } from "@/lib/copy/notifications";

describe("needs and offers: the audit summaries", () => {
  const audit = needsOffersCopy.audit;
  it("elides « de » before un/une and contracts « de le »", () => {
    expect(audit.created("need", "Salle")).toBe("Création d'un besoin « Salle » (en attente de validation)");
    expect(audit.created("offer", "Salle")).toBe("Création d'une offre « Salle » (en attente de validation)");
    expect(audit.closed("need", "Salle")).toBe("Clôture du besoin « Salle »");
    expect(audit.closed("offer", "Salle")).toBe("Clôture de l'offre « Salle »");
  });

  it("agrees « reste publié(e) » with the kind", () => {
    expect(audit.updated("need", "Salle", "PUBLISHED", ["titre"])).toBe("Modification du besoin « Salle » (reste publié) : titre");
    expect(audit.updated("offer", "Salle", "PUBLISHED", ["titre"])).toBe("Modification de l'offre « Salle » (reste publiée) : titre");
  });
});

describe("moderation", () => {
  it("agrees the organisation's status with « profil »", () => {
    expect(moderationLabels.organisationStatus("PUBLISHED")).toBe("profil publié");
    expect(moderationLabels.organisationStatus("REJECTED")).toBe("profil refusé");
    expect(moderationLabels.organisationStatus("PENDING")).toBe("profil en attente de validation");
  });

  it("agrees the outcome with what was decided on", () => {
    expect(moderationLabels.outcomeApproved("need", "Salle")).toBe("Le besoin « Salle » est approuvé et publié. L'organisation a été prévenue par e-mail.");
    expect(moderationLabels.outcomeApproved("actor", "Asso")).toBe(
      "L'organisation « Asso » est approuvée et publiée. L'organisation a été prévenue par e-mail.",
    );
    expect(moderationLabels.outcomeRejected("alliance", "Projet")).toMatch(/^L'alliance « Projet » est refusée\./);
  });

  it("notifies « l'alliance est validée », « le besoin est validé »", () => {
    const notice = notificationsCopy.producers.moderation;
    expect(notice("alliance", "Projet", true)).toBe("L'alliance « Projet » est validée et publiée");
    expect(notice("need", "Salle", true)).toBe("Le besoin « Salle » est validé et publié");
    expect(notice("offer", "Prêt", false)).toBe("L'offre « Prêt » n'a pas été validée");
    expect(notice("actor", "Asso", false)).toBe("L'organisation « Asso » n'a pas été validée");
  });
});

describe("names after « de »", () => {
  it("elides before a vowel and contracts a leading article", async () => {
    const { directoryLabels } = await import("@/lib/copy/directories");
    const { networksLabels } = await import("@/lib/copy/networks");
    const { kitsAdminLabels } = await import("@/lib/copy/kits-admin");
    expect(directoryLabels.actors.territoryTitle("Île-de-France")).toBe("Acteurs d'Île-de-France");
    expect(directoryLabels.actors.territoryTitle("Saint-Étienne")).toBe("Acteurs de Saint-Étienne");
    expect(networksLabels.title("Les Liens du Furan")).toBe("Réseau des Liens du Furan");
    expect(networksLabels.title("Le RAMEAU")).toBe("Réseau du RAMEAU");
    expect(kitsAdminLabels.feedback.from("Alice Martin", "7 déc. 2026")).toBe("D'Alice Martin, le 7 déc. 2026");
  });
});
