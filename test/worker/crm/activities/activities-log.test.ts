// Activities API, logging: a task's whole life (log, read, edit, complete, delete), calls,
// meetings and notes about companies and deals, and bad input refused with the field named.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import {
  activityCount,
  as,
  expectProblem,
  inMinutes,
  seedCompany,
  seedContact,
  seedDeal,
} from './activity-fixtures.ts'

describe('activities API', () => {
  it('logs, reads, edits, completes and deletes a task about a contact', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const contactId = await seedContact(t, { name: 'Ana Lima' })
    const dueAt = inMinutes(120)
    const created = await me.post('/api/v1/activities', {
      type: 'task',
      contactId,
      subject: 'Send the menu',
      dueAt,
      remindAt: inMinutes(60),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const task = created.body
    expect(task).toMatchObject({
      type: 'task',
      contactId,
      contactName: 'Ana Lima',
      branchId: t.branchId,
      subject: 'Send the menu',
      dueAt,
      assigneeUserId: t.userId,
      createdByUserId: t.userId,
      completedAt: null,
      reminderSentAt: null,
    })
    expect(task.id).toMatch(/^act_/)

    expect((await me.get(`/api/v1/activities/${task.id}`)).body.subject).toBe('Send the menu')

    const done = await me.patch(`/api/v1/activities/${task.id}`, { completed: true })
    expect(done.status).toBe(200)
    expect(done.body.completedAt).toEqual(expect.any(String))
    expect(done.body.completedByUserId).toBe(t.userId)
    const reopened = await me.patch(`/api/v1/activities/${task.id}`, {
      completed: false,
      subject: 'Send the menus',
    })
    expect(reopened.body).toMatchObject({
      completedAt: null,
      completedByUserId: null,
      subject: 'Send the menus',
    })

    const open = await me.get(`/api/v1/activities?assignee=me&status=open&sort=due`)
    expect(open.body.items.map((a: { id: string }) => a.id)).toEqual([task.id])

    expect((await me.del(`/api/v1/activities/${task.id}`)).status).toBe(204)
    expectProblem(await me.get(`/api/v1/activities/${task.id}`), 404, 'NOT_FOUND')
    expect((await me.get(`/api/v1/activities?contactId=${contactId}`)).body.items).toEqual([])
  })

  it('logs a call, a meeting and a note about a company or deal', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const companyId = await seedCompany(t, 'Acme Foods')
    const dealId = await seedDeal(t, { name: 'Catering for 40', companyId })
    const call = await me.post('/api/v1/activities', {
      type: 'call',
      dealId,
      durationMinutes: 12,
      outcome: 'connected',
      body: 'Agreed on the date',
      completed: true,
    })
    expect(call.status, JSON.stringify(call.body)).toBe(201)
    expect(call.body).toMatchObject({
      dealName: 'Catering for 40',
      outcome: 'connected',
      durationMinutes: 12,
    })
    expect(call.body.completedAt).toEqual(expect.any(String))

    const startsAt = inMinutes(24 * 60)
    const meeting = await me.post('/api/v1/activities', {
      type: 'meeting',
      companyId,
      subject: 'Tasting',
      startsAt,
      endsAt: inMinutes(25 * 60),
      remindAt: inMinutes(23 * 60),
    })
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201)
    // A meeting is due when it starts, so it is among the assignee's open tasks.
    expect(meeting.body).toMatchObject({ companyName: 'Acme Foods', startsAt, dueAt: startsAt })

    const note = await me.post('/api/v1/activities', { type: 'note', companyId, body: 'Prefers e-mail' })
    expect(note.status).toBe(201)
    const list = await me.get(`/api/v1/activities?companyId=${companyId}&type=note,meeting`)
    expect(list.body.items.map((a: { type: string }) => a.type)).toEqual(['note', 'meeting'])
  })

  it('refuses bad input with the field named and writes nothing', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const contactId = await seedContact(t)
    const other = await createTestTenant()
    const theirs = await seedContact(other)
    const before = await activityCount(t.tenantId)
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ type: 'note', body: 'About nobody' }, 400, 'BAD_REQUEST', 'contactId'],
      [{ type: 'note', contactId, body: '  ' }, 400, 'BAD_REQUEST', 'body'],
      [{ type: 'note', contactId, body: 'x', dueAt: inMinutes(5) }, 400, 'BAD_REQUEST', 'dueAt'],
      [{ type: 'task', contactId }, 400, 'BAD_REQUEST', 'subject'],
      [
        { type: 'task', contactId, subject: 's', dueAt: inMinutes(5), remindAt: inMinutes(10) },
        400,
        'BAD_REQUEST',
        'remindAt',
      ],
      [{ type: 'task', contactId, subject: 's', dueAt: 'tomorrow' }, 400, 'BAD_REQUEST', 'dueAt'],
      [{ type: 'meeting', contactId, subject: 's' }, 400, 'BAD_REQUEST', 'startsAt'],
      [
        { type: 'meeting', contactId, startsAt: inMinutes(60), endsAt: inMinutes(30) },
        400,
        'BAD_REQUEST',
        'endsAt',
      ],
      [{ type: 'call', contactId, outcome: 'great' }, 400, 'BAD_REQUEST', 'outcome'],
      [{ type: 'call', contactId, durationMinutes: -1 }, 400, 'BAD_REQUEST', 'durationMinutes'],
      [{ type: 'email', contactId, body: 'x' }, 400, 'BAD_REQUEST', 'type'],
      [
        { type: 'task', contactId, subject: 's', assigneeUserId: other.userId },
        400,
        'BAD_REQUEST',
        'assigneeUserId',
      ],
      [{ type: 'note', contactId, body: '@x', mentions: [other.userId] }, 400, 'BAD_REQUEST', 'mentions'],
      [{ type: 'note', contactId: theirs, body: 'not mine' }, 404, 'NOT_FOUND', 'contactId'],
      [{ type: 'task', contactId, subject: 's', templateId: 'atpl_nope' }, 404, 'NOT_FOUND', 'templateId'],
      [{ type: 'note', contactId, body: 'x', surprise: true }, 400, 'BAD_REQUEST', ''],
    ]
    for (const [body, status, code, path] of cases) {
      expectProblem(await me.post('/api/v1/activities', body), status, code, path || undefined)
    }
    expect(await activityCount(t.tenantId)).toBe(before)

    const task = (
      await me.post('/api/v1/activities', { type: 'task', contactId, subject: 's', dueAt: inMinutes(60) })
    ).body
    expectProblem(
      await me.patch(`/api/v1/activities/${task.id}`, { remindAt: inMinutes(90) }),
      400,
      'BAD_REQUEST',
      'remindAt',
    )
    expectProblem(await me.patch(`/api/v1/activities/${task.id}`, {}), 400, 'BAD_REQUEST')
    expectProblem(await me.get('/api/v1/activities?cursor=nonsense'), 400, 'BAD_REQUEST', 'cursor')
    expectProblem(
      await me.get('/api/v1/activities?dueFrom=2026-01-02T00:00:00Z&dueTo=2026-01-01T00:00:00Z'),
      400,
      'BAD_REQUEST',
      'dueTo',
    )
    // Another tenant's activity is not there at all.
    expectProblem(
      await as(other.token).patch(`/api/v1/activities/${task.id}`, { subject: 'x' }),
      404,
      'NOT_FOUND',
    )
    expectProblem(await as(other.token).del(`/api/v1/activities/${task.id}`), 404, 'NOT_FOUND')
  })
})
