import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { LoginRecord } from '../../../durable-objects/login-channel/login-state.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { memberships, sessions } from '../../../worker/modules/auth/auth.tables.ts'
import { signAccessToken } from '../../../worker/modules/auth/auth.tokens.ts'
import { call, createTestTenant, sessionTokenFor, TEST_SECRET } from '../../helpers/tenant.ts'
import { CHROME_ON_LINUX, channelOf, completeAs, openLoginSocket, startDesktopLogin } from './desktop.ts'

const decide = (loginId: string, decision: 'approve' | 'deny', token: string) =>
  call(`/api/v1/auth/qr-logins/${loginId}/${decision}`, { method: 'POST', token })

/** A member of two organisations whose phone is signed in to the second: not the one sign-in would pick. */
async function memberOfTwoOrganisations() {
  const home = await createTestTenant()
  const other = await createTestTenant()
  await d1(env.DB)
    .insert(memberships)
    .values({ id: newId('membership'), tenantId: other.tenantId, userId: home.userId, role: 'agent' })
  return { home, other, phoneToken: await sessionTokenFor(home.userId, other.tenantId) }
}

/** Moves a login's clock: its expiry is in the past by `agoMs`. */
async function expire(loginId: string, agoMs = 1) {
  await runInDurableObject(channelOf(loginId), async (_instance, state) => {
    const record = await state.storage.get<LoginRecord>('login')
    await state.storage.put('login', { ...record!, expiresAt: Date.now() - agoMs })
  })
}

describe('QR sign-in, happy path', () => {
  it('signs the desktop in as the approving member, in the organisation the phone is using', async () => {
    const { home, other, phoneToken } = await memberOfTwoOrganisations()
    const desktop = await startDesktopLogin({ 'cf-connecting-ip': '203.0.113.7' })
    expect(desktop.res.status).toBe(201)
    const { loginId } = desktop
    expect(loginId).toMatch(/^qr_[0-9A-Z]{26}$/)
    expect(desktop.res.body.approveUrl).toBe(`${env.PUBLIC_ORIGIN}/app/qr/${loginId}`)
    expect(desktop.res.body.qrSvg).toMatch(/^<svg[^>]*viewBox/)
    const expiresIn = Date.parse(desktop.res.body.expiresAt) - Date.now()
    expect(expiresIn).toBeGreaterThan(100_000)
    expect(expiresIn).toBeLessThanOrEqual(120_000)
    expect(desktop.setCookie).toMatch(/^vitrine_qr=qrb_/)
    expect(desktop.setCookie).toMatch(/HttpOnly/i)
    expect(desktop.setCookie).toMatch(/SameSite=Strict/i)
    expect(desktop.setCookie).toContain(`Path=/api/v1/auth/qr-logins/${loginId}`)

    const socket = await openLoginSocket(loginId, desktop.cookie)
    expect(socket.res.status).toBe(101)
    expect(await socket.next()).toEqual({ type: 'waiting', expiresAt: desktop.res.body.expiresAt })

    const seen = await call(`/api/v1/auth/qr-logins/${loginId}`, { token: phoneToken })
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({
      loginId,
      state: 'pending',
      requester: { browser: 'Chrome on Linux', userAgent: CHROME_ON_LINUX, ip: '203.0.113.7' },
      expiresAt: desktop.res.body.expiresAt,
    })

    const approved = await decide(loginId, 'approve', phoneToken)
    expect(approved.status).toBe(200)
    expect(approved.body.state).toBe('approved')
    expect(await socket.next()).toEqual({ type: 'approved' })
    expect(await socket.closed).toBe(1000)

    const signedIn = await completeAs(loginId, desktop.cookie)
    expect(signedIn.status).toBe(201)
    expect(signedIn.body).toMatchObject({
      user: { id: home.userId },
      tenant: { id: other.tenantId },
      role: 'agent',
    })
    expect(signedIn.body.accessToken).toBeUndefined()
    const cookies = signedIn.headers.getSetCookie()
    expect(cookies.some((c) => /^vitrine_qr=;/.test(c) && /Max-Age=0/i.test(c))).toBe(true)
    const session = cookies.find((c) => c.startsWith('vitrine_session='))!.split(';')[0]!

    const me = await call('/api/v1/auth/session', { headers: { cookie: session } })
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ user: { id: home.userId }, tenant: { id: other.tenantId } })
  })

  it('tells a desktop that connects after the approval at once', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    await decide(desktop.loginId, 'approve', t.token)
    const socket = await openLoginSocket(desktop.loginId, desktop.cookie)
    expect(await socket.next()).toEqual({ type: 'approved' })
  })

  it('answers ping with pong and closes on anything else', async () => {
    const desktop = await startDesktopLogin()
    const socket = await openLoginSocket(desktop.loginId, desktop.cookie)
    await socket.next()
    socket.socket!.send(JSON.stringify({ type: 'ping' }))
    expect((await socket.next()).type).toBe('pong')
    socket.socket!.send(JSON.stringify({ type: 'approved' }))
    expect(await socket.closed).toBe(1003)
  })

  it('audits the approval with who asked, and the sign-in it led to', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin({ 'cf-connecting-ip': '198.51.100.4' })
    await decide(desktop.loginId, 'approve', t.token)
    const signedIn = await completeAs(desktop.loginId, desktop.cookie)
    const approval = await env.DB.prepare(
      `select tenant_id, actor_id, metadata from audit_events where action = 'auth.qr_approved' and target_id = ?`,
    )
      .bind(desktop.loginId)
      .first<{ tenant_id: string; actor_id: string; metadata: string }>()
    expect(approval).toMatchObject({ tenant_id: t.tenantId, actor_id: t.userId })
    expect(JSON.parse(approval!.metadata)).toMatchObject({
      requesterUserAgent: CHROME_ON_LINUX,
      requesterIp: '198.51.100.4',
    })
    const signIn = await env.DB.prepare(
      `select metadata from audit_events where action = 'auth.signed_in' and target_id = ?`,
    )
      .bind(signedIn.body.sessionId)
      .first<{ metadata: string }>()
    expect(JSON.parse(signIn!.metadata)).toEqual({ method: 'qr' })
  })
})

