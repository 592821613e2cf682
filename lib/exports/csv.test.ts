import { describe, expect, it } from "vitest";
import { CSV_BOM, attachmentDisposition, csvFileName, encodeCsv, encodeCsvCell, encodeCsvRow, guardFormula } from "./csv";
import { csvStream, paginate } from "./csv-stream";

describe("encodeCsvCell", () => {
  it.each([
    ["plain text stays as is", "Saint-Étienne", "Saint-Étienne"],
    ["a separator is quoted", "a;b", '"a;b"'],
    ["quotes are doubled and quoted", 'Le "RAMEAU"', '"Le ""RAMEAU"""'],
    ["a line feed is quoted", "ligne 1\nligne 2", '"ligne 1\nligne 2"'],
    ["a carriage return is quoted", "a\r\nb", '"a\r\nb"'],
    ["a comma is not special with ;", "Paris, 75", "Paris, 75"],
    ["empty text", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(encodeCsvCell(input)).toBe(expected);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+33 6 12", "'+33 6 12"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
  ])("guards the formula %j", (input, expected) => {
    expect(encodeCsvCell(input)).toBe(expected);
  });

  it("guards then quotes a formula that holds a separator", () => {
    expect(encodeCsvCell('=HYPERLINK("http://x";"y")')).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
  });

  it("leaves numbers, booleans, null and undefined readable", () => {
    expect(encodeCsvCell(-5)).toBe("-5");
    expect(encodeCsvCell(172565)).toBe("172565");
    expect(encodeCsvCell(Number.NaN)).toBe("");
    expect(encodeCsvCell(true)).toBe("oui");
    expect(encodeCsvCell(false)).toBe("non");
    expect(encodeCsvCell(null)).toBe("");
    expect(encodeCsvCell(undefined)).toBe("");
  });

  it("writes dates in French, Paris time", () => {
    expect(encodeCsvCell(new Date("2026-11-28T14:05:00Z"))).toBe("28/11/2026 15:05");
  });

  it("does not guard text that merely contains a sign", () => {
    expect(guardFormula("Aïcha = présidente")).toBe("Aïcha = présidente");
  });
});

describe("encodeCsvRow and encodeCsv", () => {
  it("joins with ; and ends with CRLF", () => {
    expect(encodeCsvRow(["Nom", "Rôle", 3])).toBe("Nom;Rôle;3\r\n");
  });

  it("starts the document with the UTF-8 byte-order mark, then the header", () => {
    const text = encodeCsv(["Nom", "Adresse e-mail"], [["Aïcha Association", "association@demo.odd17.fr"]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe("\uFEFFNom;Adresse e-mail\r\nAïcha Association;association@demo.odd17.fr\r\n");
    const bytes = new TextEncoder().encode(text);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("keeps accents as UTF-8", () => {
    const bytes = new TextEncoder().encode(encodeCsvRow(["é"]));
    expect(Array.from(bytes)).toEqual([0xc3, 0xa9, 0x0d, 0x0a]);
  });
});

describe("file names", () => {
  it("dates the file in Paris time", () => {
    expect(csvFileName("utilisateurs", new Date("2026-11-28T10:00:00Z"))).toBe("utilisateurs-2026-11-28.csv");
    // 23:30 UTC on the 28th is already the 29th in Paris.
    expect(csvFileName("journal", new Date("2026-11-28T23:30:00Z"))).toBe("journal-2026-11-29.csv");
  });

  it("keeps the base to safe characters", () => {
    expect(csvFileName('a"b/c\n', new Date("2026-01-01T12:00:00Z"))).toBe("a-b-c-2026-01-01.csv");
  });

  it("builds an attachment header", () => {
    expect(attachmentDisposition("utilisateurs-2026-11-28.csv")).toBe('attachment; filename="utilisateurs-2026-11-28.csv"');
    expect(attachmentDisposition('x"\r\n.csv')).toBe('attachment; filename="x.csv"');
  });
});

describe("paginate", () => {
  it("follows the cursor until a short page", async () => {
    const data = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    const cursors: (number | undefined)[] = [];
    const pages: number[][] = [];
    const fetchPage = async (cursor: number | undefined, take: number) => {
      cursors.push(cursor);
      return data.filter((row) => cursor === undefined || row.id > cursor).slice(0, take);
    };
    for await (const page of paginate(fetchPage, (row) => row.id, 3)) pages.push(page.map((row) => row.id));
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(cursors).toEqual([undefined, 3, 6]);
  });

  it("asks once more after an exactly full last page, and yields no empty page", async () => {
    const calls: (number | undefined)[] = [];
    const fetchPage = async (cursor: number | undefined) => {
      calls.push(cursor);
      return cursor === undefined ? [{ id: 1 }, { id: 2 }] : [];
    };
    const pages: unknown[] = [];
    for await (const page of paginate(fetchPage, (row) => row.id, 2)) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(calls).toEqual([undefined, 2]);
  });
});

describe("csvStream", () => {
  async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    return new Uint8Array(chunks.flatMap((chunk) => Array.from(chunk)));
  }

  async function* pagesOf(pages: string[][][]) {
    for (const page of pages) yield page;
  }

  it("streams the BOM, the header and every page", async () => {
    const bytes = await readAll(csvStream(["Nom", "Ville"], pagesOf([[["Élodie", "Saint-Étienne"]], [["Zoé", "=cmd"]]])));
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFNom;Ville\r\nÉlodie;Saint-Étienne\r\nZoé;'=cmd\r\n");
  });

  it("sends the header alone when there is no row", async () => {
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await readAll(csvStream(["Nom"], pagesOf([]))))).toBe("\uFEFFNom\r\n");
  });

  it("reads a page only when asked", async () => {
    let fetched = 0;
    async function* counting() {
      for (let i = 0; i < 3; i++) {
        fetched += 1;
        yield [[String(i)]];
      }
    }
    const reader = csvStream(["n"], counting()).getReader();
    await reader.read(); // the header
    await reader.read(); // page 0
    expect(fetched).toBe(1);
    await reader.cancel();
  });
});
