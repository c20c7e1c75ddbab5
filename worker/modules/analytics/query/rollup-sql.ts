// The pieces every rollup read shares: a scope's keys as one bound JSON array (D1 allows at most
// 100 bound parameters, and a member may look after more branches than that), null-safe sums,
// and the counters every view shows.
import { and, between, eq, type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { analyticsDaily, type RollupDimension } from '../analytics.tables.ts'
import type { AnalyticsScope } from './scope.ts'

/** `column in (keys)` with the keys bound once, whatever their number. */
export const inKeys = (column: SQLiteColumn, keys: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(keys)}))`

/**
 * The tenant filter every read carries, written `+tenant_id` so SQLite does not pick the
 * (tenant, day) index, which holds every scope's and dimension's rows of those days: the primary
 * key (scope, dimension, day, value) finds exactly the rows a view sums.
 */
export const ofTenant = (column: SQLiteColumn, tenantId: string): SQL => sql`+${column} = ${tenantId}`

export const sumOf = (value: SQLiteColumn | SQL) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number)

/** A sum over the rows of one side of `day >= from`, for reading a period and its comparison at once. */
export const sumWhen = (condition: SQL, value: SQLiteColumn | SQL) =>
  sql<number>`coalesce(sum(case when ${condition} then ${value} else 0 end), 0)`.mapWith(Number)

export interface DaySpan {
  from: string
  to: string
}

/** Daily rollup rows of a scope (through the primary key: scope, dimension, day). */
export const dailyRows = (tenantId: string, scope: AnalyticsScope, dimension: SQL, span: DaySpan) =>
  and(
    ofTenant(analyticsDaily.tenantId, tenantId),
    inKeys(analyticsDaily.scope, scope.keys),
    dimension,
    between(analyticsDaily.day, span.from, span.to),
  )

export const isDimension = (dimension: RollupDimension) => eq(analyticsDaily.dimension, dimension)

/** leads / visitors, 0–1 with four decimals; 0 without visitors. */
export const conversionRate = (leads: number, visitors: number) =>
  visitors > 0 ? Math.round((leads / visitors) * 10_000) / 10_000 : 0

/** How a view names whose numbers it shows. */
export const scopeInfo = ({ level, id, name }: AnalyticsScope) => ({ level, id, name })
