import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** s3rver's fixed credentials: it checks request signatures against them. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LoopbackS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** An S3-compatible server on a free loopback port, storing in a temporary directory. */
export async function startLoopbackS3(): Promise<LoopbackS3> {
  const directory = await mkdtemp(join(tmpdir(), 'chanjiao-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
