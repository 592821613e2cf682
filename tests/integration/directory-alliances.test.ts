// Public profiles and the alliance showcase: nothing unpublished ever shows (draft or pending
// actors, draft alliances, invitations not accepted), inside / around for alliances, SDG 17.
import { afterAll, describe, expect, it } from "vitest";
import { getPublicActor } from "@/lib/actors/public-page.queries";
import { searchAlliances } from "@/lib/alliances/alliances.queries";
import { getPublicAlliance } from "@/lib/alliances/public-page.queries";
import { db } from "@/lib/db";
import { suggestTerritories } from "@/lib/directory/territory-choice.queries";
import { getSdg } from "@/lib/sdg/sdg.queries";
import { allianceQuery, makeActor, makeAlliance, place, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

// ───────────── profiles and alliances ─────────────

describe("public pages never show unpublished data", () => {
  it("shows a published actor with its published alliances only, and no unpublished actor", async () => {
    const token = uniqueToken();
    const actor = await makeActor({ name: `${token} published`, places: [["COMMUNE", "42218"]], sdgs: [17] });
    const pending = await makeActor({ name: `${token} pending`, status: "PENDING" });
    await makeAlliance({ title: `${token} visible`, partners: [{ actorId: actor.id }] });
    await makeAlliance({ title: `${token} draft`, partners: [{ actorId: actor.id }], status: "DRAFT" });
    await makeAlliance({ title: `${token} invited`, partners: [{ actorId: actor.id, status: "INVITED" }] });
    await db.need.create({
      data: {
        actorId: actor.id,
        title: `${token} need`,
        mode: "MECENAT",
        theme: "LOGEMENT",
        territoryId: (await place("COMMUNE", "42218")).id,
        status: "PUBLISHED",
      },
    });
    await db.need.create({
      data: { actorId: actor.id, title: `${token} draft need`, mode: "MECENAT", theme: "LOGEMENT", territoryId: (await place("COMMUNE", "42218")).id },
    });

    const profile = await getPublicActor(actor.slug);
    expect(profile?.alliances.map((alliance) => alliance.title)).toEqual([`${token} visible`]);
    expect(profile?.needs.map((need) => need.title)).toEqual([`${token} need`]);
    expect(profile?.territories).toEqual([{ kind: "COMMUNE", code: "42218", name: "Saint-Étienne" }]);
    expect(profile?.sdgs.map((sdg) => sdg.number)).toEqual([17]);
    expect(profile).not.toHaveProperty("contactEmail");
    expect(await getPublicActor(pending.slug)).toBeNull();
    expect(await getPublicActor(`${token}-unknown`)).toBeNull();
  });

  it("lists published alliances with confirmed, published partners only", async () => {
    const token = uniqueToken();
    const lead = await makeActor({ name: `${token} lead`, kind: "ENTREPRISE" });
    const hidden = await makeActor({ name: `${token} hidden`, kind: "FONDATION", status: "DRAFT" });
    const invited = await makeActor({ name: `${token} invited`, kind: "COLLECTIVITE" });
    const alliance = await makeAlliance({
      title: `${token} alliance`,
      places: [["EPCI", "244200770"]],
      targets: ["17.17", "17.9"],
      partners: [{ actorId: lead.id }, { actorId: hidden.id }, { actorId: invited.id, status: "INVITED" }],
    });
    const draft = await makeAlliance({ title: `${token} draft`, status: "DRAFT" });

    const detail = await getPublicAlliance(alliance.slug);
    expect(detail?.partners.map((partner) => partner.name)).toEqual([`${token} lead`]);
    expect(detail?.targets.map((target) => target.code)).toEqual(["17.9", "17.17"]);
    expect(await getPublicAlliance(draft.slug)).toBeNull();

    const result = await searchAlliances(allianceQuery({ q: token }));
    expect(result.items.map((item) => [item.title, item.partners.map((partner) => partner.name), item.partnerCount])).toEqual([
      [`${token} alliance`, [`${token} lead`], 1],
    ]);
    expect(result.facets?.partnerKinds).toEqual(new Map([["ENTREPRISE", 1]]));
    expect(result.facets?.targets).toEqual(
      new Map([
        ["17.17", 1],
        ["17.9", 1],
      ]),
    );

    const sdg17 = await getSdg(17);
    const target = sdg17?.targets.find((item) => item.code === "17.9");
    expect(target?.alliances.map((item) => item.title)).toContain(`${token} alliance`);
    expect(sdg17?.targets.flatMap((item) => item.alliances.map((linked) => linked.title))).not.toContain(`${token} draft`);
    expect(sdg17?.targets).toHaveLength(19);
  });

  it("places alliances inside and around territories, and filters on their facets", async () => {
    const token = uniqueToken();
    await makeAlliance({ title: `${token} commune`, mode: "MECENAT", places: [["COMMUNE", "42218"]], targets: ["17.17"] });
    await makeAlliance({ title: `${token} departement`, mode: "COOPERATION_ECONOMIQUE", places: [["DEPARTEMENT", "42"]], targets: ["17.16"] });
    await makeAlliance({ title: `${token} creuse`, mode: "COOPERATION_ECONOMIQUE", places: [["DEPARTEMENT", "23"]] });

    const epci = await searchAlliances(allianceQuery({ q: token, territory: await place("EPCI", "244200770"), sort: "nom" }));
    expect(epci.items.map((item) => [item.title, item.scope])).toEqual([
      [`${token} commune`, "dedans"],
      [`${token} departement`, "autour"],
    ]);

    const cooperation = await searchAlliances(allianceQuery({ q: token, modes: ["COOPERATION_ECONOMIQUE"], targets: ["17.16"] }));
    expect(cooperation.items.map((item) => item.title)).toEqual([`${token} departement`]);
    expect(cooperation.facets?.modes).toEqual(new Map([["COOPERATION_ECONOMIQUE", 1]]));
    expect(cooperation.facets?.targets).toEqual(new Map([["17.16", 1]]));
    expect((await searchAlliances(allianceQuery({ q: token }), { areas: "DEPARTEMENT" })).areas?.map((row) => row.code).sort()).toEqual(["23", "42"]);
  });
});

describe("territory suggestions", () => {
  it("finds Saint-Étienne first, whatever the spelling", async () => {
    const [first] = await suggestTerritories("saint-etienne");
    expect(first).toMatchObject({ kind: "COMMUNE", code: "42218", name: "Saint-Étienne", context: "Loire, Auvergne-Rhône-Alpes" });
    expect(await suggestTerritories("   ")).toEqual([]);
  });
});
