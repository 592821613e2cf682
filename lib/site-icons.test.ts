// The static files the root layout points to: each must exist (a missing icon is a 404 on every
// page), hold what its declaration says, and stay out of the proxy, which is for pages.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteLabels } from "@/lib/copy/site";
import { MANIFEST_PATH, siteIcons } from "./site-icons";

const root = path.resolve(import.meta.dirname, "..");

/** The file that serves a root URL: public/ for static files, app/ for its metadata files (icon.svg). */
function fileOf(url: string): string | null {
  const name = url.replace(/^\//, "").split("?")[0];
  const candidates = [path.join(root, "public", name), path.join(root, "app", name)];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** Width × height of a PNG, from its IHDR chunk; null when the bytes are not a PNG. */
function pngSize(data: Buffer): string | null {
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return `${data.readUInt32BE(16)}x${data.readUInt32BE(20)}`;
}

/** The sizes of the images of an ICO file ("16x16 32x32"), each image checked to be a PNG of that size. */
function icoSizes(data: Buffer): string {
  expect(data.readUInt16LE(0)).toBe(0);
  expect(data.readUInt16LE(2)).toBe(1);
  const sizes: string[] = [];
  for (let i = 0; i < data.readUInt16LE(4); i += 1) {
    const entry = 6 + 16 * i;
    const side = data.readUInt8(entry) || 256;
    const image = data.subarray(data.readUInt32LE(entry + 12), data.readUInt32LE(entry + 12) + data.readUInt32LE(entry + 8));
    expect(pngSize(image)).toBe(`${side}x${side}`);
    sizes.push(`${side}x${side}`);
  }
  return sizes.join(" ");
}

/** Checks one declared icon against its file. */
function expectIcon(icon: { url: string; sizes?: string; type?: string }) {
  const file = fileOf(icon.url);
  expect(file, `${icon.url} has no file in public/ or app/`).not.toBeNull();
  const data = readFileSync(file!);
  if (icon.url.endsWith(".ico")) expect(icoSizes(data)).toBe(icon.sizes);
  else if (icon.url.endsWith(".png")) expect(pngSize(data), icon.url).toBe(icon.sizes);
  else if (icon.url.endsWith(".svg")) expect(data.toString("utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  if (icon.type) expect(icon.type).toBe({ ".png": "image/png", ".svg": "image/svg+xml" }[path.extname(icon.url)]);
}

describe("the web app manifest", () => {
  const file = fileOf(MANIFEST_PATH);

  it("is valid JSON in public/, named and described as the site, in French", () => {
    expect(file).toBe(path.join(root, "public", "site.webmanifest"));
    const manifest = JSON.parse(readFileSync(file!, "utf8"));
    expect(manifest).toMatchObject({ name: "ODD 17 en pratiques", lang: "fr", start_url: "/" });
    expect(manifest.name).toBe(siteLabels.site.name);
    expect(manifest.description).toBe(siteLabels.site.description);
  });

  it("references icons that exist, with their real sizes, 192 and 512 pixels among them", () => {
    const manifest = JSON.parse(readFileSync(file!, "utf8")) as { icons: { src: string; sizes: string; type: string }[] };
    for (const icon of manifest.icons) expectIcon({ url: icon.src, type: icon.type, sizes: icon.sizes === "any" ? undefined : icon.sizes });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });
});

describe("the icons of the root layout", () => {
  it("exist, with the sizes and types they declare", () => {
    for (const icon of [...siteIcons.icon, ...siteIcons.apple]) expectIcon({ ...icon, sizes: icon.sizes === "any" ? undefined : icon.sizes });
  });

  it("and the manifest are left out of the proxy", () => {
    const source = readFileSync(path.join(root, "proxy.ts"), "utf8");
    const matcher = /matcher: \["([^"]+)"\]/.exec(source)?.[1];
    expect(matcher).toBeDefined();
    const proxied = (url: string) => new RegExp(`^${matcher}$`).test(url);
    for (const url of [MANIFEST_PATH, ...siteIcons.icon.map((icon) => icon.url), ...siteIcons.apple.map((icon) => icon.url)]) {
      expect(proxied(url), url).toBe(false);
    }
    expect(proxied("/acteurs")).toBe(true);
  });
});
