// Activities API, reading many at once: cursor paging and sorting, the calendar window, and
// bulk complete and reassign (all or none).
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember, as, expectProblem, inMinutes, seedContact } from './activity-fixtures.ts'

describe('activities API', () => {
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
