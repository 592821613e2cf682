import { describe, expect, it } from "vitest";
import {
  EDIT_WINDOW_MS,
  allianceParticipants,
  canEditMessage,
  canReportMessage,
  isUnread,
  linkifySegments,
  matchParticipants,
  networkLinkParticipants,
  speakingActors,
} from "./rules";

describe("participants", () => {
  it("a match has its two organisations only once accepted", () => {
    expect(matchParticipants({ status: "ACCEPTED", needActorId: "a", offerActorId: "b" })).toEqual(["a", "b"]);
    expect(matchParticipants({ status: "PENDING", needActorId: "a", offerActorId: "b" })).toEqual([]);
    expect(matchParticipants({ status: "DECLINED", needActorId: "a", offerActorId: "b" })).toEqual([]);
  });

  it("an alliance has its confirmed and invited partners, not the declined ones", () => {
    const partners = [
      { actorId: "lead", status: "CONFIRMED" },
      { actorId: "invited", status: "INVITED" },
      { actorId: "gone", status: "DECLINED" },
    ];
    expect(allianceParticipants(partners)).toEqual(["lead", "invited"]);
  });

  it("a network link is shared while asked or accepted", () => {
    expect(networkLinkParticipants({ status: "PENDING", headId: "h", teamId: "t" })).toEqual(["h", "t"]);
    expect(networkLinkParticipants({ status: "ACCEPTED", headId: "h", teamId: "t" })).toEqual(["h", "t"]);
    expect(networkLinkParticipants({ status: "ENDED", headId: "h", teamId: "t" })).toEqual([]);
    expect(networkLinkParticipants({ status: "DECLINED", headId: "h", teamId: "t" })).toEqual([]);
  });

  it("a person speaks for the participating organisations they belong to", () => {
    expect(speakingActors(["x", "b"], ["a", "b"])).toEqual(["b"]);
    expect(speakingActors(["x"], ["a", "b"])).toEqual([]);
    expect(speakingActors([], [])).toEqual([]);
  });
});

describe("messages", () => {
  const sent = new Date("2026-12-08T10:00:00Z");
  const message = { authorId: "u1", createdAt: sent, hiddenAt: null };

  it("its author may edit it for ten minutes", () => {
    expect(canEditMessage(message, "u1", new Date(sent.getTime() + EDIT_WINDOW_MS))).toBe(true);
    expect(canEditMessage(message, "u1", new Date(sent.getTime() + EDIT_WINDOW_MS + 1))).toBe(false);
  });

  it("nobody else may edit it, nor its author once hidden", () => {
    expect(canEditMessage(message, "u2", sent)).toBe(false);
    expect(canEditMessage({ ...message, hiddenAt: sent }, "u1", sent)).toBe(false);
    expect(canEditMessage({ ...message, authorId: null }, "u1", sent)).toBe(false);
  });

  it("the others' visible messages may be reported, not one's own", () => {
    expect(canReportMessage(message, "u2")).toBe(true);
    expect(canReportMessage(message, "u1")).toBe(false);
    expect(canReportMessage({ ...message, hiddenAt: sent }, "u2")).toBe(false);
  });

  it("counts as unread the others' messages after the read marker", () => {
    expect(isUnread(message, "u2", null)).toBe(true);
    expect(isUnread(message, "u2", new Date(sent.getTime() - 1))).toBe(true);
    expect(isUnread(message, "u2", sent)).toBe(false);
    expect(isUnread(message, "u1", null)).toBe(false);
  });
});

describe("linkifySegments", () => {
  it("turns web addresses into links and keeps the rest as text", () => {
    expect(linkifySegments("Voir https://exemple.fr/page?a=1 demain.")).toEqual([
      { kind: "text", text: "Voir " },
      { kind: "link", text: "https://exemple.fr/page?a=1", href: "https://exemple.fr/page?a=1" },
      { kind: "text", text: " demain." },
    ]);
  });

  it("leaves HTML, script addresses and bare domains as plain text", () => {
    const text = '<a href="javascript:alert(1)">x</a> exemple.fr mailto:a@b.fr';
    expect(linkifySegments(text)).toEqual([{ kind: "text", text }]);
  });

  it("returns nothing for an empty text", () => {
    expect(linkifySegments("")).toEqual([]);
  });
});
