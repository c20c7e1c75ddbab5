import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addBranch } from '../../team/team-helpers.ts'
import {
  activityCount,
  addMember,
  as,
  expectProblem,
  inMinutes,
  pgRows,
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

  it('pages the list by cursor, newest first or soonest due first', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const contactId = await seedContact(t)
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await me.post('/api/v1/activities', {
        type: 'task',
        contactId,
        subject: `T${i}`,
        dueAt: inMinutes(60 * (5 - i)),
      })
      ids.push(res.body.id)
    }
    const first = await me.get('/api/v1/activities?limit=2')
    expect(first.body.items.map((a: { id: string }) => a.id)).toEqual([ids[4], ids[3]])
    const rest = await me.get(
      `/api/v1/activities?limit=10&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    )
    expect(rest.body.items.map((a: { id: string }) => a.id)).toEqual([ids[2], ids[1], ids[0]])
    expect(rest.body.nextCursor).toBeNull()

    const due1 = await me.get('/api/v1/activities?sort=due&limit=3&status=open')
    const due2 = await me.get(
      `/api/v1/activities?sort=due&limit=3&status=open&cursor=${encodeURIComponent(due1.body.nextCursor)}`,
    )
    expect([...due1.body.items, ...due2.body.items].map((a: { subject: string }) => a.subject)).toEqual([
      'T4',
      'T3',
      'T2',
      'T1',
      'T0',
    ])
    const window = await me.get(
      `/api/v1/activities?dueFrom=${encodeURIComponent(inMinutes(90))}&dueTo=${encodeURIComponent(inMinutes(200))}`,
    )
    expect(window.body.items.map((a: { subject: string }) => a.subject).sort()).toEqual(['T2', 'T3'])
  })

  it('answers the calendar: tasks by due time, meetings by start, 62 days at most', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const contactId = await seedContact(t)
    await me.post('/api/v1/activities', {
      type: 'task',
      contactId,
      subject: 'In range',
      dueAt: inMinutes(60),
    })
    await me.post('/api/v1/activities', {
      type: 'task',
      contactId,
      subject: 'Later',
      dueAt: inMinutes(60 * 24 * 10),
    })
    await me.post('/api/v1/activities', {
      type: 'meeting',
      contactId,
      subject: 'Lunch',
      startsAt: inMinutes(120),
    })
    await me.post('/api/v1/activities', { type: 'note', contactId, body: 'Never on a calendar' })
    const from = encodeURIComponent(inMinutes(0))
    const to = encodeURIComponent(inMinutes(60 * 24))
    const cal = await me.get(`/api/v1/activities/calendar?from=${from}&to=${to}&assignee=me`)
    expect(cal.status).toBe(200)
    expect(cal.body.items.map((a: { subject: string }) => a.subject)).toEqual(['In range', 'Lunch'])
    expect(cal.body.truncated).toBe(false)
    expectProblem(
      await me.get(
        `/api/v1/activities/calendar?from=${from}&to=${encodeURIComponent(inMinutes(60 * 24 * 70))}`,
      ),
      400,
      'BAD_REQUEST',
      'to',
    )
    expectProblem(await me.get(`/api/v1/activities/calendar?from=${to}&to=${from}`), 400, 'BAD_REQUEST', 'to')
  })
})

describe('bulk complete and reassign', () => {
  it('changes all the named activities or none', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const agent = await addMember(t, 'agent')
    const contactId = await seedContact(t)
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push((await me.post('/api/v1/activities', { type: 'task', contactId, subject: `T${i}` })).body.id)
    }
    const moved = await me.post('/api/v1/activities/bulk', {
      activityIds: ids,
      action: 'reassign',
      assigneeUserId: agent.userId,
    })
    expect(moved.body).toEqual({ matched: 3, updated: 3 })
    expect((await agent.get('/api/v1/activities?assignee=me')).body.items).toHaveLength(3)

    const done = await agent.post('/api/v1/activities/bulk', {
      activityIds: ids.slice(0, 2),
      action: 'complete',
    })
    expect(done.body).toEqual({ matched: 2, updated: 2 })
    expect(
      (await agent.post('/api/v1/activities/bulk', { activityIds: ids, action: 'complete' })).body,
    ).toEqual({
      matched: 3,
      updated: 1,
    })

    const other = await createTestTenant()
    const foreign = (
      await as(other.token).post('/api/v1/activities', {
        type: 'task',
        contactId: await seedContact(other),
        subject: 'x',
      })
    ).body.id
    expectProblem(
      await me.post('/api/v1/activities/bulk', {
        activityIds: [...ids, foreign],
        action: 'reassign',
        assigneeUserId: t.userId,
      }),
      404,
      'NOT_FOUND',
      'activityIds',
    )
    // Nothing moved: all or none.
    expect((await agent.get('/api/v1/activities?assignee=me')).body.items).toHaveLength(3)
    expectProblem(
      await me.post('/api/v1/activities/bulk', { activityIds: ids, action: 'reassign' }),
      400,
      'BAD_REQUEST',
      'assigneeUserId',
    )
    expectProblem(
      await me.post('/api/v1/activities/bulk', {
        activityIds: Array.from({ length: 501 }, (_, i) => `act_${i}`),
        action: 'complete',
      }),
      400,
      'BAD_REQUEST',
      'activityIds',
    )
    expectProblem(
      await me.post('/api/v1/activities/bulk', { activityIds: [ids[0], ids[0]], action: 'complete' }),
      400,
      'BAD_REQUEST',
    )
  })
})

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
