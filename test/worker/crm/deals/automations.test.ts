import { sql } from 'drizzle-orm'
import { describe, expect, it, vi } from 'vitest'
import { inbox, waitForEmail } from '../../../helpers/mail.ts'
import { deliver } from '../../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../team/team-helpers.ts'
import { api, defaultPipeline, expectProblem, pgRows, seedContact } from './deals-fixtures.ts'

interface Ran {
  automationsRunAt?: string
  automations?: { action: string; outcome: string }[]
}

/** The stage change's timeline entry once its automations ran (the queue consumer runs them). */
async function ranFor(t: TestTenant, changeId: string): Promise<Ran> {
  return vi.waitFor(
    async () => {
      const [row] = await pgRows<{ meta: Ran }>(
        sql`select meta from activities where tenant_id = ${t.tenantId} and type = 'stage_change'
            and meta ->> 'changeId' = ${changeId}`,
      )
      expect(row?.meta.automationsRunAt).toEqual(expect.any(String))
      return row!.meta
    },
    { timeout: 15_000, interval: 200 },
  )
}

const tasksOf = (t: TestTenant, dealId: string) =>
  pgRows<{ subject: string; assignee_user_id: string; due_ms: string }>(
    sql`select subject, assignee_user_id, (extract(epoch from due_at) * 1000)::bigint::text as due_ms from activities
        where tenant_id = ${t.tenantId} and deal_id = ${dealId} and type = 'task'`,
  )

async function lastChangeId(t: TestTenant, dealId: string): Promise<string> {
  const detail = await api(t).get(`/api/v1/deals/${dealId}`)
  return detail.body.history.at(-1).id
}

