import { and, eq, isNull } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import { activities } from './activities.tables.ts'
import { type ActivityRow, selectActivities } from './activity-view.ts'

export const activityNotFound = (activityId: string) =>
  new ApiError('NOT_FOUND', `Activity ${activityId} was not found`)

/** A live activity the transaction's actor may see, or a 404. */
export async function getActivity(tx: PgTx, tenantId: string, activityId: string): Promise<ActivityRow> {
  const [row] = await selectActivities(tx)
    .where(
      and(eq(activities.tenantId, tenantId), eq(activities.id, activityId), isNull(activities.deletedAt)),
    )
    .limit(1)
  if (!row) throw activityNotFound(activityId)
  return row
}

export interface Parents {
  contactId?: string | null
  companyId?: string | null
  dealId?: string | null
}

/**
 * The branch an activity about these records belongs to (the contact's, else the deal's,
 * else the company's, as the database trigger decides), after checking each is a live record
 * the actor sees: a 404 naming the first that is not.
 */
export async function parentBranch(tx: PgTx, tenantId: string, about: Parents): Promise<string | null> {
  const branches: (string | null)[] = []
  const find = async (kind: 'contact' | 'deal' | 'company', id: string | null | undefined): Promise<void> => {
    if (!id) return
    const table = kind === 'contact' ? contacts : kind === 'deal' ? deals : companies
    const [row] = await tx
      .select({ branchId: table.branchId })
      .from(table)
      .where(and(eq(table.tenantId, tenantId), eq(table.id, id), isNull(table.deletedAt)))
      .limit(1)
    if (!row) {
      const label = kind[0]?.toUpperCase() + kind.slice(1)
      throw new ApiError('NOT_FOUND', `${label} ${id} was not found`, {
        errors: [{ path: `${kind}Id`, message: `No such ${kind}` }],
      })
    }
    branches.push(row.branchId)
  }
  await find('contact', about.contactId)
  await find('deal', about.dealId)
  await find('company', about.companyId)
  return branches.find((b) => b !== null) ?? null
}
