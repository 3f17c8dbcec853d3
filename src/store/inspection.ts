import type { PrismaClient } from './prisma-client.ts';

// Tests look at rows the ports do not expose (a stopped subscription's reason, how many
// installations are kept). Storage does not carry its client; tests ask for it here by name,
// so that reading the tables directly stays visible and confined to them.

const clients = new WeakMap<object, PrismaClient>();

export function registerClient(storage: object, prisma: PrismaClient): void {
  clients.set(storage, prisma);
}

/** The Prisma client under a Storage, for tests that inspect its tables. */
export function prismaOf(storage: object): PrismaClient {
  const prisma = clients.get(storage);
  if (!prisma) throw new Error('not a Storage opened by openStorage');
  return prisma;
}
