import { describe, expect, it } from "vitest";
import { canReadMailbox, isDevMailboxEnabled, keepsWorkingLinks, redactTokens } from "./mail-log";

const token = "Zq3v_9-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

describe("redactTokens", () => {
  it("masks the token of every link, in text and in HTML, and keeps the rest of the link", () => {
    const text = `Votre lien : http://localhost:3000/connexion/lien?token=${token}&callbackUrl=%2Fespace\nAutre : https://x.fr/invitation?token=${token}`;
    expect(redactTokens(text)).toBe(
      "Votre lien : http://localhost:3000/connexion/lien?token=[masqué]&callbackUrl=%2Fespace\nAutre : https://x.fr/invitation?token=[masqué]",
    );
    const html = `<a href="https://x.fr/a?callbackUrl=%2F&amp;token=${token}">lien</a> https://x.fr/a?TOKEN=${token}<br>`;
    expect(redactTokens(html)).toBe('<a href="https://x.fr/a?callbackUrl=%2F&amp;token=[masqué]">lien</a> https://x.fr/a?TOKEN=[masqué]<br>');
    expect(redactTokens(html)).not.toContain(token);
  });

  it("leaves text without tokens alone", () => {
    expect(redactTokens("Bonjour, rien à masquer : https://x.fr/acteurs/forez?page=2 (token = secret)")).toBe(
      "Bonjour, rien à masquer : https://x.fr/acteurs/forez?page=2 (token = secret)",
    );
  });
});

describe("keepsWorkingLinks", () => {
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "development", SMTP_URL: "smtp://mail:25" }, false],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", DEV_MAILBOX: "true" }, true],
    [{ NODE_ENV: "production", DEV_MAILBOX: "true", SMTP_URL: "smtp://mail:25" }, false],
    [{ NODE_ENV: "production", DEV_MAILBOX: "true", SMTP_URL: "  " }, true],
  ])("%o → %s", (env, expected) => {
    expect(keepsWorkingLinks(env)).toBe(expected);
  });
});

describe("canReadMailbox", () => {
  const admin = { id: "a", platformRole: "ADMIN" } as const;
  const staff = { id: "s", platformRole: "STAFF" } as const;
  const user = { id: "u", platformRole: "USER" } as const;

  it("is open to anyone in development", () => {
    for (const viewer of [null, user, admin]) expect(canReadMailbox(viewer, { NODE_ENV: "development" })).toBe(true);
    expect(isDevMailboxEnabled({ NODE_ENV: "test" })).toBe(true);
  });

  it("is closed to everyone in production without DEV_MAILBOX=true", () => {
    for (const DEV_MAILBOX of [undefined, "", "1", "TRUE", "yes"]) {
      for (const viewer of [null, user, staff, admin]) expect(canReadMailbox(viewer, { NODE_ENV: "production", DEV_MAILBOX })).toBe(false);
    }
  });

  it("is open only to a platform admin in production with DEV_MAILBOX=true", () => {
    const env = { NODE_ENV: "production", DEV_MAILBOX: "true" };
    expect(canReadMailbox(null, env)).toBe(false);
    expect(canReadMailbox(user, env)).toBe(false);
    expect(canReadMailbox(staff, env)).toBe(false);
    expect(canReadMailbox({ id: "x", platformRole: "ROOT" } as never, env)).toBe(false);
    expect(canReadMailbox(admin, env)).toBe(true);
  });
});
