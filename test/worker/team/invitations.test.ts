import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'
import {
  accept,
  addBranch,
  addMember,
  as,
  auditActions,
  invitationTokenFor,
  newEmail,
  seedLeads,
  verifiedTenant,
  verifyEmail,
} from './team-helpers.ts'

const PASSWORD = 'a-long-and-correct-password'

describe('inviting a manager for one branch', () => {
  it('mails a link, creates the account on accept and signs it in to that branch only', async () => {
    const t = await verifiedTenant()
    const second = await addBranch(t, 'harbour')
    const first = { branchId: t.branchId, siteId: t.siteId }
    await seedLeads(t, first, ['Main Lead'])
    await seedLeads(t, second, ['Harbour Lead'])
    const email = newEmail()

    const invited = await t.post('/api/v1/invitations', {
      email: email.toUpperCase(),
      role: 'manager',
      branchIds: [second.branchId],
    })
    expect(invited.status).toBe(201)
    expect(invited.body).toMatchObject({
      email,
      role: 'manager',
      branchIds: [second.branchId],
      status: 'pending',
    })
    expect(JSON.stringify(invited.body)).not.toContain('vinv_')

    const token = await invitationTokenFor(email)
    const preview = await call(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ email, role: 'manager', status: 'pending', accountExists: false })
    expect(preview.body.tenantName).toMatch(/^Tenant /)

    const joined = await accept({ token, name: 'Luca Bianchi', password: PASSWORD })
    expect(joined.status).toBe(201)
    expect(joined.body).toMatchObject({
      tenant: { id: t.tenantId },
      role: 'manager',
      branchIds: [second.branchId],
      user: { email, name: 'Luca Bianchi', emailVerified: true },
    })
    expect(joined.headers.get('set-cookie')).toMatch(/vitrine_session=/)
    const manager = as(joined.body.accessToken)

    const leads = await manager.get('/api/v1/leads')
    expect(leads.status).toBe(200)
    expect(leads.body.data.map((l: { name: string }) => l.name)).toEqual(['Harbour Lead'])
    const ownerLeads = await t.get('/api/v1/leads')
    expect(ownerLeads.body.data).toHaveLength(2)

    const visibleSites = await manager.get('/api/v1/sites')
    expect(visibleSites.body.data.map((s: { id: string }) => s.id)).toEqual([second.siteId])

    const content = { content: testSiteContent('New headline') }
    expect((await manager.post(`/api/v1/sites/${t.siteId}/versions`, content)).status).toBe(404)
    expect((await manager.post(`/api/v1/sites/${second.siteId}/versions`, content)).status).toBe(201)

    const branches = await manager.get('/api/v1/branches')
    expect(branches.body.data.map((b: { id: string }) => b.id)).toEqual([second.branchId])

    expect(await auditActions(t.tenantId, invited.body.id)).toEqual(['member.invited'])
    const { results } = await env.DB.prepare(
      "select action from audit_events where tenant_id = ? and action = 'member.joined'",
    )
      .bind(t.tenantId)
      .all()
    expect(results).toHaveLength(1)
  })

  it('works once: a used link answers 410', async () => {
    const t = await verifiedTenant()
    const email = newEmail()
    await t.post('/api/v1/invitations', { email, role: 'agent' })
    const token = await invitationTokenFor(email)
    expect((await accept({ token, name: 'First', password: PASSWORD })).status).toBe(201)
    const again = await accept({ token, name: 'Second', password: PASSWORD })
    expect(again.status).toBe(410)
    expect(again.body.code).toBe('GONE')
    const preview = await call(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)
    expect(preview.body).toMatchObject({ status: 'accepted', accountExists: true })
  })

  it('refuses an expired link with 410', async () => {
    const t = await verifiedTenant()
    const email = newEmail()
    const invited = await t.post('/api/v1/invitations', { email, role: 'viewer' })
    const token = await invitationTokenFor(email)
    await env.DB.prepare('update invitations set expires_at = ? where id = ?')
      .bind(Date.now() - 1000, invited.body.id)
      .run()
    const res = await accept({ token, name: 'Late', password: PASSWORD })
    expect(res.status).toBe(410)
    expect(res.body.detail).toMatch(/expired/)
    expect((await call(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)).body.status).toBe(
      'expired',
    )
    const listed = await t.get('/api/v1/invitations')
    expect(listed.body.data).toEqual([expect.objectContaining({ id: invited.body.id, status: 'expired' })])
  })

  it('refuses a revoked link with 410, and revoking is audited', async () => {
    const t = await verifiedTenant()
    const email = newEmail()
    const invited = await t.post('/api/v1/invitations', { email, role: 'viewer' })
    const token = await invitationTokenFor(email)
    expect((await as(t.token).del(`/api/v1/invitations/${invited.body.id}`)).status).toBe(204)
    expect((await as(t.token).del(`/api/v1/invitations/${invited.body.id}`)).status).toBe(204)
    expect((await accept({ token, name: 'Too Late', password: PASSWORD })).status).toBe(410)
    expect((await t.get('/api/v1/invitations')).body.data).toEqual([])
    expect(await auditActions(t.tenantId, invited.body.id)).toEqual([
      'member.invited',
      'member.invitation_revoked',
    ])
  })

  it('answers 404 for a token it never gave out', async () => {
    expect((await call('/api/v1/invitations/lookup?token=vinv_not-a-real-token-at-all')).status).toBe(404)
    expect(
      (await accept({ token: 'vinv_not-a-real-token-at-all', name: 'X', password: PASSWORD })).status,
    ).toBe(404)
  })
})

