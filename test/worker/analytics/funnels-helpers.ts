// Shared setup for the funnel tests (funnels-api, funnel-report): dates relative to today,
// the classic Scan → View → WhatsApp → Lead funnel, raw events seeded straight into D1, the
// journeys those reports count, and creating a funnel through the API.
import { env } from 'cloudflare:test'
import { expect } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import type { EventKind, Exclusion } from '../../../worker/modules/analytics/analytics.tables.ts'
import { analyticsEvents } from '../../../worker/modules/analytics/analytics.tables.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export const DAY_MS = 86_400_000
export const dayAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10)
export const YESTERDAY = dayAgo(1)
export const BEFORE = dayAgo(2)

export const CLASSIC = {
  name: 'Scan to lead',
  steps: [
    { kind: 'scan', label: 'Scan' },
    { kind: 'view', label: 'View' },
    { kind: 'action', action: 'whatsapp', label: 'WhatsApp click' },
    { kind: 'lead', label: 'Lead' },
  ],
}

export interface Ev {
  visitor: string | null
  kind: EventKind
  action?: 'whatsapp' | 'call'
  day?: string
  time: string
  excluded?: Exclusion
  branchId?: string
}

/** Raw events as the pipeline stores them, straight into D1: only what funnels read varies. */
export async function seed(t: TestTenant, events: Ev[]) {
  const db = d1(env.DB)
  const rows = events.map((e) => {
    const day = e.day ?? YESTERDAY
    return db.insert(analyticsEvents).values({
      id: newId('analyticsEvent'),
      tenantId: t.tenantId,
      kind: e.kind,
      action: e.action ?? null,
      brandId: t.brandId,
      branchId: e.branchId ?? t.branchId,
      siteId: t.siteId,
      path: '/',
      at: new Date(`${day}T${e.time}Z`),
      day,
      source: 'qr',
      deviceType: 'mobile',
      visitor: e.visitor,
      excluded: e.excluded ?? null,
      batchId: 'seed',
    })
  })
  const [first, ...rest] = rows
  if (first) await db.batch([first, ...rest])
}

/**
 * One journey per visitor, each testing one rule. Scan → View → WhatsApp → Lead over
 * yesterday and the day before:
 * v1 does it all (yesterday) and scan → view the day before (a second visitor-day);
 * v2 scans and views, then views again; v3 views before scanning (order matters);
 * v4's scan is a bot's; v5's view was a prefetch; v6 scans and views in the same millisecond,
 * then calls (not WhatsApp); v7 asked not to be tracked (no hash); v8 scans before midnight and
 * views after it (two visitor-days); vB is on another branch.
 */
export const JOURNEYS: Ev[] = [
  { visitor: 'v1', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v1', kind: 'view', time: '10:01:00.000' },
  { visitor: 'v1', kind: 'action', action: 'whatsapp', time: '10:05:00.000' },
  { visitor: 'v1', kind: 'lead', time: '10:10:00.000' },
  { visitor: 'v1', kind: 'scan', day: BEFORE, time: '09:00:00.000' },
  { visitor: 'v1', kind: 'view', day: BEFORE, time: '09:01:00.000' },
  { visitor: 'v2', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v2', kind: 'view', time: '10:02:00.000' },
  { visitor: 'v2', kind: 'view', time: '10:03:00.000' },
  { visitor: 'v3', kind: 'view', time: '09:00:00.000' },
  { visitor: 'v3', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v3', kind: 'action', action: 'whatsapp', time: '10:30:00.000' },
  { visitor: 'v4', kind: 'scan', time: '10:00:00.000', excluded: 'bot' },
  { visitor: 'v4', kind: 'view', time: '10:01:00.000' },
  { visitor: 'v4', kind: 'action', action: 'whatsapp', time: '10:02:00.000' },
  { visitor: 'v5', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v5', kind: 'view', time: '10:01:00.000', excluded: 'prefetch' },
  { visitor: 'v6', kind: 'scan', time: '11:00:00.000' },
  { visitor: 'v6', kind: 'view', time: '11:00:00.000' },
  { visitor: 'v6', kind: 'action', action: 'call', time: '11:01:00.000' },
  { visitor: null, kind: 'scan', time: '12:00:00.000' },
  { visitor: null, kind: 'view', time: '12:01:00.000' },
  { visitor: 'v8', kind: 'scan', day: BEFORE, time: '23:59:00.000' },
  { visitor: 'v8', kind: 'view', time: '00:01:00.000' },
  { visitor: 'vB', kind: 'scan', time: '13:00:00.000', branchId: 'bra_elsewhere' },
  { visitor: 'vB', kind: 'view', time: '13:01:00.000', branchId: 'bra_elsewhere' },
]

export async function funnelOf(t: TestTenant, body: unknown): Promise<string> {
  const res = await t.post('/api/v1/analytics/funnels', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.id
}

export const visitorsOf = (body: { steps: { visitors: number }[] }) => body.steps.map((s) => s.visitors)
