// D1 queries for scheduled reports; tenantId is in every WHERE clause but the cron's lookup.
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm'
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core'
import type { Ctx } from '../../../context.ts'
import { branches, brands } from '../../brands/index.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { analyticsDaily, analyticsReports } from '../analytics.tables.ts'

export type ReportRow = typeof analyticsReports.$inferSelect
export type ReportRowWithName = ReportRow & { brandName: string | null; branchName: string | null }
type ReportChange = Omit<SQLiteUpdateSetSource<typeof analyticsReports>, 'id' | 'tenantId'>

const withNames = {
  report: analyticsReports,
  brandName: brands.name,
  branchName: branches.name,
}

/** Reports with their brand's and branch's names; `branchIds` limits to those branches' reports. */
export async function listReportRows(
  ctx: Ctx,
  tenantId: string,
  filter: { reportId?: string; branchIds: readonly string[] | null },
): Promise<ReportRowWithName[]> {
  if (filter.branchIds?.length === 0) return []
  const rows = await ctx.d1
    .select(withNames)
    .from(analyticsReports)
    .leftJoin(brands, and(eq(brands.id, analyticsReports.brandId), eq(brands.tenantId, tenantId)))
    .leftJoin(branches, and(eq(branches.id, analyticsReports.branchId), eq(branches.tenantId, tenantId)))
    .where(
      and(
        eq(analyticsReports.tenantId, tenantId),
        filter.reportId ? eq(analyticsReports.id, filter.reportId) : undefined,
        filter.branchIds ? inArray(analyticsReports.branchId, [...filter.branchIds]) : undefined,
      ),
    )
    .orderBy(desc(analyticsReports.createdAt), desc(analyticsReports.id))
  return rows.map(({ report, brandName, branchName }) => ({ ...report, brandName, branchName }))
}

export async function countReports(ctx: Ctx, tenantId: string): Promise<number> {
  const [row] = await ctx.d1
    .select({ n: count() })
    .from(analyticsReports)
    .where(eq(analyticsReports.tenantId, tenantId))
  return row?.n ?? 0
}

export const insertReport = (ctx: Ctx, row: typeof analyticsReports.$inferInsert) =>
  ctx.d1.insert(analyticsReports).values(row)

export const updateReportRow = (ctx: Ctx, tenantId: string, reportId: string, set: ReportChange) =>
  ctx.d1
    .update(analyticsReports)
    .set(set)
    .where(and(eq(analyticsReports.tenantId, tenantId), eq(analyticsReports.id, reportId)))

export const deleteReportRow = (ctx: Ctx, tenantId: string, reportId: string) =>
  ctx.d1
    .delete(analyticsReports)
    .where(and(eq(analyticsReports.tenantId, tenantId), eq(analyticsReports.id, reportId)))

const notSent = (frequency: ReportRow['frequency'], key: string) =>
  and(
    eq(analyticsReports.frequency, frequency),
    or(isNull(analyticsReports.lastPeriod), ne(analyticsReports.lastPeriod, key)),
  )

/**
 * Across tenants, for the daily cron: reports of active organisations whose last complete
 * period was not sent yet, oldest first, with the organisation's name for the subject.
 */
export async function listDueReports(ctx: Ctx, keys: { weekly: string; monthly: string }, limit: number) {
  return ctx.d1
    .select({ report: analyticsReports, tenantName: tenants.name })
    .from(analyticsReports)
    .innerJoin(tenants, eq(tenants.id, analyticsReports.tenantId))
    .where(
      and(
        eq(tenants.status, 'active'),
        isNull(tenants.deletedAt),
        or(notSent('weekly', keys.weekly), notSent('monthly', keys.monthly)),
      ),
    )
    .orderBy(asc(analyticsReports.createdAt), asc(analyticsReports.id))
    .limit(limit)
}

export async function tenantName(ctx: Ctx, tenantId: string): Promise<string> {
  const [row] = await ctx.d1.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId))
  return row?.name ?? ''
}

/**
 * The most visited branches of a brand (or of the whole organisation) over the days, from their
 * `total` rollup rows: views + scans, then leads. Only branches with some activity.
 */
export async function topBranchRows(
  ctx: Ctx,
  tenantId: string,
  brandId: string | null,
  days: { from: string; to: string },
  limit: number,
) {
  const views = sql<number>`sum(${analyticsDaily.views})`
  const scans = sql<number>`sum(${analyticsDaily.scans})`
  const leads = sql<number>`sum(${analyticsDaily.leads})`
  return ctx.d1
    .select({ name: branches.name, brandName: brands.name, views, scans, leads })
    .from(branches)
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .innerJoin(
      analyticsDaily,
      and(
        eq(analyticsDaily.scope, branches.id),
        eq(analyticsDaily.dimension, 'total'),
        eq(analyticsDaily.value, ''),
        gte(analyticsDaily.day, days.from),
        lte(analyticsDaily.day, days.to),
      ),
    )
    .where(
      and(
        eq(branches.tenantId, tenantId),
        eq(analyticsDaily.tenantId, tenantId),
        brandId ? eq(branches.brandId, brandId) : undefined,
      ),
    )
    .groupBy(branches.id)
    .having(sql`${views} + ${scans} + ${leads} > 0`)
    .orderBy(desc(sql`${views} + ${scans}`), desc(leads), asc(branches.name))
    .limit(limit)
}
