import { and, desc, eq, isNull } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { users } from '../auth/auth.tables.ts'
import { apiKeys } from './api-keys.tables.ts'

const keyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdById: apiKeys.createdBy,
  createdByName: users.name,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
}
export type ApiKeyRow = NonNullable<Awaited<ReturnType<typeof findApiKey>>>

export const insertApiKey = (db: D1Db, row: typeof apiKeys.$inferInsert) => db.insert(apiKeys).values(row)

/** Newest first, revoked ones included so the list explains why an integration stopped. */
export function listApiKeys(db: D1Db, tenantId: string) {
  return db
    .select(keyColumns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.tenantId, tenantId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
}

export async function findApiKey(db: D1Db, tenantId: string, keyId: string) {
  const [row] = await db
    .select(keyColumns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, keyId)))
    .limit(1)
  return row
}

/** Sets revokedAt unless already set; the guard keeps the first revocation's time. */
export const revokeApiKey = (db: D1Db, tenantId: string, keyId: string, at: Date) =>
  db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
