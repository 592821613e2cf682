// What the open data API must never show, and must never do: a seeded set of drafts, pending and
// rejected rows, unpublished kit edits, users' e-mails and organisations' private contacts is
// searched for in every answer (JSON pages of every collection walked to the end, items, CSV);
// and a few hundred random query strings get only 200, 400 or 404, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { makeActor, makeAlliance, uniqueToken } from "./directory-factories";
import { get, walk, type Answer } from "./open-data-support";

beforeAll(() => {
  process.env.RATE_LIMIT_API = "1000000/60";
});

afterAll(async () => {
  delete process.env.RATE_LIMIT_API;
  await db.$disconnect();
});

const COLLECTIONS = ["acteurs", "alliances", "kits", "cibles", "statistiques-diagnostics"];

describe("no unpublished or personal field ever appears", () => {
  it("keeps drafts, moderation notes, private contacts and users' e-mails out of every answer", async () => {
    const token = uniqueToken();
    const secret = (what: string) => `${token}secret${what}`;
    const forbidden: string[] = [];
    const hide = (value: string) => (forbidden.push(value), value);

    // A published organisation with private contacts, members with e-mails and a moderation note.
    const published = await makeActor({ name: `${token} publiee`, places: [["COMMUNE", "42218"]], sdgs: [17] });
    await db.actor.update({
      where: { id: published.id },
      data: { contactEmail: hide(`${secret("contact")}@exemple.fr`), contactPhone: hide("+33 6 12 34 56 78"), moderationReason: hide(secret("motif")) },
    });
    for (const role of ["ADMIN", "MEMBER"] as const) {
      const user = await db.user.create({ data: { email: hide(`${secret(role.toLowerCase())}@exemple.fr`), name: hide(`${secret("nom")}${role}`) } });
      await db.membership.create({ data: { userId: user.id, actorId: published.id, role } });
    }
    // Organisations and alliances that are not published, one of them a network head of the published one.
    const hiddenActors = [];
    for (const status of ["DRAFT", "PENDING", "REJECTED"] as const) {
      hiddenActors.push(await makeActor({ name: hide(secret(`acteur${status}`)), places: [["COMMUNE", "42218"]], status }));
      await makeAlliance({ title: hide(secret(`alliance${status}`)), places: [["COMMUNE", "42218"]], status, partners: [{ actorId: published.id }] });
    }
    await db.actor.update({ where: { id: published.id }, data: { parentId: hiddenActors[0].id } });
    // A published alliance with an invited (unconfirmed) partner and a partner whose organisation is a draft.
    const invited = await makeActor({ name: hide(secret("invite")), places: [["COMMUNE", "42218"]], status: "DRAFT" });
    const alliance = await makeAlliance({
      title: `${token} alliance publiee`,
      places: [["COMMUNE", "42218"]],
      partners: [{ actorId: published.id }, { actorId: invited.id, status: "INVITED" }, { actorId: hiddenActors[1].id }],
    });
    await db.alliance.update({ where: { id: alliance.id }, data: { moderationReason: hide(secret("motifalliance")) } });
    // A draft kit, and a published kit whose unpublished edit must stay invisible.
    const kitSlug = `${token}-kit`;
    await db.kit.create({
      data: {
        title: hide(secret("kitbrouillon")),
        slug: `${token}-brouillon`,
        searchKey: buildSearchKey(`${token} brouillon`),
        category: "OUTIL",
        audiences: [],
        maturityLevels: [1],
        themes: [],
        body: hide(secret("corpsbrouillon")),
      },
    });
    await db.kit.create({
      data: {
        title: hide(secret("editionnonpubliee")),
        slug: kitSlug,
        searchKey: buildSearchKey(`${token} kit`),
        category: "OUTIL",
        audiences: [],
        maturityLevels: [1],
        themes: [],
        status: "PUBLISHED",
        currentVersion: 1,
        publishedAt: new Date(),
        body: hide(secret("corpsnonpublie")),
        versions: { create: [{ number: 1, category: "OUTIL", title: `${token} kit publie`, summary: "Résumé publié", body: "Corps publié" }] },
      },
    });

    const answers: Answer[] = [];
    for (const key of COLLECTIONS) {
      answers.push(...(await walk(`/api/v1/${key}?limit=100`)));
      answers.push(await get(`/api/v1/${key}?format=csv`));
    }
    answers.push(
      ...(await walk(`/api/v1/acteurs?q=${token}`)),
      ...(await walk(`/api/v1/alliances?territoire=commune-42218`)),
      ...(await walk(`/api/v1/kits?q=${token}`)),
    );
    answers.push(await get("/api/v1/territoires?territoire=epci-244200770"), await get("/api/v1/territoires?format=csv&type=region"));
    answers.push(await get(`/api/v1/acteurs/${published.slug}`), await get(`/api/v1/alliances/${alliance.slug}`), await get(`/api/v1/kits/${kitSlug}`));
    for (const actor of [...hiddenActors, invited]) answers.push(await get(`/api/v1/acteurs/${actor.slug}`));
    answers.push(await get(`/api/v1/kits/${token}-brouillon`));

    // The published rows are there (so the search below looks at real answers)…
    const everything = answers.map((answer) => answer.text).join("\n");
    expect(everything).toContain(`${token} publiee`);
    expect(everything).toContain(`${token} alliance publiee`);
    expect(everything).toContain(`${token} kit publie`);
    // …and nothing that is not published, nor anything personal.
    for (const value of forbidden) expect(everything, value).not.toContain(value);
    expect(everything).not.toContain(token + "secret");
    expect(everything).not.toMatch(/@exemple\.fr|@demo\.odd17\.fr/);
    for (const field of ["contactEmail", "contactPhone", "moderationReason", "passwordHash", "email", "authorId"])
      expect(everything).not.toContain(`"${field}"`);
    // Unpublished items are 404s, and the published alliance lists its confirmed, published partner only.
    expect(answers.slice(-5).map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await get(`/api/v1/alliances/${alliance.slug}`)).json().partners.map((partner: { slug: string }) => partner.slug)).toEqual([published.slug]);
    expect((await get(`/api/v1/acteurs/${published.slug}`)).json().network).toBeNull();
  });
});

