import { env, SELF } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { newId } from '../../../worker/lib/ids.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

/** Adds an open branch to the tenant's brand; returns its id. */
export async function addBranch(t: TestTenant, slug: string, name: string): Promise<string> {
  const id = newId('branch')
  await env.DB.prepare('insert into branches (id, tenant_id, brand_id, slug, name) values (?, ?, ?, ?, ?)')
    .bind(id, t.tenantId, t.brandId, slug, name)
    .run()
  return id
}

/** Polls the batch (the exports consumer runs on its own timer) until it is done or failed. */
export async function waitForBatch(t: TestTenant, batchId: string, timeoutMs = 25_000) {
  const deadline = Date.now() + timeoutMs
  const seen: number[] = []
  while (Date.now() < deadline) {
    const res = await t.get(`/api/v1/qr-batches/${batchId}`)
    if (res.status !== 200) throw new Error(`batch answered ${res.status}: ${JSON.stringify(res.body)}`)
    seen.push(res.body.done)
    if (res.body.status === 'done' || res.body.status === 'failed') return { batch: res.body, seen }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`batch ${batchId} did not finish within ${timeoutMs} ms`)
}

/** Downloads a batch's ZIP with the tenant's token and unzips it into { name: bytes }. */
export async function downloadZip(t: TestTenant, path: string) {
  const res = await SELF.fetch(`http://localhost${path}`, { headers: { authorization: `Bearer ${t.token}` } })
  if (res.status !== 200) throw new Error(`download answered ${res.status}: ${await res.text()}`)
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
  return { res, files, text: (name: string) => strFromU8(files[name] ?? new Uint8Array()) }
}

/** codes.csv as rows of cells (every cell is quoted; no cell here holds a comma or quote). */
export const csvCells = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')))

export const countRows = async (table: string, tenantId: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where tenant_id = ?`)
    .bind(tenantId)
    .first<{ n: number }>())!.n

/** A batch row written straight to D1, for states the API reaches only with timing. */
export async function insertBatch(
  t: TestTenant,
  values: {
    status?: 'queued' | 'running' | 'done' | 'failed'
    codeIds?: string[]
    formats?: string[]
    archiveKey?: string | null
    expiresAt?: number | null
  } = {},
) {
  const id = newId('qrBatch')
  const codeIds = values.codeIds ?? []
  const options = {
    requestedBy: {
      kind: 'user',
      userId: t.userId,
      tenantId: t.tenantId,
      role: 'owner',
      branchIds: null,
      sessionId: 'ses_test',
      impersonatorId: null,
    },
    formats: values.formats ?? ['svg'],
    sheet: null,
    tents: false,
    design: null,
    branchIds: [t.branchId],
    items: codeIds.map((reuse) => ({ reuse })),
  }
  await env.DB.prepare(
    `insert into qr_batches (id, tenant_id, brand_id, source, status, total, options, archive_key, expires_at, finished_at)
     values (?, ?, ?, 'brand', ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      id,
      t.tenantId,
      t.brandId,
      values.status ?? 'queued',
      codeIds.length,
      JSON.stringify(options),
      values.archiveKey ?? null,
      values.expiresAt ?? null,
      values.status === 'done' ? Date.now() : null,
    )
    .run()
  return id
}

export const batchMessage = (t: TestTenant, batchId: string) => ({
  kind: 'qr.batch',
  batchId,
  tenantId: t.tenantId,
})

export const batchRow = (batchId: string) =>
  env.DB.prepare('select status, done, error, archive_key, code_ids from qr_batches where id = ?')
    .bind(batchId)
    .first<{
      status: string
      done: number
      error: string | null
      archive_key: string | null
      code_ids: string
    }>()
