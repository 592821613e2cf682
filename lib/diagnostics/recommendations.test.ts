import { describe, expect, it } from "vitest";
import { rankKits, rankPartners, type KitCandidate, type KitWishes, type PartnerCandidate, type PartnerWishes } from "./recommendations";

const wishes: KitWishes & PartnerWishes = {
  level: { level: 2, name: "Expérimentation", description: "Des premières coopérations existent." },
  priorities: ["INCLUSION_NUMERIQUE", "EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL"],
  audience: "ASSOCIATION",
  modes: ["MECENAT", "INNOVATION_SOCIETALE"],
  partnerKinds: ["ENTREPRISE", "FONDATION"],
};

function kit(id: string, title: string, fields: Partial<KitCandidate>): KitCandidate {
  return { id, slug: id, title, category: "METHODE", audiences: [], maturityLevels: [], themes: [], targets: [], ...fields };
}

const kits = [
  kit("sept-etapes", "Construire une alliance en 7 étapes", { audiences: ["COLLECTIVITE", "ENTREPRISE", "ASSOCIATION"], maturityLevels: [1, 2] }),
  kit("mecenat-numerique", "Le mécénat de compétences pour l'inclusion numérique", {
    category: "EXEMPLE",
    audiences: ["ENTREPRISE", "ASSOCIATION"],
    maturityLevels: [2, 3],
    themes: ["INCLUSION_NUMERIQUE"],
    targets: ["17.17", "17.9"],
    modes: ["MECENAT"],
  }),
  kit("donnees", "Lire les données de fragilité de son territoire", {
    audiences: ["COLLECTIVITE", "CATALYSEUR_TERRITORIAL"],
    maturityLevels: [1, 2, 3],
    themes: ["PRECARITE_LIEN_SOCIAL", "EMPLOI_INSERTION"],
  }),
  kit("grille", "Grille de co-construction d'un partenariat", { audiences: ["ENTREPRISE", "ASSOCIATION", "COLLECTIVITE"], maturityLevels: [2, 3] }),
  kit("catalyseur", "Le rôle de catalyseur territorial", {
    audiences: ["CATALYSEUR_TERRITORIAL", "COLLECTIVITE"],
    maturityLevels: [3, 4],
    themes: ["ATTRACTIVITE_REVITALISATION"],
    targets: ["17.17"],
  }),
];

describe("rankKits", () => {
  it("ranks by fit, with the reasons in French, and leaves out kits that fit in no way", () => {
    const ranked = rankKits(kits, wishes);
    expect(ranked.map((item) => [item.kit.id, item.score])).toEqual([
      ["mecenat-numerique", 10], // level 3 + first priority 3 + profile 2 + mode 2
      ["donnees", 6], // level 3 + second priority 2 + third priority 1
      ["sept-etapes", 5], // level 3 + profile 2; before "Grille…" by title
      ["grille", 5],
    ]);
    expect(ranked[0].reasons).toEqual([
      "recommandé car il correspond à votre niveau de maturité (Expérimentation)",
      "recommandé car il correspond à votre priorité « Inclusion numérique »",
      "recommandé car il correspond à votre profil (association)",
      "recommandé car il correspond au mode d'alliance que vous souhaitez explorer (mécénat)",
    ]);
    expect(ranked[1].reasons).toEqual([
      "recommandé car il correspond à votre niveau de maturité (Expérimentation)",
      "recommandé car il correspond à vos priorités « Emploi et insertion » et « Précarité et lien social »",
    ]);
    expect(ranked[1].matched).toEqual({ level: true, priorities: ["EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL"], audience: false, modes: [] });
  });

  it("weighs priorities by rank", () => {
    const byTheme = ["INCLUSION_NUMERIQUE", "EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL", "LOGEMENT"].map((theme) => kit(theme, theme, { themes: [theme] }));
    const ranked = rankKits(byTheme, { ...wishes, priorities: ["INCLUSION_NUMERIQUE", "EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL", "LOGEMENT"] });
    expect(ranked.map((item) => [item.kit.id, item.score])).toEqual([
      ["INCLUSION_NUMERIQUE", 3],
      ["EMPLOI_INSERTION", 2],
      ["LOGEMENT", 1], // beyond the third rank, as much as the third; ties by title
      ["PRECARITE_LIEN_SOCIAL", 1],
    ]);
  });

  it("names several modes in one reason", () => {
    const [ranked] = rankKits([kit("modes", "Modes", { modes: ["INNOVATION_SOCIETALE", "MECENAT", "COOPERATION_ECONOMIQUE"] })], wishes);
    expect(ranked.score).toBe(4);
    expect(ranked.reasons).toEqual(["recommandé car il correspond aux modes d'alliance que vous souhaitez explorer (mécénat et innovation sociétale)"]);
  });

  it("gives no profile reason when the profile is unknown", () => {
    expect(rankKits([kit("profil", "Profil", { audiences: ["ASSOCIATION"] })], { ...wishes, audience: null })).toEqual([]);
  });

  it("breaks ties by title in French order, then by id", () => {
    const tied = [
      kit("z", "Zèbre", { audiences: ["ASSOCIATION"] }),
      kit("e2", "Élan", { audiences: ["ASSOCIATION"] }),
      kit("e1", "Élan", { audiences: ["ASSOCIATION"] }),
      kit("a", "abeille", { audiences: ["ASSOCIATION"] }),
    ];
    expect(rankKits(tied, wishes).map((item) => item.kit.id)).toEqual(["a", "e1", "e2", "z"]);
  });

  it("keeps the caller's kit objects and leaves the input untouched", () => {
    const input = [kits[3], kits[0]].map((item) => ({ ...item, summary: `Résumé de ${item.title}` }));
    const ranked = rankKits(input, wishes);
    expect(ranked[0].kit).toBe(input[1]);
    expect(ranked[1].kit.summary).toBe("Résumé de Grille de co-construction d'un partenariat");
    expect(input.map((item) => item.id)).toEqual(["grille", "sept-etapes"]);
  });
});

