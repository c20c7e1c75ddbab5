import { and, count, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import { recoveryCodes } from '../auth/index.ts'
import { hashRecoveryCode } from './mfa.crypto.ts'

export const RECOVERY_CODE_COUNT = 10
// Crockford's base32 in lower case: 32 symbols, so a random byte modulo 32 has no bias.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Ten random codes shaped `xxxx-xxxx-xx` (50 bits each), easy to read aloud and type. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...crypto.getRandomValues(new Uint8Array(10))].map((b) => ALPHABET[b % 32]).join('')
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
  })
}

/** Statements that replace every code of a user with these, for the caller's D1 batch. */
export async function replaceRecoveryCodesStatements(ctx: Ctx, userId: string, codes: string[]) {
  const rows = await Promise.all(
    codes.map(async (code) => ({
      id: newId('recoveryCode'),
      userId,
      codeHash: await hashRecoveryCode(ctx.config.SESSION_SECRET, userId, code),
    })),
  )
  return [
    ctx.d1.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
    ctx.d1.insert(recoveryCodes).values(rows),
  ] as const
}

export const deleteRecoveryCodesStatement = (ctx: Ctx, userId: string) =>
  ctx.d1.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))

/**
 * Marks a matching unused code used and says whether it did: one conditional UPDATE, so two
 * requests racing with the same code cannot both succeed.
 */
export async function consumeRecoveryCode(ctx: Ctx, userId: string, code: string): Promise<boolean> {
  const codeHash = await hashRecoveryCode(ctx.config.SESSION_SECRET, userId, code)
  const used = await ctx.d1
    .update(recoveryCodes)
    .set({ usedAt: ctx.now() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id })
  return used.length > 0
}

export async function countUnusedRecoveryCodes(ctx: Ctx, userId: string): Promise<number> {
  const [row] = await ctx.d1
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
  return row?.n ?? 0
}
