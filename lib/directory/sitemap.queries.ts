// What the sitemaps list: the public pages, every published actor, alliance and kit, the learning
// paths and the territory pages, each with the date its data last changed where there is one. Split in files of at most SITEMAP_CHUNK addresses (search engines accept
// 50 000), each read with one ordered, paged query.
import "server-only";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

export const SITEMAP_CHUNK = 40_000;
/** Room for 400 000 actors and 200 000 alliances; robots.txt names only the files in use. */
const MAX_ACTOR_CHUNKS = 10;
const MAX_ALLIANCE_CHUNKS = 5;

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
  priority?: number;
}

/** Every sitemap id that can exist, known without the database (the build has none). */
export function allSitemapIds(): string[] {
  return [
    "pages",
    "territoires",
    "communes",
    "ressources",
    ...Array.from({ length: MAX_ACTOR_CHUNKS }, (_, index) => `acteurs-${index}`),
    ...Array.from({ length: MAX_ALLIANCE_CHUNKS }, (_, index) => `alliances-${index}`),
  ];
}

/** The sitemap ids that hold something today. */
export async function usedSitemapIds(): Promise<string[]> {
  const [actors, alliances] = await Promise.all([db.actor.count({ where: { status: "PUBLISHED" } }), db.alliance.count({ where: { status: "PUBLISHED" } })]);
  const chunks = (total: number, max: number) => Math.min(max, Math.max(1, Math.ceil(total / SITEMAP_CHUNK)));
  return allSitemapIds().filter((id) => {
    const [kind, index] = id.split("-");
    if (kind === "acteurs") return Number(index) < chunks(actors, MAX_ACTOR_CHUNKS);
    if (kind === "alliances") return Number(index) < chunks(alliances, MAX_ALLIANCE_CHUNKS);
    return true;
  });
}

function staticPages(): SitemapEntry[] {
  return [
    { path: paths.home(), priority: 1 },
    { path: paths.territories(), priority: 0.8 },
    { path: paths.actors(), priority: 0.9 },
    { path: paths.alliances(), priority: 0.9 },
    { path: paths.sdgs(), priority: 0.7 },
    ...Array.from({ length: 17 }, (_, index) => ({ path: paths.sdg(index + 1), priority: index === 16 ? 0.8 : 0.5 })),
    { path: paths.resources(), priority: 0.8 },
    { path: paths.openData(), priority: 0.5 },
    { path: paths.apiDocs(), priority: 0.4 },
    { path: paths.legalNotice(), priority: 0.1 },
    { path: paths.accessibility(), priority: 0.1 },
  ];
}

/** The addresses of one sitemap file; empty for an unknown or unused id. */
export async function sitemapEntries(id: string): Promise<SitemapEntry[]> {
  if (id === "pages") return staticPages();
  if (id === "territoires" || id === "communes") {
    const kinds = id === "communes" ? (["COMMUNE"] as const) : (["REGION", "DEPARTEMENT", "EPCI"] as const);
    const rows = await db.territory.findMany({
      where: { kind: { in: [...kinds] }, isArrondissement: false },
      select: { kind: true, code: true, updatedAt: true },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      take: SITEMAP_CHUNK,
    });
    return rows.map((row) => ({ path: paths.territory(row.kind, row.code), lastModified: row.updatedAt, priority: row.kind === "COMMUNE" ? 0.4 : 0.6 }));
  }
  if (id === "ressources") {
    const [kits, learningPaths] = await Promise.all([
      db.kit.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" }, take: SITEMAP_CHUNK }),
      db.learningPath.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, take: 1_000 }),
    ]);
    return [
      ...kits.map((kit) => ({ path: paths.kit(kit.slug), lastModified: kit.updatedAt, priority: 0.7 })),
      ...learningPaths.map((path) => ({ path: paths.learningPath(path.slug), priority: 0.5 })),
    ];
  }
  const match = /^(acteurs|alliances)-(\d{1,2})$/.exec(id);
  if (!match) return [];
  const skip = Number(match[2]) * SITEMAP_CHUNK;
  if (match[1] === "acteurs") {
    const rows = await db.actor.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take: SITEMAP_CHUNK,
    });
    return rows.map((row) => ({ path: paths.actor(row.slug), lastModified: row.updatedAt, priority: 0.7 }));
  }
  const rows = await db.alliance.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip,
    take: SITEMAP_CHUNK,
  });
  return rows.map((row) => ({ path: paths.alliance(row.slug), lastModified: row.updatedAt, priority: 0.7 }));
}
