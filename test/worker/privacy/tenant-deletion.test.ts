import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { connectPg, withTenant } from '../../../worker/lib/pg.ts'
import { contacts, ensureDefaultPipeline, pipelines, stages } from '../../../worker/modules/crm/index.ts'
import { leads } from '../../../worker/modules/leads/leads.tables.ts'
import { PURGED_TENANT_NAME } from '../../../worker/modules/privacy/index.ts'
import { call, createTestTenant, sessionTokenFor, type TestTenant } from '../../helpers/tenant.ts'
import { storeLead } from './helpers.ts'

const tenantName = async (t: TestTenant) =>
  (await env.DB.prepare('select name from tenants where id = ?').bind(t.tenantId).first<{ name: string }>())!
    .name

const deleteTenant = async (t: TestTenant, confirm: string, token = t.token) =>
  call('/api/v1/tenant', { method: 'DELETE', token, body: JSON.stringify({ confirm }) })

async function addHostname(t: TestTenant) {
  const hostname = `shop-${crypto.randomUUID().slice(0, 8)}.example.com`
  await env.DB.prepare(
    "insert into hostnames (id, tenant_id, hostname, brand_id, branch_id, status) values (?, ?, ?, ?, ?, 'active')",
  )
    .bind(newId('hostname'), t.tenantId, hostname, t.brandId, t.branchId)
    .run()
  return hostname
}

/** Runs the daily cron until it has purged this tenant (other due tenants may come first). */
async function runDailyCron(tenantId: string) {
  for (let run = 0; run < 5; run++) {
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    const row = await env.DB.prepare('select purge_after from tenants where id = ?').bind(tenantId).first()
    if (row?.purge_after === null) return
  }
  throw new Error(`tenant ${tenantId} was not purged`)
}

