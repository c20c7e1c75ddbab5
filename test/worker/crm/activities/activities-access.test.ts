// Activities API, who may do what: system entries stay as written, viewers only read,
// branch-scoped members keep to their branches, and the CRM members list.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addBranch } from '../../team/team-helpers.ts'
import { addMember, as, expectProblem, pgRows, seedContact } from './activity-fixtures.ts'

describe('activities API', () => {
  it('keeps system entries as written and viewers out', async () => {
    const t = await createTestTenant()
    const contactId = await seedContact(t)
    const [row] = await pgRows<{ id: string }>(
      sql`insert into activities (id, tenant_id, contact_id, type, body)
          values (${`act_${'0'.repeat(10)}${crypto.randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase()}`}, ${t.tenantId}, ${contactId}, 'assignment', 'Given to Ana')
          returning id`,
    )
    expectProblem(await as(t.token).patch(`/api/v1/activities/${row!.id}`, { body: 'x' }), 409, 'CONFLICT')
    expectProblem(await as(t.token).del(`/api/v1/activities/${row!.id}`), 409, 'CONFLICT')
    const viewer = await addMember(t, 'viewer')
    expect((await viewer.get(`/api/v1/activities?contactId=${contactId}`)).status).toBe(200)
    expectProblem(
      await viewer.post('/api/v1/activities', { type: 'note', contactId, body: 'x' }),
      403,
      'FORBIDDEN',
    )
  })

  it('keeps a branch-scoped member to their branches and off organisation-wide records', async () => {
    const t = await createTestTenant()
    const north = await addBranch(t, 'north')
    const agent = await addMember(t, 'agent', { branchIds: [north.branchId] })
    const mine = await seedContact(t, { branchId: north.branchId })
    const elsewhere = await seedContact(t)
    const orgWide = await seedContact(t, { branchId: null })
    expect(
      (await agent.post('/api/v1/activities', { type: 'note', contactId: mine, body: 'ok' })).status,
    ).toBe(201)
    expectProblem(
      await agent.post('/api/v1/activities', { type: 'note', contactId: elsewhere, body: 'x' }),
      404,
      'NOT_FOUND',
    )
    expectProblem(
      await agent.post('/api/v1/activities', { type: 'note', contactId: orgWide, body: 'x' }),
      403,
      'FORBIDDEN',
    )
    // The owner cannot hand a task on a branch record to someone who does not work that branch.
    expectProblem(
      await as(t.token).post('/api/v1/activities', {
        type: 'task',
        contactId: elsewhere,
        subject: 's',
        assigneeUserId: agent.userId,
      }),
      400,
      'BAD_REQUEST',
      'assigneeUserId',
    )
    const theirTask = await as(t.token).post('/api/v1/activities', {
      type: 'task',
      contactId: elsewhere,
      subject: 's',
    })
    expectProblem(await agent.get(`/api/v1/activities/${theirTask.body.id}`), 404, 'NOT_FOUND')
  })
})

describe('CRM members', () => {
  it('names who may be mentioned and who may be given tasks, without addresses', async () => {
    const t = await createTestTenant()
    const viewer = await addMember(t, 'viewer')
    const res = await as(viewer.token).get('/api/v1/crm/members')
    expect(res.status).toBe(200)
    expect(res.body.me).toBe(viewer.userId)
    expect(res.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [t.userId, viewer.userId].sort(),
    )
    expect(res.body.assignable).toEqual([t.userId])
    expect(JSON.stringify(res.body)).not.toContain('@')
  })
})
