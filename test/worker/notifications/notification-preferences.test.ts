import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { call, createTestTenant, sessionTokenFor } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'

const PATH = '/api/v1/me/notification-preferences'
const DEFAULTS = { inAppNewLeads: true, sound: false, emailAssigned: true, emailEscalations: true }
const put = (token: string, body: unknown) => call(PATH, { method: 'PUT', token, body: JSON.stringify(body) })

describe('notification preferences', () => {
  it('are the defaults until saved, then what was saved', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.get(PATH)).body).toEqual(DEFAULTS)
    const chosen = { inAppNewLeads: false, sound: true, emailAssigned: false, emailEscalations: true }
    const saved = await put(t.token, chosen)
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual(chosen)
    expect((await t.get(PATH)).body).toEqual(chosen)
    const again = { ...chosen, sound: false }
    expect((await put(t.token, again)).body).toEqual(again)
    expect((await t.get(PATH)).body).toEqual(again)
  })

  it("are each member's own, per organisation", async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    await put(agent.token, { ...DEFAULTS, sound: true })
    expect((await t.get(PATH)).body).toEqual(DEFAULTS)
    expect((await agent.get(PATH)).body).toEqual({ ...DEFAULTS, sound: true })

    // The same person in another organisation starts from the defaults there.
    const other = await createTestTenant()
    await env.DB.prepare("insert into memberships (id, tenant_id, user_id, role) values (?, ?, ?, 'agent')")
      .bind(newId('membership'), other.tenantId, agent.userId)
      .run()
    const elsewhere = await sessionTokenFor(agent.userId, other.tenantId)
    expect((await call(PATH, { token: elsewhere })).body).toEqual(DEFAULTS)
  })

  it('need a signed-in person', async () => {
    const t = await createTestTenant()
    expect((await call(PATH)).status).toBe(401)
    expect((await call(PATH, { method: 'PUT', body: JSON.stringify(DEFAULTS) })).status).toBe(401)
    const key = await apiKeyFor(t, ['leads:read'])
    const res = await call(PATH, { token: key })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
  })

  it('refuse a body without every switch, with unknown fields or with non-booleans', async () => {
    const t = await createTestTenant()
    for (const body of [{ sound: true }, { ...DEFAULTS, email: true }, { ...DEFAULTS, sound: 'yes' }, []]) {
      const res = await put(t.token, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect(res.body.code).toBe('BAD_REQUEST')
    }
    const missing = await put(t.token, { sound: true })
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['inAppNewLeads', 'emailAssigned', 'emailEscalations']),
    )
    expect((await t.get(PATH)).body).toEqual(DEFAULTS)
  })
})
