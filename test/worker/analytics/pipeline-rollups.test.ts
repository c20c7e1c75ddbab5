import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import {
  actionOf,
  at,
  countOf,
  deliver,
  dimensionOf,
  hoursOf,
  insertBranch,
  leadOf,
  rowsOf,
  scanOf,
  tenantWithCode,
  totalOf,
  viewOf,
  visitor,
} from './pipeline-helpers.ts'

const DAY = '2025-03-10'
const A = visitor('A')
const B = visitor('B')
const C = visitor('C')
const D = visitor('D')

/** A tenant whose brand has a second branch, and a QR code on the first. */
async function setup() {
  const { t, code } = await tenantWithCode()
  return { t, code, harbour: await insertBranch(t) }
}

describe('the analytics consumer rolls up a mixed batch', () => {
  it('counts views, actions, scans and leads exactly, with bots and previews only as excluded', async () => {
    const { t, code, harbour } = await setup()
    const result = await deliver('events', [
      viewOf(t, {
        at: at(DAY, '09:10:00'),
        visitor: A,
        utm: { source: 'Newsletter', campaign: 'spring', medium: 'email' },
      }),
      viewOf(t, {
        at: at(DAY, '09:40:00'),
        visitor: B,
        path: '/menu',
        referrerHost: 'www.google.com',
        country: 'ES',
        city: 'Madrid',
        deviceType: 'desktop',
        os: 'Windows',
        browser: 'Chrome',
        language: 'es',
      }),
      viewOf(t, { at: at(DAY, '10:05:00'), visitor: A, path: '/menu', qrCode: code.code }),
      actionOf(t, 'call', { at: at(DAY, '10:06:00'), visitor: A }),
      actionOf(t, 'whatsapp', { at: at(DAY, '10:30:00'), visitor: B, path: '/menu' }),
      scanOf(code, { at: at(DAY, '09:00:00'), visitor: C }),
      scanOf(code, { at: at(DAY, '09:01:00'), isBot: true, deviceType: 'other', visitor: C }),
      viewOf(t, { at: at(DAY, '11:00:00'), visitor: null, excluded: 'preview' }),
      viewOf(t, { at: at(DAY, '11:30:00'), visitor: null, excluded: 'bot', deviceType: 'other' }),
      leadOf(t, 'lead_mixed_1', { at: at(DAY, '10:10:00'), visitor: A }),
      // The second branch, and the brand's landing page (no branch) seen by A again.
      viewOf({ ...t, branchId: harbour, siteId: null }, { at: at(DAY, '12:00:00'), visitor: D }),
      viewOf({ ...t, branchId: null, siteId: null }, { at: at(DAY, '12:30:00'), visitor: A }),
    ])
    expect(result.retryMessages).toEqual([])
    expect(result.explicitAcks).toHaveLength(12)

    const branch = { visitors: 3, views: 3, actions: 2, scans: 1, leads: 1, excluded: 3 }
    expect(await totalOf(t.branchId, DAY)).toEqual(branch)
    expect(await totalOf(harbour, DAY)).toEqual({ visitors: 1, views: 1 })
    // A counts once in the brand and the organisation, though seen on two of their pages.
    expect(await totalOf(t.brandId, DAY)).toEqual({ ...branch, visitors: 4, views: 5 })
    expect(await totalOf(t.tenantId, DAY)).toEqual({ ...branch, visitors: 4, views: 5 })

    expect(await dimensionOf(t.branchId, DAY, 'source')).toEqual({
      newsletter: { views: 1 },
      'google.com': { views: 1 },
      qr: { views: 1, scans: 1 },
      direct: { actions: 2, leads: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'excluded')).toEqual({
      bot: { excluded: 2 },
      preview: { excluded: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'placement')).toEqual({
      '': { views: 2, actions: 2, leads: 1 },
      'table 4': { views: 1, scans: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'action')).toEqual({
      call: { actions: 1 },
      whatsapp: { actions: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'path')).toEqual({
      '/': { views: 1, actions: 1 },
      '/menu': { views: 2, actions: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'referrer')).toEqual({
      '': { views: 2, actions: 2, scans: 1, leads: 1 },
      'www.google.com': { views: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'campaign')).toEqual({
      '': { views: 2, actions: 2, scans: 1, leads: 1 },
      spring: { views: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'city')).toEqual({
      'Lisbon, PT': { views: 2, actions: 2, scans: 1, leads: 1 },
      'Madrid, ES': { views: 1 },
    })
    expect(await dimensionOf(t.branchId, DAY, 'device')).toEqual({
      desktop: { views: 1 },
      mobile: { views: 2, actions: 2, scans: 1, leads: 1 },
    })
    expect(await hoursOf(t.branchId, DAY)).toEqual({
      '09': { views: 2, scans: 1, excluded: 1 },
      '10': { views: 1, actions: 2, leads: 1 },
      '11': { excluded: 2 },
    })
    expect(await hoursOf(t.tenantId, DAY)).toEqual({
      '09': { views: 2, scans: 1, excluded: 1 },
      '10': { views: 1, actions: 2, leads: 1 },
      '11': { excluded: 2 },
      '12': { views: 2 },
    })
    // Raw rows keep everything, bots and previews included; a bot scan is marked.
    expect(await countOf('analytics_events', 'tenant_id', t.tenantId)).toBe(12)
    const [bot] = await rowsOf(
      "select excluded, source from analytics_events where tenant_id = ? and kind = 'scan' and excluded is not null",
      t.tenantId,
    )
    expect(bot).toEqual({ excluded: 'bot', source: 'qr' })
  })

  it('counts a redelivered event once, in a later batch or twice in one', async () => {
    const { t } = await setup()
    const first = viewOf(t, { at: at(DAY), visitor: A })
    await deliver('events', [first, first])
    const again = await deliver('events', [first, viewOf(t, { at: at(DAY), visitor: B })], 2)
    expect(again.explicitAcks).toHaveLength(2)
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 2, views: 2 })
    expect(await totalOf(t.branchId, DAY)).toEqual({ visitors: 2, views: 2 })
    expect(await countOf('analytics_events', 'tenant_id', t.tenantId)).toBe(2)
  })

  it('counts each visitor once per scope and UTC day, across batches', async () => {
    const { t, harbour } = await setup()
    const other = { ...t, branchId: harbour, siteId: null }
    await deliver('events', [
      viewOf(t, { at: at('2025-03-10', '08:00:00'), visitor: A }),
      viewOf(t, { at: at('2025-03-10', '09:00:00'), visitor: A }),
      viewOf(t, { at: at('2025-03-10', '09:30:00'), visitor: B }),
      viewOf(other, { at: at('2025-03-10', '10:00:00'), visitor: A }),
      viewOf(t, { at: at('2025-03-11', '00:00:01'), visitor: A }),
      viewOf(t, { at: at('2025-03-10', '10:00:00'), visitor: null }),
    ])
    await deliver('events', [viewOf(t, { at: at('2025-03-10', '23:59:59'), visitor: A })])
    expect(await totalOf(t.branchId, '2025-03-10')).toEqual({ visitors: 2, views: 5 })
    expect(await totalOf(harbour, '2025-03-10')).toEqual({ visitors: 1, views: 1 })
    expect(await totalOf(t.tenantId, '2025-03-10')).toEqual({ visitors: 2, views: 6 })
    expect(await totalOf(t.tenantId, '2025-03-11')).toEqual({ visitors: 1, views: 1 })
  })

  it('feeds QR rollups and analytics from the same scan', async () => {
    const { t, code } = await setup()
    const scan = scanOf(code, { at: at(DAY), visitor: C })
    const result = await deliver('events', [scan])
    expect(result.explicitAcks).toHaveLength(1)
    expect(await countOf('qr_scans', 'id', scan.id)).toBe(1)
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 1, scans: 1 })
    const [row] = await rowsOf(
      'select qr_code_id, placement, source, visitor from analytics_events where id = ?',
      scan.id,
    )
    expect(row).toEqual({ qr_code_id: code.id, placement: 'table 4', source: 'qr', visitor: C })
  })
})

describe('events the consumer does not count', () => {
  it("takes a beacon's brand and branch from its site, and ignores unknown or foreign sites", async () => {
    const { t, harbour } = await setup()
    const stranger = await createTestTenant()
    const forged = { ...t, brandId: 'brd_forged', branchId: harbour }
    const result = await deliver('events', [
      actionOf(forged, 'directions', { at: at(DAY), unverified: true }),
      actionOf({ ...t, siteId: 'site_unknown' }, 'call', { at: at(DAY), unverified: true }),
      actionOf({ ...t, siteId: stranger.siteId }, 'call', { at: at(DAY), unverified: true }),
      actionOf({ ...t, siteId: null }, 'call', { at: at(DAY), unverified: true }),
    ])
    expect(result.explicitAcks).toHaveLength(4)
    expect(result.retryMessages).toEqual([])
    expect(await totalOf(t.branchId, DAY)).toEqual({ visitors: 1, actions: 1 })
    expect(await totalOf(t.brandId, DAY)).toEqual({ visitors: 1, actions: 1 })
    expect(await totalOf(harbour, DAY)).toEqual({})
    expect(await countOf('analytics_daily', 'scope', 'brd_forged')).toBe(0)
    expect(await countOf('analytics_events', 'tenant_id', t.tenantId)).toBe(1)
    expect(await countOf('analytics_events', 'tenant_id', stranger.tenantId)).toBe(0)
  })

  it('drops events of a tenant that no longer exists', async () => {
    const { t } = await setup()
    const gone = { ...t, tenantId: 'ten_gone' }
    const result = await deliver('events', [viewOf(gone, { at: at(DAY) })])
    expect(result.explicitAcks).toHaveLength(1)
    expect(await countOf('analytics_daily', 'tenant_id', 'ten_gone')).toBe(0)
  })

  it('retries what it cannot read into the dead-letter queue, and records the rest', async () => {
    const { t } = await setup()
    const good = viewOf(t, { at: at(DAY) })
    const result = await deliver('events', [
      { type: 'analytics', id: 'half an event' },
      { type: 'page.view', path: '/' },
      leadOf(t, 'x', { leadId: null }),
      viewOf(t, { at: 1e20 }),
      'not even an object',
      good,
    ])
    expect(result.explicitAcks).toEqual([expect.stringMatching(/-5$/)])
    expect(result.retryMessages).toHaveLength(5)
    expect(await countOf('analytics_events', 'id', good.id)).toBe(1)
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 1, views: 1 })
  })

  it('counts refused beacons per day and reason', async () => {
    const day = '2019-06-01'
    const before = await rowsOf<{ reason: string; count: number }>(
      'select reason, count from analytics_rejects where day = ?',
      day,
    )
    const base = (reason: string) => before.find((r) => r.reason === reason)?.count ?? 0
    const reject = (reason: string) => ({ type: 'analytics.reject', reason, at: at(day) })
    const result = await deliver('events', [reject('malformed'), reject('malformed'), reject('too_large')])
    expect(result.explicitAcks).toHaveLength(3)
    const after = await rowsOf<{ reason: string; count: number }>(
      'select reason, count from analytics_rejects where day = ? order by reason',
      day,
    )
    expect(Object.fromEntries(after.map((r) => [r.reason, r.count]))).toMatchObject({
      malformed: base('malformed') + 2,
      too_large: base('too_large') + 1,
    })
  })
})
