// The cross-tenant matrix over HTTP: every by-id page and API route of the workspace, the back
// office and the files × the seven kinds of caller, signed in for real on the production build.
// The target is the demo organisation « Les Liens du Furan » (admin association@, member
// membre@); the other organisation's admin is collectivite@, the account without organisation
// utilisateur@. Expected outcome from the permission table (pages-matrix/routes.ts); a refusal is
// a 404 or 403 (or the sign-in page for an anonymous visitor), never the page, and a refused
// answer must not carry the private text the granted one shows (a leak). Ids nothing has are
// refused the same way, never with a 500.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { CALLER_LABELS, CALLERS, type Caller } from "./cross-tenant/world";
import { dynamicRoutes, NOT_BY_ID, routeOfPath, uncoveredRoutes, unwatchedRoutes } from "./pages-matrix/coverage";
import { expectedFor, ROUTES } from "./pages-matrix/routes";
import { makePagesWorld, type PagesWorld } from "./pages-matrix/world";
import { signIn, startStack, type Stack } from "./support/stack";

const PASSWORD = "demo-odd17-partenariats";
const ACCOUNTS: Record<Exclude<Caller, "anonymous">, { email: string; role: "USER" | "STAFF" | "ADMIN" }> = {
  outsider: { email: "utilisateur@demo.odd17.fr", role: "USER" },
  otherOrgAdmin: { email: "collectivite@demo.odd17.fr", role: "USER" },
  member: { email: "membre@demo.odd17.fr", role: "USER" },
  orgAdmin: { email: "association@demo.odd17.fr", role: "USER" },
  staff: { email: "rameau@demo.odd17.fr", role: "STAFF" },
  platformAdmin: { email: "admin@demo.odd17.fr", role: "ADMIN" },
};

let stack: Stack;
let db: pg.Client;
let world: PagesWorld;
const cookies: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  stack = await startStack();
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  world = await makePagesWorld(db, stack.uploadsDir);
  for (const [caller, account] of Object.entries(ACCOUNTS) as [Exclude<Caller, "anonymous">, (typeof ACCOUNTS)["staff"]][]) {
    cookies[caller] = await signIn(stack.baseUrl, account.email, PASSWORD);
  }
}, 300_000);

afterAll(async () => {
  await db?.end().catch(() => undefined);
  await stack?.stop();
});

function principalOf(caller: Caller): Principal {
  return caller === "anonymous" ? null : { id: `demo-${caller}`, platformRole: ACCOUNTS[caller].role };
}

// Pages escape what they show; the files' markers are ASCII, intact whatever bytes surround them.
const unescape = (text: string) =>
  text.replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

