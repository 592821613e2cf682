// Issue #18's attacks on accounts, over HTTP on the production build, as an attacker would try
// them: password guessing through Auth.js's own callback with forged X-Forwarded-For headers,
// sessions that outlive a password change, and the open redirect of the sign-in page. The
// server runs with the default sign-in limits (10 per account, 20 per address, 15 minutes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAttempt, requestFrom } from "./support/http-from";
import { actionFormFields, startStack, type Stack } from "./support/stack";

const PASSWORD = "demo-odd17-partenariats";
const NEW_PASSWORD = "une toute nouvelle phrase de passe 2026";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ RATE_LIMIT_SIGNIN: "10/900", RATE_LIMIT_SIGNIN_IP: "20/900" });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

const forged = (n: number) => `203.0.113.${n}, 198.51.100.${n}`;

describe("deviner un mot de passe par le callback d'Auth.js", () => {
  it("25 mauvais mots de passe verrouillent le compte et l'adresse pour la fenêtre, en-têtes forgés ou non", async () => {
    const target = "entreprise@demo.odd17.fr";
    for (let attempt = 0; attempt < 25; attempt++) {
      expect(await passwordAttempt(stack.baseUrl, "127.0.0.2", target, `mauvais-${attempt}`, forged(attempt))).toBeNull();
    }
    // The right password no longer opens the account, from this address or any other.
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.2", target, PASSWORD, forged(99))).toBeNull();
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.3", target, PASSWORD)).toBeNull();
    // The address is locked for every account…
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.2", "association@demo.odd17.fr", PASSWORD, forged(7))).toBeNull();
    // …and only that address: another client signs in to an account that was not attacked.
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.3", "association@demo.odd17.fr", PASSWORD)).not.toBeNull();
  }, 120_000);
});

describe("les sessions", () => {
  it("un changement de mot de passe ferme les autres sessions ; celle qui l'a fait continue", async () => {
    const email = "membre@demo.odd17.fr";
    const here = await passwordAttempt(stack.baseUrl, "127.0.0.4", email, PASSWORD);
    const elsewhere = await passwordAttempt(stack.baseUrl, "127.0.0.5", email, PASSWORD);
    expect(here && elsewhere).toBeTruthy();
    expect((await requestFrom("127.0.0.5", `${stack.baseUrl}/espace/compte`, { headers: { cookie: elsewhere! } })).status).toBe(200);

    // The password form of "Mon compte", posted as a browser without JavaScript does.
    const page = await fetch(`${stack.baseUrl}/espace/compte`, { headers: { cookie: here! } });
    const form = new FormData();
    for (const [name, value] of actionFormFields(await page.text(), "passwordConfirmation")) form.append(name, value);
    form.set("currentPassword", PASSWORD);
    form.set("password", NEW_PASSWORD);
    form.set("passwordConfirmation", NEW_PASSWORD);
    const changed = await fetch(`${stack.baseUrl}/espace/compte`, {
      method: "POST",
      body: form,
      headers: { cookie: here!, origin: stack.baseUrl },
      redirect: "manual",
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Votre mot de passe a été modifié");

    // The other browser's session has ended: the workspace sends it to the sign-in page…
    const other = await requestFrom("127.0.0.5", `${stack.baseUrl}/espace/compte`, { headers: { cookie: elsewhere! } });
    expect(other.status).toBe(307);
    expect(other.location).toMatch(/^\/connexion/);
    // …and signing in again takes the new password.
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.5", email, PASSWORD)).toBeNull();
    expect(await passwordAttempt(stack.baseUrl, "127.0.0.5", email, NEW_PASSWORD)).not.toBeNull();
    // The browser that made the change goes on with the cookie it has.
    expect((await requestFrom("127.0.0.4", `${stack.baseUrl}/espace/compte`, { headers: { cookie: here! } })).status).toBe(200);
  }, 120_000);

  it("« Se déconnecter de tous les appareils » ferme toutes les sessions, celle-ci comprise", async () => {
    const email = "collectivite@demo.odd17.fr";
    const here = await passwordAttempt(stack.baseUrl, "127.0.0.7", email, PASSWORD);
    const elsewhere = await passwordAttempt(stack.baseUrl, "127.0.0.8", email, PASSWORD);
    const page = await fetch(`${stack.baseUrl}/espace/compte`, { headers: { cookie: here! } });
    // The form of that button has no visible field: found by its ActionForm id, posted without
    // JavaScript (the confirmation dialog is the browser's; the server does the same either way).
    const body = new FormData();
    for (const [name, value] of actionFormFields(await page.text(), "account.sign-out-everywhere")) body.append(name, value);
    const answer = await fetch(`${stack.baseUrl}/espace/compte`, {
      method: "POST",
      body,
      headers: { cookie: here!, origin: stack.baseUrl },
      redirect: "manual",
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toContain("/connexion?error=sessions-ended");
    for (const [from, cookie] of [
      ["127.0.0.7", here!],
      ["127.0.0.8", elsewhere!],
    ] as const) {
      expect((await requestFrom(from, `${stack.baseUrl}/espace/compte`, { headers: { cookie } })).status).toBe(307);
    }
  }, 120_000);
});

describe("redirection ouverte", () => {
  it.each(["/connexion", "/inscription"])(
    "%s ne renvoie jamais un visiteur connecté vers un autre site",
    async (page) => {
      const session = await passwordAttempt(stack.baseUrl, "127.0.0.6", "collectivite@demo.odd17.fr", PASSWORD);
      expect(session).toBeTruthy();
      const tricks = [
        "%2F%09%2Fevil.example",
        "%2F%5Cevil.example",
        "%2F%2Fevil.example",
        "%2F.%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%0A%2Fevil.example",
      ];
      for (const trick of tricks) {
        const answer = await requestFrom("127.0.0.6", `${stack.baseUrl}${page}?callbackUrl=${trick}`, { headers: { cookie: session! } });
        expect(answer.status, trick).toBe(307);
        // What a browser does with the Location header: strip tabs and newlines, then resolve it.
        const followed = new URL(answer.location!.replace(/[\t\n\r]/g, ""), stack.baseUrl);
        expect(followed.origin, trick).toBe(new URL(stack.baseUrl).origin);
      }
    },
    60_000,
  );
});