describe('QR sign-in, refusals', () => {
  it('will not complete before the phone approved', async () => {
    const desktop = await startDesktopLogin()
    const res = await completeAs(desktop.loginId, desktop.cookie)
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
    expect(res.headers.get('set-cookie') ?? '').not.toContain('vitrine_session')
  })

  it('will not complete, or open the socket, for another browser', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    const elsewhere = await startDesktopLogin()
    await decide(desktop.loginId, 'approve', t.token)
    const withoutCookie = await completeAs(desktop.loginId, null)
    expect(withoutCookie.status).toBe(403)
    expect(withoutCookie.body.code).toBe('FORBIDDEN')
    const withOtherCookie = await completeAs(desktop.loginId, elsewhere.cookie)
    expect(withOtherCookie.status).toBe(403)
    expect((await openLoginSocket(desktop.loginId, null)).res.status).toBe(403)
    expect((await openLoginSocket(desktop.loginId, elsewhere.cookie)).res.status).toBe(403)
    // The rightful browser still can.
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(201)
  })

  it('refuses cookie-borne requests from other origins', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    expect((await openLoginSocket(desktop.loginId, desktop.cookie, 'https://evil.example')).res.status).toBe(
      403,
    )
    expect((await openLoginSocket(desktop.loginId, desktop.cookie, null)).res.status).toBe(403)
    await decide(desktop.loginId, 'approve', t.token)
    expect((await completeAs(desktop.loginId, desktop.cookie, 'https://evil.example')).status).toBe(403)
  })

  it('works once: a second completion is gone, a second approval conflicts', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    expect((await decide(desktop.loginId, 'approve', t.token)).status).toBe(200)
    const again = await decide(desktop.loginId, 'approve', t.token)
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CONFLICT')
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(201)
    const second = await completeAs(desktop.loginId, desktop.cookie)
    expect(second.status).toBe(410)
    expect(second.body.code).toBe('GONE')
    expect((await call(`/api/v1/auth/qr-logins/${desktop.loginId}`, { token: t.token })).body.state).toBe(
      'consumed',
    )
  })

  it('lets the phone deny, tells the desktop, and never signs it in', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    const socket = await openLoginSocket(desktop.loginId, desktop.cookie)
    await socket.next()
    const denied = await decide(desktop.loginId, 'deny', t.token)
    expect(denied.status).toBe(200)
    expect(denied.body.state).toBe('denied')
    expect(await socket.next()).toEqual({ type: 'denied' })
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(403)
    expect((await decide(desktop.loginId, 'approve', t.token)).status).toBe(409)
    const audit = await env.DB.prepare(
      `select actor_id from audit_events where action = 'auth.qr_denied' and target_id = ?`,
    )
      .bind(desktop.loginId)
      .first<{ actor_id: string }>()
    expect(audit?.actor_id).toBe(t.userId)
  })
})

