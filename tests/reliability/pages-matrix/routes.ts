// Every by-id page and route of the workspace, the back office and the files, with the operation
// that decides who sees it (on the target organisation « Les Liens du Furan ») and, where the
// answer carries something private, the text that must be in the granted answer and nowhere in
// a refused one.
import { can, type Operation, type Principal, type Scope } from "@/lib/auth/permissions";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { EXPORT_LISTS } from "@/lib/exports/exports";
import { OBSERVATORY_DATASETS } from "@/lib/observatory/observatory-csv";
import type { Caller } from "../cross-tenant/world";
import { PRIVATE, type PagesWorld } from "./world";
import { CONVERSATION_MESSAGE } from "./world-conversations";

export interface RouteCase {
  path: (world: PagesWorld) => string;
  /** The operation that decides; public pages have none (`allowed` says who). */
  operation?: Operation;
  /** Facts of the scope beyond the caller's standing in the target organisation. */
  scope?: Partial<Scope>;
  /** When the rule is narrower than `can` on the target organisation, who may, and why. */
  allowed?: (caller: Caller) => boolean;
  /** Text only the granted answer contains. */
  marker?: (world: PagesWorld) => string;
  /** When the page shows the marker only to some of those it is granted to: the rule for it. */
  markerRule?: { operation: Operation; scope?: Partial<Scope> };
  /** Texts no answer may contain, granted or not: private things the page lists around. */
  secrets?: (world: PagesWorld) => string[];
  /** The type of the granted answer (a download), which a refusal must not have. */
  contentType?: string;
  /** A cell on an id nothing has (see UNKNOWN_IDS). */
  unknownId?: boolean;
}

const staffOnly = (caller: Caller) => caller === "staff" || caller === "platformAdmin";
const partnersOnly = (caller: Caller) => caller === "member" || caller === "orgAdmin";
const everyone = () => true;
const nobody = () => false;

// Public pages and the open-data API by slug: published things for everyone, anything else for
// nobody, whoever asks (staff moderate and edit in the back office, not on public pages).
const publicBySlug = (
  prefix: string,
  slug: (w: PagesWorld) => string,
  allowed: () => boolean,
  marker?: (w: PagesWorld) => string,
  secrets?: () => string[],
): RouteCase => ({
  path: (w) => `${prefix}/${slug(w)}`,
  allowed,
  marker,
  secrets,
});
// What the target organisation has that is not published: its public page names none of it.
const unpublishedAroundTarget = () => [PRIVATE.ledAlliance, PRIVATE.need, PRIVATE.offer, PRIVATE.linkedTeam, PRIVATE.pendingTeam, PRIVATE.endedTeam];
// The published alliance also has an unpublished organisation as a confirmed partner.
const unpublishedPartner = () => [PRIVATE.unpublishedOrganisation];

// Ids nothing has: one well-formed, one hostile (quotes and a tag, encoded). Every by-id route
// answers them as it answers a forbidden id — a refusal, never a 500 nor the page — so a refusal
// tells nobody whether a forbidden id exists.
export const UNKNOWN_IDS = ["matrice-inconnu", "%27%22%3E%3Cmatrice%3E"];