// ───────────── Fuzzing the query strings ─────────────

function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const KEYS = [
  "q",
  "type",
  "odd",
  "mode",
  "etape",
  "cible",
  "partenaire",
  "public",
  "niveau",
  "theme",
  "categorie",
  "territoire",
  "portee",
  "cursor",
  "limit",
  "format",
  "page",
  "tri",
  "__proto__",
  "constructor",
  "",
  "a[b]",
  "%00",
  "é",
];
const VALUES = [
  "",
  " ",
  "1",
  "0",
  "-1",
  "17",
  "18",
  "1e3",
  "NaN",
  "Infinity",
  "0x10",
  "100",
  "101",
  "99999999999999999999",
  "association",
  "ASSOCIATION",
  "etablissement-public",
  "mecenat",
  "active",
  "17.17",
  "17.99",
  "commune-42218",
  "departement-2A",
  "commune-",
  "-42218",
  "region-84",
  "projet-x",
  "epci-244200770",
  "dedans",
  "autour",
  "csv",
  "json",
  "xml",
  "eyJ4IjoxfQ",
  "WyJhIl0",
  "WzFd",
  "W10",
  "WyJhIiwxXQ",
  "%",
  "%E0%A4%A",
  '\'; DROP TABLE "Actor"; --',
  "\\",
  "%5C%25_",
  "🦊",
  "ß".repeat(200),
  "a".repeat(5000),
  "null",
  "undefined",
  "[]",
  "{}",
  "<script>",
  "\u0000",
  "%00",
  "Saint-Étienne",
  "__proto__",
];
const ITEM_PATHS = [
  "/api/v1/acteurs/",
  "/api/v1/alliances/",
  "/api/v1/kits/",
  "/api/v1/cibles/",
  "/api/v1/territoires/commune/",
  "/api/v1/territoires/",
  "/api/v1/statistiques-diagnostics/departement/",
];

