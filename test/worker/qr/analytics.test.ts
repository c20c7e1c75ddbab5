import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'
import { at, deliver, insertBranch, insertCode, scanOf, type TestCode } from './scans-helpers.ts'

const RANGE = 'from=2025-03-08&to=2025-03-12'
const hash = (who: string) => who.repeat(32).slice(0, 32)
const spain = { country: 'ES', region: 'Madrid', city: 'Madrid', os: 'Android', browser: 'Chrome' }

/**
 * One brand, two branches, four codes: two on Main Street, one at the Harbour and a flyer of the
 * brand itself (no branch). Seven scans over 9–12 March 2025, one of them a bot.
 */
async function seed() {
  const t = await createTestTenant()
  const harbour = await insertBranch(t)
  const codes = {
    table: await insertCode(t, { label: 'Main table', placement: 'table 4' }),
    window: await insertCode(t, { label: 'Main window', placement: 'window' }),
    harbour: await insertCode(t, { label: 'Harbour table', placement: 'table 4', branchId: harbour }),
    flyer: await insertCode(t, { label: 'Flyer', placement: null, branchId: null }),
  }
  const result = await deliver('events', [
    scanOf(codes.table, { at: at('2025-03-09', '10:00:00'), visitorHash: hash('a') }),
    scanOf(codes.table, { at: at('2025-03-09', '10:05:00'), visitorHash: hash('a') }),
    scanOf(codes.table, { at: at('2025-03-10'), visitorHash: hash('b'), ...spain }),
    scanOf(codes.table, { at: at('2025-03-10'), visitorHash: hash('x'), isBot: true, deviceType: 'other' }),
    scanOf(codes.window, {
      at: at('2025-03-10'),
      visitorHash: hash('c'),
      deviceType: 'desktop',
      os: 'macOS',
      browser: 'Chrome',
      city: 'Porto',
    }),
    scanOf(codes.harbour, { at: at('2025-03-11'), visitorHash: hash('a') }),
    scanOf(codes.flyer, {
      at: at('2025-03-12'),
      visitorHash: hash('d'),
      deviceType: 'tablet',
      os: 'iPadOS',
      country: null,
      region: null,
      city: null,
    }),
  ])
  expect(result.explicitAcks).toHaveLength(7)
  return { t, harbour, codes }
}

type Seeded = Awaited<ReturnType<typeof seed>>

const codeRow = (code: TestCode, scans: number, uniques: number) => ({
  codeId: code.id,
  label: code.label,
  placement: code.placement,
  value: code.label,
  scans,
  uniques,
})

describe('scan analytics', () => {
  let s: Seeded
  beforeAll(async () => {
    s = await seed()
  })

  it('per code: totals, a zero-filled series and every dimension, bots apart', async () => {
    const res = await s.t.get(`/api/v1/qr-codes/${s.codes.table.id}/analytics?${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      from: '2025-03-08',
      to: '2025-03-12',
      totals: { scans: 3, uniques: 2, bots: 1, leads: 0, conversionRate: 0 },
      series: [
        { day: '2025-03-08', scans: 0, uniques: 0, leads: 0 },
        { day: '2025-03-09', scans: 2, uniques: 1, leads: 0 },
        { day: '2025-03-10', scans: 1, uniques: 1, leads: 0 },
        { day: '2025-03-11', scans: 0, uniques: 0, leads: 0 },
        { day: '2025-03-12', scans: 0, uniques: 0, leads: 0 },
      ],
      placements: [{ value: 'table 4', scans: 3, uniques: 2 }],
      codes: [codeRow(s.codes.table, 3, 2)],
      countries: [
        { value: 'PT', scans: 2, uniques: 1 },
        { value: 'ES', scans: 1, uniques: 1 },
      ],
      cities: [
        { value: 'Lisbon, PT', scans: 2, uniques: 1 },
        { value: 'Madrid, ES', scans: 1, uniques: 1 },
      ],
      devices: [{ value: 'mobile', scans: 3, uniques: 2 }],
      os: [
        { value: 'iOS', scans: 2, uniques: 1 },
        { value: 'Android', scans: 1, uniques: 1 },
      ],
      browsers: [
        { value: 'Safari', scans: 2, uniques: 1 },
        { value: 'Chrome', scans: 1, uniques: 1 },
      ],
    })
  })

  it('per branch: only its codes, grouped by placement', async () => {
    const res = await s.t.get(`/api/v1/qr-analytics?branchId=${s.t.branchId}&${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body.totals).toEqual({ scans: 4, uniques: 3, bots: 1, leads: 0, conversionRate: 0 })
    expect(res.body.placements).toEqual([
      { value: 'table 4', scans: 3, uniques: 2 },
      { value: 'window', scans: 1, uniques: 1 },
    ])
    expect(res.body.codes).toEqual([codeRow(s.codes.table, 3, 2), codeRow(s.codes.window, 1, 1)])
    expect(res.body.devices).toEqual([
      { value: 'mobile', scans: 3, uniques: 2 },
      { value: 'desktop', scans: 1, uniques: 1 },
    ])
  })

  it('per brand, and for the whole organisation: every code, the brand-level flyer included', async () => {
    for (const query of [`brandId=${s.t.brandId}&${RANGE}`, RANGE]) {
      const res = await s.t.get(`/api/v1/qr-analytics?${query}`)
      expect(res.status, query).toBe(200)
      expect(res.body.totals, query).toEqual({ scans: 6, uniques: 5, bots: 1, leads: 0, conversionRate: 0 })
      expect(
        res.body.series.map((d: { scans: number }) => d.scans),
        query,
      ).toEqual([0, 2, 2, 1, 1])
      expect(res.body.placements, query).toEqual([
        { value: 'table 4', scans: 4, uniques: 3 },
        { value: '', scans: 1, uniques: 1 },
        { value: 'window', scans: 1, uniques: 1 },
      ])
      expect(res.body.codes[0], query).toEqual(codeRow(s.codes.table, 3, 2))
      expect(res.body.codes, query).toHaveLength(4)
      expect(res.body.countries, query).toEqual([
        { value: 'PT', scans: 4, uniques: 3 },
        { value: '', scans: 1, uniques: 1 },
        { value: 'ES', scans: 1, uniques: 1 },
      ])
      expect(
        res.body.devices.map((d: { value: string }) => d.value),
        query,
      ).toEqual(['mobile', 'desktop', 'tablet'])
    }
  })

  it('keeps the history of an archived code', async () => {
    await env.DB.prepare('update qr_codes set archived_at = ? where id = ?')
      .bind(Date.now(), s.codes.harbour.id)
      .run()
    const res = await s.t.get(`/api/v1/qr-codes/${s.codes.harbour.id}/analytics?${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body.totals.scans).toBe(1)
  })

  it('defaults to the last 30 UTC days, today included', async () => {
    const res = await s.t.get(`/api/v1/qr-codes/${s.codes.table.id}/analytics`)
    expect(res.status).toBe(200)
    const today = new Date().toISOString().slice(0, 10)
    expect(res.body.to).toBe(today)
    expect(res.body.series).toHaveLength(30)
    expect(res.body.series.at(-1).day).toBe(today)
    expect(res.body.series[0].day).toBe(res.body.from)
    expect(res.body.totals.scans).toBe(0)
  })

  it('refuses a backwards, too long or impossible range', async () => {
    const path = `/api/v1/qr-codes/${s.codes.table.id}/analytics`
    for (const query of [
      'from=2025-03-12&to=2025-03-08',
      'from=2024-01-01&to=2025-01-01',
      'from=2025-02-30',
      'to=yesterday',
    ]) {
      const res = await s.t.get(`${path}?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.code, query).toBe('BAD_REQUEST')
    }
    // 366 days is the most one request may ask for.
    expect((await s.t.get(`${path}?from=2024-01-01&to=2024-12-31`)).status).toBe(200)
  })
})

