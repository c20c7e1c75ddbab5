// Activity templates: managed by admins, filling in what a new activity leaves out, and
// validated on create and edit.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember, as, expectProblem, seedContact } from './activity-fixtures.ts'

describe('activity templates', () => {
  it('are managed by admins and fill in what a new activity leaves out', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const agent = await addMember(t, 'agent')
    const template = await me.post('/api/v1/activity-templates', {
      name: 'Follow-up call',
      type: 'call',
      subject: 'Follow up on the quote',
      body: 'Ask about the date',
      dueInMinutes: 60 * 24,
      remindBeforeMinutes: 30,
      durationMinutes: 15,
    })
    expect(template.status, JSON.stringify(template.body)).toBe(201)
    expectProblem(
      await agent.post('/api/v1/activity-templates', { name: 'x', type: 'note' }),
      403,
      'FORBIDDEN',
    )
    expect(
      (await agent.get('/api/v1/activity-templates')).body.items.map((x: { name: string }) => x.name),
    ).toEqual(['Follow-up call'])

    const contactId = await seedContact(t)
    const before = Date.now()
    const call = await agent.post('/api/v1/activities', {
      type: 'call',
      contactId,
      templateId: template.body.id,
    })
    expect(call.status, JSON.stringify(call.body)).toBe(201)
    expect(call.body).toMatchObject({
      subject: 'Follow up on the quote',
      body: 'Ask about the date',
      durationMinutes: 15,
      templateId: template.body.id,
      assigneeUserId: agent.userId,
    })
    const due = Date.parse(call.body.dueAt)
    expect(due).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000)
    expect(Date.parse(call.body.remindAt)).toBe(due - 30 * 60_000)

    expectProblem(
      await agent.post('/api/v1/activities', {
        type: 'task',
        contactId,
        templateId: template.body.id,
        subject: 's',
      }),
      400,
      'BAD_REQUEST',
      'templateId',
    )
    expectProblem(
      await me.post('/api/v1/activity-templates', { name: 'x', type: 'task', remindBeforeMinutes: 5 }),
      400,
      'BAD_REQUEST',
      'remindBeforeMinutes',
    )
    expectProblem(
      await me.post('/api/v1/activity-templates', { name: '', type: 'task' }),
      400,
      'BAD_REQUEST',
      'name',
    )

    const renamed = await me.patch(`/api/v1/activity-templates/${template.body.id}`, {
      name: 'Quote follow-up',
    })
    expect(renamed.body.name).toBe('Quote follow-up')
    expectProblem(
      await me.patch(`/api/v1/activity-templates/${template.body.id}`, { dueInMinutes: null }),
      400,
      'BAD_REQUEST',
      'remindBeforeMinutes',
    )
    const other = await createTestTenant()
    expectProblem(
      await as(other.token).patch(`/api/v1/activity-templates/${template.body.id}`, { name: 'x' }),
      404,
      'NOT_FOUND',
    )
    expect((await me.del(`/api/v1/activity-templates/${template.body.id}`)).status).toBe(204)
    expect((await me.get('/api/v1/activity-templates')).body.items).toEqual([])
    // The activity keeps what the template filled in.
    expect((await agent.get(`/api/v1/activities/${call.body.id}`)).body.subject).toBe(
      'Follow up on the quote',
    )
  })
})
