// The inbox's filters as one SQL condition, shared by the list and the CSV export so a
// download always holds exactly the rows the screen showed.
import { and, eq, gte, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { inBranchScope } from '../../auth/index.ts'
import { contacts } from '../../crm/contacts/contacts.tables.ts'
import { leads } from '../leads.tables.ts'
import { endOf, type LeadFilters, startOf } from './inbox.schemas.ts'

/** `%`, `_` and the escape character itself match literally inside an ILIKE pattern. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Phone numbers are stored as E.164, so a search for digits matches them digit for digit. */
const PHONE_DIGITS_MIN = 3

function searchCondition(q: string): SQL | undefined {
  if (!q) return undefined
  const pattern = likePattern(q)
  const digits = q.replace(/[\s()+.-]/g, '')
  const phone =
    /^\d+$/.test(digits) && digits.length >= PHONE_DIGITS_MIN
      ? sql`${contacts.phone} like ${likePattern(digits)}`
      : undefined
  return or(
    sql`${contacts.name} ilike ${pattern} escape '\\'`,
    sql`${contacts.email} ilike ${pattern} escape '\\'`,
    sql`${leads.message} ilike ${pattern} escape '\\'`,
    phone,
  )
}

function ownerCondition(ctx: TenantCtx, owner: string | undefined): SQL | undefined {
  if (owner === undefined) return undefined
  if (owner === 'unassigned') return isNull(leads.ownerUserId)
  if (owner !== 'me') return eq(leads.ownerUserId, owner)
  if (ctx.actor.kind !== 'user') throw new ApiError('BAD_REQUEST', '`owner=me` needs a signed-in person')
  return eq(leads.ownerUserId, ctx.actor.userId)
}

/**
 * `breached`: the first response came after the due time, or none came and the time has
 * passed (or the SLA check already recorded the breach). `due`: the clock is still running.
 */
function slaCondition(filter: LeadFilters['sla'], now: Date): SQL | undefined {
  if (filter === 'due') {
    return and(isNull(leads.firstResponseAt), isNotNull(leads.slaDueAt), sql`${leads.slaDueAt} > ${now}`)
  }
  if (filter === 'breached') {
    return or(
      isNotNull(leads.slaBreachedAt),
      sql`${leads.slaDueAt} < coalesce(${leads.firstResponseAt}, ${now}::timestamptz)`,
    )
  }
  return undefined
}

const spamCondition = (filter: LeadFilters['spam']) =>
  filter === 'only' ? eq(leads.spam, true) : filter === 'include' ? undefined : eq(leads.spam, false)

/** Everything a lead must match: the tenant, the actor's branches, and each filter given. */
export function leadConditions(ctx: TenantCtx, filters: LeadFilters): SQL {
  const conditions = [
    eq(leads.tenantId, ctx.tenantId),
    inBranchScope(leads.branchId, ctx.actor.branchIds),
    filters.branchId?.length ? inArray(leads.branchId, filters.branchId) : undefined,
    filters.source?.length ? inArray(leads.source, filters.source) : undefined,
    filters.status?.length ? inArray(leads.status, filters.status) : undefined,
    filters.sourceId ? eq(leads.sourceId, filters.sourceId) : undefined,
    ownerCondition(ctx, filters.owner),
    spamCondition(filters.spam),
    filters.from ? gte(leads.createdAt, startOf(filters.from)) : undefined,
    filters.to ? lt(leads.createdAt, endOf(filters.to)) : undefined,
    searchCondition(filters.q ?? ''),
    slaCondition(filters.sla, ctx.now()),
  ]
  return and(...conditions) as SQL
}