describe('stage automations', () => {
  it('run once per stage change, however often the job is delivered', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const proposal = stage('Proposal')
    const task = await api(t).post(`/api/v1/stages/${proposal}/automations`, {
      action: 'create_task',
      config: { subject: 'Send the proposal to {{contact.name}}', dueInHours: 48 },
    })
    expect(task.status).toBe(201)
    await api(t).post(`/api/v1/stages/${proposal}/automations`, {
      action: 'notify',
      config: { notify: 'owner' },
    })
    await api(t).post(`/api/v1/stages/${proposal}/automations`, {
      action: 'send_template',
      config: {
        emailSubject: 'Your proposal, {{contact.name}}',
        emailBody: 'Hello {{contact.name}},\n\nIt is on its way.',
      },
    })
    const email = `asha-${crypto.randomUUID().slice(0, 8)}@example.com`
    const contactId = await seedContact(t, { name: 'Asha', email, consentEmail: true })
    const deal = (
      await api(t).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Catering', contactId })
    ).body
    const moved = await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: proposal, version: 1 })
    expect(moved.status).toBe(200)
    const changeId = await lastChangeId(t, deal.id)
    const ran = await ranFor(t, changeId)
    expect(ran.automations?.map((a) => a.action)).toEqual(['create_task', 'notify', 'send_template'])

    const message = {
      type: 'crm.automation',
      tenantId: t.tenantId,
      dealId: deal.id,
      stageId: proposal,
      changeId,
    }
    const again = await deliver('crm', [message, message], 2)
    expect(again.explicitAcks).toHaveLength(2)
    expect(again.retryMessages).toHaveLength(0)

    const tasks = await tasksOf(t, deal.id)
    expect(tasks).toEqual([
      { subject: 'Send the proposal to Asha', assignee_user_id: t.userId, due_ms: expect.any(String) },
    ])
    const enteredAt = new Date(moved.body.stageEnteredAt).getTime()
    expect(Number(tasks[0]!.due_ms) - enteredAt).toBe(48 * 3_600_000)
    const sent = await waitForEmail(email, /^Your proposal, Asha$/)
    expect(sent.text).toContain('It is on its way.')
    await waitForEmail(t.email, /Catering.*entered Proposal/)
    expect((await inbox(email)).filter((m) => m.subject === 'Your proposal, Asha')).toHaveLength(1)
    expect((await inbox(t.email)).filter((m) => /Catering/.test(m.subject))).toHaveLength(1)
  })

  it('send a template only to a contact who agreed to e-mail, and say why not otherwise', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    await api(t).post(`/api/v1/stages/${stage('Contacted')}/automations`, {
      action: 'send_template',
      config: { emailSubject: 'Hello', emailBody: 'Hi' },
    })
    const email = `no-consent-${crypto.randomUUID().slice(0, 8)}@example.com`
    const contactId = await seedContact(t, { email, consentEmail: false })
    const deal = (await api(t).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Quiet', contactId }))
      .body
    await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Contacted'), version: 1 })
    const ran = await ranFor(t, await lastChangeId(t, deal.id))
    expect(ran.automations).toEqual([
      expect.objectContaining({
        action: 'send_template',
        outcome: expect.stringMatching(/not agreed to e-mail/),
      }),
    ])
    expect(await inbox(email)).toEqual([])
  })

  it('run for a deal created in the stage, and not for a disabled automation', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const off = await api(t).post(`/api/v1/stages/${stage('New')}/automations`, {
      action: 'create_task',
      config: { subject: 'Never' },
      enabled: false,
    })
    await api(t).post(`/api/v1/stages/${stage('New')}/automations`, {
      action: 'create_task',
      config: { subject: 'Call them' },
    })
    const deal = (await api(t).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Fresh' })).body
    await ranFor(t, await lastChangeId(t, deal.id))
    expect((await tasksOf(t, deal.id)).map((task) => task.subject)).toEqual(['Call them'])
    const listed = await api(t).get(`/api/v1/stages/${stage('New')}/automations`)
    expect(listed.body.items.map((a: { id: string; enabled: boolean }) => [a.id, a.enabled])).toEqual([
      [off.body.id, false],
      [expect.any(String), true],
    ])
  })

  it('do nothing for a deal that already left the stage', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const deal = (await api(t).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Passing' })).body
    await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Qualified'), version: 1 })
    const changeId = await lastChangeId(t, deal.id)
    // Added after the move (so that move queued nothing), then the deal moves on before the job runs.
    await api(t).post(`/api/v1/stages/${stage('Qualified')}/automations`, {
      action: 'create_task',
      config: { subject: 'Too late' },
    })
    await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Proposal'), version: 2 })
    const result = await deliver('crm', [
      {
        type: 'crm.automation',
        tenantId: t.tenantId,
        dealId: deal.id,
        stageId: stage('Qualified'),
        changeId,
      },
    ])
    expect(result.explicitAcks).toHaveLength(1)
    expect((await ranFor(t, changeId)).automations).toEqual([])
    expect(await tasksOf(t, deal.id)).toEqual([])
  })

  it('check configs against their action and what they name', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { stage } = await defaultPipeline(t)
    const path = `/api/v1/stages/${stage('New')}/automations`
    expectProblem(
      await api(t).post(path, { action: 'create_task', config: {} }),
      400,
      'BAD_REQUEST',
      'config.subject',
    )
    expectProblem(
      await api(t).post(path, { action: 'notify', config: { notify: 'members' } }),
      400,
      'BAD_REQUEST',
      'config.userIds',
    )
    expectProblem(
      await api(t).post(path, {
        action: 'create_task',
        config: { subject: 'x', assigneeUserId: other.userId },
      }),
      400,
      'BAD_REQUEST',
      'config.assigneeUserId',
    )
    expectProblem(
      await api(t).post(path, { action: 'send_template', config: { emailSubject: 'x' } }),
      400,
      'BAD_REQUEST',
    )
    const ok = await api(t).post(path, { action: 'notify', config: { notify: 'branch_managers' } })
    expect(ok.status).toBe(201)
    expectProblem(
      await api(t).patch(`/api/v1/stage-automations/${ok.body.id}`, { config: { notify: 'everyone' } }),
      400,
      'BAD_REQUEST',
      'config.notify',
    )
    const paused = await api(t).patch(`/api/v1/stage-automations/${ok.body.id}`, { enabled: false })
    expect(paused.body).toMatchObject({ enabled: false, config: { notify: 'branch_managers' } })
    const agent = await addMember(t, 'agent')
    expectProblem(await agent.del(`/api/v1/stage-automations/${ok.body.id}`), 403, 'FORBIDDEN')
    expectProblem(await api(other).del(`/api/v1/stage-automations/${ok.body.id}`), 404, 'NOT_FOUND')
    expect((await api(t).del(`/api/v1/stage-automations/${ok.body.id}`)).status).toBe(204)
    expect((await api(t).get(path)).body.items).toEqual([])
  })
})
