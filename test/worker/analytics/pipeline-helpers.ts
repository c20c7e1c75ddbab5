// Analytics events as the collector and the lead pipeline queue them, and readers of what the
// pipeline wrote. The consumer is driven with `deliver` (the Worker's real queue handler).
import { env } from 'cloudflare:test'
import { newId } from '../../../worker/lib/ids.ts'
import type { AnalyticsEvent } from '../../../worker/modules/analytics/events/analytics-event.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { insertCode } from '../qr/scans-helpers.ts'

export { deliver } from '../../helpers/queue.ts'
export { at, insertBranch, insertCode, scanOf } from '../qr/scans-helpers.ts'

/** Whose event it is; a test tenant will do (its brand, first branch and site). */
interface Owner {
  tenantId: string
  brandId: string | null
  branchId: string | null
  siteId: string | null
}

/** A fresh tenant, owner of the events a test builds, with a QR code on its branch. */
export async function tenantWithCode(code: Parameters<typeof insertCode>[1] = {}) {
  const t = await createTestTenant()
  return { t, code: await insertCode(t, code) }
}

const NO_UTM = { source: null, medium: null, campaign: null, term: null, content: null }

export type EventOverrides = Partial<Omit<AnalyticsEvent, 'utm'>> & { utm?: Partial<AnalyticsEvent['utm']> }

/** A page view from a phone in Lisbon, counted, by visitor 'A'; override what a test is about. */
export function viewOf(owner: Owner, overrides: EventOverrides = {}): AnalyticsEvent {
  const { utm, ...rest } = overrides
  return {
    type: 'analytics',
    id: newId('analyticsEvent'),
    kind: 'view',
    action: null,
    target: null,
    tenantId: owner.tenantId,
    brandId: owner.brandId,
    branchId: owner.branchId,
    siteId: owner.siteId,
    path: '/',
    at: Date.now(),
    referrerHost: null,
    utm: { ...NO_UTM, ...utm },
    country: 'PT',
    region: 'Lisbon',
    city: 'Lisbon',
    deviceType: 'mobile',
    os: 'iOS',
    browser: 'Safari',
    language: 'pt',
    visitor: 'A'.repeat(32),
    excluded: null,
    qrCode: null,
    leadId: null,
    unverified: false,
    ...rest,
  }
}

export const actionOf = (owner: Owner, action: AnalyticsEvent['action'], overrides: EventOverrides = {}) =>
  viewOf(owner, { kind: 'action', action, ...overrides })

/** One stored touch of a lead, as the lead pipeline sends it (the id is the touch's). */
export const leadOf = (owner: Owner, leadId: string, overrides: EventOverrides = {}) =>
  viewOf(owner, { kind: 'lead', id: newId('leadTouch'), leadId, path: '/', ...overrides })

export const visitor = (letter: string) => letter.repeat(32)

type Counters = Partial<Record<'visitors' | 'views' | 'actions' | 'scans' | 'leads' | 'excluded', number>>

const COUNTERS = ['visitors', 'views', 'actions', 'scans', 'leads', 'excluded'] as const

const nonZero = (row: Record<string, unknown>): Counters =>
  Object.fromEntries(COUNTERS.filter((c) => row[c] !== 0).map((c) => [c, row[c]]))

/** A scope's daily rollups for one day and dimension, by value (only the non-zero counters). */
export async function dimensionOf(scope: string, day: string, dimension: string) {
  const { results } = await env.DB.prepare(
    'select * from analytics_daily where scope = ? and day = ? and dimension = ? order by value',
  )
    .bind(scope, day, dimension)
    .all<Record<string, unknown>>()
  return Object.fromEntries(results.map((row) => [row.value as string, nonZero(row)]))
}

export const totalOf = async (scope: string, day: string) =>
  (await dimensionOf(scope, day, 'total'))[''] ?? {}

/** A scope's hourly rollups, as { 'HH': counters } for the hours of one UTC day. */
export async function hoursOf(scope: string, day: string) {
  const start = Date.parse(`${day}T00:00:00Z`) / 3_600_000
  const { results } = await env.DB.prepare(
    'select * from analytics_hourly where scope = ? and hour >= ? and hour < ? order by hour',
  )
    .bind(scope, start, start + 24)
    .all<Record<string, unknown>>()
  return Object.fromEntries(
    results.map((row) => [String((row.hour as number) - start).padStart(2, '0'), nonZero(row)]),
  )
}

export const rowsOf = async <T = Record<string, unknown>>(query: string, ...params: unknown[]) =>
  (
    await env.DB.prepare(query)
      .bind(...params)
      .all<T>()
  ).results

export const countOf = async (table: string, column: string, value: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where ${column} = ?`)
    .bind(value)
    .first<{ n: number }>())!.n
