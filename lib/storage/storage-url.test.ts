import { describe, expect, it } from "vitest";
import { parseStorageUrl, StorageConfigError, storageConfigFromEnv } from "./storage-url";

const keys = { AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "secret" };

describe("parseStorageUrl", () => {
  it.each([undefined, "", "   "])("keeps the local disk when STORAGE_URL is %j", (value) => {
    expect(parseStorageUrl(value, {})).toEqual({ kind: "disk" });
  });

  it("reads an S3-compatible service with its settings", () => {
    expect(parseStorageUrl("s3://odd17-fichiers?endpoint=https://s3.fr-par.scw.cloud/&region=fr-par&forcePathStyle=true", keys)).toEqual({
      kind: "s3",
      bucket: "odd17-fichiers",
      prefix: "",
      endpoint: "https://s3.fr-par.scw.cloud",
      region: "fr-par",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIA", secretAccessKey: "secret" },
    });
  });

  it("reads Amazon S3 itself: no endpoint, the region from AWS_REGION, virtual-host style", () => {
    expect(parseStorageUrl("s3://odd17.files", { ...keys, AWS_REGION: "eu-west-3", AWS_SESSION_TOKEN: "jeton" })).toMatchObject({
      bucket: "odd17.files",
      endpoint: null,
      region: "eu-west-3",
      forcePathStyle: false,
      credentials: { accessKeyId: "AKIA", secretAccessKey: "secret", sessionToken: "jeton" },
    });
    expect(parseStorageUrl("s3://odd17", keys)).toMatchObject({ region: "us-east-1" });
  });

  it("takes the region of the address before AWS_REGION", () => {
    expect(parseStorageUrl("s3://odd17?region=gra", { ...keys, AWS_REGION: "eu-west-3" })).toMatchObject({ region: "gra" });
  });

  it("reads a prefix from the path, so that one bucket can hold several sites", () => {
    expect(parseStorageUrl("s3://odd17/prod/site_1/", keys)).toMatchObject({ bucket: "odd17", prefix: "prod/site_1/" });
    expect(parseStorageUrl("s3://odd17/", keys)).toMatchObject({ prefix: "" });
  });

  it("takes credentials from the address, percent-decoded, before the environment", () => {
    expect(parseStorageUrl("s3://cle:se%2Fcr%2Bet@odd17?endpoint=http://127.0.0.1:9000", keys)).toMatchObject({
      credentials: { accessKeyId: "cle", secretAccessKey: "se/cr+et" },
      endpoint: "http://127.0.0.1:9000",
    });
  });

  it("reads the environment's STORAGE_URL", () => {
    expect(storageConfigFromEnv({ ...keys, STORAGE_URL: "s3://odd17" })).toMatchObject({ kind: "s3", bucket: "odd17" });
    expect(storageConfigFromEnv({})).toEqual({ kind: "disk" });
  });

  it.each([
    ["not a URL", "odd17", "n'est pas une adresse valide"],
    ["another scheme", "https://odd17.s3.amazonaws.com", "doit commencer par s3://"],
    ["a file path", "/srv/uploads", "n'est pas une adresse valide"],
    ["an upper-case bucket", "s3://Odd17", "nom de bucket invalide"],
    ["a too short bucket", "s3://ab", "nom de bucket invalide"],
    ["no bucket", "s3:///prefix", "nom de bucket invalide"],
    ["a port after the bucket", "s3://odd17:9000", "le port va dans endpoint"],
    ["a misspelt parameter", "s3://odd17?forcepathstyle=true", "paramètre inconnu « forcepathstyle »"],
    ["a repeated parameter", "s3://odd17?region=a&region=b", "répété"],
    ["an endpoint that is not a URL", "s3://odd17?endpoint=s3.fr-par.scw.cloud", "endpoint n'est pas une adresse valide"],
    ["an endpoint in another scheme", "s3://odd17?endpoint=ftp://s3.local", "endpoint doit commencer par https://"],
    ["forcePathStyle neither true nor false", "s3://odd17?forcePathStyle=yes", "forcePathStyle vaut true ou false"],
    ["an invalid region", "s3://odd17?region=eu west", "région invalide"],
    ["a prefix with a space", "s3://odd17/mon dossier", "préfixe invalide"],
    ["a prefix with an encoded slash", "s3://odd17/a%2Fb", "préfixe invalide"],
    ["a key without its secret", "s3://cle@odd17", "identifiants incomplets"],
  ])("refuses %s, with a message in French and English", (_, value, message) => {
    const parse = () => parseStorageUrl(value, keys);
    expect(parse).toThrow(StorageConfigError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(/ \/ Fix STORAGE_URL or unset it/);
  });

  it("refuses to start without credentials rather than let the SDK look for some", () => {
    expect(() => parseStorageUrl("s3://odd17", {})).toThrow("identifiants manquants");
    expect(() => parseStorageUrl("s3://odd17", { AWS_ACCESS_KEY_ID: "AKIA" })).toThrow("identifiants manquants");
  });

  it("never repeats a secret from the address in its message", () => {
    expect(() => parseStorageUrl("s3://cle:tres-secret@odd17?nope=1", {})).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("tres-secret") }),
    );
  });
});