describe("matrice inter-organisations des pages et routes par identifiant", () => {
  it("chaque page ou route dynamique de app/ a ses cellules (ou une raison écrite de ne pas en avoir)", () => {
    const routes = dynamicRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(Object.keys(NOT_BY_ID).filter((route) => !routes.includes(route))).toEqual([]);
    const paths = ROUTES.map((route) => route.path(world));
    expect(uncoveredRoutes(paths)).toEqual([]);
    // Every path of the matrix reaches a route of app/: a renamed route cannot leave cells that
    // test nothing but the 404 page.
    expect(paths.filter((path) => !routeOfPath(path, routes))).toEqual([]);
    const cells = ROUTES.filter((route) => !route.unknownId).map((route) => ({
      path: route.path(world),
      refusesSomeone: CALLERS.some((caller) => !expectedFor(route, caller, principalOf(caller), world).page),
      watched: route.marker !== undefined || route.contentType !== undefined,
    }));
    expect(unwatchedRoutes(cells)).toEqual([]);
    const byId = routes.length - Object.keys(NOT_BY_ID).length;
    console.log(`Routes dynamiques de app/ : ${routes.length}, ${byId} dans la matrice, ${Object.keys(NOT_BY_ID).length} exclues avec leur raison`);
  });

  it("la vérification de couverture voit toute route dynamique, y compris une route ajoutée", () => {
    // A route without a cell is reported.
    expect(uncoveredRoutes([])).toContain("/espace/organisations/[id]/reseau/equipes/[teamId]");
    // Every kind of file Next.js serves under a dynamic segment counts, groups and slots aside.
    const added = [
      "app/(public)/acteurs/[slug]/opengraph-image.tsx",
      "app/espace/@modal/(.)alliances/[id]/page.tsx",
      "app/api/rapports/[id]/route.js",
      "app/espace/docs/[...slug]/page.mdx",
      "app/espace/[id]/layout.tsx",
      "app/espace/[id]/loading.tsx",
    ];
    expect(dynamicRoutes(added)).toEqual(["/acteurs/[slug]/opengraph-image", "/api/rapports/[id]", "/espace/(.)alliances/[id]", "/espace/docs/[...slug]"]);
    expect(uncoveredRoutes(["/acteurs/x"], dynamicRoutes(added))).toHaveLength(4);
    // A by-id route refused to someone whose cells watch for nothing private is reported.
    expect(unwatchedRoutes([{ path: "/espace/alliances/x", refusesSomeone: true, watched: false }])).toEqual(["/espace/alliances/[id]"]);
  });

  it("chaque page × chaque appelant : la page pour qui peut, un refus sans rien de privé pour les autres", async () => {
    const problems: string[] = [];
    let cells = 0;
    let leaks = 0;
    const refusals: Record<string, number> = {};
    // How each caller is refused on each route: the same answer for a forbidden id as for an id
    // nothing has, or the refusal would tell whether the id exists.
    const refusalKinds = new Map<string, Set<string>>();
    const routes = dynamicRoutes();
    for (const route of ROUTES) {
      const path = route.path(world);
      const marker = route.marker?.(world);
      for (const caller of CALLERS) {
        const cookie = cookies[caller];
        const response = await fetch(`${stack.baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
        const text = unescape(Buffer.from(await response.arrayBuffer()).toString("utf8"));
        cells += 1;
        const location = response.headers.get("location") ?? "";
        const type = response.headers.get("content-type") ?? "";
        const carries = (marker !== undefined && text.includes(marker)) || (route.contentType !== undefined && type.startsWith(route.contentType));
        const refused =
          response.status === 404 ||
          response.status === 403 ||
          (caller === "anonymous" && response.status >= 300 && response.status < 400 && location.includes("/connexion"));
        const expected = expectedFor(route, caller, principalOf(caller), world);
        const granted = response.status === 200 && (route.contentType === undefined || type.startsWith(route.contentType));
        const where = `${path} × ${CALLER_LABELS[caller]}`;
        const told = (route.secrets?.(world) ?? []).filter((secret) => text.includes(secret));
        if (told.length > 0) {
          leaks += 1;
          problems.push(`${where} : la réponse nomme ce qui n'est pas publié (${told.join(", ")}) (fuite)`);
          continue;
        }
        if (expected.page) {
          if (!granted) problems.push(`${where} : attendu la page, reçu ${response.status} ${type} ${location}`);
          else if (marker !== undefined && expected.marker && !carries) problems.push(`${where} : la page ne montre pas « ${marker} »`);
          if (granted && !expected.marker && carries) {
            leaks += 1;
            problems.push(`${where} : la page montre ce qui ne lui revient pas (fuite)`);
          }
        } else if (refused && !carries) {
          const kind = response.status === 404 || response.status === 403 ? String(response.status) : "connexion";
          refusals[kind] = (refusals[kind] ?? 0) + 1;
          const key = `${routeOfPath(path, routes)} × ${CALLER_LABELS[caller]}`;
          refusalKinds.set(key, new Set([...(refusalKinds.get(key) ?? []), kind]));
        } else {
          // A page or a download where a refusal was due is a leak; an error (a 500) is a fault.
          const leak = carries || (response.status >= 200 && response.status < 300);
          if (leak) leaks += 1;
          problems.push(
            `${where} : attendu un refus, reçu ${response.status} ${type} ${location}${carries ? " avec le contenu privé" : ""}${leak ? " (fuite)" : ""}`,
          );
        }
      }
    }
    for (const [key, kinds] of refusalKinds)
      if (kinds.size > 1) problems.push(`${key} : refus différents selon l'identifiant (${[...kinds].join(", ")}) : la réponse dit s'il existe`);
    const unknown = ROUTES.filter((route) => route.unknownId).length;
    console.log(
      `Matrice des pages : ${cells} cellules (${ROUTES.length} chemins × ${CALLERS.length} appelants, dont ${unknown} chemins sur un identifiant inexistant), ` +
        `refus : ${JSON.stringify(refusals)}, écarts : ${problems.length}, dont fuites : ${leaks}`,
    );
    expect(problems).toEqual([]);
  }, 300_000);
});
