// Bulk batches: what is refused up front (nothing written), who may see a batch, and how the
// job fails, dead-letters and expires without leaving half a ZIP behind.
import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../brands/brand-helpers.ts'
import { deliver } from '../privacy/helpers.ts'
import {
  addBranch,
  batchMessage,
  batchRow,
  countRows,
  downloadZip,
  insertBatch,
  waitForBatch,
} from './batch-helpers.ts'

const HEADER = 'label,placement,branch,target_url\n'

async function frontDoor(t: TestTenant, label = 'Door') {
  const res = await t.post('/api/v1/qr-codes', {
    kind: 'dynamic',
    label,
    target: { type: 'microsite', branchId: t.branchId },
  })
  expect(res.status).toBe(201)
  return res.body as { id: string; code: string }
}

describe('refused up front, with nothing written', () => {
  it('answers a CSV with problems 400, naming each row', async () => {
    const t = await createTestTenant()
    const csv =
      HEADER +
      'Table 1,table 1,main-street,\n' +
      'Table 2,table 2,nowhere,\n' +
      'Script,x,,javascript:alert(1)\n' +
      ',table 4,main-street,\n' +
      'Router,x,main-street,http://10.0.0.1/admin\n' +
      'Nothing,x,,\n'
    const res = await t.post('/api/v1/qr-batches', { source: 'csv', csv })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', detail: 'The CSV has 5 problems' })
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'csv.rows.3.branch',
      'csv.rows.4.target_url',
      'csv.rows.5.label',
      'csv.rows.6.target_url',
      'csv.rows.7.branch',
    ])
    expect(res.body.errors[0].message).toBe('Row 3 (branch): No branch "nowhere" here')
    expect(await countRows('qr_codes', t.tenantId)).toBe(0)
    expect(await countRows('qr_batches', t.tenantId)).toBe(0)
  })

  it('refuses a broken file: an open quote, a missing label column, too many rows', async () => {
    const t = await createTestTenant()
    const open = await t.post('/api/v1/qr-batches', {
      source: 'csv',
      csv: `${HEADER}"Table 1,x,main-street,\n`,
    })
    expect(open.status).toBe(400)
    expect(open.body.errors).toEqual([
      { path: 'csv.rows.2', message: 'Row 2: A quoted field is never closed' },
    ])
    const header = await t.post('/api/v1/qr-batches', { source: 'csv', csv: 'name,branch\nA,main-street\n' })
    expect(header.status).toBe(400)
    expect(header.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'csv.rows.1',
      'csv.rows.1.label',
    ])
    const rows = Array.from({ length: 501 }, (_, i) => `T${i},,main-street,`).join('\n')
    const many = await t.post('/api/v1/qr-batches', { source: 'csv', csv: HEADER + rows })
    expect(many.status).toBe(400)
    expect(many.body.errors[0].message).toMatch(/At most 500 rows/)
    expect(await countRows('qr_batches', t.tenantId)).toBe(0)
  })

  it('counts every new code against the plan before queueing anything', async () => {
    const t = await createTestTenant()
    const rows = Array.from({ length: 26 }, (_, i) => `Table ${i},table ${i},main-street,`).join('\n')
    const res = await t.post('/api/v1/qr-batches', { source: 'csv', csv: HEADER + rows })
    expect(res.status).toBe(402)
    expect(res.body.code).toBe('LIMIT_EXCEEDED')
    expect(await countRows('qr_codes', t.tenantId)).toBe(0)
    expect(await countRows('qr_batches', t.tenantId)).toBe(0)
  })

  it('refuses a design the new codes could not scan with, and an unknown brand', async () => {
    const t = await createTestTenant()
    const pale = await t.post('/api/v1/qr-batches', {
      source: 'brand',
      brandId: t.brandId,
      design: { foreground: '#eeeeee', background: '#ffffff' },
    })
    expect(pale.status).toBe(400)
    expect(pale.body.errors.map((e: { path: string }) => e.path)).toContain('design.foreground')
    const unknown = await t.post('/api/v1/qr-batches', { source: 'brand', brandId: newId('brand') })
    expect(unknown.status).toBe(404)
    expect(await countRows('qr_batches', t.tenantId)).toBe(0)
  })
})

