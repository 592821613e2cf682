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
  territory: (kind: TerritoryKind, code: string, query: { page?: number } = {}) =>
    withQuery(`/territoires/${kindToSlug(kind)}/${encodeURIComponent(code)}`, { page: query.page }),
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
  organisationNew: () => "/espace/organisations/nouvelle",
  organisation: (id: string) => `/espace/organisations/${encodeURIComponent(id)}`,
  organisationMembers: (id: string) => `/espace/organisations/${encodeURIComponent(id)}/membres`,
  admin: () => "/admin",
  adminUsers: (query: { q?: string; page?: number } = {}) => withQuery("/admin/utilisateurs", { q: query.q, page: query.page }),
  adminModeration: () => "/admin/moderation",
  devMailbox: () => "/dev/mailbox",
  legalNotice: () => "/mentions-legales",
  accessibility: () => "/accessibilite",
} as const;

/** Anchors inside the layout. */
export const anchors = {
  content: "contenu",
} as const;
