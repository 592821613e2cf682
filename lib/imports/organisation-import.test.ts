import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readImportFile, detectImportKind } from "./import-file";
import { checkLine, classifyLines, importNameKey, isEmail, isHttpsUrl, kindOf, luhnValid, readImportTable, sirenOf, type RawLine } from "./organisation-import";

const raw = (cells: Partial<RawLine>): RawLine => ({
  line: 2,
  name: "Jardins du Furan",
  kind: "Association",
  siren: "",
  contactEmail: "",
  website: "",
  phone: "",
  description: "",
  territories: "42218",
  sdgs: "",
  ...cells,
});

describe("SIREN and SIRET checksums", () => {
  it.each([
    ["732829320", "732829320"],
    ["732 829 320", "732829320"],
    ["14026066200006", "140260662"],
    ["140 260 662 00006", "140260662"],
  ])("accepts %s as SIREN %s", (value, siren) => expect(sirenOf(value)).toBe(siren));

  it.each(["123456789", "14026066200007", "12345", "abcdefghi", "73282932"])("refuses %s", (value) => expect(sirenOf(value)).toBeNull());

  it("checks La Poste's SIRETs by their digit sum, not Luhn", () => {
    expect(luhnValid("35600000000015")).toBe(false);
    expect(sirenOf("35600000000015")).toBe("356000000");
    expect(sirenOf("35600000000014")).toBeNull();
  });
});

describe("line checks", () => {
  it("accepts a complete line and reads its kind, SDGs and codes", () => {
    const line = checkLine(
      raw({ siren: "261973069", contactEmail: "Contact@Exemple.fr", website: "https://exemple.fr", sdgs: "2, 11 15", territories: "42218, 2a004" }),
    );
    expect(line.errors).toEqual([]);
    expect(line).toMatchObject({
      kind: "ASSOCIATION",
      siren: "261973069",
      contactEmail: "contact@exemple.fr",
      sdgs: [2, 11, 15],
      territoryCodes: ["42218", "2A004"],
    });
  });

  it("lists every error of a line at once", () => {
    const line = checkLine(
      raw({ name: "", kind: "Club", siren: "123456789", contactEmail: "pas-un-email", website: "http://exemple.fr", territories: "", sdgs: "18" }),
    );
    expect(line.errors).toEqual([
      "Le nom est obligatoire.",
      "Type inconnu : « Club ».",
      expect.stringContaining("SIREN ou SIRET est invalide"),
      "L'e-mail de contact est invalide.",
      "Le site web doit être une adresse complète en https://.",
      "Le code territoire est obligatoire.",
      expect.stringContaining("ODD invalide : « 18 »"),
    ]);
  });

  it("reads kinds by label, accents and case aside, or by code", () => {
    expect(kindOf("établissement PUBLIC")).toBe("ETABLISSEMENT_PUBLIC");
    expect(kindOf("TETE_DE_RESEAU")).toBe("TETE_DE_RESEAU");
    expect(kindOf("Club")).toBeNull();
  });

  it("takes only https sites and well-formed e-mails", () => {
    expect(isHttpsUrl("https://exemple.fr/page")).toBe(true);
    expect(isHttpsUrl("http://exemple.fr")).toBe(false);
    expect(isHttpsUrl("https://localhost")).toBe(false);
    expect(isHttpsUrl("javascript:alert(1)")).toBe(false);
    expect(isEmail("a.b@exemple.fr")).toBe(true);
    expect(isEmail("a@b")).toBe(false);
    expect(isEmail("a b@exemple.fr")).toBe(false);
  });
});

describe("duplicates", () => {
  const territories = new Map([
    ["42218", { id: 1, name: "Saint-Étienne" }],
    ["244200770", { id: 2, name: "Saint-Étienne Métropole" }],
  ]);

  it("finds SIRENs already used, then repeated in the file, then names on the same territory", () => {
    const lines = [
      raw({ line: 2, name: "Alpha", siren: "261973069" }),
      raw({ line: 3, name: "Beta", siren: "140260662" }),
      raw({ line: 4, name: "Beta bis", siren: "14026066200006" }),
      raw({ line: 5, name: "Forez Numérique", territories: "42218" }),
      raw({ line: 6, name: "Gamma" }),
      raw({ line: 7, name: "GAMMA", territories: "42218" }),
      raw({ line: 8, name: "Gamma", territories: "244200770" }),
      raw({ line: 9, name: "Delta", territories: "99999" }),
    ].map(checkLine);
    const preview = classifyLines(lines, {
      territories,
      sirens: new Map([["261973069", "Alpha existante"]]),
      names: new Map([[importNameKey("forez numerique", 1), "Forez Numérique (démo)"]]),
    });
    expect(preview.lines.map((line) => [line.line, line.outcome, line.duplicate ?? line.errors.join(" ")])).toEqual([
      [2, "duplicate", "SIREN déjà utilisé par l'organisation « Alpha existante »."],
      [3, "create", ""],
      [4, "duplicate", "Même SIREN que la ligne 3."],
      [5, "duplicate", "Une organisation « Forez Numérique (démo) » existe déjà sur ce territoire."],
      [6, "create", ""],
      [7, "duplicate", "Même nom et même territoire que la ligne 6."],
      [8, "create", ""],
      [9, "error", "Code territoire inconnu : « 99999 »."],
    ]);
    expect(preview.counts).toEqual({ create: 3, duplicate: 4, error: 1 });
  });
});

describe("files", () => {
  const fixture = readFileSync(path.join(process.cwd(), "tests/fixtures/organisations-import.csv"));

  it("reads the CSV fixture with its French header, line numbers as a spreadsheet shows them", async () => {
    const { kind, rows } = await readImportFile(new Uint8Array(fixture), 100);
    expect(kind).toBe("csv");
    const table = readImportTable(rows);
    if ("missing" in table) throw new Error("header not read");
    expect(table.lines).toHaveLength(6);
    expect(table.lines[0]).toMatchObject({ line: 2, name: "Jardins partagés du Furan (import)", sdgs: "2, 11, 15", territories: "42218" });
  });

  it("reads an XLSX, numbers as text, and says which required columns are missing", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Organisations");
    sheet.addRow(["Nom", "Type", "SIREN ou SIRET", "Code territoire"]);
    sheet.addRow(["Alpha", "Entreprise", 14026066200006, 42218]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(detectImportKind(bytes)).toBe("xlsx");
    const table = readImportTable((await readImportFile(bytes, 100)).rows);
    expect(table).toMatchObject({ lines: [{ line: 2, name: "Alpha", siren: "14026066200006", territories: "42218" }] });
    expect(readImportTable([["nom", "siren"]])).toEqual({ missing: ["type", "code territoire"] });
  });

  it("refuses what is neither UTF-8 text nor a workbook", async () => {
    expect(detectImportKind(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBeNull(); // %PDF-
    expect(detectImportKind(new Uint8Array([0x6e, 0x6f, 0x6d, 0xe9, 0x0a]))).toBeNull(); // Latin-1 "nomé"
    await expect(readImportFile(new Uint8Array([0, 1, 2]), 10)).rejects.toThrow("refused");
  });
});