describe('who may make and see batches', () => {
  it('needs qr.manage to start one; anyone with qr.read may list', async () => {
    const t = await createTestTenant()
    const viewer = await addMember(t, 'viewer')
    const res = await viewer.post('/api/v1/qr-batches', { source: 'brand', brandId: t.brandId })
    expect(res.status).toBe(403)
    expect((await viewer.get('/api/v1/qr-batches')).status).toBe(200)
  })

  it("keeps a manager to their branches, and hides others' batches from them", async () => {
    const t = await createTestTenant()
    await addBranch(t, 'harbour', 'Harbour')
    const manager = await addMember(t, 'manager', [t.branchId])
    const own = await manager.post('/api/v1/qr-batches', {
      source: 'brand',
      brandId: t.brandId,
      formats: ['svg'],
    })
    expect(own.status).toBe(202)
    expect(own.body.total).toBe(1)
    const other = await manager.post('/api/v1/qr-batches', {
      source: 'csv',
      csv: `${HEADER}Pier,pier,harbour,\n`,
    })
    expect(other.status).toBe(400)
    expect(other.body.errors[0]).toMatchObject({ path: 'csv.rows.2.branch' })

    const everyBranch = await t.post('/api/v1/qr-batches', {
      source: 'brand',
      brandId: t.brandId,
      formats: ['svg'],
    })
    expect(everyBranch.status).toBe(202)
    expect((await manager.get(`/api/v1/qr-batches/${everyBranch.body.id}`)).status).toBe(404)
    const listed = (await manager.get('/api/v1/qr-batches')).body.data.map((b: { id: string }) => b.id)
    expect(listed).toEqual([own.body.id])
    await waitForBatch(t, own.body.id)
    await waitForBatch(t, everyBranch.body.id)
  })

  it("answers another tenant's batch 404, and lists only the tenant's own", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const batchId = await insertBatch(a, {
      status: 'done',
      archiveKey: `tenants/${a.tenantId}/qr-batches/x.zip`,
    })
    expect((await b.get(`/api/v1/qr-batches/${batchId}`)).status).toBe(404)
    expect((await b.get(`/api/v1/qr-batches/${batchId}/download`)).status).toBe(404)
    expect((await b.get('/api/v1/qr-batches')).body.data).toEqual([])
    expect((await a.get('/api/v1/qr-batches')).body.data.map((x: { id: string }) => x.id)).toEqual([batchId])
  })
})

describe('download', () => {
  it('answers 409 before the ZIP is ready and after a failure', async () => {
    const t = await createTestTenant()
    const running = await insertBatch(t, { status: 'running' })
    const res = await t.get(`/api/v1/qr-batches/${running}/download`)
    expect(res.status).toBe(409)
    expect(res.body.detail).toBe('This batch is still being built')
    const failed = await insertBatch(t, { status: 'failed' })
    expect((await t.get(`/api/v1/qr-batches/${failed}/download`)).status).toBe(409)
  })

  it('expires after seven days: the daily cron deletes the ZIP and the link answers 410', async () => {
    const t = await createTestTenant()
    const oldKey = `tenants/${t.tenantId}/qr-batches/old.zip`
    const freshKey = `tenants/${t.tenantId}/qr-batches/fresh.zip`
    await env.MEDIA.put(oldKey, new Uint8Array([80, 75, 5, 6]))
    await env.MEDIA.put(freshKey, new Uint8Array([80, 75, 5, 6]))
    const old = await insertBatch(t, { status: 'done', archiveKey: oldKey, expiresAt: Date.now() - 1000 })
    const fresh = await insertBatch(t, {
      status: 'done',
      archiveKey: freshKey,
      expiresAt: Date.now() + 86_400_000,
    })
    expect((await t.get(`/api/v1/qr-batches/${old}`)).body.downloadUrl).toBeNull()

    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    expect(await env.MEDIA.head(oldKey)).toBeNull()
    expect(await env.MEDIA.head(freshKey)).not.toBeNull()
    expect((await batchRow(old))?.archive_key).toBeNull()
    expect((await batchRow(fresh))?.archive_key).toBe(freshKey)
    const gone = await t.get(`/api/v1/qr-batches/${old}/download`)
    expect(gone.status).toBe(410)
    expect((await t.get(`/api/v1/qr-batches/${fresh}`)).body.downloadUrl).toBe(
      `/api/v1/qr-batches/${fresh}/download`,
    )
  })
})

