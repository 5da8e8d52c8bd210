import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { PhotoStore } from './store.js';
import { PHOTO_ID } from './store.js';

export interface S3Config {
  bucket: string;
  /** Key prefix inside the bucket, e.g. `buurtkit/photos/`. */
  prefix: string;
  /** Another S3-compatible service (MinIO, Ceph, a Dutch cloud); AWS when not given. */
  endpoint?: string;
  region: string;
}

/**
 * Photos in an S3-compatible object store, for large installs. Credentials come the AWS
 * SDK's usual ways (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance
 * role); nothing of them passes through Buurtkit's own configuration. Objects are private:
 * photos reach staff only through the API, which checks the staff token.
 */
export class S3PhotoStore implements PhotoStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
    });
  }

  private key(id: string) {
    if (!PHOTO_ID.test(id)) throw new Error('invalid photo id');
    return `${this.config.prefix}${id}`;
  }

  async put(id: string, bytes: Buffer) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: this.key(id), Body: bytes, ContentLength: bytes.length }),
    );
  }

  async get(id: string) {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(id) }));
      return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : null;
    } catch (e) {
      if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
      throw e;
    }
  }

  async delete(id: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(id) }));
  }

  destroy() {
    this.client.destroy();
  }
}
