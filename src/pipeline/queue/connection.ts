import type { ConnectionOptions } from 'bullmq';

/**
 * BullMQ's connection options for a Redis URL. BullMQ 6 leaves the client to the caller and cannot
 * load ioredis itself from an ES module, so its factory is set here, once, to make ioredis clients.
 */
export async function redisConnection(url: string): Promise<ConnectionOptions> {
  const [{ RedisConnection, createIORedisClient }, { Redis }] = await Promise.all([import('bullmq'), import('ioredis')]);
  RedisConnection.clientFactory ??= (options) => {
    const { url: at, ...rest } = options as typeof options & { url?: string };
    return createIORedisClient(at ? new Redis(at, rest) : new Redis(rest));
  };
  return { url } as ConnectionOptions;
}
