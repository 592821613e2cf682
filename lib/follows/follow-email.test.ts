import { describe, expect, it } from "vitest";
import { followEmail } from "./follow-email";

describe("followEmail", () => {
  const mail = followEmail(
    {
      name: "Camille",
      label: "Acteurs · Loire · ODD 13",
      unsubscribeToken: "tok_abc",
      items: [{ title: "Nouvelle organisation : Climat Forez", href: "/acteurs/climat-forez" }],
    },
    "https://odd17.example",
  );

  it("carries the one-click unsubscribe headers of RFC 8058, to the API route", () => {
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://odd17.example/api/suivis/desabonner?token=tok_abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("lists the news with absolute links, and the unsubscribe page for people", () => {
    expect(mail.subject).toBe("Du nouveau pour votre suivi Acteurs · Loire · ODD 13 — ODD 17 en pratiques");
    expect(mail.text).toContain("- Nouvelle organisation : Climat Forez\n  https://odd17.example/acteurs/climat-forez");
    expect(mail.text).toContain("Ne plus recevoir d'e-mails pour ce suivi : https://odd17.example/suivis/desabonner?token=tok_abc");
    expect(mail.html).toContain('<a href="https://odd17.example/suivis/desabonner?token=tok_abc">');
  });
});
