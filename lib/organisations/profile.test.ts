import { describe, expect, it } from "vitest";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { ValidationError } from "@/lib/errors";
import {
  canRenameOrganisation,
  canSubmitProfile,
  describeProfileChanges,
  detectLogoKind,
  isHttpsUrl,
  logoProblem,
  looksLikeSvg,
  MAX_LOGO_BYTES,
  normalisePhone,
  readLogo,
  statusAfterProfileEdit,
  type ProfileSnapshot,
} from "./profile";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Signature, then the IHDR chunk's length and type, as every real PNG starts. */
const png = bytes(PNG_SIGNATURE, [0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0]);
function webp(chunk = "VP8 ", declaredExtra = 0) {
  const body = bytes("WEBP", chunk, [0, 0, 0, 0, 1, 2, 3, 4]);
  const size = body.length + declaredExtra;
  return bytes("RIFF", [size & 0xff, (size >> 8) & 0xff, 0, 0], [...body]);
}

describe("detectLogoKind", () => {
  it("recognises PNG, JPEG and WebP from their bytes", () => {
    expect(detectLogoKind(png)).toBe("png");
    expect(detectLogoKind(jpeg)).toBe("jpeg");
    expect(detectLogoKind(webp())).toBe("webp");
    expect(detectLogoKind(webp("VP8L"))).toBe("webp");
    expect(detectLogoKind(webp("VP8X"))).toBe("webp");
  });

  it("refuses a PNG signature not followed by its IHDR chunk", () => {
    expect(detectLogoKind(bytes(PNG_SIGNATURE, "<script>alert(1)</script>"))).toBeNull();
  });

  it("refuses a RIFF that is not a WebP image, or claims more bytes than it has", () => {
    expect(detectLogoKind(bytes("RIFF", [4, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(detectLogoKind(webp("VP8 ", 1000))).toBeNull();
    expect(detectLogoKind(webp("ABCD"))).toBeNull();
  });

  it.each([
    ["PDF", bytes("%PDF-1.7\n")],
    ["GIF", bytes("GIF89a")],
    ["HTML", bytes("<!doctype html><html>")],
    ["zip", bytes([0x50, 0x4b, 0x03, 0x04])],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["empty", new Uint8Array()],
    ["two bytes of JPEG", bytes([0xff, 0xd8])],
  ])("refuses %s", (_name, content) => {
    expect(detectLogoKind(content)).toBeNull();
  });
});

describe("looksLikeSvg / logoProblem", () => {
  it("names SVG files, with or without an XML declaration, BOM or leading spaces", () => {
    expect(looksLikeSvg(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe(true);
    expect(looksLikeSvg(bytes('<?xml version="1.0"?>\n<svg></svg>'))).toBe(true);
    expect(looksLikeSvg(bytes([0xef, 0xbb, 0xbf], "  <SVG></SVG>"))).toBe(true);
    expect(looksLikeSvg(bytes("<!DOCTYPE svg PUBLIC>"))).toBe(true);
    expect(looksLikeSvg(bytes("<html></html>"))).toBe(false);
    expect(looksLikeSvg(png)).toBe(false);
  });

  it("says why a file cannot be a logo", () => {
    expect(logoProblem(png)).toBeNull();
    expect(logoProblem(new Uint8Array())).toBe("empty");
    expect(logoProblem(bytes("<svg></svg>"))).toBe("svg");
    expect(logoProblem(bytes("MZ\x90\x00"))).toBe("type");
  });

  it("refuses anything over 1 MB, even a real PNG, and accepts exactly 1 MB", () => {
    const large = new Uint8Array(MAX_LOGO_BYTES + 1);
    large.set(png);
    expect(logoProblem(large)).toBe("too-large");
    expect(logoProblem(large.subarray(0, MAX_LOGO_BYTES))).toBeNull();
  });
});

describe("readLogo", () => {
  const upload = (content: Uint8Array, size = content.byteLength) => ({ size, arrayBuffer: async () => content.slice().buffer });
  const m = organisationProfileCopy.messages;

  it("returns the bytes of an accepted image", async () => {
    expect(await readLogo(upload(png))).toEqual(png);
  });

  it("refuses a file declared too large without reading it", async () => {
    let read = false;
    const error = await readLogo({ size: MAX_LOGO_BYTES + 1, arrayBuffer: async () => ((read = true), png.slice().buffer) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ logo: [m.logoTooLarge] });
    expect(read).toBe(false);
  });

  it("gives the French reason of a refusal on the logo field", async () => {
    const svg = await readLogo(upload(bytes("<svg></svg>"))).catch((caught: ValidationError) => caught);
    expect((svg as ValidationError).fieldErrors).toEqual({ logo: [m.logoSvg] });
    const exe = await readLogo(upload(bytes("MZ\x90\x00"))).catch((caught: ValidationError) => caught);
    expect((exe as ValidationError).fieldErrors).toEqual({ logo: [m.logoType] });
  });
});

describe("normalisePhone", () => {
  it.each([
    ["04 77 12 34 56", "04 77 12 34 56"],
    ["0477123456", "04 77 12 34 56"],
    ["04.77.12.34.56", "04 77 12 34 56"],
    ["04-77-12-34-56", "04 77 12 34 56"],
    ["+33 4 77 12 34 56", "04 77 12 34 56"],
    ["+33 (0)4 77 12 34 56".replace("(0)", ""), "04 77 12 34 56"],
    ["0033477123456", "04 77 12 34 56"],
    ["06\u00a012\u00a034\u00a056\u00a078", "06 12 34 56 78"],
    ["+32 2 123 45 67", "+3221234567"],
    ["0032 2 123 45 67", "+3221234567"],
  ])("%j → %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    "",
    "12345",
    "00 00 00 00 00",
    "04 77 12 34 5",
    "04 77 12 34 567",
    "+0 123456789",
    "+1234567",
    "tel:0477123456",
    "04 77 12 34 56 poste 3",
    "+12345678901234567",
  ])("refuses %j", (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe("isHttpsUrl", () => {
  it.each(["https://www.exemple.fr", "https://exemple.fr/page?x=1"])("accepts %s", (url) => expect(isHttpsUrl(url)).toBe(true));
  it.each(["http://exemple.fr", "javascript:alert(1)", "https://localhost", "exemple.fr", "https://user:pw@exemple.fr"])("refuses %s", (url) =>
    expect(isHttpsUrl(url)).toBe(false),
  );
});

describe("statusAfterProfileEdit", () => {
  it.each([
    ["PUBLISHED", true, "PUBLISHED"],
    ["PUBLISHED", false, "PENDING"],
    ["PENDING", true, "PENDING"],
    ["PENDING", false, "PENDING"],
    ["DRAFT", false, "DRAFT"],
    ["REJECTED", false, "REJECTED"],
    ["REJECTED", true, "REJECTED"],
  ] as const)("%s, verified %s → %s", (status, verified, expected) => {
    expect(statusAfterProfileEdit(status, verified)).toBe(expected);
  });

  it("submits only drafts and refused profiles; renames only unverified ones", () => {
    expect([canSubmitProfile("DRAFT"), canSubmitProfile("REJECTED"), canSubmitProfile("PENDING"), canSubmitProfile("PUBLISHED")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([canRenameOrganisation(false), canRenameOrganisation(true)]).toEqual([true, false]);
  });
});

describe("describeProfileChanges", () => {
  const before: ProfileSnapshot = {
    name: "Asso",
    kind: "ASSOCIATION",
    description: "Bonjour",
    website: null,
    contactEmail: "a@exemple.fr",
    contactPhone: null,
    territories: [{ id: 1, name: "Saint-Étienne" }],
    sdgs: [17, 1],
    logoKey: null,
  };

  it("is empty when nothing changed (territories and SDGs in any order)", () => {
    expect(describeProfileChanges(before, { ...before, sdgs: [1, 17], territories: [...before.territories] })).toEqual([]);
  });

  it("lists each change with its before and after", () => {
    const changes = describeProfileChanges(before, {
      ...before,
      description: "Bonjour à tous",
      website: "https://asso.fr",
      territories: [{ id: 2, name: "Lyon" }],
      sdgs: [1, 4, 17],
      logoKey: "logos/abc",
    });
    expect(changes).toEqual([
      "site : ∅ → https://asso.fr",
      "présentation : 7 → 14 caractères",
      "territoires : + Lyon − Saint-Étienne",
      "ODD : 1, 17 → 1, 4, 17",
      "logo ajouté",
    ]);
  });

  it("tells two territories of the same name apart, and a replaced logo from a removed one", () => {
    const homonym = describeProfileChanges(before, { ...before, territories: [{ id: 9, name: "Saint-Étienne" }] });
    expect(homonym).toHaveLength(1);
    expect(describeProfileChanges({ ...before, logoKey: "logos/a" }, { ...before, logoKey: "logos/b" })).toEqual(["logo remplacé"]);
    expect(describeProfileChanges({ ...before, logoKey: "logos/a" }, before)).toEqual(["logo retiré"]);
  });
});