const countRows = async (table: string, tenantId: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where tenant_id = ?`)
    .bind(tenantId)
    .first<{ n: number }>())!.n

async function addPipeline(tenantId: string) {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    await withTenant(pg.db, tenantId, (tx) => ensureDefaultPipeline(tx, tenantId))
  } finally {
    await pg.close()
  }
}

async function crmCounts(tenantId: string) {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    return await withTenant(pg.db, tenantId, async (tx) => {
      const n = async (table: typeof leads | typeof contacts | typeof pipelines | typeof stages) =>
        (await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId)))[0]!.n
      return {
        leads: await n(leads),
        contacts: await n(contacts),
        pipelines: await n(pipelines),
        stages: await n(stages),
      }
    })
  } finally {
    await pg.close()
  }
}

describe('deleting an organisation', () => {
  it('needs the exact name typed to confirm', async () => {
    const t = await createTestTenant()
    const res = await deleteTenant(t, 'not the name')
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'confirm' })])
    expect((await t.get('/api/v1/leads')).status).toBe(200)
  })

  it('is for owners only', async () => {
    const t = await createTestTenant({ role: 'admin' })
    const res = await deleteTenant(t, await tenantName(t))
    expect(res.status).toBe(403)
  })

  it('takes the organisation offline at once: sessions, API keys and microsites', async () => {
    const t = await createTestTenant()
    const colleague = newId('user')
    await env.DB.prepare("insert into users (id, email, name, password_hash) values (?, ?, 'Col', 'x')")
      .bind(colleague, `${colleague}@example.test`)
      .run()
    await env.DB.prepare("insert into memberships (id, tenant_id, user_id, role) values (?, ?, ?, 'agent')")
      .bind(newId('membership'), t.tenantId, colleague)
      .run()
    const colleagueToken = await sessionTokenFor(colleague, t.tenantId)
    const hostname = await addHostname(t)
    // Both the platform page and the custom hostname are cached at the edge.
    expect((await call(t.pagePath)).status).toBe(200)
    expect((await call('/', { host: hostname })).status).toBe(200)
    expect(await env.SITE_CACHE.get(`host:${hostname}`)).not.toBeNull()

    const res = await deleteTenant(t, await tenantName(t))
    expect(res.status).toBe(200)
    const purgeAfter = new Date(res.body.purgeAfter).getTime()
    expect(purgeAfter - Date.now()).toBeGreaterThan(29 * 86_400_000)
    expect(res.headers.get('set-cookie')).toMatch(/vitrine_session=;/)

    expect((await t.get('/api/v1/leads')).status).toBe(401)
    expect((await call('/api/v1/leads', { token: colleagueToken })).status).toBe(401)
    const live = await env.DB.prepare(
      'select count(*) as n from sessions where tenant_id = ? and revoked_at is null',
    )
      .bind(t.tenantId)
      .first<{ n: number }>()
    expect(live?.n).toBe(0)
    expect((await call(t.pagePath)).status).toBe(410)
    expect((await call('/', { host: hostname })).status).toBe(410)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).toBeNull()

    const audit = await env.DB.prepare(
      "select * from audit_events where tenant_id = ? and action = 'tenant.deletion_scheduled'",
    )
      .bind(t.tenantId)
      .first()
    expect(audit).toMatchObject({ actor_id: t.userId })
  })
})

describe('the daily purge', () => {
  it('erases D1, Postgres and R2 data after the grace period, and only that tenant', async () => {
    const t = await createTestTenant()
    const bystander = await createTestTenant()
    await storeLead(t, 'Gone Soon')
    await storeLead(bystander, 'Stays Here')
    await addHostname(t)
    await addPipeline(t.tenantId)
    expect(await crmCounts(t.tenantId)).toEqual({ leads: 1, contacts: 1, pipelines: 1, stages: 6 })
    await env.MEDIA.put(`exports/${t.tenantId}/old.zip`, 'zip')
    await env.MEDIA.put(`tenants/${t.tenantId}/logo.png`, 'png')
    await env.DB.prepare(
      "insert into data_exports (id, scope, tenant_id, requested_by, status) values (?, 'tenant', ?, ?, 'ready')",
    )
      .bind(newId('dataExport'), t.tenantId, t.userId)
      .run()
    await env.DB.prepare(
      "insert into audit_events (id, tenant_id, actor_type, action, ip, user_agent) values (?, ?, 'system', 'site.published', '203.0.113.9', 'Firefox')",
    )
      .bind(newId('auditEvent'), t.tenantId)
      .run()
    expect((await deleteTenant(t, await tenantName(t))).status).toBe(200)

    // Not yet due: the cron leaves it alone.
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    expect(await countRows('brands', t.tenantId)).toBe(1)

    await env.DB.prepare('update tenants set purge_after = ? where id = ?').bind(1000, t.tenantId).run()
    await runDailyCron(t.tenantId)

    for (const table of [
      'memberships',
      'sessions',
      'brands',
      'branches',
      'sites',
      'site_versions',
      'hostnames',
      'data_exports',
      'api_keys',
      'invitations',
    ]) {
      expect(await countRows(table, t.tenantId), table).toBe(0)
    }
    expect(await crmCounts(t.tenantId)).toEqual({ leads: 0, contacts: 0, pipelines: 0, stages: 0 })
    expect((await env.MEDIA.list({ prefix: `exports/${t.tenantId}/` })).objects).toHaveLength(0)
    expect((await env.MEDIA.list({ prefix: `tenants/${t.tenantId}/` })).objects).toHaveLength(0)

    const tombstone = await env.DB.prepare('select * from tenants where id = ?').bind(t.tenantId).first()
    expect(tombstone).toMatchObject({ status: 'deleted', name: PURGED_TENANT_NAME, purge_after: null })
    const events = await env.DB.prepare(
      'select action, ip, user_agent from audit_events where tenant_id = ? order by id',
    )
      .bind(t.tenantId)
      .all<{ action: string; ip: string | null; user_agent: string | null }>()
    expect(events.results.map((e) => e.action)).toContain('tenant.purged')
    expect(events.results.every((e) => e.ip === null && e.user_agent === null)).toBe(true)

    // The bystander keeps everything.
    expect(await countRows('brands', bystander.tenantId)).toBe(1)
    expect((await crmCounts(bystander.tenantId)).leads).toBe(1)
    expect((await bystander.get('/api/v1/leads')).body.data).toHaveLength(1)

    // Running again changes nothing and records no second purge.
    const again = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, again)
    await waitOnExecutionContext(again)
    const purges = await env.DB.prepare(
      "select count(*) as n from audit_events where tenant_id = ? and action = 'tenant.purged'",
    )
      .bind(t.tenantId)
      .first<{ n: number }>()
    expect(purges?.n).toBe(1)
  })
})
