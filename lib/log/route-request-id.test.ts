import { describe, expect, it } from "vitest";
import { currentLogContext } from "./context";
import { withRequestId } from "./route-request-id";

describe("withRequestId", () => {
  it("garde un identifiant sûr envoyé par le client, le met dans le contexte et dans la réponse", async () => {
    let seen: string | undefined;
    const handler = withRequestId(async () => {
      seen = currentLogContext().requestId;
      return new Response("ok");
    });
    const response = await handler(new Request("http://localhost/api/auth/csrf", { headers: { "x-request-id": "trace-auth-1" } }));
    expect(seen).toBe("trace-auth-1");
    expect(response.headers.get("x-request-id")).toBe("trace-auth-1");
    expect(await response.text()).toBe("ok");
  });

  it("remplace un identifiant dangereux par un nouveau", async () => {
    const handler = withRequestId(() => new Response(null, { status: 204 }));
    const response = await handler(new Request("http://localhost/api/uploads/x", { headers: { "x-request-id": "a b;<script>" } }));
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.status).toBe(204);
  });

  it("répond une copie quand les en-têtes de la réponse sont figés (redirection)", async () => {
    const handler = withRequestId(() => Response.redirect("http://localhost/connexion", 302));
    const response = await handler(new Request("http://localhost/api/auth/signout", { headers: { "x-request-id": "trace-2" } }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost/connexion");
    expect(response.headers.get("x-request-id")).toBe("trace-2");
  });
});
