import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { auditActions, login, PASSWORD } from './account-helpers.ts'

async function personWithTwoSessions() {
  const t = await createTestTenant({ passwordHash: await hashPassword(PASSWORD) })
  const here = await login(t.email)
  const there = await login(t.email)
  return { t, here: here.body, there: there.body }
}

const alive = async (accessToken: string) =>
  (await call('/api/v1/auth/session', { token: accessToken })).status === 200

describe('sessions', () => {
  it('lists the live sessions and marks the current one', async () => {
    const { here, there } = await personWithTwoSessions()
    const res = await call('/api/v1/auth/sessions', { token: here.accessToken })
    expect(res.status).toBe(200)
    const byId = new Map(res.body.sessions.map((s: { id: string }) => [s.id, s]))
    expect(byId.get(here.sessionId)).toMatchObject({ current: true, method: 'pwd' })
    expect(byId.get(there.sessionId)).toMatchObject({ current: false, method: 'pwd' })
    expect(res.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1)
  })

  it('signs out one session, and answers 404 for another person’s', async () => {
    const { t, here, there } = await personWithTwoSessions()
    const other = await createTestTenant()
    const otherSessionId = (await other.get('/api/v1/auth/session')).body.sessionId
    const revoke = (id: string) =>
      call(`/api/v1/auth/sessions/${id}`, { method: 'DELETE', token: here.accessToken })

    expect((await revoke(otherSessionId)).status).toBe(404)
    expect((await other.get('/api/v1/auth/session')).status).toBe(200)

    expect((await revoke(there.sessionId)).status).toBe(204)
    expect(await alive(there.accessToken)).toBe(false)
    expect(await alive(here.accessToken)).toBe(true)
    expect((await revoke(there.sessionId)).status).toBe(404)
    expect(await auditActions(t.userId)).toContain('auth.session_revoked')
  })

  it('signs out everywhere else, keeping this session', async () => {
    const { t, here, there } = await personWithTwoSessions()
    const res = await call('/api/v1/auth/sessions', { method: 'DELETE', token: here.accessToken })
    expect(res.status).toBe(200)
    // The other sign-in and the one createTestTenant opened.
    expect(res.body.revoked).toBe(2)
    expect(await alive(here.accessToken)).toBe(true)
    expect(await alive(there.accessToken)).toBe(false)
    expect(await alive(t.token)).toBe(false)
    const listed = await call('/api/v1/auth/sessions', { token: here.accessToken })
    expect(listed.body.sessions.map((s: { id: string }) => s.id)).toEqual([here.sessionId])
    expect(await auditActions(t.userId)).toContain('auth.signed_out_everywhere')
  })

  it('with includeCurrent ends this session too and clears its cookies', async () => {
    const { here, there } = await personWithTwoSessions()
    const res = await call('/api/v1/auth/sessions?includeCurrent=true', {
      method: 'DELETE',
      token: here.accessToken,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/vitrine_session=;.*Max-Age=0/i)
    expect(await alive(here.accessToken)).toBe(false)
    expect(await alive(there.accessToken)).toBe(false)
  })

  it('refuses an invalid includeCurrent value', async () => {
    const { here } = await personWithTwoSessions()
    const res = await call('/api/v1/auth/sessions?includeCurrent=yes', {
      method: 'DELETE',
      token: here.accessToken,
    })
    expect(res.status).toBe(400)
  })
})
