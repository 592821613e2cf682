// Every URL of the site, built in one place. Pages and components never write "/…" by hand.
import type { TerritoryKind } from "@/generated/prisma/client";
import { withListQuery, type QueryValue as ListQueryValue } from "@/lib/directory/directory";
import { kindToSlug, type TerritoryKindSlug } from "@/lib/territories/territories";

type QueryValue = string | number | null | undefined;

/** Appends the non-empty parameters; page 1 is the default and is left out of the URL. */
function withQuery(pathname: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export const paths = {
  home: () => "/",
  territories: (query: { q?: string; page?: number; kind?: TerritoryKindSlug } = {}) =>
    withQuery("/territoires", { q: query.q, kind: query.kind, page: query.page }),
  // Members' pages in the path (…/page/2), not the query: every page of a territory can be cached.
  territory: (kind: TerritoryKind, code: string, query: { page?: number } = {}) =>
    `/territoires/${kindToSlug(kind)}/${encodeURIComponent(code)}${query.page && query.page > 1 ? `/page/${query.page}` : ""}`,
  actors: () => "/acteurs",
  actor: (slug: string) => `/acteurs/${encodeURIComponent(slug)}`,
  alliances: () => "/alliances",
  alliance: (slug: string) => `/alliances/${encodeURIComponent(slug)}`,
  resources: () => "/ressources",
  sdg: (number: number) => `/odd/${number}`,
  // The directories with a search state (see lib/actors, lib/alliances *.schemas.ts for the keys).
  actorSearch: (query: Record<string, ListQueryValue>) => withListQuery("/acteurs", query),
  allianceSearch: (query: Record<string, ListQueryValue>) => withListQuery("/alliances", query),
  sdgs: () => "/odd",
  kit: (slug: string) => `/ressources/${encodeURIComponent(slug)}`,
  // Who is visiting, for the account menu of cached pages (components/layout/visitor-context.tsx).
  visitor: () => "/api/visiteur",
  // Liveness and readiness of this server, for orchestrators and load balancers (app/api/health, app/api/ready).
  health: () => "/api/health",
  readiness: () => "/api/ready",
  territorySuggestions: (q: string) => withQuery("/api/territoires/suggestions", { q }),
  signIn: (query: { callbackUrl?: string; error?: string } = {}) => withQuery("/connexion", { callbackUrl: query.callbackUrl, error: query.error }),
  signUp: (query: { callbackUrl?: string } = {}) => withQuery("/inscription", { callbackUrl: query.callbackUrl }),
  forgotPassword: () => "/mot-de-passe-oublie",
  resetPassword: (token: string) => withQuery("/reinitialiser-mot-de-passe", { token }),
  confirmEmail: (token: string, callbackUrl?: string) => withQuery("/confirmer-email", { token, callbackUrl }),
  confirmEmailChange: (token: string) => withQuery("/confirmer-nouvel-email", { token }),
  linkSignIn: (token: string, callbackUrl?: string) => withQuery("/connexion/lien", { token, callbackUrl }),
  invitation: (token: string) => withQuery("/invitation", { token }),
  workspace: () => "/espace",
  account: () => "/espace/compte",
  notifications: (query: { page?: number } = {}) => withQuery("/espace/notifications", { page: query.page }),
  notificationPreferences: () => "/espace/notifications/preferences",
  follows: () => "/espace/suivis",
  /** The one-click unsubscribe of a follow's e-mails (RFC 8058): GET shows a button, POST unsubscribes. */
  followUnsubscribe: (token: string) => withQuery("/suivis/desabonner", { token }),
  /** The List-Unsubscribe header's target: POST unsubscribes at once, GET leads to the page above. */
  followUnsubscribeApi: (token: string) => withQuery("/api/suivis/desabonner", { token }),
  organisationNew: () => "/espace/organisations/nouvelle",
  organisation: (id: string) => `/espace/organisations/${encodeURIComponent(id)}`,
  organisationMembers: (id: string) => `/espace/organisations/${encodeURIComponent(id)}/membres`,
  // Network page: `q` searches organisations to link, `echelle`/`zone` filter the teams by area.
  // `info` names the outcome of a decision whose row disappeared (see lib/networks actions).
  organisationNetwork: (id: string, query: { q?: string; echelle?: string; zone?: string; info?: string } = {}) =>
    withQuery(`/espace/organisations/${encodeURIComponent(id)}/reseau`, { q: query.q, echelle: query.echelle, zone: query.zone, info: query.info }),
  organisationNetworkImport: (id: string, query: { import?: string; fait?: string } = {}) =>
    withQuery(`/espace/organisations/${encodeURIComponent(id)}/reseau/import`, { import: query.import, fait: query.fait }),
  organisationNetworkImportTemplate: (id: string) => `/espace/organisations/${encodeURIComponent(id)}/reseau/import/modele`,
  organisationNetworkImportReport: (id: string, importId: string) =>
    `/espace/organisations/${encodeURIComponent(id)}/reseau/import/${encodeURIComponent(importId)}/rapport`,
  organisationNetworkTeam: (id: string, teamId: string) => `/espace/organisations/${encodeURIComponent(id)}/reseau/equipes/${encodeURIComponent(teamId)}`,
  organisationProfile: (id: string) => `/espace/organisations/${encodeURIComponent(id)}/profil`,
  /** `version` (the stored file's key) changes with each new logo, so browsers never show an old one. */
  organisationLogo: (id: string, version?: string) => withQuery(`/api/organisations/${encodeURIComponent(id)}/logo`, { v: version }),
  admin: () => "/admin",
  adminUsers: (query: { q?: string; page?: number } = {}) => withQuery("/admin/utilisateurs", { q: query.q, page: query.page }),
  adminModeration: () => "/admin/moderation",
  adminOrganisations: (query: Record<string, QueryValue> = {}) => withQuery("/admin/organisations", query),
  adminOrganisation: (id: string) => `/admin/organisations/${encodeURIComponent(id)}`,
  adminAlliances: (query: Record<string, QueryValue> = {}) => withQuery("/admin/alliances", query),
  adminAlliance: (id: string) => `/admin/alliances/${encodeURIComponent(id)}`,
  adminNeedsOffers: (query: Record<string, QueryValue> = {}) => withQuery("/admin/besoins-offres", query),
  // The same segments as the workspace's (/espace/besoins-offres/besoins/…).
  adminNeedOffer: (kind: "need" | "offer", id: string) => `/admin/besoins-offres/${kind === "need" ? "besoins" : "offres"}/${encodeURIComponent(id)}`,
  adminDiagnostics: (query: Record<string, QueryValue> = {}) => withQuery("/admin/diagnostics", query),
  adminDiagnostic: (id: string) => `/admin/diagnostics/${encodeURIComponent(id)}`,
  devMailbox: () => "/dev/mailbox",
  legalNotice: () => "/mentions-legales",
  accessibility: () => "/accessibilite",
  // Open data: the datasets page, the API documentation and the API itself (lib/open-data).
  openData: () => "/donnees",
  apiDocs: () => "/api",
  openApiDocument: () => "/api/v1/openapi.json",
  apiCollection: (key: string, query: Record<string, QueryValue> = {}) => withQuery(`/api/v1/${key}`, query),
  /** With repeated parameters (type=a&type=b), as the directories write them. */
  apiCollectionList: (key: string, query: Record<string, ListQueryValue>) => withListQuery(`/api/v1/${key}`, query),
  // Diagnostics: `territory` preselects the territory ("commune:42218"), as linked from its page.
  diagnostics: () => "/espace/diagnostics",
  diagnosticNew: (query: { territory?: { kind: TerritoryKind; code: string }; q?: string } = {}) =>
    withQuery("/espace/diagnostics/nouveau", {
      q: query.q,
      territoire: query.territory ? `${kindToSlug(query.territory.kind)}:${query.territory.code}` : undefined,
    }),
  diagnostic: (id: string, query: { step?: number } = {}) => withQuery(`/espace/diagnostics/${encodeURIComponent(id)}`, { etape: query.step }),
  diagnosticReport: (id: string) => `/espace/diagnostics/${encodeURIComponent(id)}/rapport`,
  diagnosticPdf: (id: string) => `/api/diagnostics/${encodeURIComponent(id)}/pdf`,
  // Resource centre (see lib/kits/kits.schemas.ts for the search keys) and its back office.
  resourceSearch: (query: Record<string, ListQueryValue>) => withListQuery("/ressources", query),
  learningPath: (slug: string) => `/ressources/parcours/${encodeURIComponent(slug)}`,
  kitAttachment: (id: string) => `/api/kits/attachments/${encodeURIComponent(id)}`,
  // The upload endpoints live under /api/uploads/, the one prefix allowed bodies over 1 MB.
  kitAttachmentUpload: (kitId: string) => withQuery("/api/uploads/kit-attachments", { kit: kitId }),
  adminKits: (query: Record<string, QueryValue> = {}) => withQuery("/admin/kits", query),
  adminKitNew: () => "/admin/kits/nouveau",
  adminKit: (id: string, query: { document?: string; piece?: string; fait?: string } = {}) =>
    withQuery(`/admin/kits/${encodeURIComponent(id)}`, { document: query.document, piece: query.piece, fait: query.fait }),
  adminKitVersions: (id: string, query: { de?: number; a?: number } = {}) =>
    withQuery(`/admin/kits/${encodeURIComponent(id)}/versions`, { de: query.de, a: query.a }),
  adminKitVersion: (id: string, number: number) => `/admin/kits/${encodeURIComponent(id)}/versions/${number}`,
  adminKitFeedback: (query: { etat?: string; type?: string; kit?: string; page?: number } = {}) =>
    withQuery("/admin/kits/contributions", { etat: query.etat, type: query.type, kit: query.kit, page: query.page }),
  // Back office: moderation outcome, audit log, exports, project territories.
  adminModerationQueue: (query: { page?: number; type?: string; territoire?: string; prise?: string } = {}) =>
    withQuery("/admin/moderation", { type: query.type, territoire: query.territoire, prise: query.prise, page: query.page }),
  adminSavedReasons: () => "/admin/moderation/motifs",
  adminAuditLog: (query: Record<string, QueryValue> = {}) => withQuery("/admin/journal", query),
  adminExports: () => "/admin/exports",
  adminJobs: () => "/admin/taches",
  adminOrganisationImport: (query: { import?: string; fait?: string } = {}) =>
    withQuery("/admin/imports/organisations", { import: query.import, fait: query.fait }),
  adminOrganisationImportTemplate: () => "/admin/imports/organisations/modele",
  adminOrganisationImportReport: (id: string) => `/admin/imports/organisations/${encodeURIComponent(id)}/rapport`,
  adminExport: (list: string, query: Record<string, QueryValue> = {}) => withQuery(`/admin/exports/${encodeURIComponent(list)}`, query),
  adminProjectTerritories: (query: { fait?: string } = {}) => withQuery("/admin/territoires-de-projet", { fait: query.fait }),
  adminProjectTerritory: (id: number, query: { q?: string } = {}) => withQuery(`/admin/territoires-de-projet/${id}`, { q: query.q }),
  adminQuestionnaires: (query: { fait?: string } = {}) => withQuery("/admin/questionnaires", { fait: query.fait }),
  adminQuestionnaire: (id: string, query: { mode?: string } = {}) => withQuery(`/admin/questionnaires/${encodeURIComponent(id)}`, { mode: query.mode }),
  adminQuestionnairePreview: (id: string) => `/admin/questionnaires/${encodeURIComponent(id)}/apercu`,
  // Observatory: query keys in lib/observatory/observatory.ts (observatoryQuery).
  adminObservatory: (query: Record<string, QueryValue> = {}) => withQuery("/admin/observatoire", query),
  adminObservatoryCsv: (dataset: string, query: Record<string, QueryValue> = {}) =>
    withQuery(`/admin/observatoire/donnees/${encodeURIComponent(dataset)}`, query),
  // Needs, offers and matching ("besoins" / "offres" segments, see lib/needs-offers/needs-offers.ts).
  needsOffers: () => "/espace/besoins-offres",
  needOfferNew: (segment: "besoins" | "offres", query: { organisation?: string } = {}) =>
    withQuery(`/espace/besoins-offres/${segment}/nouveau`, { organisation: query.organisation }),
  needOffer: (segment: "besoins" | "offres", id: string) => `/espace/besoins-offres/${segment}/${encodeURIComponent(id)}`,
  needOfferEdit: (segment: "besoins" | "offres", id: string) => `/espace/besoins-offres/${segment}/${encodeURIComponent(id)}/modifier`,
  matchContacts: () => "/espace/mises-en-relation",
  // Conversations between partners: one thread per subject (segments in lib/conversations/conversations.schemas.ts).
  conversations: () => "/espace/conversations",
  conversation: (segment: "mise-en-relation" | "alliance" | "reseau", subjectId: string) => `/espace/conversations/${segment}/${encodeURIComponent(subjectId)}`,
  adminMessageReports: (query: { fait?: "masque" | "classe" } = {}) => withQuery("/admin/messages-signales", { fait: query.fait }),
  workspaceAlliance: (id: string) => `/espace/alliances/${encodeURIComponent(id)}`,
  // Alliances workspace (the detail page takes `q`: organisations to invite).
  workspaceAlliances: () => "/espace/alliances",
  workspaceAllianceNew: () => "/espace/alliances/nouvelle",
  workspaceAllianceEdit: (id: string) => `/espace/alliances/${encodeURIComponent(id)}/modifier`,
  /** An organisation asks to join a published alliance, named by its public slug. */
  workspaceAllianceJoin: (slug: string, done?: "envoyee") => `/espace/alliances/rejoindre/${encodeURIComponent(slug)}${done ? `?demande=${done}` : ""}`,
  /** The alliance's workspace page after the lead answered a request to join (its notice). */
  workspaceAllianceJoinDecided: (id: string, done: "acceptee" | "declinee") => `/espace/alliances/${encodeURIComponent(id)}?demande=${done}#demandes`,
} as const;

/** Anchors inside the layout. */
export const anchors = {
  content: "contenu",
} as const;