describe('QR sign-in, expiry', () => {
  it('lapses after two minutes: the alarm tells the desktop, and nothing can use it', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    const socket = await openLoginSocket(desktop.loginId, desktop.cookie)
    await socket.next()
    await expire(desktop.loginId)
    // Past its time it is refused even before the alarm has run.
    const late = await decide(desktop.loginId, 'approve', t.token)
    expect(late.status).toBe(410)
    expect(late.body.code).toBe('GONE')
    expect(await runDurableObjectAlarm(channelOf(desktop.loginId))).toBe(true)
    expect(await socket.next()).toEqual({ type: 'expired' })
    expect((await call(`/api/v1/auth/qr-logins/${desktop.loginId}`, { token: t.token })).status).toBe(404)
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(410)
  })

  it('cannot be collected after expiry even when approved in time', async () => {
    const t = await createTestTenant()
    const desktop = await startDesktopLogin()
    await decide(desktop.loginId, 'approve', t.token)
    await expire(desktop.loginId)
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(410)
  })

  it('is erased some minutes after it ended', async () => {
    const desktop = await startDesktopLogin()
    await expire(desktop.loginId, 60 * 60 * 1000)
    expect(await runDurableObjectAlarm(channelOf(desktop.loginId))).toBe(true)
    const stored = await runInDurableObject(channelOf(desktop.loginId), (_instance, state) =>
      state.storage.list(),
    )
    expect(stored.size).toBe(0)
    expect((await completeAs(desktop.loginId, desktop.cookie)).status).toBe(404)
  })
})

describe('QR sign-in, who may approve', () => {
  it('needs a signed-in person to look or decide', async () => {
    const desktop = await startDesktopLogin()
    expect((await call(`/api/v1/auth/qr-logins/${desktop.loginId}`)).status).toBe(401)
    expect((await call(`/api/v1/auth/qr-logins/${desktop.loginId}/approve`, { method: 'POST' })).status).toBe(
      401,
    )
  })

  it('refuses an approval while impersonating a member', async () => {
    const t = await createTestTenant()
    const staff = await createTestTenant()
    const sessionId = newId('session')
    await d1(env.DB)
      .insert(sessions)
      .values({
        id: sessionId,
        userId: t.userId,
        tenantId: t.tenantId,
        impersonatorId: staff.userId,
        refreshHash: `test-${sessionId}`,
        method: 'impersonation',
        lastUsedAt: new Date(),
        expiresAt: new Date(Date.now() + 3600_000),
      })
    const { token } = await signAccessToken(TEST_SECRET, {
      sub: t.userId,
      tid: t.tenantId,
      sid: sessionId,
      imp: staff.userId,
    })
    const desktop = await startDesktopLogin()
    const res = await decide(desktop.loginId, 'approve', token)
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
  })

  it('answers 404 for unknown logins and 400 for malformed ids', async () => {
    const t = await createTestTenant()
    expect((await call(`/api/v1/auth/qr-logins/${newId('qrLogin')}`, { token: t.token })).status).toBe(404)
    expect((await decide(newId('qrLogin'), 'approve', t.token)).status).toBe(404)
    const malformed = await call('/api/v1/auth/qr-logins/not-an-id', { token: t.token })
    expect(malformed.status).toBe(400)
    expect(malformed.body.code).toBe('BAD_REQUEST')
  })

  it('limits how many codes one address can start', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await startDesktopLogin({ 'cf-connecting-ip': ip })).res.status)
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true)
    expect(statuses[30]).toBe(429)
  })
})

describe('QR sign-in, documentation', () => {
  it('appears in the OpenAPI document', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')
    expect(doc.status).toBe(200)
    const base = '/api/v1/auth/qr-logins'
    expect(Object.keys(doc.body.paths[base] ?? {})).toEqual(['post'])
    for (const step of ['', '/socket'])
      expect(doc.body.paths[`${base}/{loginId}${step}`]).toHaveProperty('get')
    for (const step of ['/approve', '/deny', '/complete']) {
      expect(doc.body.paths[`${base}/{loginId}${step}`]).toHaveProperty('post')
    }
  })
})
