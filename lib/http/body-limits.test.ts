// The request body limits of next.config.ts against what the forms really send: every server
// action shares one limit, which must hold the largest honest form (the organisation profile
// with a full-size logo) and stay about 1 MB; the proxy's copy has the same limit.
import { describe, expect, it } from "vitest";
import nextConfig, { REQUEST_BODY_LIMIT_BYTES } from "@/next.config";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/kits/attachment-upload";
import { MAX_ATTACHMENT_BYTES } from "@/lib/kits/file-type";
import { MAX_LOGO_BYTES } from "@/lib/organisations/profile";

describe("request body limits", () => {
  it("server actions: a full-size logo and its form fit, a 2 MB body does not", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(REQUEST_BODY_LIMIT_BYTES);
    expect(REQUEST_BODY_LIMIT_BYTES).toBeGreaterThanOrEqual(MAX_LOGO_BYTES + 32 * 1024);
    expect(REQUEST_BODY_LIMIT_BYTES).toBeLessThanOrEqual(1.1 * 1024 * 1024);
  });

  it("the proxy's copy of a body is capped the same way", () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(REQUEST_BODY_LIMIT_BYTES);
  });

  it("the attachment route reads a 20 MB file and its envelope, not more", () => {
    expect(MAX_UPLOAD_BODY_BYTES).toBeGreaterThan(MAX_ATTACHMENT_BYTES);
    expect(MAX_UPLOAD_BODY_BYTES).toBeLessThanOrEqual(MAX_ATTACHMENT_BYTES + 64 * 1024);
  });
});