describe('the job', () => {
  it('fails the batch with the reason and stores no ZIP when a code cannot be drawn', async () => {
    const t = await createTestTenant()
    const first = await frontDoor(t, 'First')
    const second = await frontDoor(t, 'Second')
    // The second code's logo is gone from the media library: rendering it is refused.
    await env.DB.prepare("update qr_codes set design = json_set(design, '$.logoMediaId', ?) where id = ?")
      .bind(newId('media'), second.id)
      .run()
    const batchId = await insertBatch(t, { codeIds: [first.id, second.id], formats: ['svg', 'png'] })
    const result = await deliver('exports', [batchMessage(t, batchId)])
    expect(result.explicitAcks).toHaveLength(1)
    const row = await batchRow(batchId)
    expect(row).toMatchObject({ status: 'failed', archive_key: null })
    expect(row?.error).toMatch(/no uploaded image/)
    expect(await env.MEDIA.head(`tenants/${t.tenantId}/qr-batches/${batchId}.zip`)).toBeNull()
  })

  it('retries a storage failure, and fails the batch on the last attempt', async () => {
    const t = await createTestTenant()
    const code = await frontDoor(t)
    const batchId = await insertBatch(t, { codeIds: [code.id] })
    const down = {
      ...env,
      MEDIA: {
        put: async () => {
          throw new Error('R2 is down')
        },
      },
    } as unknown as Env
    const early = await deliver('exports', [batchMessage(t, batchId)], 1, down)
    expect(early.retryMessages).toHaveLength(1)
    expect(await batchRow(batchId)).toMatchObject({ status: 'running', error: null })
    const last = await deliver('exports', [batchMessage(t, batchId)], 4, down)
    expect(last.retryMessages).toHaveLength(1)
    expect(await batchRow(batchId)).toMatchObject({
      status: 'failed',
      error: 'The batch could not be built; try again',
    })
  })

  it('marks a dead-lettered batch failed and parks the message', async () => {
    const t = await createTestTenant()
    const batchId = await insertBatch(t)
    await deliver('exports-dlq', [batchMessage(t, batchId)])
    expect(await batchRow(batchId)).toMatchObject({ status: 'failed' })
    const parked = await env.DB.prepare('select count(*) as n from dead_letters where body like ?')
      .bind(`%${batchId}%`)
      .first<{ n: number }>()
    expect(parked?.n).toBe(1)
  })

  it('shares the exports queue with privacy exports: each message reaches its own consumer', async () => {
    const t = await createTestTenant()
    const code = await frontDoor(t)
    const batchId = await insertBatch(t, { codeIds: [code.id] })
    const exportId = newId('dataExport')
    await env.DB.prepare(
      "insert into data_exports (id, scope, tenant_id, requested_by, status) values (?, 'user', null, ?, 'queued')",
    )
      .bind(exportId, t.userId)
      .run()
    const result = await deliver('exports', [
      { kind: 'export.requested', exportId, tenantId: null },
      batchMessage(t, batchId),
    ])
    expect(result.explicitAcks).toHaveLength(2)
    expect(await batchRow(batchId)).toMatchObject({ status: 'done', done: 1 })
    const exported = await env.DB.prepare('select status from data_exports where id = ?')
      .bind(exportId)
      .first()
    expect(exported).toMatchObject({ status: 'ready' })
    const { files } = await downloadZip(t, `/api/v1/qr-batches/${batchId}/download`)
    expect(Object.keys(files)).toContain('codes.csv')
  })
})
