import { describe, expect, it } from "vitest";
import { attachmentFileName, contentDisposition, detectAttachmentKind, listZipEntries } from "./file-type";

const text = (value: string) => new TextEncoder().encode(value);

/** A minimal stored (uncompressed) zip archive, as office suites write them. CRCs are not read. */
function zip(entries: { name: string; content?: string }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const content = text(entry.content ?? "");
    const local = new Uint8Array(30 + name.length + content.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(8, 0, true);
    l.setUint32(18, content.length, true);
    l.setUint32(22, content.length, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(content, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint32(20, content.length, true);
    c.setUint32(24, content.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

const ooxml = (folder: string) =>
  zip([{ name: "[Content_Types].xml", content: "<Types/>" }, { name: "_rels/.rels" }, { name: `${folder}/document.xml`, content: "<x/>" }]);

describe("detectAttachmentKind", () => {
  it("recognises each allowed type from its content", () => {
    expect(detectAttachmentKind(text("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("pdf");
    expect(detectAttachmentKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe("png");
    expect(detectAttachmentKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe("jpeg");
    expect(detectAttachmentKind(ooxml("word"))).toBe("docx");
    expect(detectAttachmentKind(ooxml("xl"))).toBe("xlsx");
    expect(detectAttachmentKind(ooxml("ppt"))).toBe("pptx");
    expect(detectAttachmentKind(zip([{ name: "mimetype", content: "application/vnd.oasis.opendocument.text" }, { name: "content.xml" }]))).toBe("odt");
  });

  it("refuses a Windows program whatever its name (MZ header)", () => {
    const exe = new Uint8Array(1024);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(detectAttachmentKind(exe)).toBeNull();
  });

  it.each([
    ["an empty file", new Uint8Array()],
    ["an HTML page", text("<!doctype html><script>alert(1)</script>")],
    ["an SVG image", text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["a PDF signature further in the file", text("xx%PDF-1.4")],
    ["a truncated PNG signature", new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ["an ELF program", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ["a plain zip archive", zip([{ name: "setup.exe", content: "MZ" }])],
    ["an OOXML package without a known part", zip([{ name: "[Content_Types].xml" }, { name: "custom/part.xml" }])],
    ["an OOXML part without [Content_Types].xml", zip([{ name: "word/document.xml" }])],
    ["an OpenDocument spreadsheet", zip([{ name: "mimetype", content: "application/vnd.oasis.opendocument.spreadsheet" }])],
    ["an OpenDocument text template", zip([{ name: "mimetype", content: "application/vnd.oasis.opendocument.text-template" }])],
    ["a zip header with nothing after it", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])],
  ])("refuses %s", (_label, bytes) => {
    expect(detectAttachmentKind(bytes)).toBeNull();
  });

  it("does not trust a forged central directory offset", () => {
    const bytes = ooxml("word");
    const broken = bytes.slice();
    new DataView(broken.buffer).setUint32(broken.length - 6, 0xfffffff0, true);
    expect(listZipEntries(broken)).toBeNull();
    expect(detectAttachmentKind(broken)).toBeNull();
  });
});

describe("attachmentFileName", () => {
  it("keeps the user's base name and gives the extension of the detected type", () => {
    expect(attachmentFileName("Guide pratique.PDF", "pdf")).toBe("Guide pratique.pdf");
    expect(attachmentFileName("schema.pdf", "png")).toBe("schema.png");
    expect(attachmentFileName("photo.jpeg", "jpeg")).toBe("photo.jpg");
  });

  it("drops folders, quotes and control characters", () => {
    expect(attachmentFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(attachmentFileName('C:\\Users\\x\\rapport".docx', "docx")).toBe("rapport.docx");
    expect(attachmentFileName("rapport\r\nSet-Cookie: x.pdf", "pdf")).toBe("rapportSet-Cookie: x.pdf");
    expect(attachmentFileName(".pdf", "pdf")).toBe("piece-jointe.pdf");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Guide été.pdf")).toBe(`attachment; filename="Guide ete.pdf"; filename*=UTF-8''Guide%20%C3%A9t%C3%A9.pdf`);
  });

  it("keeps quotes, backslashes and line breaks out of the header", () => {
    const header = contentDisposition('a"b\\c\r\nd.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_c__d.pdf"');
  });
});
