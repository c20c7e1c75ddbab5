import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, as, auditActions } from './team-helpers.ts'

describe('listing members', () => {
  it('shows each member with role, branches and account flags', async () => {
    const t = await createTestTenant()
    const second = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager', { branchIds: [second.branchId] })
    const res = await manager.get('/api/v1/members')
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([
      expect.objectContaining({
        id: t.membershipId,
        role: 'owner',
        branchIds: null,
        user: expect.objectContaining({ id: t.userId, email: t.email, emailVerified: false, mfa: false }),
      }),
      expect.objectContaining({ id: manager.membershipId, role: 'manager', branchIds: [second.branchId] }),
    ])
  })

  it('needs members.read and shows only this tenant', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    expect((await agent.get('/api/v1/members')).status).toBe(403)
    const other = await createTestTenant()
    const res = await other.get('/api/v1/members')
    expect(res.body.data.map((m: { id: string }) => m.id)).toEqual([other.membershipId])
    expect(
      (await as(other.token).patch(`/api/v1/members/${agent.membershipId}`, { role: 'viewer' })).status,
    ).toBe(404)
    expect((await as(other.token).del(`/api/v1/members/${agent.membershipId}`)).status).toBe(404)
  })
})

describe('changing roles', () => {
  it('lets an admin promote up to admin but never make an owner or touch one', async () => {
    const t = await createTestTenant()
    const admin = await addMember(t, 'admin')
    const agent = await addMember(t, 'agent')
    const toOwner = await admin.patch(`/api/v1/members/${agent.membershipId}`, { role: 'owner' })
    expect(toOwner.status).toBe(403)
    expect(toOwner.body.code).toBe('FORBIDDEN')
    expect((await admin.patch(`/api/v1/members/${t.membershipId}`, { role: 'viewer' })).status).toBe(403)
    expect((await admin.del(`/api/v1/members/${t.membershipId}`)).status).toBe(403)
    const promoted = await admin.patch(`/api/v1/members/${agent.membershipId}`, { role: 'admin' })
    expect(promoted.status).toBe(200)
    expect(promoted.body.role).toBe('admin')
    expect(await auditActions(t.tenantId, agent.membershipId)).toEqual(['member.role_changed'])
  })

  it('never demotes the last owner, but an owner can hand over and step down', async () => {
    const t = await createTestTenant()
    const owner = as(t.token)
    const last = await owner.patch(`/api/v1/members/${t.membershipId}`, { role: 'admin' })
    expect(last.status).toBe(409)
    expect(last.body.detail).toMatch(/last owner/)
    expect((await owner.del(`/api/v1/members/${t.membershipId}`)).status).toBe(409)

    const admin = await addMember(t, 'admin')
    expect((await owner.patch(`/api/v1/members/${admin.membershipId}`, { role: 'owner' })).status).toBe(200)
    expect((await owner.patch(`/api/v1/members/${t.membershipId}`, { role: 'admin' })).status).toBe(200)
    // Now the former admin is the only owner, and the same rule protects them.
    expect((await admin.patch(`/api/v1/members/${admin.membershipId}`, { role: 'viewer' })).status).toBe(409)
  })

  it('refuses a role that does not exist or an empty change', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    expect((await as(t.token).patch(`/api/v1/members/${agent.membershipId}`, { role: 'god' })).status).toBe(
      400,
    )
    expect((await as(t.token).patch(`/api/v1/members/${agent.membershipId}`, {})).status).toBe(400)
  })
})

describe('branch scope', () => {
  it('limits a manager, drops the limit on promotion to admin, and audits both', async () => {
    const t = await createTestTenant()
    const second = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager')
    const owner = as(t.token)
    const scoped = await owner.patch(`/api/v1/members/${manager.membershipId}`, {
      branchIds: [second.branchId],
    })
    expect(scoped.status).toBe(200)
    expect(scoped.body.branchIds).toEqual([second.branchId])
    expect((await manager.get('/api/v1/sites')).body.data.map((s: { id: string }) => s.id)).toEqual([
      second.siteId,
    ])

    const promoted = await owner.patch(`/api/v1/members/${manager.membershipId}`, { role: 'admin' })
    expect(promoted.body).toMatchObject({ role: 'admin', branchIds: null })
    expect((await manager.get('/api/v1/sites')).body.data).toHaveLength(2)
    // The last two share one batch, so their order in time is not defined.
    expect((await auditActions(t.tenantId, manager.membershipId)).sort()).toEqual([
      'member.branches_changed',
      'member.branches_changed',
      'member.role_changed',
    ])
  })

  it('refuses a scope for admins and branches of another tenant', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const admin = await addMember(t, 'admin')
    const manager = await addMember(t, 'manager')
    const owner = as(t.token)
    expect(
      (await owner.patch(`/api/v1/members/${admin.membershipId}`, { branchIds: [t.branchId] })).status,
    ).toBe(400)
    const foreign = await owner.patch(`/api/v1/members/${manager.membershipId}`, {
      branchIds: [other.branchId],
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors).toEqual([{ path: 'branchIds', message: `Unknown branch: ${other.branchId}` }])
    expect((await owner.patch(`/api/v1/members/${manager.membershipId}`, { branchIds: null })).status).toBe(
      200,
    )
  })
})

describe('removing members', () => {
  it("ends the removed member's sessions at once and audits it", async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    expect((await agent.get('/api/v1/leads')).status).toBe(200)
    expect((await as(t.token).del(`/api/v1/members/${agent.membershipId}`)).status).toBe(204)
    expect((await agent.get('/api/v1/leads')).status).toBe(401)
    expect((await as(t.token).get('/api/v1/members')).body.data).toHaveLength(1)
    expect(await auditActions(t.tenantId, agent.membershipId)).toEqual(['member.removed'])
  })

  it('lets a member leave but not remove others without members.manage', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    const viewer = await addMember(t, 'viewer')
    expect((await agent.del(`/api/v1/members/${viewer.membershipId}`)).status).toBe(403)
    const left = await agent.del(`/api/v1/members/${agent.membershipId}`)
    expect(left.status).toBe(204)
    expect(left.headers.get('set-cookie')).toMatch(/vitrine_session=;/)
    expect((await agent.get('/api/v1/leads')).status).toBe(401)
  })
})
