import { and, asc, eq } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { passkeys } from '../auth/index.ts'

export type PasskeyRow = typeof passkeys.$inferSelect

export async function listPasskeysOf(db: D1Db, userId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt))
}

/** A passkey by credential id; with a user id, only if it is theirs. */
export async function findPasskey(db: D1Db, credentialId: string, userId?: string) {
  const [row] = await db
    .select()
    .from(passkeys)
    .where(
      userId
        ? and(eq(passkeys.id, credentialId), eq(passkeys.userId, userId))
        : eq(passkeys.id, credentialId),
    )
    .limit(1)
  return row
}

export async function recordPasskeyUse(db: D1Db, credentialId: string, counter: number, at: Date) {
  await db.update(passkeys).set({ counter, lastUsedAt: at }).where(eq(passkeys.id, credentialId))
}
