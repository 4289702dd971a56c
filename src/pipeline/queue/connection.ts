import type { ConnectionOptions } from 'bullmq';

/** How long the first connection may take before the command gives up on the server. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * BullMQ's connection options for a Redis URL, once the server there has answered: BullMQ's own
 * clients retry for ever, which is right for a run under way and wrong for a mistyped URL. BullMQ 6
 * leaves the client to the caller and cannot load ioredis itself from an ES module, so its factory
 * is set here, once, to make ioredis clients.
 */
export async function redisConnection(url: string): Promise<ConnectionOptions> {
  const [{ RedisConnection, createIORedisClient }, { Redis }] = await Promise.all([import('bullmq'), import('ioredis')]);
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new Error(`cannot reach the Redis server at ${redacted(url)}: ${(e as Error).message}`);
  } finally {
    probe.disconnect();
  }
  RedisConnection.clientFactory ??= (options) => {
    const { url: at, ...rest } = options as typeof options & { url?: string };
    return createIORedisClient(at ? new Redis(at, rest) : new Redis(rest));
  };
  return { url } as ConnectionOptions;
}

/** The URL without its password, for messages. */
export const redacted = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');
