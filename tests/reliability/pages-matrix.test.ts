// The cross-tenant matrix over HTTP: every by-id page and API route of the workspace, the back
// office and the files × the seven kinds of caller, signed in for real on the production build.
// The target is the demo organisation « Les Liens du Furan » (admin association@, member
// membre@); the other organisation's admin is collectivite@, the account without organisation
// utilisateur@. Expected outcome from the permission table; a refusal is a 404 or 403 (or the
// sign-in page for an anonymous visitor), never the page.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, type Operation, type Principal } from "@/lib/auth/permissions";
import { CALLER_LABELS, CALLERS, type Caller } from "./cross-tenant/world";
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

interface RouteCase {
  path: (ids: Ids) => string;
  operation: Operation;
  /** When the rule is narrower than `can` on the target organisation, who may, and why. */
  allowed?: (caller: Caller) => boolean;
}

interface Ids {
  organisation: string;
  alliance: string;
  diagnostic: string;
  need: string;
  kit: string;
  project: string;
  template: string;
}

const staffOnly = (caller: Caller) => caller === "staff" || caller === "platformAdmin";

const ROUTES: RouteCase[] = [
  { path: (ids) => `/espace/organisations/${ids.organisation}`, operation: "actor.read" },
  { path: (ids) => `/espace/organisations/${ids.organisation}/membres`, operation: "actor.read" },
  { path: (ids) => `/espace/organisations/${ids.organisation}/profil`, operation: "actor.update" },
  { path: (ids) => `/espace/organisations/${ids.organisation}/reseau`, operation: "actor.read" },
  // The workspace view of an alliance is its partners' own: staff and admins see alliances in
  // moderation and on the public page, not here.
  { path: (ids) => `/espace/alliances/${ids.alliance}`, operation: "alliance.read", allowed: (caller) => caller === "member" || caller === "orgAdmin" },
  { path: (ids) => `/espace/diagnostics/${ids.diagnostic}/rapport`, operation: "diagnostic.read" },
  { path: (ids) => `/api/diagnostics/${ids.diagnostic}/pdf`, operation: "diagnostic.read" },
  { path: (ids) => `/espace/besoins-offres/besoins/${ids.need}`, operation: "actor.read" },
  { path: (ids) => `/admin/kits/${ids.kit}`, operation: "kit.update", allowed: staffOnly },
  { path: (ids) => `/admin/kits/${ids.kit}/versions`, operation: "kit.update", allowed: staffOnly },
  { path: (ids) => `/admin/territoires-de-projet/${ids.project}`, operation: "territory.project.manage", allowed: staffOnly },
  { path: (ids) => `/admin/questionnaires/${ids.template}`, operation: "template.manage", allowed: staffOnly },
  { path: () => `/admin/exports/utilisateurs`, operation: "export.run", allowed: staffOnly },
];

let stack: Stack;
let db: pg.Client;
let ids: Ids;
const cookies: Partial<Record<Caller, string>> = {};

async function one(sql: string, params: unknown[] = []): Promise<string> {
  const { rows } = await db.query<{ id: string }>(sql, params);
  if (!rows[0]) throw new Error(`Donnée de démonstration absente : ${sql}`);
  return String(rows[0].id);
}

beforeAll(async () => {
  stack = await startStack();
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const organisation = await one(`SELECT id FROM "Actor" WHERE slug = 'les-liens-du-furan-demo'`);
  const template = await one(`SELECT id FROM "DiagnosticTemplate" WHERE status = 'ACTIVE' LIMIT 1`);
  // A completed diagnostic of the target organisation, made here: the demo has none for it.
  const diagnostic = await one(
    `INSERT INTO "Diagnostic" (id, "territoryId", "actorId", "templateId", answers, status, scores, "maturityLevel", "completedAt", "updatedAt")
     SELECT 'matrice-diagnostic', t.id, $1, $2, d.answers, 'COMPLETED', d.scores, d."maturityLevel", now(), now()
     FROM "Territory" t, "Diagnostic" d WHERE t.kind = 'COMMUNE' AND t.code = '42218' AND d.status = 'COMPLETED' LIMIT 1 RETURNING id`,
    [organisation, template],
  );
  ids = {
    organisation,
    template,
    diagnostic,
    alliance: await one(`SELECT a.id FROM "Alliance" a JOIN "AlliancePartner" p ON p."allianceId" = a.id AND p."actorId" = $1 AND p.status = 'CONFIRMED' LIMIT 1`, [organisation]),
    need: await one(`SELECT id FROM "Need" WHERE "actorId" = $1 LIMIT 1`, [organisation]),
    kit: await one(`SELECT id FROM "Kit" ORDER BY slug LIMIT 1`),
    project: await one(`INSERT INTO "Territory" (kind, code, name, "searchKey", "updatedAt") VALUES ('PROJET', 'CRTE-MATRICE', 'CRTE de la matrice', 'crte de la matrice', now()) RETURNING id`),
  };
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

function expectedFor(route: RouteCase, caller: Caller): boolean {
  if (route.allowed) return route.allowed(caller);
  const membershipRole = caller === "orgAdmin" ? "ADMIN" : caller === "member" ? "MEMBER" : null;
  return can(principalOf(caller), route.operation, { actorId: ids.organisation, membershipRole, isLastAdmin: false });
}

describe("matrice inter-organisations des pages et routes par identifiant", () => {
  it("chaque page × chaque appelant : la page pour qui peut, un refus pour les autres", async () => {
    const problems: string[] = [];
    let cells = 0;
    for (const route of ROUTES) {
      const path = route.path(ids);
      for (const caller of CALLERS) {
        const cookie = cookies[caller];
        const response = await fetch(`${stack.baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
        await response.arrayBuffer();
        cells += 1;
        const location = response.headers.get("location") ?? "";
        const refused = response.status === 404 || response.status === 403 || (caller === "anonymous" && response.status >= 300 && response.status < 400 && location.includes("/connexion"));
        const allowed = response.status === 200;
        const expected = expectedFor(route, caller);
        if (expected && !allowed) problems.push(`${path} × ${CALLER_LABELS[caller]} : attendu la page, reçu ${response.status} ${location}`);
        if (!expected && !refused) problems.push(`${path} × ${CALLER_LABELS[caller]} : attendu un refus, reçu ${response.status} ${location} (fuite)`);
      }
    }
    console.log(`Matrice des pages : ${cells} cellules (${ROUTES.length} routes × ${CALLERS.length} appelants), écarts : ${problems.length}`);
    expect(problems).toEqual([]);
  }, 300_000);
});
