// Leads as analytics recorded them and the touches that led to each, read for one scope.
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { analyticsLeads, analyticsTouches } from '../analytics.tables.ts'
import type { AnalyticsScope } from '../query/scope.ts'

// Branch lists go in as one JSON parameter: D1 binds at most 100 parameters per query.
export function leadScopeSql(scope: AnalyticsScope): SQL | undefined {
  if (scope.branchIds !== null)
    return sql`${analyticsLeads.branchId} in (select value from json_each(${JSON.stringify(scope.branchIds)}))`
  if (scope.brandId !== null) return eq(analyticsLeads.brandId, scope.brandId)
  return undefined
}

const touchColumns = {
  leadId: analyticsLeads.leadId,
  leadAt: analyticsLeads.at,
  touchId: analyticsTouches.id,
  at: analyticsTouches.at,
  channel: analyticsTouches.channel,
  source: analyticsTouches.source,
  medium: analyticsTouches.medium,
  campaign: analyticsTouches.campaign,
  referrerHost: analyticsTouches.referrerHost,
  qrCodeId: analyticsTouches.qrCodeId,
  placement: analyticsTouches.placement,
}

/** One row per touch (one with null touch columns for a lead without any), by lead then time. */
export function touchRows(db: D1Db, tenantId: string, where: SQL | undefined) {
  return db
    .select(touchColumns)
    .from(analyticsLeads)
    .leftJoin(
      analyticsTouches,
      and(
        eq(analyticsTouches.tenantId, analyticsLeads.tenantId),
        eq(analyticsTouches.leadId, analyticsLeads.leadId),
      ),
    )
    .where(and(eq(analyticsLeads.tenantId, tenantId), where))
    .orderBy(asc(analyticsLeads.leadId), asc(analyticsTouches.at), asc(analyticsTouches.id))
}
export type TouchRow = Awaited<ReturnType<typeof touchRows>>[number]

export const inDays = (from: string, to: string) =>
  and(gte(analyticsLeads.day, from), lte(analyticsLeads.day, to))
export const isLead = (leadId: string) => eq(analyticsLeads.leadId, leadId)
