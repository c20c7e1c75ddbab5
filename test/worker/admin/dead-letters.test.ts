import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

async function createAdmin() {
  const admin = await createTestTenant()
  await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?").bind(admin.userId).run()
  return admin
}

/** A parked message as a dead-letter consumer writes it; ids sort by `at`, the parking time. */
async function park(queue: string, body: Record<string, unknown>, at = Date.now()) {
  const id = newId('deadLetter', at)
  await env.DB.prepare(
    'insert into dead_letters (id, queue, message_id, tenant_id, body, attempts) values (?, ?, ?, ?, ?, 6)',
  )
    .bind(id, queue, `msg-${crypto.randomUUID()}`, (body.tenantId as string) ?? null, JSON.stringify(body))
    .run()
  return id
}

const auditOf = (tenantId: string) =>
  env.DB.prepare(
    "select * from audit_events where tenant_id = ? and action = 'admin.dead_letter_replayed' order by id desc",
  )
    .bind(tenantId)
    .first<Record<string, string>>()

describe('who may see dead letters', () => {
  it('refuses anyone without a session', async () => {
    expect((await call('/api/v1/admin/dead-letters')).status).toBe(401)
  })

  it('refuses members who are not platform staff, owners included', async () => {
    const owner = await createTestTenant()
    const id = await park('leads-dlq', { tenantId: owner.tenantId, kind: 'lead.submitted' })
    for (const res of [
      await owner.get('/api/v1/admin/dead-letters'),
      await owner.get(`/api/v1/admin/dead-letters/${id}`),
      await owner.post(`/api/v1/admin/dead-letters/${id}/replay`, {}),
    ]) {
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('FORBIDDEN')
    }
  })
})

describe('listing', () => {
  it('filters by queue and replay state, shows bodies, and pages newest first', async () => {
    const admin = await createAdmin()
    const t: TestTenant = await createTestTenant()
    // A second apart: two parked in the same millisecond would have no order between them.
    const older = await park('email-dlq', { tenantId: t.tenantId, to: 'x@example.com' }, Date.now() - 1000)
    const newer = await park('email-dlq', { tenantId: t.tenantId, to: 'y@example.com' })

    const first = await admin.get('/api/v1/admin/dead-letters?queue=email-dlq&replayed=false&limit=1')
    expect(first.status).toBe(200)
    expect(first.body.data).toHaveLength(1)
    expect(first.body.nextCursor).toEqual(expect.any(String))
    const all = await admin.get('/api/v1/admin/dead-letters?queue=email-dlq&limit=100')
    const ours = all.body.data.filter((d: { tenantId: string }) => d.tenantId === t.tenantId)
    expect(ours.map((d: { id: string }) => d.id)).toEqual([newer, older])
    expect(ours[0]).toMatchObject({ queue: 'email-dlq', replayQueue: 'email', attempts: 6, replayedAt: null })
    expect(ours[0].body).toEqual({ tenantId: t.tenantId, to: 'y@example.com' })

    const leadsOnly = await admin.get('/api/v1/admin/dead-letters?queue=leads-dlq&limit=100')
    expect(leadsOnly.body.data.every((d: { queue: string }) => d.queue === 'leads-dlq')).toBe(true)

    const one = await admin.get(`/api/v1/admin/dead-letters/${older}`)
    expect(one.body).toMatchObject({ id: older, body: { to: 'x@example.com' } })
  })

  it('answers 400 for an unknown queue or replay filter, 404 for an unknown id', async () => {
    const admin = await createAdmin()
    expect((await admin.get('/api/v1/admin/dead-letters?queue=nope')).status).toBe(400)
    expect((await admin.get('/api/v1/admin/dead-letters?replayed=maybe')).status).toBe(400)
    const missing = await admin.get(`/api/v1/admin/dead-letters/${newId('deadLetter')}`)
    expect(missing.status).toBe(404)
    expect((await admin.post(`/api/v1/admin/dead-letters/${newId('deadLetter')}/replay`, {})).status).toBe(
      404,
    )
  })
})

describe('replay', () => {
  it('sends the message back once, audits it, and answers 409 the second time', async () => {
    const admin = await createAdmin()
    const t = await createTestTenant()
    // A webhook delivery whose row does not exist: its consumer finds nothing to do.
    const id = await park('webhooks-dlq', {
      kind: 'webhook.deliver',
      tenantId: t.tenantId,
      deliveryId: 'whd_gone',
    })
    const replayed = await admin.post(`/api/v1/admin/dead-letters/${id}/replay`, {})
    expect(replayed.status).toBe(200)
    expect(replayed.body).toMatchObject({ id, replayQueue: 'webhooks', replayedAt: expect.any(String) })

    const again = await admin.post(`/api/v1/admin/dead-letters/${id}/replay`, {})
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CONFLICT')

    const waiting = await admin.get('/api/v1/admin/dead-letters?queue=webhooks-dlq&replayed=false&limit=100')
    expect(waiting.body.data.map((d: { id: string }) => d.id)).not.toContain(id)
    const done = await admin.get('/api/v1/admin/dead-letters?queue=webhooks-dlq&replayed=true&limit=100')
    expect(done.body.data.map((d: { id: string }) => d.id)).toContain(id)

    expect(await auditOf(t.tenantId)).toMatchObject({
      actor_id: admin.userId,
      target_type: 'dead_letter',
      target_id: id,
    })
  })
})
