import { sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'

/**
 * Runs `fn` with the branch scope of the transaction lifted, then puts the actor's back.
 *
 * A merge is checked under the actor's scope (every record must be one they can see), but what
 * hangs off those records may lie in other branches: an activity logged while the contact
 * belonged elsewhere, a deal of another branch. Those rows move to the record that stays, in
 * their own branch; left behind, the delete of the merged record would cascade them away.
 * Nothing is read back to the actor while the scope is lifted.
 */
export async function acrossBranches<T>(
  tx: PgTx,
  branchIds: readonly string[] | null,
  fn: () => Promise<T>,
): Promise<T> {
  if (branchIds === null) return fn()
  await tx.execute(sql`select set_config('app.branch_ids', '*', true)`)
  const result = await fn()
  // No finally: after a failure the transaction is aborted and rolls back whole anyway.
  await tx.execute(sql`select set_config('app.branch_ids', ${branchIds.join(',')}, true)`)
  return result
}
