import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { exportDownloadUrl } from '../../../worker/modules/privacy/index.ts'
import { linkIn, waitForEmail } from '../../helpers/mail.ts'
import { call, createTestTenant, TEST_SECRET, type TestTenant } from '../../helpers/tenant.ts'
import { deliver, downloadArchive, pathOf, storeLead, waitForExport } from './helpers.ts'

const PASSWORD_HASH = `pbkdf2-sha256$100000$${crypto.randomUUID()}`
const TOTP_SECRET = `sealed-totp-${crypto.randomUUID()}`

async function ownerWithSecrets() {
  const t = await createTestTenant({ passwordHash: PASSWORD_HASH })
  await env.DB.prepare('update users set totp_secret = ? where id = ?').bind(TOTP_SECRET, t.userId).run()
  return t
}

async function requestAndWait(t: TestTenant, scope: 'user' | 'tenant') {
  const res = await t.post('/api/v1/privacy/exports', { scope })
  expect(res.status).toBe(202)
  expect(res.body).toMatchObject({ scope, status: 'queued', progress: 0 })
  const done = await waitForExport(t, res.body.id)
  expect(done.row.status).toBe('ready')
  return { id: res.body.id as string, ...done }
}

describe('organisation export', () => {
  it('builds a ZIP of D1 and Postgres data, e-mails a signed link, and streams it', async () => {
    const t = await ownerWithSecrets()
    const lead = await storeLead(t, 'Exported Person')
    const keyHash = await hashSecret(`vk_live_${crypto.randomUUID()}`)
    await env.DB.prepare(
      `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
       values (?, ?, 'Zapier', 'vk_live_Ab12', ?, '["leads:read"]', ?)`,
    )
      .bind(newId('apiKey'), t.tenantId, keyHash, t.userId)
      .run()

    const { id, row } = await requestAndWait(t, 'tenant')
    expect(row).toMatchObject({ progress: 100, bytes: expect.any(Number), completedAt: expect.any(String) })

    const email = await waitForEmail(t.email, /organisation's data export is ready/)
    const { res, text, json } = await downloadArchive(pathOf(linkIn(email, `/api/v1/privacy/exports/${id}/`)))
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="vitrine-export-${id}.zip"`)

    const manifest = json('manifest.json')
    expect(manifest).toMatchObject({ exportId: id, scope: 'tenant', tenantId: t.tenantId })
    expect(manifest.files).toContainEqual(expect.objectContaining({ file: 'crm/leads.json', records: 1 }))
    expect(json('organisation.json')).toMatchObject({ id: t.tenantId })
    expect(json('crm/leads.json')).toEqual([
      expect.objectContaining({ id: lead.leadId, message: 'Table for two' }),
    ])
    expect(json('crm/contacts.json')).toEqual([expect.objectContaining({ name: 'Exported Person' })])
    expect(json('crm/activities.json').length).toBeGreaterThan(0)
    expect(json('members.json')).toEqual([expect.objectContaining({ userId: t.userId, email: t.email })])
    expect(json('site-versions.json')).toEqual([expect.objectContaining({ id: t.versionId })])
    expect(json('api-keys.json')).toEqual([
      expect.objectContaining({ name: 'Zapier', prefix: 'vk_live_Ab12' }),
    ])
    expect(json('audit-events.json')).toContainEqual(
      expect.objectContaining({ action: 'data.export_requested', targetId: id }),
    )

    const everything = Object.values(text).join('\n')
    for (const secret of [PASSWORD_HASH, TOTP_SECRET, keyHash, 'passwordHash', 'keyHash', 'refreshHash']) {
      expect(everything).not.toContain(secret)
    }

    const audit = await env.DB.prepare(
      "select * from audit_events where action = 'data.export_downloaded' and target_id = ?",
    )
      .bind(id)
      .first()
    expect(audit).toMatchObject({ tenant_id: t.tenantId, actor_type: 'system' })
  })

  it('needs data.export: an admin may not export the organisation', async () => {
    const t = await createTestTenant({ role: 'admin' })
    const res = await t.post('/api/v1/privacy/exports', { scope: 'tenant' })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
  })

  it('queues one export of a kind at a time', async () => {
    const t = await createTestTenant()
    await env.DB.prepare(
      "insert into data_exports (id, scope, tenant_id, requested_by, status) values (?, 'tenant', ?, ?, 'running')",
    )
      .bind(newId('dataExport'), t.tenantId, t.userId)
      .run()
    const res = await t.post('/api/v1/privacy/exports', { scope: 'tenant' })
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
  })

  it('marks the export failed on the last attempt, and the dead-letter queue parks it', async () => {
    const t = await createTestTenant()
    const exportId = newId('dataExport')
    await env.DB.prepare(
      "insert into data_exports (id, scope, tenant_id, requested_by, status) values (?, 'tenant', ?, ?, 'queued')",
    )
      .bind(exportId, t.tenantId, t.userId)
      .run()
    const message = { kind: 'export.requested', exportId, tenantId: t.tenantId }
    const down = {
      ...env,
      HYPERDRIVE: { ...env.HYPERDRIVE, connectionString: 'postgres://nobody:x@127.0.0.1:1/none' },
    } as Env
    const early = await deliver('exports', [message], 1, down)
    expect(early.retryMessages).toHaveLength(1)
    expect((await t.get('/api/v1/privacy/exports')).body.data[0]).toMatchObject({
      id: exportId,
      status: 'running',
    })

    const last = await deliver('exports', [message], 4, down)
    expect(last.retryMessages).toHaveLength(1)
    expect((await t.get('/api/v1/privacy/exports')).body.data[0]).toMatchObject({
      id: exportId,
      status: 'failed',
    })
  })

  it('marks an export failed when its message reaches the dead-letter queue, and parks it', async () => {
    const t = await createTestTenant()
    const exportId = newId('dataExport')
    await env.DB.prepare(
      "insert into data_exports (id, scope, tenant_id, requested_by, status) values (?, 'tenant', ?, ?, 'running')",
    )
      .bind(exportId, t.tenantId, t.userId)
      .run()
    const parked = await deliver('exports-dlq', [
      { kind: 'export.requested', exportId, tenantId: t.tenantId },
    ])
    expect(parked.ackAll).toBe(true)
    expect((await t.get('/api/v1/privacy/exports')).body.data[0]).toMatchObject({
      id: exportId,
      status: 'failed',
    })
    const letter = await env.DB.prepare(
      "select * from dead_letters where queue = 'exports-dlq' and tenant_id = ?",
    )
      .bind(t.tenantId)
      .first()
    expect(letter).toMatchObject({ queue: 'exports-dlq' })
  })
})

describe('personal export', () => {
  it("holds the person's own data and never their secrets", async () => {
    const t = await ownerWithSecrets()
    const { id } = await requestAndWait(t, 'user')
    const email = await waitForEmail(t.email, /^Your data export is ready/)
    const { json, text } = await downloadArchive(pathOf(linkIn(email, `/api/v1/privacy/exports/${id}/`)))
    expect(json('profile.json')).toMatchObject({ id: t.userId, email: t.email })
    expect(json('memberships.json')).toEqual([
      expect.objectContaining({ tenantId: t.tenantId, role: 'owner' }),
    ])
    expect(json('sessions.json').length).toBeGreaterThan(0)
    expect(text['crm/leads.json']).toBeUndefined()
    const everything = Object.values(text).join('\n')
    expect(everything).not.toContain(PASSWORD_HASH)
    expect(everything).not.toContain(TOTP_SECRET)
    expect(everything).not.toContain('refreshHash')
  })

  it('is open to any member, but not to an API key', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.post('/api/v1/privacy/exports', { scope: 'user' })).status).toBe(202)
    const key = `vk_live_${crypto.randomUUID()}`
    await env.DB.prepare(
      `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
       values (?, ?, 'k', 'vk_live_x', ?, '["leads:read"]', ?)`,
    )
      .bind(newId('apiKey'), t.tenantId, await hashSecret(key), t.userId)
      .run()
    const res = await call('/api/v1/privacy/exports', {
      method: 'POST',
      token: key,
      body: JSON.stringify({ scope: 'user' }),
    })
    expect(res.status).toBe(403)
  })

  it('rejects an unknown scope', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/privacy/exports', { scope: 'everything' })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
  })
})

describe('download links', () => {
  async function readyExport() {
    const t = await createTestTenant()
    const { id } = await requestAndWait(t, 'user')
    return { t, id }
  }

  it('refuses a tampered signature or expiry (403) and an expired link (410)', async () => {
    const { id } = await readyExport()
    const good = new URL((await exportDownloadUrl('http://localhost', TEST_SECRET, id, new Date())).url)
    const signature = good.searchParams.get('signature')!
    const expires = Number(good.searchParams.get('expires'))
    const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1)
    const download = (e: number, s: string) =>
      call(`/api/v1/privacy/exports/${id}/download?expires=${e}&signature=${s}`)

    expect((await download(expires, flipped)).status).toBe(403)
    expect((await download(expires + 86_400, signature)).status).toBe(403)
    expect((await download(expires, 'not-hex')).status).toBe(403)

    const past = await exportDownloadUrl(
      'http://localhost',
      TEST_SECRET,
      id,
      new Date(Date.now() - 8 * 86_400_000),
    )
    const expired = await call(pathOf(past.url))
    expect(expired.status).toBe(410)
    expect(expired.body.code).toBe('GONE')
  })

  it("does not list or open another person's exports", async () => {
    const { t, id } = await readyExport()
    const other = await createTestTenant()
    const list = await other.get('/api/v1/privacy/exports')
    expect(list.status).toBe(200)
    expect(list.body.data.map((e: { id: string }) => e.id)).not.toContain(id)
    // A valid link for one's own export does not open another id.
    const { id: otherId } = await requestAndWait(other, 'user')
    const own = new URL((await exportDownloadUrl('http://localhost', TEST_SECRET, otherId, new Date())).url)
    const res = await call(`/api/v1/privacy/exports/${id}/download${own.search}`)
    expect(res.status).toBe(403)
    expect((await t.get('/api/v1/privacy/exports')).body.data.map((e: { id: string }) => e.id)).toContain(id)
  })
})

describe('archive retention', () => {
  it('deletes archives once every link to them has expired, keeping the row', async () => {
    const t = await createTestTenant()
    const [old, fresh] = [newId('dataExport'), newId('dataExport')]
    for (const [id, daysAgo] of [
      [old, 8],
      [fresh, 1],
    ] as const) {
      await env.MEDIA.put(`exports/users/${id}.zip`, 'zip')
      await env.DB.prepare(
        `insert into data_exports (id, scope, requested_by, status, progress, object_key, completed_at)
         values (?, 'user', ?, 'ready', 100, ?, ?)`,
      )
        .bind(id, t.userId, `exports/users/${id}.zip`, Date.now() - daysAgo * 86_400_000)
        .run()
    }
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    expect(await env.MEDIA.head(`exports/users/${old}.zip`)).toBeNull()
    expect(await env.MEDIA.head(`exports/users/${fresh}.zip`)).not.toBeNull()
    const rows = await env.DB.prepare('select id, object_key from data_exports where requested_by = ?')
      .bind(t.userId)
      .all<{ id: string; object_key: string | null }>()
    expect(Object.fromEntries(rows.results.map((r) => [r.id, r.object_key]))).toEqual({
      [old]: null,
      [fresh]: `exports/users/${fresh}.zip`,
    })
  })
})