function unknownTargets(): RouteCase[] {
  const byId = (id: string): ((w: PagesWorld) => string)[] => [
    ...["", "/membres", "/profil", "/reseau"].map((suffix) => () => `/espace/organisations/${id}${suffix}`),
    (w) => `/espace/organisations/${w.organisation}/reseau/equipes/${id}`,
    () => `/espace/organisations/${id}/reseau/import`,
    () => `/espace/organisations/${id}/reseau/import/modele`,
    (w) => `/espace/organisations/${w.organisation}/reseau/import/${id}/rapport`,
    () => `/espace/alliances/${id}`,
    () => `/espace/alliances/${id}/modifier`,
    ...["mise-en-relation", "alliance", "reseau"].map((type) => () => `/espace/conversations/${type}/${id}`),
    () => `/espace/diagnostics/${id}`,
    () => `/espace/diagnostics/${id}/rapport`,
    () => `/api/diagnostics/${id}/pdf`,
    ...["besoins", "offres"].flatMap((type) => [() => `/espace/besoins-offres/${type}/${id}`, () => `/espace/besoins-offres/${type}/${id}/modifier`]),
    () => `/admin/kits/${id}`,
    () => `/admin/kits/${id}/versions`,
    () => `/admin/kits/${id}/versions/1`,
    (w) => `/admin/kits/${w.archivedKit}/versions/${id}`,
    () => `/admin/territoires-de-projet/${id}`,
    () => `/admin/organisations/${id}`,
    () => `/admin/alliances/${id}`,
    ...["besoins", "offres"].map((type) => () => `/admin/besoins-offres/${type}/${id}`),
    () => `/admin/diagnostics/${id}`,
    () => `/admin/questionnaires/${id}`,
    () => `/admin/questionnaires/${id}/apercu`,
    () => `/admin/exports/${id}`,
    () => `/admin/imports/organisations/${id}/rapport`,
    () => `/admin/observatoire/donnees/${id}`,
    () => `/api/kits/attachments/${id}`,
    () => `/api/organisations/${id}/logo`,
    ...["/acteurs", "/alliances", "/ressources", "/ressources/parcours"].map((prefix) => () => `${prefix}/${id}`),
    ...["/ressources", "/ressources/parcours"].map((prefix) => () => `${prefix}/${id}/anonyme`),
    ...["acteurs", "alliances", "kits", "cibles"].map((collection) => () => `/api/v1/${collection}/${id}`),
    () => `/odd/${id}`,
    () => `/sitemap/${id}`,
    () => `/sitemap/${id}.xml`,
    () => `/territoires/commune/${id}`,
    () => `/api/v1/territoires/commune/${id}`,
    () => `/api/v1/statistiques-diagnostics/commune/${id}`,
  ];
  return UNKNOWN_IDS.flatMap((id) => byId(id).map((path): RouteCase => ({ path, allowed: nobody, unknownId: true })));
}

// The unpublished organisation has the target's admin and member: its workspace pages must name
// it for them (and staff) and nowhere else.
const unpublished = (w: PagesWorld) => w.unpublishedOrganisation;
const unpublishedName = () => PRIVATE.unpublishedOrganisation;