describe('who may read scan analytics', () => {
  let s: Seeded
  let other: TestTenant
  beforeAll(async () => {
    s = await seed()
    other = await createTestTenant()
  })

  it("answers 404 for another tenant's code, branch or brand", async () => {
    for (const path of [
      `/api/v1/qr-codes/${s.codes.table.id}/analytics`,
      `/api/v1/qr-analytics?branchId=${s.t.branchId}`,
      `/api/v1/qr-analytics?brandId=${s.t.brandId}`,
      `/api/v1/qr-analytics/export.csv?qrCodeId=${s.codes.table.id}`,
    ]) {
      const res = await other.get(path)
      expect(res.status, path).toBe(404)
      expect(res.body.code, path).toBe('NOT_FOUND')
    }
    const own = await other.get(`/api/v1/qr-analytics?${RANGE}`)
    expect(own.body.totals.scans).toBe(0)
  })

  it("limits a branch manager to the branch's codes", async () => {
    const manager = await addMember(s.t, 'manager', { branchIds: [s.t.branchId] })
    const everything = await manager.get(`/api/v1/qr-analytics?${RANGE}`)
    expect(everything.status).toBe(200)
    expect(everything.body.totals.scans).toBe(4)
    expect(everything.body.codes.map((c: { codeId: string }) => c.codeId)).toEqual([
      s.codes.table.id,
      s.codes.window.id,
    ])
    expect(
      (await manager.get(`/api/v1/qr-analytics?brandId=${s.t.brandId}&${RANGE}`)).body.totals.scans,
    ).toBe(4)
    expect((await manager.get(`/api/v1/qr-codes/${s.codes.table.id}/analytics`)).status).toBe(200)
    for (const path of [
      `/api/v1/qr-codes/${s.codes.harbour.id}/analytics`,
      // A code without a branch belongs to the brand: not a branch manager's to see.
      `/api/v1/qr-codes/${s.codes.flyer.id}/analytics`,
      `/api/v1/qr-analytics?branchId=${s.harbour}`,
      `/api/v1/qr-analytics/export.csv?qrCodeId=${s.codes.flyer.id}`,
    ]) {
      expect((await manager.get(path)).status, path).toBe(404)
    }
  })

  it('needs analytics:read on an API key', async () => {
    const keyWith = async (scopes: string[]) => {
      const key = `vk_live_${crypto.randomUUID()}`
      await env.DB.prepare(
        `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
         values (?, ?, 'k', 'vk_live_x', ?, ?, ?)`,
      )
        .bind(newId('apiKey'), s.t.tenantId, await hashSecret(key), JSON.stringify(scopes), s.t.userId)
        .run()
      return key
    }
    const qrOnly = await keyWith(['qr:write'])
    for (const path of ['/api/v1/qr-analytics', '/api/v1/qr-analytics/export.csv']) {
      const res = await call(path, { token: qrOnly })
      expect(res.status, path).toBe(403)
      expect(res.body.code, path).toBe('FORBIDDEN')
    }
    const reader = await keyWith(['analytics:read'])
    const res = await call(`/api/v1/qr-analytics?${RANGE}`, { token: reader })
    expect(res.status).toBe(200)
    expect(res.body.totals.scans).toBe(6)
  })
})
