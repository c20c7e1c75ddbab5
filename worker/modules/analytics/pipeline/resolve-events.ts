// Before a group of events is written: which tenants still exist, which sites a beacon may
// name, and which QR codes the events came through. One query each for the whole group, so a
// group of up to 50 events stays well within D1's 100 bound parameters per query.
import { and, eq, inArray, ne, or } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { branches } from '../../brands/index.ts'
import { qrCodes } from '../../qr/qr.tables.ts'
import { sites } from '../../sites/sites.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { analyticsRow, type EventRow, type Placement, scanRow, type ViaCode } from './event-row.ts'
import type { Incoming } from './parse-messages.ts'

export interface Resolved {
  message: Message<unknown>
  row: EventRow
}

export interface Dropped {
  message: Message<unknown>
  eventId: string
  tenantId: string
  why: 'unknown tenant' | 'unknown site' | 'unknown code'
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))]

async function liveTenants(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await ctx.d1
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(inArray(tenants.id, ids), ne(tenants.status, 'deleted')))
  return new Set(rows.map((row) => row.id))
}

/** Sites a beacon named, with the brand and branch they belong to (never the beacon's word). */
async function sitesById(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, Placement & { tenantId: string }>()
  const rows = await ctx.d1
    .select({
      siteId: sites.id,
      tenantId: sites.tenantId,
      branchId: sites.branchId,
      brandId: branches.brandId,
    })
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .where(inArray(sites.id, ids))
  return new Map(rows.map((row) => [row.siteId, row]))
}

/** Codes by id (scans) and by short code (visits through `?qr=`). */
async function codesOf(ctx: Ctx, ids: string[], shortCodes: string[]) {
  const conditions = [
    ids.length > 0 ? inArray(qrCodes.id, ids) : undefined,
    shortCodes.length > 0 ? inArray(qrCodes.code, shortCodes) : undefined,
  ].filter((c) => c !== undefined)
  if (conditions.length === 0) return []
  return ctx.d1
    .select({ id: qrCodes.id, code: qrCodes.code, tenantId: qrCodes.tenantId, placement: qrCodes.placement })
    .from(qrCodes)
    .where(or(...conditions))
}

const tenantOf = (item: Incoming) => (item.kind === 'scan' ? item.scan.tenantId : item.event.tenantId)
const eventIdOf = (item: Incoming) => (item.kind === 'scan' ? item.scan.id : item.event.id)

type Lookups = Awaited<ReturnType<typeof lookUp>>

async function lookUp(ctx: Ctx, incoming: readonly Incoming[]) {
  const beacons = incoming.flatMap((item) =>
    item.kind === 'event' && item.event.unverified ? [item.event] : [],
  )
  const [alive, sitesFound, codes] = await Promise.all([
    liveTenants(ctx, distinct(incoming.map(tenantOf))),
    sitesById(ctx, distinct(beacons.map((event) => event.siteId))),
    codesOf(
      ctx,
      distinct(incoming.map((item) => (item.kind === 'scan' ? item.scan.codeId : null))),
      distinct(incoming.map((item) => (item.kind === 'event' ? item.event.qrCode : null))),
    ),
  ])
  return {
    alive,
    sitesFound,
    codeById: new Map(codes.map((code) => [code.id, code])),
    codeByShort: new Map(codes.map((code) => [code.code, code])),
    platformHosts: ctx.config.PLATFORM_HOSTS,
  }
}

/** The row to write, or why the event counts nowhere. */
function decide(item: Incoming, found: Lookups): EventRow | Dropped['why'] {
  const tenantId = tenantOf(item)
  if (!found.alive.has(tenantId)) return 'unknown tenant'
  if (item.kind === 'scan') {
    // Like QR's own rollups: a scan of a code that is not the tenant's counts nowhere.
    if (found.codeById.get(item.scan.codeId)?.tenantId !== tenantId) return 'unknown code'
    return scanRow(item.scan, found.platformHosts)
  }
  const { event } = item
  const code = event.qrCode ? found.codeByShort.get(event.qrCode) : undefined
  const via: ViaCode | null =
    code?.tenantId === tenantId ? { qrCodeId: code.id, placement: code.placement } : null
  if (!event.unverified) {
    const where = { brandId: event.brandId, branchId: event.branchId, siteId: event.siteId }
    return analyticsRow(event, where, via, found.platformHosts)
  }
  const site = event.siteId ? found.sitesFound.get(event.siteId) : undefined
  if (!site || site.tenantId !== tenantId) return 'unknown site'
  const where: Placement = { brandId: site.brandId, branchId: site.branchId, siteId: site.siteId }
  return analyticsRow(event, where, via, found.platformHosts)
}

export async function resolveEvents(ctx: Ctx, incoming: readonly Incoming[]) {
  const found = await lookUp(ctx, incoming)
  const kept: Resolved[] = []
  const dropped: Dropped[] = []
  for (const item of incoming) {
    const decision = decide(item, found)
    if (typeof decision === 'string')
      dropped.push({
        message: item.message,
        tenantId: tenantOf(item),
        eventId: eventIdOf(item),
        why: decision,
      })
    else kept.push({ message: item.message, row: decision })
  }
  return { kept, dropped }
}