describe("any query string", () => {
  it("gets 200, 400 or 404 — never a 500 — and every 400 names its parameter", async () => {
    const random = seededRandom(17);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const statuses = new Map<number, number>();
    for (let index = 0; index < 320; index += 1) {
      let path: string;
      if (index % 4 === 3) {
        path = pick(ITEM_PATHS) + encodeURIComponent(pick(VALUES)) + (random() < 0.3 ? `?${encodeURIComponent(pick(KEYS))}=1` : "");
        if (path.endsWith("/")) path += "x";
      } else {
        const params = Array.from(
          { length: 1 + Math.floor(random() * 4) },
          () => `${encodeURIComponent(pick(KEYS))}=${random() < 0.8 ? encodeURIComponent(pick(VALUES)) : pick(VALUES)}`,
        );
        path = `/api/v1/${pick([...COLLECTIONS, "territoires"])}?${params.join("&")}`;
      }
      let answer: Answer;
      try {
        answer = await get(path);
      } catch (error) {
        // A path our router cannot match (e.g. an empty segment) is Next's own 404, not the API's.
        if (String(error).includes("No route")) continue;
        throw error;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expect([200, 400, 404], `${path} → ${answer.status} ${answer.text.slice(0, 200)}`).toContain(answer.status);
      if (answer.status === 400) {
        const body = answer.json();
        expect(body.errors.length, path).toBeGreaterThan(0);
        for (const error of body.errors) expect(error.parameter.length, path).toBeGreaterThan(0);
      }
    }
    // The random mix did reach all three outcomes.
    expect([...statuses.keys()].sort()).toEqual([200, 400, 404]);
  });

  it("refuses NUL and control characters, which PostgreSQL cannot receive, with a 400", async () => {
    const nul = Buffer.from(JSON.stringify(["a\u0000"])).toString("base64url");
    for (const key of [...COLLECTIONS, "territoires"]) {
      if (key !== "cibles" && key !== "statistiques-diagnostics") expect((await get(`/api/v1/${key}?q=%00`)).status, key).toBe(400);
      expect((await get(`/api/v1/${key}?cursor=${nul}`)).status, key).toBe(400);
    }
    expect((await get("/api/v1/acteurs/a%00b")).status).toBe(404);
  });

  it("answers CORS preflights and carries CORS, cache and ETag headers on reads", async () => {
    const { OPTIONS } = await import("@/app/api/v1/acteurs/route");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const answer = await get("/api/v1/cibles?limit=2");
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("cache-control")).toMatch(/^public, max-age=60/);
    expect(answer.headers.get("etag")).toMatch(/^W\/"/);
    const notModified = await get("/api/v1/cibles?limit=2", { "If-None-Match": answer.headers.get("etag")! });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe("");
    const other = await get("/api/v1/cibles?limit=3", { "If-None-Match": answer.headers.get("etag")! });
    expect(other.status).toBe(200);
  });

  it("streams CSV in UTF-8 with a BOM, the `;` separator and formula-guarded cells", async () => {
    const token = uniqueToken();
    await makeActor({ name: `=${token} formule; "guillemets"` });
    const response = await get(`/api/v1/acteurs?format=csv&q=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="acteurs-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const lines = response.text.slice(1).split("\r\n");
    expect(lines[0]).toBe("slug;nom;type;description;site_web;verifie;reseau;territoires;odd;publie_le;modifie_le;url");
    expect(lines[1]).toContain(`;"'=${token} formule; ""guillemets""";association;`);
    expect(lines).toHaveLength(3);
    // A bad filter is still a 400, before any CSV is sent.
    expect((await get("/api/v1/acteurs?format=csv&territoire=commune-00000")).status).toBe(400);
  });
});
