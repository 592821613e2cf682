// First-load JavaScript of each page, from what `next build` leaves in .next: Next 16 writes
// .next/diagnostics/route-bundle-stats.json (route, uncompressed bytes, chunk paths). The
// gzipped size is measured here, chunk by chunk, as a browser would download them.
import { gzipSync } from "node:zlib";

export interface RouteBundle {
  route: string;
  chunks: string[];
}

export function parseRouteBundleStats(json: unknown): RouteBundle[] {
  if (!Array.isArray(json)) throw new Error("route-bundle-stats.json: expected an array");
  return json.flatMap((entry) => {
    if (!entry || typeof entry !== "object") return [];
    const { route, firstLoadChunkPaths } = entry as { route?: unknown; firstLoadChunkPaths?: unknown };
    if (typeof route !== "string" || !Array.isArray(firstLoadChunkPaths)) return [];
    return [{ route, chunks: firstLoadChunkPaths.filter((chunk): chunk is string => typeof chunk === "string") }];
  });
}

/** Public pages: not the signed-in workspace, the back office, dev tools, API or internals. */
export function isPublicRoute(route: string): boolean {
  if (route.startsWith("/_") || route.startsWith("/api")) return false;
  return !["/espace", "/admin", "/dev"].some((prefix) => route === prefix || route.startsWith(`${prefix}/`));
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * The chunks every page loads before its own: React, React DOM and Next's client runtime
 * (build-manifest.json `rootMainFiles`), as paths like the route stats' (".next/static/…").
 * The polyfills (`polyfillFiles`) are not among them, nor in the route stats: browsers that
 * understand modules never download them.
 */
export function frameworkChunks(buildManifest: unknown): Set<string> {
  const files = (buildManifest as { rootMainFiles?: unknown } | null)?.rootMainFiles;
  if (!Array.isArray(files)) throw new Error("build-manifest.json: expected rootMainFiles");
  return new Set(files.filter((file): file is string => typeof file === "string").map((file) => `.next/${file}`));
}

/**
 * Sums gzipped chunk sizes per route, each chunk read (and compressed) once; `frameworkGzipBytes`
 * is the part of it that is the framework's (see frameworkChunks), the same on every page.
 */
export function firstLoadSizes(
  bundles: readonly RouteBundle[],
  read: (chunk: string) => Buffer,
  framework: ReadonlySet<string> = new Set(),
): { route: string; rawBytes: number; gzipBytes: number; frameworkGzipBytes: number }[] {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (chunk: string) => {
    let size = sizes.get(chunk);
    if (!size) {
      const content = read(chunk);
      size = { raw: content.length, gzip: gzipSize(content) };
      sizes.set(chunk, size);
    }
    return size;
  };
  return bundles.map((bundle) => {
    const unique = [...new Set(bundle.chunks)];
    return {
      route: bundle.route,
      rawBytes: unique.reduce((sum, chunk) => sum + sizeOf(chunk).raw, 0),
      gzipBytes: unique.reduce((sum, chunk) => sum + sizeOf(chunk).gzip, 0),
      frameworkGzipBytes: unique.filter((chunk) => framework.has(chunk)).reduce((sum, chunk) => sum + sizeOf(chunk).gzip, 0),
    };
  });
}