function actor(id: string, name: string, fields: Partial<PartnerCandidate>): PartnerCandidate {
  return { id, slug: id, name, kind: "AUTRE", sdgs: [], offerThemes: [], offerModes: [], allianceModes: [], proximity: "around", ...fields };
}

const actors = [
  actor("b", "Atelier Entreprise B", { kind: "ENTREPRISE" }),
  actor("mairie", "Mairie de Saint-Étienne", { kind: "COLLECTIVITE", sdgs: [11, 17], proximity: "inside" }),
  actor("liens", "Les Liens du Furan", {
    kind: "ASSOCIATION",
    sdgs: [1, 8, 10],
    allianceModes: ["INNOVATION_SOCIETALE", "MECENAT"],
    proximity: "inside",
  }),
  actor("self", "Notre association", { kind: "FONDATION", offerModes: ["MECENAT"], proximity: "inside" }),
  actor("forez", "Forez Numérique", {
    kind: "ENTREPRISE",
    sdgs: [9, 17],
    offerThemes: ["INCLUSION_NUMERIQUE"],
    offerModes: ["MECENAT"],
    allianceModes: ["MECENAT"],
  }),
  actor("fondation", "Fondation Loire", { kind: "FONDATION", sdgs: [17], proximity: "inside" }),
  actor("a", "Atelier Entreprise A", { kind: "ENTREPRISE" }),
];

const context = { name: "Saint-Étienne Métropole", actorId: "self" };

describe("rankPartners", () => {
  it("ranks actors by match with the wishes, with the reasons in French", () => {
    const ranked = rankPartners(actors, wishes, context);
    expect(ranked.map((item) => [item.actor.id, item.score])).toEqual([
      ["forez", 8], // offer in a wished mode 3 + wished kind 2 + offer on the first priority 3
      ["liens", 6], // alliances in two wished modes 1 + 1, SDG 8 and SDGs 1, 10 for two priorities 1 + 1, inside 2
      ["fondation", 4], // wished kind 2, inside 2
      ["a", 2],
      ["b", 2],
    ]);
    expect(ranked[0].reasons).toEqual([
      "suggéré car il propose une offre correspondant au mode d'alliance que vous souhaitez explorer (mécénat)",
      "suggéré car il correspond au type de partenaire que vous recherchez (entreprise)",
      "suggéré car il propose une offre liée à votre priorité « Inclusion numérique »",
      "il agit à proximité de votre territoire",
    ]);
    expect(ranked[1].reasons).toEqual([
      "suggéré car il a déjà mené des alliances selon les modes que vous souhaitez explorer (mécénat et innovation sociétale)",
      "suggéré car il s'engage pour l'ODD 8, lié à votre priorité « Emploi et insertion »",
      "suggéré car il s'engage pour les ODD 1 et 10, liés à votre priorité « Précarité et lien social »",
      "il agit sur votre territoire (Saint-Étienne Métropole)",
    ]);
  });

  it("never suggests the organisation to itself, unless it is not known", () => {
    expect(rankPartners(actors, wishes, context).map((item) => item.actor.id)).not.toContain("self");
    expect(rankPartners(actors, wishes, { name: "Saint-Étienne Métropole" }).map((item) => item.actor.id)).toContain("self");
  });

  it("does not suggest an actor only for being on the territory", () => {
    expect(rankPartners(actors, wishes, context).map((item) => item.actor.id)).not.toContain("mairie");
  });

  it("counts a mode once, for the offer rather than for past alliances", () => {
    const both = actor("both", "Les deux", { offerModes: ["INNOVATION_SOCIETALE"], allianceModes: ["INNOVATION_SOCIETALE", "MECENAT"] });
    const [ranked] = rankPartners([both], wishes, context);
    expect(ranked.score).toBe(4); // offer 3 + alliance in the other mode 1
    expect(ranked.reasons.slice(0, 2)).toEqual([
      "suggéré car il propose une offre correspondant au mode d'alliance que vous souhaitez explorer (innovation sociétale)",
      "suggéré car il a déjà mené des alliances selon le mode que vous souhaitez explorer (mécénat)",
    ]);
  });

  it("suggests nobody when nothing is wished", () => {
    expect(rankPartners(actors, { modes: [], partnerKinds: [], priorities: [] }, context)).toEqual([]);
  });
});
