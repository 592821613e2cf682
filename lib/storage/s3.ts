// The store for several servers: one object per key in an S3-compatible bucket (Amazon S3, Scaleway,
// OVHcloud, MinIO, Garage…). The bucket stays private: files are streamed through the app's own
// routes, which check who may read them and set their headers, exactly as with the local disk.
// The SDK is loaded on first use only, so a deployment on the local disk never pays for it.
import { createHash } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import { assertStorageKey } from "./keys";
import type { S3StorageConfig } from "./storage-url";
import type { FileStorage } from "./storage";

type Sdk = typeof import("@aws-sdk/client-s3");

function isMissingObject(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  // A missing bucket is a configuration error, never "no such file": it must be seen.
  if (name === "NoSuchBucket") return false;
  return name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404;
}

export class S3Storage implements FileStorage {
  private connection: Promise<{ sdk: Sdk; client: S3Client }> | null = null;

  constructor(private readonly config: S3StorageConfig) {}

  private connect() {
    this.connection ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: this.config.region,
        endpoint: this.config.endpoint ?? undefined,
        forcePathStyle: this.config.forcePathStyle,
        // Given explicitly, so the SDK never goes looking for others (files, instance metadata).
        credentials: this.config.credentials,
        // The SDK's newer default checksums (CRC32 headers, aws-chunked bodies) are refused by
        // several S3-compatible services; Content-MD5 below, which all of them check, is used instead.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    }));
    return this.connection;
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.config.prefix}${key}`;
  }

  // The callers hold the whole file already (at most 20 MB, read and typed before it is stored),
  // so one PutObject is enough: no multipart upload, nothing half-written is ever visible.
  async put(key: string, bytes: Uint8Array): Promise<void> {
    const objectKey = this.objectKey(key);
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.config.bucket,
        Key: objectKey,
        Body: bytes,
        ContentLength: bytes.byteLength,
        // The service refuses the upload if a byte changed on the way.
        ContentMD5: createHash("md5").update(bytes).digest("base64"),
        // The routes send the real type; the object itself is never served directly.
        ContentType: "application/octet-stream",
      }),
    );
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const objectKey = this.objectKey(key);
    const { sdk, client } = await this.connect();
    try {
      const output = await client.send(new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
      if (!output.Body) return null;
      return output.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    const { sdk, client } = await this.connect();
    try {
      // S3 answers 204 for a key that is not there; some compatible services answer 404.
      await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
    } catch (error) {
      if (!isMissingObject(error)) throw error;
    }
  }

  /** Resolves when the bucket answers to these credentials (for a readiness check); throws otherwise. */
  async check(): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.HeadBucketCommand({ Bucket: this.config.bucket }));
  }

  /** Closes the pooled connections (tests, scripts); the store can still be used afterwards. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    if (connection) (await connection).client.destroy();
  }
}
