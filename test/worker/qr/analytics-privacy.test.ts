import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { exportDownloadUrl } from '../../../worker/modules/privacy/index.ts'
import { call, createTestTenant, TEST_SECRET, type TestTenant } from '../../helpers/tenant.ts'
import { downloadArchive, pathOf, waitForExport } from '../privacy/helpers.ts'
import { at, countWhere, deliver, insertCode, scanOf } from './scans-helpers.ts'

const QR_TABLES = [
  'qr_codes',
  'qr_scans',
  'qr_scan_daily',
  'qr_scan_visitors',
  'qr_conversions',
  'qr_batches',
]

/** A tenant with a code, its scans (rollups, today's hashes), a conversion, a batch and its KV route. */
async function withQrData() {
  const t = await createTestTenant()
  const code = await insertCode(t)
  await deliver('events', [scanOf(code), scanOf(code, { at: at('2025-03-10'), visitorHash: 'b'.repeat(32) })])
  await env.DB.prepare('insert into qr_conversions (lead_id, tenant_id, code_id, day) values (?, ?, ?, ?)')
    .bind(newId('lead'), t.tenantId, code.id, '2025-03-10')
    .run()
  await env.DB.prepare(
    "insert into qr_batches (id, tenant_id, source, total, options) values (?, ?, 'csv', 1, '{}')",
  )
    .bind(newId('qrBatch'), t.tenantId)
    .run()
  await env.SITE_CACHE.put(`qr:${code.code}`, JSON.stringify({ v: 1, tenantId: t.tenantId }))
  for (const table of QR_TABLES)
    expect(await countWhere(table, 'tenant_id', t.tenantId), table).toBeGreaterThan(0)
  return { t, code }
}

async function runDailyCronUntilPurged(t: TestTenant) {
  for (let run = 0; run < 5; run++) {
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    const row = await env.DB.prepare('select purge_after from tenants where id = ?').bind(t.tenantId).first()
    if (row?.purge_after === null) return
  }
  throw new Error(`tenant ${t.tenantId} was not purged`)
}

describe('QR data and privacy', () => {
  it("the purge deletes every qr_* row and short link of the tenant, and only that tenant's", async () => {
    const { t, code } = await withQrData()
    const bystander = await withQrData()
    const name = await env.DB.prepare('select name from tenants where id = ?')
      .bind(t.tenantId)
      .first<{ name: string }>()
    const deleted = await call('/api/v1/tenant', {
      method: 'DELETE',
      token: t.token,
      body: JSON.stringify({ confirm: name!.name }),
    })
    expect(deleted.status).toBe(200)
    await env.DB.prepare('update tenants set purge_after = ? where id = ?').bind(1000, t.tenantId).run()
    await runDailyCronUntilPurged(t)

    for (const table of QR_TABLES) expect(await countWhere(table, 'tenant_id', t.tenantId), table).toBe(0)
    expect(await env.SITE_CACHE.get(`qr:${code.code}`)).toBeNull()
    for (const table of QR_TABLES) {
      expect(await countWhere(table, 'tenant_id', bystander.t.tenantId), table).toBeGreaterThan(0)
    }
    expect(await env.SITE_CACHE.get(`qr:${bystander.code.code}`)).not.toBeNull()
    // A scan still in the queue when the purge ran brings nothing back.
    const late = await deliver('events', [scanOf(code)])
    expect(late.explicitAcks).toHaveLength(1)
    expect(await countWhere('qr_scans', 'tenant_id', t.tenantId)).toBe(0)
  })

  it('the organisation export holds the codes (never a password hash) and the daily rollups', async () => {
    const { t, code } = await withQrData()
    const secret = `pbkdf2-sha256$100000$${crypto.randomUUID()}`
    await env.DB.prepare('update qr_codes set password_hash = ? where id = ?').bind(secret, code.id).run()
    const requested = await t.post('/api/v1/privacy/exports', { scope: 'tenant' })
    expect(requested.status).toBe(202)
    const done = await waitForExport(t, requested.body.id)
    expect(done.row.status).toBe('ready')
    const link = await exportDownloadUrl('http://localhost', TEST_SECRET, requested.body.id, new Date())
    const { text, json } = await downloadArchive(pathOf(link.url))

    expect(json('qr-codes.json')).toEqual([
      expect.objectContaining({ id: code.id, code: code.code, label: code.label, passwordProtected: true }),
    ])
    expect(text['qr-codes.json']).not.toContain(secret)
    expect(text['qr-codes.json']).not.toContain('passwordHash')
    const rollups = json('qr-scans-daily.json')
    expect(rollups).toContainEqual(
      expect.objectContaining({
        codeId: code.id,
        day: '2025-03-10',
        dimension: 'total',
        value: '',
        scans: 1,
      }),
    )
    expect(rollups.every((r: Record<string, unknown>) => !('tenantId' in r))).toBe(true)
    expect(json('manifest.json').files).toContainEqual(
      expect.objectContaining({ file: 'qr-scans-daily.json', records: rollups.length }),
    )
  })
})
