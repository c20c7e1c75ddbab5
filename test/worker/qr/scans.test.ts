import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { at, countWhere, deliver, insertCode, rollupsOf, scanOf, waitForScans } from './scans-helpers.ts'

const totalOf = async (codeId: string, day: string) =>
  (await rollupsOf(codeId)).find((r) => r.day === day && r.dimension === 'total')

describe('the events consumer records scans', () => {
  it('stores a scan sent through the events queue, rolled up on every dimension', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const scan = scanOf(code, { at: at('2025-03-10'), referrerHost: 'instagram.com', ruleIndex: 0 })
    await env.EVENTS_QUEUE.send(scan, { contentType: 'json' })
    await waitForScans(code.id, 1)

    const row = await env.DB.prepare('select * from qr_scans where id = ?').bind(scan.id).first()
    expect(row).toMatchObject({
      tenant_id: t.tenantId,
      code_id: code.id,
      branch_id: t.branchId,
      day: '2025-03-10',
      placement: 'table 4',
      country: 'PT',
      city: 'Lisbon',
      device_type: 'mobile',
      referrer_host: 'instagram.com',
      is_bot: 0,
      rule_index: 0,
    })
    const counted = { day: '2025-03-10', scans: 1, uniques: 1, bots: 0 }
    expect(await rollupsOf(code.id)).toEqual([
      { ...counted, dimension: 'browser', value: 'Safari' },
      { ...counted, dimension: 'city', value: 'Lisbon, PT' },
      { ...counted, dimension: 'country', value: 'PT' },
      { ...counted, dimension: 'device', value: 'mobile' },
      { ...counted, dimension: 'os', value: 'iOS' },
      { ...counted, dimension: 'total', value: '' },
    ])
  })

  it('counts a redelivered scan once', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const scan = scanOf(code, { at: at('2025-03-10') })
    await env.EVENTS_QUEUE.sendBatch([{ body: scan }, { body: scan }])
    await waitForScans(code.id, 1)
    const again = await deliver('events', [scan], 2)
    expect(again.explicitAcks).toHaveLength(1)
    expect(await totalOf(code.id, '2025-03-10')).toMatchObject({ scans: 1, uniques: 1 })
  })

  it('tells unique scanners from repeats, per code and UTC day', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const other = await insertCode(t, { label: 'Window' })
    const ana = 'a'.repeat(32)
    const ben = 'b'.repeat(32)
    const result = await deliver('events', [
      scanOf(code, { at: at('2025-03-10', '09:00:00'), visitorHash: ana }),
      scanOf(code, { at: at('2025-03-10', '13:00:00'), visitorHash: ana }),
      scanOf(code, { at: at('2025-03-10', '23:59:59'), visitorHash: ben }),
      scanOf(code, { at: at('2025-03-11', '00:00:01'), visitorHash: ana }),
      scanOf(other, { at: at('2025-03-10'), visitorHash: ana }),
    ])
    expect(result.explicitAcks).toHaveLength(5)
    expect(await totalOf(code.id, '2025-03-10')).toMatchObject({ scans: 3, uniques: 2 })
    expect(await totalOf(code.id, '2025-03-11')).toMatchObject({ scans: 1, uniques: 1 })
    expect(await totalOf(other.id, '2025-03-10')).toMatchObject({ scans: 1, uniques: 1 })
    const iosOn10th = (await rollupsOf(code.id)).find((r) => r.day === '2025-03-10' && r.dimension === 'os')
    expect(iosOn10th).toMatchObject({ value: 'iOS', scans: 3, uniques: 2 })
  })

  it('keeps bots apart: stored and marked, counted only as bots', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const bot = scanOf(code, {
      at: at('2025-03-10'),
      isBot: true,
      deviceType: 'other',
      visitorHash: 'c'.repeat(32),
    })
    await deliver('events', [bot, scanOf(code, { at: at('2025-03-10') })])
    expect(await totalOf(code.id, '2025-03-10')).toMatchObject({ scans: 1, uniques: 1, bots: 1 })
    const device = (await rollupsOf(code.id)).filter((r) => r.dimension === 'device')
    expect(device).toEqual([
      expect.objectContaining({ value: 'mobile', scans: 1, bots: 0 }),
      expect.objectContaining({ value: 'other', scans: 0, uniques: 0, bots: 1 }),
    ])
    const stored = await env.DB.prepare('select is_bot from qr_scans where id = ?').bind(bot.id).first()
    expect(stored).toEqual({ is_bot: 1 })
    // A bot's hash is not kept: it never counts as a scanner.
    const hashes = await env.DB.prepare('select visitor_hash from qr_scan_visitors where code_id = ?')
      .bind(code.id)
      .all<{ visitor_hash: string }>()
    expect(hashes.results.map((r) => r.visitor_hash)).toEqual(['a'.repeat(32)])
  })

  it("drops a scan that names another tenant's code, and records nothing", async () => {
    const t = await createTestTenant()
    const stranger = await createTestTenant()
    const code = await insertCode(t)
    const forged = scanOf(code, { tenantId: stranger.tenantId })
    const result = await deliver('events', [forged])
    expect(result.explicitAcks).toHaveLength(1)
    expect(await countWhere('qr_scans', 'id', forged.id)).toBe(0)
    expect(await rollupsOf(code.id)).toEqual([])
    expect(await countWhere('qr_scan_daily', 'tenant_id', stranger.tenantId)).toBe(0)
  })

  it('retries malformed scans and other event types into the dead-letter queue', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const good = scanOf(code)
    const result = await deliver('events', [
      { type: 'qr.scan', id: 'half a scan' },
      { type: 'page.view', path: '/' },
      'not even an object',
      good,
    ])
    expect(result.explicitAcks).toEqual([expect.stringMatching(/-3$/)])
    expect(result.retryMessages).toHaveLength(3)
    expect(await countWhere('qr_scans', 'id', good.id)).toBe(1)
  })
})

describe('the daily cron', () => {
  it('deletes scanner hashes older than yesterday', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
    for (const daysAgo of [0, 1, 2, 40]) {
      await env.DB.prepare(
        'insert into qr_scan_visitors (tenant_id, code_id, day, visitor_hash) values (?, ?, ?, ?)',
      )
        .bind(t.tenantId, code.id, day(daysAgo), String(daysAgo).padStart(32, '0'))
        .run()
    }
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    const left = await env.DB.prepare('select day from qr_scan_visitors where code_id = ? order by day')
      .bind(code.id)
      .all<{ day: string }>()
    expect(left.results.map((r) => r.day)).toEqual([day(1), day(0)])
  })
})
