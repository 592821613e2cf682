import { describe, expect, it } from "vitest";
import { confirmationEmail, emailChangeEmail, escapeHtml, invitationEmail, passwordResetEmail, signInLinkEmail, type MailContent } from "@/lib/mail/templates";

const URL_WITH_QUERY = "https://odd17.example/compte/confirmer?token=abc_DEF-123&x=1";

describe("escapeHtml", () => {
  it("escapes the five HTML special characters", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe.each<[string, (url: string) => MailContent, string, string]>([
  ["confirmation", (url) => confirmationEmail({ url, name: "Camille" }), "Confirmez votre adresse e-mail — ODD 17 en pratiques", "48 heures"],
  ["reset", (url) => passwordResetEmail({ url }), "Réinitialisez votre mot de passe — ODD 17 en pratiques", "1 heure"],
  ["sign-in link", (url) => signInLinkEmail({ url }), "Votre lien de connexion — ODD 17 en pratiques", "15 minutes"],
  [
    "e-mail change",
    (url) => emailChangeEmail({ url, newEmail: "nouvelle@exemple.fr" }),
    "Confirmez votre nouvelle adresse e-mail — ODD 17 en pratiques",
    "48 heures",
  ],
  [
    "invitation",
    (url) => invitationEmail({ url, organisationName: "Ville de Lyon", inviterName: "Léa", role: "ADMIN" }),
    "Invitation à rejoindre Ville de Lyon — ODD 17 en pratiques",
    "7 jours",
  ],
])("%s e-mail", (_label, build, subject, validity) => {
  const mail = build(URL_WITH_QUERY);

  it("has a French subject and states how long the link is valid", () => {
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(validity);
    expect(mail.html).toContain(validity);
  });

  it("carries the link in the text, and escaped in the HTML", () => {
    expect(mail.text).toContain(URL_WITH_QUERY);
    expect(mail.html).toContain(`href="https://odd17.example/compte/confirmer?token=abc_DEF-123&amp;x=1"`);
    expect(mail.html).not.toContain("&x=1");
    expect(mail.html).toMatch(/^<!doctype html><html lang="fr">/);
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => build("javascript:alert(1)")).toThrow();
    expect(() => build("/relative/path")).toThrow();
  });
});

describe("interpolated values", () => {
  it("are escaped in the HTML", () => {
    const mail = invitationEmail({ url: "https://odd17.example/i", organisationName: `<script>alert("x")</script>`, inviterName: "Tom & Léa", role: "MEMBER" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("Tom &amp; Léa");
    expect(mail.text).toContain('Tom & Léa vous invite à rejoindre l\'organisation « <script>alert("x")</script> »');
    expect(mail.text).toContain("en tant que membre");
  });

  it("stay on one line, so that a name cannot forge paragraphs or headers", () => {
    const mail = invitationEmail({
      url: "https://odd17.example/i",
      organisationName: "Mairie\r\nBcc: victim@exemple.fr",
      inviterName: "Léa\n\nCliquez ici : https://evil.example",
      role: "MEMBER",
    });
    expect(mail.subject).toBe("Invitation à rejoindre Mairie Bcc: victim@exemple.fr — ODD 17 en pratiques");
    expect(mail.text).not.toMatch(/\n\nCliquez ici/);
    expect(mail.text).toContain("Léa Cliquez ici : https://evil.example vous invite");
  });

  it("greet by name when there is one", () => {
    expect(confirmationEmail({ url: "https://odd17.example/c", name: "  Camille " }).text.startsWith("Bonjour Camille,\n")).toBe(true);
    expect(passwordResetEmail({ url: "https://odd17.example/r", name: null }).text.startsWith("Bonjour,\n")).toBe(true);
    expect(invitationEmail({ url: "https://odd17.example/i", organisationName: "X", role: "MEMBER" }).text).toContain("Une personne de l'équipe vous invite");
  });

  it("name the new address in the e-mail change message", () => {
    const mail = emailChangeEmail({ url: "https://odd17.example/e", newEmail: "a<b>@exemple.fr" });
    expect(mail.text).toContain("l'adresse a<b>@exemple.fr");
    expect(mail.html).toContain("l&#39;adresse a&lt;b&gt;@exemple.fr");
  });
});
