import { describe, expect, it } from "vitest";
import { splitTextLinks } from "./text-links";

describe("splitTextLinks", () => {
  it("returns plain text as one part", () => {
    expect(splitTextLinks("Bonjour,\nrien à cliquer.")).toEqual([{ type: "text", value: "Bonjour,\nrien à cliquer." }]);
  });

  it("returns nothing for an empty text", () => {
    expect(splitTextLinks("")).toEqual([]);
  });

  it("finds a link at the end of a line, as the e-mails write them", () => {
    const text = "Confirmer mon adresse : http://localhost:3000/confirmer-email?token=abc_DEF-123\n\n— ODD 17";
    expect(splitTextLinks(text)).toEqual([
      { type: "text", value: "Confirmer mon adresse : " },
      { type: "link", href: "http://localhost:3000/confirmer-email?token=abc_DEF-123", value: "http://localhost:3000/confirmer-email?token=abc_DEF-123" },
      { type: "text", value: "\n\n— ODD 17" },
    ]);
  });

  it("leaves sentence punctuation out of the link", () => {
    expect(splitTextLinks("Voir https://exemple.fr/page. Puis (https://exemple.fr/a), fin")).toEqual([
      { type: "text", value: "Voir " },
      { type: "link", href: "https://exemple.fr/page", value: "https://exemple.fr/page" },
      { type: "text", value: ". Puis (" },
      { type: "link", href: "https://exemple.fr/a", value: "https://exemple.fr/a" },
      { type: "text", value: "), fin" },
    ]);
  });

  it("keeps a parenthesis that belongs to the URL", () => {
    const parts = splitTextLinks("https://fr.wikipedia.org/wiki/ODD_(ONU).");
    expect(parts[0]).toEqual({ type: "link", href: "https://fr.wikipedia.org/wiki/ODD_(ONU)", value: "https://fr.wikipedia.org/wiki/ODD_(ONU)" });
    expect(parts[1]).toEqual({ type: "text", value: "." });
  });

  it("finds several links", () => {
    const links = splitTextLinks("a https://a.fr b http://b.fr/x?y=1&z=2 c").filter((p) => p.type === "link");
    expect(links.map((l) => l.value)).toEqual(["https://a.fr", "http://b.fr/x?y=1&z=2"]);
  });

  it("never makes a link of another scheme", () => {
    const parts = splitTextLinks("javascript:alert(1) data:text/html,<b>x</b> ftp://exemple.fr");
    expect(parts.every((p) => p.type === "text")).toBe(true);
    expect(parts.map((p) => p.value).join("")).toBe("javascript:alert(1) data:text/html,<b>x</b> ftp://exemple.fr");
  });

  it("stops a link at quotes and angle brackets", () => {
    const parts = splitTextLinks('<a href="https://exemple.fr/x">');
    expect(parts.filter((p) => p.type === "link").map((p) => p.value)).toEqual(["https://exemple.fr/x"]);
    expect(parts.map((p) => p.value).join("")).toBe('<a href="https://exemple.fr/x">');
  });

  it("keeps a scheme with nothing after it as text", () => {
    expect(splitTextLinks("https://")).toEqual([{ type: "text", value: "https://" }]);
  });
});
