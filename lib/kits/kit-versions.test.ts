import { describe, expect, it } from "vitest";
import { diffKitVersions, hasChanges, parseVersionLinks, projectionOf, versionContent, versionData, workingCopyStamp, type KitContent } from "./kit-versions";

const base: KitContent = {
  title: "Construire une alliance",
  summary: "Résumé",
  category: "METHODE",
  audiences: ["COLLECTIVITE", "ENTREPRISE"],
  maturityLevels: [2, 1],
  themes: ["MOBILITE"],
  modes: ["MECENAT"],
  targets: ["17.17", "17.3"],
  links: [{ label: "Insee", url: "https://www.insee.fr" }],
  body: "## Partie\n\nTexte.",
};
const withFiles = (content: KitContent, files: { id: string; fileName: string }[] = []) => ({ ...content, files });

describe("versionData / versionContent", () => {
  it("round-trips every field, lists in a stable order and links as plain JSON", () => {
    const row = versionData(base);
    expect(row.maturityLevels).toEqual([1, 2]);
    expect(row.targets).toEqual(["17.3", "17.17"]);
    expect(JSON.parse(JSON.stringify(row.links))).toEqual([{ label: "Insee", url: "https://www.insee.fr" }]);
    expect(versionContent(JSON.parse(JSON.stringify(row)))).toEqual({ ...base, maturityLevels: [1, 2], targets: ["17.3", "17.17"] });
  });

  it("drops stored links that are not label/url pairs", () => {
    expect(parseVersionLinks([{ label: "A", url: "https://a.fr" }, { label: 3 }, null, "x"])).toEqual([{ label: "A", url: "https://a.fr" }]);
    expect(parseVersionLinks({ label: "A" })).toEqual([]);
  });
});

describe("projectionOf", () => {
  it("writes every public field on the Kit row, the targets and the ordered links", () => {
    const projection = projectionOf(base);
    expect(projection.kit).toMatchObject({ title: base.title, category: "METHODE", audiences: base.audiences, themes: base.themes, modes: base.modes });
    expect(projection.kit.searchKey).toContain("construire");
    expect(projection.targets).toEqual(base.targets);
    expect(projection.links).toEqual([{ label: "Insee", url: "https://www.insee.fr", position: 0 }]);
  });
});

describe("diffKitVersions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffKitVersions(withFiles(base), withFiles(base))).toEqual([]);
    expect(hasChanges(withFiles(base), withFiles(base))).toBe(false);
  });

  it("names every changed field, attachments included, in the form's order", () => {
    const after = withFiles(
      {
        ...base,
        title: "Nouveau titre",
        category: "OUTIL",
        audiences: ["COLLECTIVITE", "ASSOCIATION"],
        maturityLevels: [1, 2, 4],
        targets: ["17.3"],
        links: [{ label: "Insee", url: "https://www.insee.fr/fr" }],
        body: "Autre",
      },
      [{ id: "b", fileName: "nouveau.pdf" }],
    );
    const changes = diffKitVersions(withFiles(base, [{ id: "a", fileName: "ancien.pdf" }]), after);
    expect(changes).toEqual([
      { kind: "scalar", field: "title", before: "Construire une alliance", after: "Nouveau titre" },
      { kind: "scalar", field: "category", before: "METHODE", after: "OUTIL" },
      { kind: "list", field: "audiences", added: ["ASSOCIATION"], removed: ["ENTREPRISE"] },
      { kind: "list", field: "maturityLevels", added: ["4"], removed: [] },
      { kind: "list", field: "targets", added: [], removed: ["17.17"] },
      { kind: "links", added: [{ label: "Insee", url: "https://www.insee.fr/fr" }], removed: [{ label: "Insee", url: "https://www.insee.fr" }] },
      { kind: "attachments", added: [{ id: "b", fileName: "nouveau.pdf" }], removed: [{ id: "a", fileName: "ancien.pdf" }] },
      { kind: "body" },
    ]);
  });

  it("shows reordered links as a change", () => {
    const two = { ...base, links: [...base.links, { label: "Agence", url: "https://agence.fr" }] };
    const swapped = { ...two, links: [...two.links].reverse() };
    expect(diffKitVersions(withFiles(two), withFiles(swapped))).toEqual([{ kind: "links", added: swapped.links, removed: two.links }]);
  });

  it("says a draft holds changes only when it differs from the published version", () => {
    expect(hasChanges(withFiles(base), null)).toBe(false);
    expect(hasChanges(null, withFiles(base))).toBe(true);
    expect(hasChanges(withFiles(base), withFiles(base, [{ id: "f", fileName: "f.pdf" }]))).toBe(true);
  });
});

describe("workingCopyStamp", () => {
  it("changes when a draft is saved, started or published", () => {
    const published = { publishedAt: new Date("2026-01-01T00:00:00Z") };
    const fromVersion = workingCopyStamp(null, published);
    const draft = workingCopyStamp({ updatedAt: new Date("2026-01-02T00:00:00Z") }, published);
    const saved = workingCopyStamp({ updatedAt: new Date("2026-01-03T00:00:00Z") }, published);
    expect(new Set([fromVersion, draft, saved]).size).toBe(3);
    expect(workingCopyStamp(null, { publishedAt: new Date("2026-02-01T00:00:00Z") })).not.toBe(fromVersion);
  });
});
