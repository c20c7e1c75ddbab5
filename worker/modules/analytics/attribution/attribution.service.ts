import { and } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { Attribution, LeadTouches } from '../analytics.schemas.ts'
import type { TouchChannel } from '../analytics.tables.ts'
import { analyticsRange } from '../query/range.ts'
import { resolveScope } from '../query/scope.ts'
import type { AttributionGroup, AttributionQuery, LeadTouchesQuery } from './attribution.query.ts'
import { inDays, isLead, leadScopeSql, type TouchRow, touchRows } from './lead-touches.repo.ts'
import { attributeLeads, leadCredits, MODELS, roundToTotal } from './models.ts'

interface TouchFacts {
  at: Date
  channel: TouchChannel
  source: string
  medium: string | null
  campaign: string | null
  referrerHost: string | null
  qrCodeId: string | null
  placement: string | null
}

interface LeadPath {
  leadId: string
  at: Date
  touches: TouchFacts[]
}

/** What a lead with no recorded touch is credited to: it arrived on its own. */
const directTouch = (at: Date): TouchFacts => ({
  at,
  channel: 'direct',
  source: 'direct',
  medium: null,
  campaign: null,
  referrerHost: null,
  qrCodeId: null,
  placement: null,
})

/** Rows come ordered by lead, then time; a lead without touches has one row of nulls. */
function leadPaths(rows: readonly TouchRow[]): LeadPath[] {
  const paths: LeadPath[] = []
  for (const row of rows) {
    let path = paths.at(-1)
    if (path?.leadId !== row.leadId) {
      path = { leadId: row.leadId, at: row.leadAt, touches: [] }
      paths.push(path)
    }
    if (row.touchId === null || row.at === null || row.channel === null || row.source === null) continue
    const { at, channel, source, medium, campaign, referrerHost, qrCodeId, placement } = row
    path.touches.push({ at, channel, source, medium, campaign, referrerHost, qrCodeId, placement })
  }
  for (const path of paths) if (path.touches.length === 0) path.touches.push(directTouch(path.at))
  return paths
}

const orNone = (value: string | null) => (value ? value : '(none)')

function keyOf(group: AttributionGroup, touch: TouchFacts): string {
  switch (group) {
    case 'source':
      return touch.source
    case 'campaign':
      return orNone(touch.campaign)
    case 'placement':
      return orNone(touch.placement)
    case 'channel':
      return touch.channel
  }
}

/** Leads created in the period within the scope, with every model's credit per key side by side. */
export async function getAttribution(ctx: TenantCtx, query: AttributionQuery): Promise<Attribution> {
  const scope = await resolveScope(ctx, query)
  const { current } = analyticsRange({ ...query, compare: 'none' }, ctx.now())
  const rows = await touchRows(
    ctx.d1,
    ctx.tenantId,
    and(inDays(current.from, current.to), leadScopeSql(scope)),
  )
  const paths = leadPaths(rows)
  const leads = paths.map((path) => ({
    at: path.at.getTime(),
    touches: path.touches.map((t) => ({ at: t.at.getTime(), key: keyOf(query.groupBy, t) })),
  }))
  return {
    scope: { level: scope.level, id: scope.id, name: scope.name },
    period: { from: current.from, to: current.to },
    groupBy: query.groupBy,
    halfLifeHours: query.halfLifeHours,
    leads: paths.length,
    rows: attributeLeads(leads, query.halfLifeHours),
  }
}

/** One lead's touches and each model's share per touch (four decimals, adding up to 1). */
export async function getLeadTouches(
  ctx: TenantCtx,
  leadId: string,
  query: LeadTouchesQuery,
): Promise<LeadTouches> {
  // The member's own view: a lead of a branch they do not look after is not found.
  const scope = await resolveScope(ctx, {})
  const [path] = leadPaths(await touchRows(ctx.d1, ctx.tenantId, and(isLead(leadId), leadScopeSql(scope))))
  if (!path) throw new ApiError('NOT_FOUND', `Lead ${leadId} not found`)
  const credits = leadCredits(
    path.touches.map((t) => t.at.getTime()),
    path.at.getTime(),
    query.halfLifeHours,
  )
  const credit = Object.fromEntries(MODELS.map((model) => [model, roundToTotal(credits[model], 1, 4)]))
  return {
    leadId: path.leadId,
    at: path.at.toISOString(),
    touches: path.touches.map((t) => ({ ...t, at: t.at.toISOString() })),
    credit: credit as LeadTouches['credit'],
  }
}