describe('accepting with an existing account', () => {
  async function invitedExistingUser() {
    const home = await createTestTenant({ passwordHash: await hashPassword(PASSWORD) })
    const t = await verifiedTenant()
    await t.post('/api/v1/invitations', { email: home.email, role: 'agent' })
    return { home, t, token: await invitationTokenFor(home.email) }
  }

  it('joins with the account password', async () => {
    const { home, t, token } = await invitedExistingUser()
    const preview = await call(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`)
    expect(preview.body.accountExists).toBe(true)
    const wrong = await accept({ token, password: 'not-the-password' })
    expect(wrong.status).toBe(401)
    const res = await accept({ token, password: PASSWORD })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ tenant: { id: t.tenantId }, role: 'agent', user: { id: home.userId } })
    expect(res.body.tenants.map((x: { id: string }) => x.id).sort()).toEqual(
      [home.tenantId, t.tenantId].sort(),
    )
  })

  it('joins as the signed-in account, and ends the session that accepted', async () => {
    const { home, t, token } = await invitedExistingUser()
    const res = await accept({ token }, home.token)
    expect(res.status).toBe(201)
    expect(res.body.tenant.id).toBe(t.tenantId)
    expect((await call('/api/v1/auth/session', { token: home.token })).status).toBe(401)
    expect((await call('/api/v1/auth/session', { token: res.body.accessToken })).status).toBe(200)
  })

  it('refuses without proof, or signed in as someone else', async () => {
    const { token } = await invitedExistingUser()
    const anonymous = await accept({ token })
    expect(anonymous.status).toBe(401)
    const stranger = await createTestTenant()
    const wrongUser = await accept({ token }, stranger.token)
    expect(wrongUser.status).toBe(403)
    expect(wrongUser.body.detail).toMatch(/sign in as that account/)
  })

  it('asks an account with a second factor to sign in first', async () => {
    const { home, token } = await invitedExistingUser()
    await env.DB.prepare('update users set totp_enabled_at = ? where id = ?')
      .bind(Date.now(), home.userId)
      .run()
    const res = await accept({ token, password: PASSWORD })
    expect(res.status).toBe(401)
    expect(res.body.detail).toMatch(/two-step/)
    expect((await accept({ token }, home.token)).status).toBe(201)
  })
})

describe('invitation rules', () => {
  it('needs the inviter to have confirmed their e-mail address', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })
    expect(res.status).toBe(403)
    expect(res.body.detail).toMatch(/Confirm your own e-mail address/)
  })

  it('counts pending invitations against the seats of the plan', async () => {
    const t = await verifiedTenant()
    expect((await t.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })).status).toBe(201)
    expect((await t.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })).status).toBe(201)
    const third = await t.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })
    expect(third.status).toBe(402)
    expect(third.body.code).toBe('LIMIT_EXCEEDED')
    expect(third.body.detail).toMatch(/allows 3 seats/)
  })

  it('lets nobody invite above their own role', async () => {
    const t = await verifiedTenant()
    const admin = await addMember(t, 'admin')
    await verifyEmail(admin.userId)
    const res = await admin.post('/api/v1/invitations', { email: newEmail(), role: 'owner' })
    expect(res.status).toBe(403)
    expect((await admin.post('/api/v1/invitations', { email: newEmail(), role: 'admin' })).status).toBe(201)
    const manager = await addMember(t, 'manager')
    expect((await manager.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })).status).toBe(
      403,
    )
  })

  it('limits only managers, agents and viewers, and only to branches of this organisation', async () => {
    const t = await verifiedTenant()
    const other = await createTestTenant()
    const asAdmin = await t.post('/api/v1/invitations', {
      email: newEmail(),
      role: 'admin',
      branchIds: [t.branchId],
    })
    expect(asAdmin.status).toBe(400)
    expect(asAdmin.body.errors[0].path).toBe('branchIds')
    const foreign = await t.post('/api/v1/invitations', {
      email: newEmail(),
      role: 'manager',
      branchIds: [other.branchId],
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors[0].message).toContain(other.branchId)
    expect(
      (await t.post('/api/v1/invitations', { email: newEmail(), role: 'manager', branchIds: [] })).status,
    ).toBe(400)
  })

  it('refuses a second invitation to the same address, and members', async () => {
    const t = await verifiedTenant()
    const email = newEmail()
    expect((await t.post('/api/v1/invitations', { email, role: 'viewer' })).status).toBe(201)
    expect((await t.post('/api/v1/invitations', { email, role: 'agent' })).status).toBe(409)
    expect((await t.post('/api/v1/invitations', { email: t.email, role: 'agent' })).status).toBe(409)
  })

  it('needs a name and a strong enough password for a new account', async () => {
    const t = await verifiedTenant()
    const email = newEmail()
    await t.post('/api/v1/invitations', { email, role: 'viewer' })
    const token = await invitationTokenFor(email)
    const res = await accept({ token, name: 'Short', password: 'short' })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'password' })])
    expect((await accept({ token, name: 'Long Enough', password: PASSWORD })).status).toBe(201)
  })

  it("keeps other tenants' invitations out of reach", async () => {
    const a = await verifiedTenant()
    const b = await verifiedTenant()
    const invited = await a.post('/api/v1/invitations', { email: newEmail(), role: 'viewer' })
    expect((await as(b.token).del(`/api/v1/invitations/${invited.body.id}`)).status).toBe(404)
    expect((await b.get('/api/v1/invitations')).body.data).toEqual([])
    const viewer = await addMember(a, 'viewer')
    expect((await viewer.get('/api/v1/invitations')).status).toBe(403)
  })
})
