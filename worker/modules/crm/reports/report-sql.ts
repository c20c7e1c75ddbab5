// SQL pieces every report shares: the range as instants, the period a timestamp falls in, and
// the filters on deals, contacts and activities. Aliases are fixed words, never input.
import { type SQL, sql } from 'drizzle-orm'
import type { ReportFilters } from './report-query.schemas.ts'
import type { ReportRange } from './report-range.ts'

/** The first instant of the range's first day in its zone. */
export const rangeStart = (r: ReportRange) => sql`(${r.from}::date::timestamp at time zone ${r.timeZone})`
/** The first instant after the range's last day. */
export const rangeEnd = (r: ReportRange) => sql`((${r.to}::date + 1)::timestamp at time zone ${r.timeZone})`

/** `column` (timestamptz) within the range. */
export const inRange = (column: SQL, r: ReportRange) =>
  sql`${column} >= ${rangeStart(r)} and ${column} < ${rangeEnd(r)}`

/** The first day (YYYY-MM-DD) of the week or month `column` falls in, in the range's zone. */
export const periodOf = (column: SQL, r: ReportRange) =>
  sql`to_char(date_trunc(${r.unit}, ${column} at time zone ${r.timeZone}), 'YYYY-MM-DD')`

type Alias = 'd' | 'c' | 'a'

/**
 * The tenant, not deleted, and the filters. `owner` names the column the owner filter applies
 * to (activities have a creator and an assignee, so their reports choose per count).
 */
export function recordFilters(
  alias: Alias,
  tenantId: string,
  filters: ReportFilters,
  owner: SQL | null = sql.raw(`${alias}.owner_user_id`),
): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`)
  const parts = [sql`${col('tenant_id')} = ${tenantId}`, sql`${col('deleted_at')} is null`]
  if (filters.pipelineId && alias === 'd') parts.push(sql`d.pipeline_id = ${filters.pipelineId}`)
  if (filters.branchId) parts.push(sql`${col('branch_id')} = ${filters.branchId}`)
  if (filters.ownerUserId && owner) parts.push(sql`${owner} = ${filters.ownerUserId}`)
  return sql.join(parts, sql` and `)
}

export const dealFilters = (tenantId: string, filters: ReportFilters) => recordFilters('d', tenantId, filters)
