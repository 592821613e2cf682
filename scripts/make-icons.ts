// Draws the PNG and ICO icons of public/ from app/icon.svg, the one source of the logo:
//   npx tsx scripts/make-icons.ts
// Run it again when app/icon.svg changes, and commit the files it writes. sharp comes with Next.js
// (it is how Next optimises images), so nothing is installed for it; the text of the SVG is drawn
// with the machine's fonts, hence committed files rather than a build step.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const rounded = readFileSync(path.join(root, "app/icon.svg"), "utf8");
// Home screens cut their own shape out of the icon: they get the full square, corners filled.
const square = rounded.replace(/ rx="[^"]*"/, "");

async function png(svg: string, size: number): Promise<Buffer> {
  // Rendered at the target size (density scales the 32-unit viewBox), not scaled up from 32 px.
  return sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toBuffer();
}

/** An ICO file holding PNG images (read by every browser since 2007's Internet Explorer 7). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(rounded, size) })));
const files: Record<string, Buffer> = {
  "public/favicon.ico": ico(favicon),
  "public/apple-touch-icon.png": await png(square, 180),
  "public/icon-192.png": await png(square, 192),
  "public/icon-512.png": await png(square, 512),
};
for (const [file, data] of Object.entries(files)) {
  writeFileSync(path.join(root, file), data);
  console.log(`${file} (${data.length} octets)`);
}
