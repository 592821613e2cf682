import { describe, expect, it } from "vitest";
import { isAllowedLink, renderMarkdown } from "./render";

/** Nothing in the HTML may run code: no script element, no event handler, no script URL. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|svg|style|form|input)\b/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data|file):/i);
}

describe("renderMarkdown", () => {
  it("renders ordinary markdown", () => {
    const html = renderMarkdown("## Les étapes\n\n1. Partager un **constat**\n2. Agir\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
    expect(html).toContain("<h2>Les étapes</h2>");
    expect(html).toContain("<strong>constat</strong>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<table>");
  });

  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('<script>alert("x")</script>\n\nTexte <img src=x onerror="alert(1)"> et <a href="javascript:alert(1)">lien</a>');
    expectInert(html);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("escapes block HTML and HTML comments", () => {
    const html = renderMarkdown('<div onclick="x()">\n<iframe src="https://evil.example"></iframe>\n</div>\n\n<!-- <script>1</script> -->');
    expectInert(html);
    expect(html).toContain("&lt;iframe");
  });

  it.each([
    "[lien](javascript:alert(1))",
    "[lien](JaVaScRiPt:alert(1))",
    "[lien](java\tscript:alert(1))",
    "[lien](javascript&#58;alert(1))",
    "[lien](&#106;avascript:alert(1))",
    "[lien](vbscript:msgbox(1))",
    "[lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[lien](data:image/png;base64,iVBORw0KGgo=)",
    "[lien](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "![image](javascript:alert(1))",
    "[ref]\n\n[ref]: javascript:alert(1)",
  ])("refuses the hostile link %j", (source) => {
    const html = renderMarkdown(source);
    expectInert(html);
    expect(html).not.toContain("<a ");
  });

  it("keeps http, https and mailto links, and marks external ones", () => {
    const html = renderMarkdown("[Insee](https://www.insee.fr) [écrire](mailto:contact@exemple.fr) [kit](/ressources/kit) [haut](#haut)");
    expect(html).toContain('<a href="https://www.insee.fr" rel="noopener noreferrer">Insee</a>');
    expect(html).toContain('<a href="mailto:contact@exemple.fr">écrire</a>');
    expect(html).toContain('<a href="/ressources/kit">kit</a>');
    expect(html).toContain('<a href="#haut">haut</a>');
  });

  it("refuses protocol-relative and relative-file links", () => {
    expect(renderMarkdown("[x](//evil.example/x)")).not.toContain("<a ");
    expect(renderMarkdown("[x](page.html)")).not.toContain("<a ");
  });

  it("linkifies bare http(s) URLs and e-mail addresses, not words that look like domains", () => {
    const html = renderMarkdown("Voir https://data.gouv.fr/x. Écrire à contact@exemple.fr ou visiter exemple.fr");
    expect(html).toContain('<a href="https://data.gouv.fr/x" rel="noopener noreferrer">https://data.gouv.fr/x</a>');
    expect(html).toContain('<a href="mailto:contact@exemple.fr">contact@exemple.fr</a>');
    expect(html).toContain("visiter exemple.fr</p>");
  });

  it("escapes quotes in URLs and titles so attributes cannot be broken out of", () => {
    const html = renderMarkdown('[x](https://exemple.fr/"onmouseover="alert(1) "t\\"onfocus=\\"alert(2)")');
    expectInert(html);
  });

  it("keeps entities as text, never as markup", () => {
    const html = renderMarkdown("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;gras&#60;/b&#62; &copy;");
    expectInert(html);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;b&gt;gras&lt;/b&gt;");
    expect(html).not.toContain("<b>");
    expect(html).toContain("©");
  });

  it("shows images of the site, and turns other images into links", () => {
    expect(renderMarkdown("![Schéma](/api/kits/attachments/abc)")).toContain('<img src="/api/kits/attachments/abc" alt="Schéma" loading="lazy">');
    const external = renderMarkdown("![Carte](https://exemple.fr/carte.png)");
    expect(external).not.toContain("<img");
    expect(external).toContain('<a href="https://exemple.fr/carte.png" rel="noopener noreferrer">Carte</a>');
    expect(renderMarkdown('![x" onerror="alert(1)](https://exemple.fr/a.png)')).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  });

  it("never produces an h1: headings move down so that the highest is an h2", () => {
    const html = renderMarkdown("# Titre\n\n## Partie\n\n###### Fond\n");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Titre</h2>");
    expect(html).toContain("<h3>Partie</h3>");
    expect(html).toContain("<h6>Fond</h6>");
    expect(renderMarkdown("Titre\n=====\n")).toBe("<h2>Titre</h2>\n");
  });

  it("leaves bodies that start at h2 as they are", () => {
    expect(renderMarkdown("## Pourquoi\n\n### Détail\n")).toBe("<h2>Pourquoi</h2>\n<h3>Détail</h3>\n");
  });

  it("keeps French punctuation as typed", () => {
    expect(renderMarkdown("« Bonjour » l'équipe")).toBe("<p>« Bonjour » l'équipe</p>\n");
  });
});

describe("isAllowedLink", () => {
  it.each([
    ["https://exemple.fr", true],
    ["http://exemple.fr", true],
    ["mailto:a@b.fr", true],
    ["/ressources", true],
    ["#partie", true],
    ["//evil.example", false],
    ["/\\evil.example", false],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["tel:0102030405", false],
    ["ftp://exemple.fr", false],
    ["relative/page", false],
  ])("%s → %s", (url, expected) => {
    expect(isAllowedLink(url)).toBe(expected);
  });
});
