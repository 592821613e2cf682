// The cross-tenant matrix over HTTP: every by-id page and API route of the workspace, the back
// office and the files × the seven kinds of caller, signed in for real on the production build.
// The target is the demo organisation « Les Liens du Furan » (admin association@, member
// membre@); the other organisation's admin is collectivite@, the account without organisation
// utilisateur@. Expected outcome from the permission table (pages-matrix/routes.ts); a refusal is
// a 404 or 403 (or the sign-in page for an anonymous visitor), never the page, and a refused
// answer must not carry the private text the granted one shows (a leak).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { CALLER_LABELS, CALLERS, type Caller } from "./cross-tenant/world";
import { dynamicRoutes, NOT_BY_ID, uncoveredRoutes } from "./pages-matrix/coverage";
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
const unescape = (text: string) => text.replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

describe("matrice inter-organisations des pages et routes par identifiant", () => {
  it("chaque page ou route dynamique de app/ a ses cellules (ou une raison écrite de ne pas en avoir)", () => {
    const routes = dynamicRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(Object.keys(NOT_BY_ID).filter((route) => !routes.includes(route))).toEqual([]);
    expect(uncoveredRoutes(ROUTES.map((route) => route.path(world)))).toEqual([]);
    console.log(`Routes dynamiques de app/ : ${routes.length}, ${routes.length - Object.keys(NOT_BY_ID).length} dans la matrice, ${Object.keys(NOT_BY_ID).length} exclues avec leur raison`);
    // The check itself: a route without a cell is reported.
    expect(uncoveredRoutes([])).toContain("/espace/organisations/[id]/reseau/equipes/[teamId]");
  });

  it("chaque page × chaque appelant : la page pour qui peut, un refus sans rien de privé pour les autres", async () => {
    const problems: string[] = [];
    let cells = 0;
    let leaks = 0;
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
        const refused = response.status === 404 || response.status === 403 || (caller === "anonymous" && response.status >= 300 && response.status < 400 && location.includes("/connexion"));
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
        } else if (!refused || carries) {
          leaks += 1;
          problems.push(`${where} : attendu un refus, reçu ${response.status} ${type} ${location}${carries ? " avec le contenu privé" : ""} (fuite)`);
        }
      }
    }
    console.log(`Matrice des pages : ${cells} cellules (${ROUTES.length} routes × ${CALLERS.length} appelants), écarts : ${problems.length}, dont fuites : ${leaks}`);
    expect(problems).toEqual([]);
  }, 300_000);
});
