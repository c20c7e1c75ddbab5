// The identity issue's "done when", end to end through the public API and the real queues:
// sign up, verify, enrol TOTP, invite a branch manager, use an API key, sign in on a second
// browser by QR, and find every step in the audit log.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches, brands } from '../../../worker/modules/brands/brands.tables.ts'
import { linkIn, waitForEmail } from '../../helpers/mail.ts'
import { call } from '../../helpers/tenant.ts'
import { codeFor } from '../mfa/mfa-helpers.ts'
import { completeAs, openLoginSocket, startDesktopLogin } from '../qr-login/desktop.ts'

const json = (token: string, method: string, body?: unknown) => ({
  method,
  token,
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
})
const tokenIn = (link: string) => new URL(link).searchParams.get('token') ?? ''

describe('a new organisation from sign-up to audit log', () => {
  it('walks every step of the identity issue', async () => {
    const email = `founder-${crypto.randomUUID().slice(0, 8)}@example.test`
    const password = 'a-long-and-correct-password'

    // Sign up: a user, an organisation with them as owner, and a session.
    const signup = await call('/api/v1/auth/signup', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Fatima Founder',
        email,
        password,
        organisationName: 'Founder Foods',
        tokenDelivery: 'body',
      }),
    })
    expect(signup.status).toBe(201)
    expect(signup.body.role).toBe('owner')
    expect(signup.body.user.emailVerified).toBe(false)
    const tenantId: string = signup.body.tenant.id
    const owner: string = signup.body.accessToken

    // Verify the address from the e-mail the queue delivered.
    const verifyMail = await waitForEmail(email, /Confirm your e-mail/)
    const verified = await call('/api/v1/auth/email-verification/confirm', {
      method: 'POST',
      body: JSON.stringify({ token: tokenIn(linkIn(verifyMail, '/app/verify-email')) }),
    })
    expect(verified.status).toBeLessThan(300)
    expect((await call('/api/v1/auth/session', { token: owner })).body.user.emailVerified).toBe(true)

    // Enrol TOTP; from now on the password alone is not enough.
    const started = await call('/api/v1/auth/mfa/totp', json(owner, 'POST', {}))
    expect(started.status).toBe(200)
    expect(started.body.qrSvg).toContain('<svg')
    const confirmed = await call(
      '/api/v1/auth/mfa/totp/confirm',
      json(owner, 'POST', { code: codeFor(started.body.secret) }),
    )
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.recoveryCodes).toHaveLength(10)
    const again = await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: JSON.stringify({ email, password, tokenDelivery: 'body' }),
    })
    expect(again.body.mfaRequired).toBe(true)

    // Two branches (the microsite builder arrives with its own issue), and a manager for one.
    const db = d1(env.DB)
    const brandId = newId('brand')
    const [north, south] = [newId('branch'), newId('branch')]
    await db.insert(brands).values({
      id: brandId,
      tenantId,
      slug: `founder-${north.slice(-6).toLowerCase()}`,
      name: 'Founder Foods',
    })
    await db.insert(branches).values([
      { id: north, tenantId, brandId, slug: 'north', name: 'North' },
      { id: south, tenantId, brandId, slug: 'south', name: 'South' },
    ])
    const managerEmail = `manager-${crypto.randomUUID().slice(0, 8)}@example.test`
    const invited = await call(
      '/api/v1/invitations',
      json(owner, 'POST', { email: managerEmail, role: 'manager', branchIds: [north] }),
    )
    expect(invited.status).toBe(201)
    const invitation = await waitForEmail(managerEmail, /Join Founder Foods/)
    const accepted = await call('/api/v1/invitations/accept', {
      method: 'POST',
      body: JSON.stringify({
        token: tokenIn(linkIn(invitation, '/app/invitations/accept')),
        name: 'Manny Manager',
        password: 'another-long-password',
        tokenDelivery: 'body',
      }),
    })
    expect(accepted.status).toBe(201)
    expect(accepted.body).toMatchObject({ role: 'manager', branchIds: [north], tenant: { id: tenantId } })

    // An API key, shown once, that reads leads and nothing it was not granted.
    const created = await call(
      '/api/v1/api-keys',
      json(owner, 'POST', { name: 'Website sync', scopes: ['leads:read'] }),
    )
    expect(created.status).toBe(201)
    expect((await call('/api/v1/leads', { token: created.body.key })).status).toBe(200)
    expect((await call('/api/v1/api-keys', { token: created.body.key })).status).toBe(403)

    // A second browser signs in by QR, approved from the signed-in owner's phone.
    const desktop = await startDesktopLogin()
    expect(desktop.res.status).toBe(201)
    const socket = await openLoginSocket(desktop.loginId, desktop.cookie)
    expect(
      (await call(`/api/v1/auth/qr-logins/${desktop.loginId}/approve`, json(owner, 'POST'))).status,
    ).toBeLessThan(300)
    let message = await socket.next()
    while (message.type === 'waiting') message = await socket.next()
    expect(message.type).toBe('approved')
    const completed = await completeAs(desktop.loginId, desktop.cookie)
    expect(completed.status).toBe(201)
    expect(completed.body.tenant.id).toBe(tenantId)

    // Every step is in the organisation's audit log.
    const audit = await call('/api/v1/audit-events?limit=100', { token: owner })
    expect(audit.status).toBe(200)
    const actions = (audit.body.data as { action: string }[]).map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.signed_up',
        'auth.email_verified',
        'mfa.totp_enabled',
        'member.invited',
        'member.joined',
        'api_key.created',
        'auth.qr_approved',
        'auth.signed_in',
      ]),
    )
  })
})
