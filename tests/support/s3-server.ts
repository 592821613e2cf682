// An S3-compatible server for the tests: s3rver, in this process, on a free loopback port, its
// objects in a temporary folder. It knows one access key, S3RVER (secret S3RVER), and refuses any
// other; it does not verify SigV4 signatures themselves, so a wrong secret goes unnoticed here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type TestS3Server = {
  endpoint: string;
  bucket: string;
  /** A STORAGE_URL naming the bucket, path-style (what s3rver serves on an IP address). */
  storageUrl(options?: { bucket?: string; prefix?: string }): string;
  /** The environment a server needs to use this bucket. */
  env: { STORAGE_URL: string; AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string };
  close(): Promise<void>;
};

export async function startS3Server(bucket = "odd17-test"): Promise<TestS3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "odd17-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const storageUrl = (options: { bucket?: string; prefix?: string } = {}) =>
    `s3://${options.bucket ?? bucket}/${options.prefix ?? ""}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`;
  return {
    endpoint,
    bucket,
    storageUrl,
    env: { STORAGE_URL: storageUrl(), AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
