import {
  createExecutionContext,
  createScheduledController,
  env,
  SELF,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { sql } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { ServerMessage } from '../../../../durable-objects/tenant-hub/protocol.ts'
import worker from '../../../../worker/index.ts'
import { inbox, waitForEmail } from '../../../helpers/mail.ts'
import { deliver } from '../../../helpers/queue.ts'
import { collectMessages } from '../../../helpers/socket.ts'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember, as, expectProblem, inMinutes, pgRows, seedContact } from './activity-fixtures.ts'

/** The every-minute cron, as Cloudflare would run it. */
async function runMinuteCron() {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env as never, ctx)
  await waitOnExecutionContext(ctx)
}

const sentAt = async (activityId: string) =>
  (
    await pgRows<{ at: Date | null }>(
      sql`select reminder_sent_at as at from activities where id = ${activityId}`,
    )
  )[0]?.at ?? null

/** The member's live socket, once the hub has said it is ready. */
async function openSocket(token: string) {
  const res = await SELF.fetch('http://localhost/api/v1/realtime', {
    headers: { upgrade: 'websocket', authorization: `Bearer ${token}` },
  })
  if (!res.webSocket) throw new Error(`no socket: ${res.status}`)
  const live = {
    socket: res.webSocket,
    ...collectMessages(res.webSocket, (json) => ServerMessage.parse(json)),
  }
  expect((await live.next()).type).toBe('ready')
  return live
}

/** Hands the crm consumer one reminder job per activity, as the minute cron queues them. */
const remind = (tenantId: string, ...activityIds: string[]) =>
  deliver(
    'crm',
    activityIds.map((activityId) => ({ type: 'crm.reminder' as const, tenantId, activityId })),
  )

describe('reminders', () => {
  it('fire once through the cron and the crm queue: a notice and an e-mail to the assignee', async () => {
    const t = await createTestTenant()
    const agent = await addMember(t, 'agent')
    const contactId = await seedContact(t, { name: 'Bea Costa' })
    const live = await openSocket(agent.token)

    const call = await as(t.token).post('/api/v1/activities', {
      type: 'call',
      contactId,
      subject: 'Call back about the booking',
      dueAt: inMinutes(30),
      remindAt: inMinutes(-1),
      assigneeUserId: agent.userId,
    })
    expect(call.status, JSON.stringify(call.body)).toBe(201)
    const id = call.body.id as string

    await runMinuteCron()
    const email = await waitForEmail(agent.email, /Reminder: Call back about the booking/)
    expect(email.text).toContain('Bea Costa')
    expect(email.text).toContain(`/app/contacts/${contactId}`)
    const notice = await live.next()
    expect(notice).toMatchObject({
      type: 'crm.notice',
      userId: agent.userId,
      kind: 'reminder',
      link: `/app/contacts/${contactId}`,
    })
    expect(notice.type === 'crm.notice' && notice.title).toContain('Call back about the booking')
    const first = await sentAt(id)
    expect(first).not.toBeNull()

    // Another cron run and a redelivered message find nothing left to claim.
    await runMinuteCron()
    const again = await remind(t.tenantId, id)
    expect(again.explicitAcks).toHaveLength(1)
    expect(await sentAt(id)).toEqual(first)
    await new Promise((r) => setTimeout(r, 1500))
    expect((await inbox(agent.email)).filter((m) => /Reminder:/.test(m.subject))).toHaveLength(1)
    live.socket.close()
  })

  it('fire again when moved, and never once completed or deleted', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const contactId = await seedContact(t)
    /** A task whose reminder was due a minute ago. */
    const dueTask = async (subject: string, extra: Record<string, unknown> = {}) =>
      (
        await me.post('/api/v1/activities', {
          type: 'task',
          contactId,
          subject,
          remindAt: inMinutes(-1),
          ...extra,
        })
      ).body
    const task = await dueTask('Moved reminder')
    await remind(t.tenantId, task.id)
    await waitForEmail(t.email, /Reminder: Moved reminder/)
    expect(await sentAt(task.id)).not.toBeNull()

    const moved = await me.patch(`/api/v1/activities/${task.id}`, { remindAt: inMinutes(-0.5) })
    expect(moved.body.reminderSentAt).toBeNull()
    await remind(t.tenantId, task.id)
    await vi.waitFor(
      async () =>
        expect((await inbox(t.email)).filter((m) => /Moved reminder/.test(m.subject))).toHaveLength(2),
      { timeout: 15_000, interval: 200 },
    )

    const done = await dueTask('Done already', { completed: true })
    const gone = await dueTask('Deleted one')
    await me.del(`/api/v1/activities/${gone.id}`)
    await remind(t.tenantId, done.id, gone.id)
    expect(await sentAt(done.id)).toBeNull()
    expect(await sentAt(gone.id)).toBeNull()
  })
})

describe('mentions', () => {
  it('tell each mentioned member once, by e-mail and in the dashboard', async () => {
    const t = await createTestTenant()
    const manager = await addMember(t, 'manager')
    const contactId = await seedContact(t, { name: 'Caio Reis' })
    const live = await openSocket(manager.token)
    const note = await as(t.token).post('/api/v1/activities', {
      type: 'note',
      contactId,
      body: '@Member manager can you call Caio tomorrow?',
      mentions: [manager.userId],
    })
    expect(note.status, JSON.stringify(note.body)).toBe(201)
    expect(note.body.mentions).toEqual([manager.userId])
    const email = await waitForEmail(manager.email, /mentioned you/)
    expect(email.text).toContain('can you call Caio tomorrow?')
    expect(await live.next()).toMatchObject({ type: 'crm.notice', kind: 'mention', userId: manager.userId })

    // The job delivered again, and an edit that keeps the mention, tell nobody anew.
    await deliver('crm', [
      { type: 'crm.mention', tenantId: t.tenantId, activityId: note.body.id, userIds: [manager.userId] },
    ])
    await as(t.token).patch(`/api/v1/activities/${note.body.id}`, {
      body: '@Member manager call Caio please',
    })
    await new Promise((r) => setTimeout(r, 1500))
    expect((await inbox(manager.email)).filter((m) => /mentioned you/.test(m.subject))).toHaveLength(1)
    live.socket.close()
  })

  it('refuse members of other organisations and those who cannot see the record', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const contactId = await seedContact(t)
    expectProblem(
      await as(t.token).post('/api/v1/activities', {
        type: 'note',
        contactId,
        body: 'hi',
        mentions: [other.userId],
      }),
      400,
      'BAD_REQUEST',
      'mentions',
    )
    const scoped = await addMember(t, 'agent', { branchIds: ['bra_elsewhere'] })
    expectProblem(
      await as(t.token).post('/api/v1/activities', {
        type: 'note',
        contactId,
        body: 'hi',
        mentions: [scoped.userId],
      }),
      400,
      'BAD_REQUEST',
      'mentions',
    )
  })
})
