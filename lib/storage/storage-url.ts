// Which store holds the uploaded files, read from STORAGE_URL. Pure (no I/O, no SDK), so that the
// launcher, next.config.ts and the tests can all check a setting before anything uses it.
//   unset or empty                → the local disk (UPLOADS_DIR), today's default
//   s3://bucket[/prefix]?endpoint=https://…&region=…&forcePathStyle=true
// A value that says something else stops the server with one clear line: falling back to the disk
// would scatter files over each server's disk and lose them at the next deployment.

export class StorageConfigError extends Error {}

export type S3Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

export type S3StorageConfig = {
  kind: "s3";
  bucket: string;
  /** Put before every key ("odd17/" → "odd17/kits/…"): "" or segments ending with "/". */
  prefix: string;
  /** An S3-compatible service's address; null for Amazon S3 itself. */
  endpoint: string | null;
  region: string;
  forcePathStyle: boolean;
  credentials: S3Credentials;
};

export type StorageConfig = { kind: "disk" } | S3StorageConfig;

type Env = Record<string, string | undefined>;

const PARAMETERS = new Set(["endpoint", "region", "forcePathStyle"]);
// Amazon's rule for bucket names, which S3-compatible services follow.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
const EXAMPLE = "s3://mon-bucket?endpoint=https://s3.fr-par.scw.cloud&region=fr-par";

function invalid(problem: string): never {
  // The value itself is never repeated: it may hold a secret key.
  throw new StorageConfigError(
    `STORAGE_URL ${problem}. Exemple : ${EXAMPLE} (identifiants dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY) ; retirez STORAGE_URL pour garder les fichiers sur le disque (UPLOADS_DIR). / Fix STORAGE_URL or unset it to keep files on the local disk.`,
  );
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return invalid(`: ${what} mal encodé / badly encoded ${what}`);
  }
}

function parseEndpoint(value: string): string {
  let endpoint: URL;
  try {
    endpoint = new URL(value);
  } catch {
    return invalid(": endpoint n'est pas une adresse valide / endpoint is not a valid URL");
  }
  if (endpoint.protocol !== "https:" && endpoint.protocol !== "http:") invalid(": endpoint doit commencer par https:// / endpoint must start with https://");
  if (endpoint.username || endpoint.password || endpoint.search || endpoint.hash) {
    invalid(": endpoint ne doit contenir ni identifiants ni paramètres / endpoint must hold no credentials nor query");
  }
  return endpoint.href.replace(/\/$/, "");
}

function parseCredentials(url: URL, env: Env): S3Credentials {
  if (url.username || url.password) {
    if (!url.username || !url.password) invalid(": identifiants incomplets, il faut clé:secret@ / credentials need key:secret@");
    return { accessKeyId: decode(url.username, "identifiant"), secretAccessKey: decode(url.password, "secret") };
  }
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  // Required rather than left to the SDK's search (files, instance metadata): a server missing
  // its keys says so at start instead of failing on the first upload.
  if (!accessKeyId || !secretAccessKey) {
    invalid(": identifiants manquants, définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY / credentials missing");
  }
  return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}

/** The store STORAGE_URL names; throws StorageConfigError (French and English) when it is wrong. */
export function parseStorageUrl(value: string | undefined, env: Env = {}): StorageConfig {
  if (value === undefined || value.trim() === "") return { kind: "disk" };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return invalid("n'est pas une adresse valide / is not a valid URL");
  }
  if (url.protocol !== "s3:") invalid("doit commencer par s3:// / must start with s3://");
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) invalid(": nom de bucket invalide (3 à 63 caractères a-z, 0-9, point, tiret) / invalid bucket name");
  if (url.port) invalid(": le port va dans endpoint, pas après le bucket / put the port in endpoint");
  if (url.hash) invalid(": pas de # / no fragment");

  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => !PREFIX_SEGMENT.test(segment))) invalid(": préfixe invalide (lettres, chiffres, . _ -) / invalid prefix");
  const prefix = segments.map((segment) => `${segment}/`).join("");

  const seen = new Set<string>();
  for (const name of url.searchParams.keys()) {
    if (!PARAMETERS.has(name)) invalid(`: paramètre inconnu « ${name} » (connus : endpoint, region, forcePathStyle) / unknown parameter`);
    if (seen.has(name)) invalid(`: paramètre « ${name} » répété / repeated parameter`);
    seen.add(name);
  }
  const endpointValue = url.searchParams.get("endpoint");
  const endpoint = endpointValue === null ? null : parseEndpoint(endpointValue);
  const region = url.searchParams.get("region") ?? env.AWS_REGION ?? "us-east-1";
  if (!REGION.test(region)) invalid(": région invalide / invalid region");
  const pathStyle = url.searchParams.get("forcePathStyle") ?? "false";
  if (pathStyle !== "true" && pathStyle !== "false") invalid(": forcePathStyle vaut true ou false / forcePathStyle is true or false");

  return { kind: "s3", bucket, prefix, endpoint, region, forcePathStyle: pathStyle === "true", credentials: parseCredentials(url, env) };
}

/** The store of the current environment (STORAGE_URL and the AWS_* variables). */
export function storageConfigFromEnv(env: Env = process.env): StorageConfig {
  return parseStorageUrl(env.STORAGE_URL, env);
}
