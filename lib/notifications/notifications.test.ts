import { describe, expect, it } from "vitest";
import { absoluteLink, deliveryOf, digestEmail, groupDigests, immediateEmail, pageOf, type DigestRow } from "./notifications";

const links = { baseUrl: "https://odd17.test/", listPath: "/espace/notifications", preferencesPath: "/espace/notifications/preferences" };

function row(userId: string, minutes: number, extra: Partial<DigestRow> = {}): DigestRow {
  return {
    id: `${userId}-${minutes}`,
    userId,
    email: `${userId}@exemple.fr`,
    name: null,
    title: `Titre ${minutes}`,
    body: "",
    href: "/espace",
    createdAt: new Date(Date.UTC(2026, 10, 28, 8, minutes)),
    ...extra,
  };
}

describe("deliveryOf", () => {
  it.each([
    ["IMMEDIATE", "ALL", "immediate"],
    ["IMMEDIATE", "DIGEST_ONLY", "digest"],
    ["IMMEDIATE", "NONE", "none"],
    ["DIGEST", "ALL", "digest"],
    ["DIGEST", "DIGEST_ONLY", "digest"],
    ["DIGEST", "NONE", "none"],
    ["NONE", "ALL", "none"],
  ] as const)("%s under %s → %s", (requested, preference, expected) => {
    expect(deliveryOf(requested, preference)).toBe(expected);
  });
});

describe("groupDigests", () => {
  it("makes one digest per user, items oldest first", () => {
    const digests = groupDigests([row("b", 30), row("a", 20), row("b", 10), row("a", 5)]);
    expect(digests.map((d) => d.userId)).toEqual(["b", "a"]);
    expect(digests[0].items.map((i) => i.id)).toEqual(["b-10", "b-30"]);
    expect(digests[1].items.map((i) => i.id)).toEqual(["a-5", "a-20"]);
    expect(digests[1].email).toBe("a@exemple.fr");
  });

  it("returns nothing for no rows", () => {
    expect(groupDigests([])).toEqual([]);
  });
});

describe("absoluteLink", () => {
  it("joins the base URL and an in-site path", () => {
    expect(absoluteLink("https://odd17.test/", "/espace/alliances/x?y=1", "/espace")).toBe("https://odd17.test/espace/alliances/x?y=1");
  });

  it("falls back to the list for a missing, protocol-relative or foreign link", () => {
    for (const href of [null, "//evil.example/x", "https://evil.example", "javascript:alert(1)"]) {
      expect(absoluteLink("https://odd17.test", href, "/espace/notifications")).toBe("https://odd17.test/espace/notifications");
    }
  });
});

describe("digestEmail", () => {
  const digest = {
    name: "Camille",
    items: groupDigests([row("a", 1, { title: "Nouvelle <mise> en relation", body: "Détail" }), row("a", 2, { href: "/espace/besoins-offres/offres/o1" })])[0]
      .items,
  };
  const mail = digestEmail(digest, links);

  it("counts the items in a French subject", () => {
    expect(mail.subject).toBe("Vos 2 notifications du jour — ODD 17 en pratiques");
    expect(digestEmail({ name: null, items: digest.items.slice(0, 1) }, links).subject).toBe("Votre notification du jour — ODD 17 en pratiques");
  });

  it("lists every item with its absolute link, and the preferences link", () => {
    expect(mail.text.startsWith("Bonjour Camille,\n")).toBe(true);
    expect(mail.text).toContain("- Nouvelle <mise> en relation\n  Détail\n  https://odd17.test/espace\n");
    expect(mail.text).toContain("https://odd17.test/espace/besoins-offres/offres/o1");
    expect(mail.text).toContain("https://odd17.test/espace/notifications/preferences");
    expect(mail.html).toContain(`<a href="https://odd17.test/espace/notifications/preferences">`);
  });

  it("escapes titles in the HTML", () => {
    expect(mail.html).toContain("Nouvelle &lt;mise&gt; en relation");
    expect(mail.html).not.toContain("<mise>");
  });
});

describe("immediateEmail", () => {
  it("puts a one-line title in the subject and the link in the text", () => {
    const mail = immediateEmail({ name: null, title: "Invitation\r\nBcc: x@y.fr", body: "", href: "/espace/alliances/a1" }, links);
    expect(mail.subject).toBe("Invitation Bcc: x@y.fr — ODD 17 en pratiques");
    expect(mail.text).toContain("Ouvrir : https://odd17.test/espace/alliances/a1");
    expect(mail.text).toContain("https://odd17.test/espace/notifications/preferences");
  });
});

describe("pageOf", () => {
  it("clamps the page into range", () => {
    expect(pageOf(1, 0)).toEqual({ page: 1, pages: 1 });
    expect(pageOf(3, 45, 20)).toEqual({ page: 3, pages: 3 });
    expect(pageOf(9, 45, 20)).toEqual({ page: 3, pages: 3 });
    expect(pageOf(-2, 45, 20)).toEqual({ page: 1, pages: 3 });
    expect(pageOf(Number.NaN, 45, 20)).toEqual({ page: 1, pages: 3 });
  });
});
