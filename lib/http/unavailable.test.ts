import { describe, expect, it } from "vitest";
import { unavailableHtml, unavailableJson } from "./unavailable";

describe("the answers while the database is unreachable", () => {
  it("is a French page and a French JSON problem", () => {
    expect(unavailableHtml()).toContain('<html lang="fr">');
    expect(unavailableHtml()).toContain("Service momentanément indisponible");
    expect(JSON.parse(unavailableJson())).toMatchObject({ status: 503, title: "Service momentanément indisponible" });
  });
});