export const ROUTES: RouteCase[] = [
  { path: (w) => `/espace/organisations/${w.organisation}`, operation: "actor.read" },
  { path: (w) => `/espace/organisations/${unpublished(w)}`, operation: "actor.read", marker: unpublishedName },
  { path: (w) => `/espace/organisations/${w.organisation}/membres`, operation: "actor.read", marker: () => "membre@demo.odd17.fr" },
  { path: (w) => `/espace/organisations/${unpublished(w)}/membres`, operation: "actor.read", marker: unpublishedName },
  { path: (w) => `/espace/organisations/${w.organisation}/profil`, operation: "actor.update" },
  { path: (w) => `/espace/organisations/${unpublished(w)}/profil`, operation: "actor.update", marker: unpublishedName },
  // Staff read the network page but not the teams' data: the linked team's name is the head's
  // members' only (network.read through the accepted link).
  {
    path: (w) => `/espace/organisations/${w.organisation}/reseau`,
    operation: "actor.read",
    marker: () => PRIVATE.linkedTeam,
    markerRule: { operation: "network.read", scope: { networkTeamLinked: true } },
  },
  { path: (w) => `/espace/organisations/${unpublished(w)}/reseau`, operation: "actor.read", marker: unpublishedName },
  // A head's import of its local teams: its admins (and platform admins); a head's import report
  // is its uploader's only (the target's admin), never another network's nor the staff's.
  { path: (w) => `/espace/organisations/${w.organisation}/reseau/import`, operation: "network.import", marker: () => "Importer des équipes locales" },
  { path: (w) => `/espace/organisations/${w.organisation}/reseau/import/modele`, operation: "network.import", contentType: "text/csv" },
  {
    path: (w) => `/espace/organisations/${w.organisation}/reseau/import/${w.headImportReport}/rapport`,
    operation: "network.import",
    allowed: (caller) => caller === "orgAdmin",
    contentType: "text/csv",
    marker: () => PRIVATE.headImportReport,
  },
  { path: (w) => `/espace/organisations/${w.organisation}/reseau/import/${w.importReport}/rapport`, operation: "network.import", allowed: nobody },
  // A team's summary: the head's members, through the accepted link only.
  {
    path: (w) => `/espace/organisations/${w.organisation}/reseau/equipes/${w.linkedTeam}`,
    operation: "network.read",
    scope: { networkTeamLinked: true },
    marker: () => PRIVATE.linkedTeam,
  },
  // A team whose link is still pending, or has ended, or that is another head's: nobody reads it
  // through this head, not even an admin.
  {
    path: (w) => `/espace/organisations/${w.organisation}/reseau/equipes/${w.pendingTeam}`,
    operation: "network.read",
    allowed: nobody,
    marker: () => PRIVATE.pendingTeam,
  },
  {
    path: (w) => `/espace/organisations/${w.organisation}/reseau/equipes/${w.endedTeam}`,
    operation: "network.read",
    allowed: nobody,
    marker: () => PRIVATE.endedTeam,
  },
  { path: (w) => `/espace/organisations/${w.organisation}/reseau/equipes/${w.foreignTeam}`, operation: "network.read", allowed: nobody },
  // A linked team read through the unpublished organisation, which is not its head.
  {
    path: (w) => `/espace/organisations/${unpublished(w)}/reseau/equipes/${w.linkedTeam}`,
    operation: "network.read",
    allowed: nobody,
    marker: () => PRIVATE.linkedTeam,
  },
  // The workspace view of an alliance is its partners' own: staff and admins see alliances in
  // moderation and on the public page, not here. Its editor is the lead's members' only. An
  // invited organisation's members see the title and summary, not what confirmed partners see.
  { path: (w) => `/espace/alliances/${w.alliance}`, operation: "alliance.read", allowed: partnersOnly },
  { path: (w) => `/espace/alliances/${w.ledAlliance}`, operation: "alliance.read", allowed: partnersOnly, marker: () => PRIVATE.ledAlliance },
  {
    path: (w) => `/espace/alliances/${w.invitedAlliance}`,
    operation: "alliance.read",
    allowed: partnersOnly,
    marker: () => PRIVATE.invitedAlliance,
    secrets: () => [PRIVATE.invitedAllianceDescription],
  },
  { path: (w) => `/espace/alliances/${w.ledAlliance}/modifier`, operation: "alliance.update", allowed: partnersOnly, marker: () => PRIVATE.ledAlliance },
  { path: (w) => `/espace/alliances/${w.alliance}/modifier`, operation: "alliance.update", allowed: nobody },
  {
    path: (w) => `/espace/alliances/${w.invitedAlliance}/modifier`,
    operation: "alliance.update",
    allowed: nobody,
    marker: () => PRIVATE.invitedAlliance,
    secrets: () => [PRIVATE.invitedAllianceDescription],
  },
  // Asking to join: any signed-in person reaches the page of a published alliance (it lists only
  // their own organisations); a draft alliance is nobody's to ask for.
  {
    path: (w) => `/espace/alliances/rejoindre/${w.slugs.alliance}`,
    allowed: (caller) => caller !== "anonymous",
    secrets: () => [PRIVATE.ledAlliance],
  },
  { path: (w) => `/espace/alliances/rejoindre/${w.slugs.draftAlliance}`, allowed: nobody, marker: () => PRIVATE.ledAlliance },
  // A thread is its participants' members' only: another organisation, staff and platform admins
  // get the same 404 as for a thread that does not exist (staff see a message only if reported).
  { path: (w) => `/espace/conversations/mise-en-relation/${w.matchThread}`, allowed: partnersOnly, marker: () => CONVERSATION_MESSAGE },
  { path: (w) => `/espace/conversations/alliance/${w.invitedAlliance}`, allowed: partnersOnly, marker: () => PRIVATE.invitedAlliance },
  { path: (w) => `/espace/conversations/reseau/${w.matchThread}`, allowed: nobody },
  { path: (w) => `/espace/diagnostics/${w.draftDiagnostic}`, operation: "diagnostic.read", marker: () => diagnosticsCopy.questionnaire.stepsLabel },
  { path: (w) => `/espace/diagnostics/${w.diagnostic}/rapport`, operation: "diagnostic.read", marker: () => diagnosticsCopy.report.scoresHeading },
  { path: (w) => `/api/diagnostics/${w.diagnostic}/pdf`, operation: "diagnostic.read", contentType: "application/pdf" },
  // A draft has no report yet: no PDF for anyone.
  { path: (w) => `/api/diagnostics/${w.draftDiagnostic}/pdf`, operation: "diagnostic.read", allowed: nobody },
  { path: (w) => `/espace/besoins-offres/besoins/${w.need}`, operation: "actor.read", marker: () => PRIVATE.need },
  { path: (w) => `/espace/besoins-offres/offres/${w.offer}`, operation: "actor.read", marker: () => PRIVATE.offer },
  { path: (w) => `/espace/besoins-offres/besoins/${w.need}/modifier`, operation: "need.update", marker: () => PRIVATE.need },
  { path: (w) => `/espace/besoins-offres/offres/${w.offer}/modifier`, operation: "offer.update", marker: () => PRIVATE.offer },
  // A need's id under « offres » (and the reverse) is no offer: the kind is part of the id.
  { path: (w) => `/espace/besoins-offres/offres/${w.need}`, operation: "actor.read", allowed: nobody, marker: () => PRIVATE.need },
  { path: (w) => `/espace/besoins-offres/besoins/${w.offer}/modifier`, operation: "need.update", allowed: nobody, marker: () => PRIVATE.offer },
  { path: (w) => `/admin/kits/${w.kit}`, operation: "kit.update", allowed: staffOnly },
  { path: (w) => `/admin/kits/${w.draftKit}`, operation: "kit.update", allowed: staffOnly, marker: () => PRIVATE.draftKit },
  { path: (w) => `/admin/kits/${w.kit}/versions`, operation: "kit.update", allowed: staffOnly },
  { path: (w) => `/admin/kits/${w.archivedKit}/versions`, operation: "kit.update", allowed: staffOnly, marker: () => PRIVATE.kitVersionNote },
  { path: (w) => `/admin/kits/${w.archivedKit}/versions/1`, operation: "kit.update", allowed: staffOnly, marker: () => PRIVATE.kitVersion },
  // A version number the kit does not have: the 404 page for everyone.
  { path: (w) => `/admin/kits/${w.archivedKit}/versions/2`, operation: "kit.update", allowed: nobody },
  // The back office's item pages: any organisation or alliance, published or not, for staff only
  // (not even its own members, who have their workspace).
  { path: (w) => `/admin/organisations/${w.organisation}`, operation: "content.list", allowed: staffOnly },
  { path: (w) => `/admin/organisations/${unpublished(w)}`, operation: "content.list", allowed: staffOnly, marker: unpublishedName },
  { path: (w) => `/admin/alliances/${w.alliance}`, operation: "content.list", allowed: staffOnly },
  { path: (w) => `/admin/alliances/${w.ledAlliance}`, operation: "content.list", allowed: staffOnly, marker: () => PRIVATE.ledAlliance },
  // Needs, offers and diagnostics, whatever their status: staff only; the kind is part of the id.
  { path: (w) => `/admin/besoins-offres/besoins/${w.need}`, operation: "content.list", allowed: staffOnly, marker: () => PRIVATE.need },
  { path: (w) => `/admin/besoins-offres/offres/${w.offer}`, operation: "content.list", allowed: staffOnly, marker: () => PRIVATE.offer },
  { path: (w) => `/admin/besoins-offres/offres/${w.need}`, operation: "content.list", allowed: nobody, marker: () => PRIVATE.need },
  { path: (w) => `/admin/diagnostics/${w.diagnostic}`, operation: "content.list", allowed: staffOnly, marker: () => adminContentCopy.diagnostics.score },
  { path: (w) => `/admin/territoires-de-projet/${w.project}`, operation: "territory.project.manage", allowed: staffOnly, marker: () => PRIVATE.project },
  { path: (w) => `/admin/questionnaires/${w.template}`, operation: "template.manage", allowed: staffOnly },
  { path: (w) => `/admin/questionnaires/${w.template}/apercu`, operation: "template.manage", allowed: staffOnly, marker: (w) => w.templateTitle },
  { path: (w) => `/admin/questionnaires/${w.draftTemplate}`, operation: "template.manage", allowed: staffOnly, marker: () => PRIVATE.draftTemplate },
  { path: (w) => `/admin/questionnaires/${w.draftTemplate}/apercu`, operation: "template.manage", allowed: staffOnly, marker: () => PRIVATE.draftTemplate },
  ...EXPORT_LISTS.map((list): RouteCase => ({ path: () => `/admin/exports/${list}`, operation: "export.run", contentType: "text/csv" })),
  // An import's report is its uploader's (the staff account), not every importer's.
  {
    path: (w) => `/admin/imports/organisations/${w.importReport}/rapport`,
    operation: "actor.import",
    allowed: (caller) => caller === "staff",
    contentType: "text/csv",
    marker: () => PRIVATE.importReport,
  },
  ...OBSERVATORY_DATASETS.map((dataset): RouteCase => ({
    path: () => `/admin/observatoire/donnees/${dataset}`,
    operation: "stats.read",
    contentType: "text/csv",
  })),
  // Files: a published kit's for everyone; an archived or never published kit's for the team.
  { path: (w) => `/api/kits/attachments/${w.publishedAttachment}`, operation: "kit.update", allowed: everyone, marker: () => PRIVATE.publishedAttachment },
  { path: (w) => `/api/kits/attachments/${w.archivedAttachment}`, operation: "kit.update", marker: () => PRIVATE.archivedAttachment },
  { path: (w) => `/api/kits/attachments/${w.draftAttachment}`, operation: "kit.update", marker: () => PRIVATE.draftAttachment },
  // Logos: a published organisation's for everyone; an unpublished one's for whoever may read it.
  { path: (w) => `/api/organisations/${w.organisation}/logo`, operation: "actor.read", allowed: everyone, marker: () => PRIVATE.publishedLogo },
  { path: (w) => `/api/organisations/${w.unpublishedOrganisation}/logo`, operation: "actor.read", marker: () => PRIVATE.unpublishedLogo },
  ...["/acteurs", "/api/v1/acteurs"].flatMap((prefix) => [
    publicBySlug(prefix, (w) => w.slugs.organisation, everyone, undefined, unpublishedAroundTarget),
    publicBySlug(
      prefix,
      (w) => w.slugs.unpublishedOrganisation,
      nobody,
      () => PRIVATE.unpublishedOrganisation,
    ),
  ]),
  ...["/alliances", "/api/v1/alliances"].flatMap((prefix) => [
    publicBySlug(prefix, (w) => w.slugs.alliance, everyone, undefined, unpublishedPartner),
    publicBySlug(
      prefix,
      (w) => w.slugs.draftAlliance,
      nobody,
      () => PRIVATE.ledAlliance,
    ),
  ]),
  ...["/ressources", "/api/v1/kits"].flatMap((prefix) => [
    publicBySlug(prefix, (w) => w.slugs.kit, everyone),
    publicBySlug(
      prefix,
      (w) => w.slugs.archivedKit,
      nobody,
      () => PRIVATE.archivedKit,
    ),
    publicBySlug(
      prefix,
      (w) => w.slugs.draftKit,
      nobody,
      () => PRIVATE.draftKit,
    ),
  ]),
  // The cached kit page of anonymous visitors, asked for directly.
  publicBySlug("/ressources", (w) => `${w.slugs.kit}/anonyme`, everyone),
  publicBySlug(
    "/ressources",
    (w) => `${w.slugs.archivedKit}/anonyme`,
    nobody,
    () => PRIVATE.archivedKit,
  ),
  publicBySlug(
    "/ressources",
    (w) => `${w.slugs.draftKit}/anonyme`,
    nobody,
    () => PRIVATE.draftKit,
  ),
  // The split sitemaps by name: published things only, the same for everyone.
  {
    path: () => "/sitemap/ressources.xml",
    allowed: everyone,
    marker: (w) => `/ressources/${w.slugs.kit}</loc>`,
    secrets: (w) => [`/ressources/${w.slugs.draftKit}<`, `/ressources/${w.slugs.archivedKit}<`],
  },
  {
    path: () => "/sitemap/acteurs-0.xml",
    allowed: everyone,
    marker: (w) => `/acteurs/${w.slugs.organisation}</loc>`,
    secrets: (w) => [`/acteurs/${w.slugs.unpublishedOrganisation}<`],
  },
  // Reference pages and data by code: the same for everyone.
  ...[
    "/odd/17",
    "/territoires/commune/42218",
    "/territoires/epci/244200770/page/2",
    "/accueil/actuel",
    "/donnees/actuel",
    "/odd/liste/actuel",
    "/territoires/recherche/q",
    "/acteurs/recherche/q",
    "/alliances/recherche/q",
    "/ressources/recherche/q",
    "/api/v1/cibles/17.17",
    "/api/v1/territoires/commune/42218",
    "/api/v1/statistiques-diagnostics/commune/42218",
  ].map((path): RouteCase => ({ path: () => path, allowed: everyone })),
  // A learning path with a step to the archived kit: the step's title, never the kit's.
  ...["", "/anonyme"].map((suffix): RouteCase => ({
    path: (w) => `/ressources/parcours/${w.slugs.learningPath}${suffix}`,
    allowed: everyone,
    marker: () => "Étape de la matrice",
    secrets: (w) => [PRIVATE.kitVersion, PRIVATE.kitVersionNote, PRIVATE.archivedKit, `/ressources/${w.slugs.archivedKit}`],
  })),
  ...unknownTargets(),
];

function canOnTarget(caller: Caller, principal: Principal, world: PagesWorld, operation: Operation, scope?: Partial<Scope>): boolean {
  const membershipRole = caller === "orgAdmin" ? "ADMIN" : caller === "member" ? "MEMBER" : null;
  return can(principal, operation, { actorId: world.organisation, membershipRole, isLastAdmin: false, ...scope });
}

/** Whether the caller gets the page, and whether it shows them the marker. */
export function expectedFor(route: RouteCase, caller: Caller, principal: Principal, world: PagesWorld): { page: boolean; marker: boolean } {
  if (!route.allowed && !route.operation) throw new Error("Une route sans opération dit qui peut (allowed)");
  const page = route.allowed ? route.allowed(caller) : canOnTarget(caller, principal, world, route.operation!, route.scope);
  const marker = page && (!route.markerRule || canOnTarget(caller, principal, world, route.markerRule.operation, route.markerRule.scope));
  return { page, marker };
}
