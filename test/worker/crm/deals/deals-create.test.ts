// Deals, creating: contact, owner, branch and first history row; bad stages, amounts,
// currencies, dates and foreign records refused; branch-scoped members kept to their branches.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember } from '../../team/team-helpers.ts'
import { api, dealCount, defaultPipeline, expectProblem, pgRows, seedContact } from './deals-fixtures.ts'

describe('creating deals', () => {
  it('creates a deal with its contact, owner, branch and first history row', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const contactId = await seedContact(t, { name: 'Asha Rao' })
    const res = await api(t).post('/api/v1/deals', {
      pipelineId: pipeline.id,
      stageId: stage('Qualified'),
      name: 'Catering for 40',
      amountMinor: 1_250_000,
      currency: 'eur',
      expectedCloseDate: '2026-03-31',
      contactId,
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      stageId: stage('Qualified'),
      amountMinor: 1_250_000,
      currency: 'EUR',
      ownerUserId: t.userId,
      branchId: t.branchId,
      contact: { id: contactId, name: 'Asha Rao' },
      status: 'open',
      version: 1,
    })
    const detail = await api(t).get(`/api/v1/deals/${res.body.id}`)
    expect(detail.body.history).toEqual([
      expect.objectContaining({ fromStageId: null, toStageId: stage('Qualified'), toStageName: 'Qualified' }),
    ])
    const activities = await pgRows<{ type: string; contact_id: string }>(
      sql`select type, contact_id from activities where tenant_id = ${t.tenantId} and deal_id = ${res.body.id}`,
    )
    expect(activities).toEqual([{ type: 'stage_change', contact_id: contactId }])
  })

  it('refuses a stage from another pipeline with 400 and writes nothing', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const other = await api(t).post('/api/v1/pipelines', { name: 'Other' })
    const res = await api(t).post('/api/v1/deals', {
      pipelineId: pipeline.id,
      stageId: other.body.stages[0].id,
      name: 'Mixed up',
    })
    expectProblem(res, 400, 'BAD_REQUEST', 'stageId')
    expect(res.body.detail).toBe('stage is not in this pipeline')
    expect(await dealCount(t.tenantId)).toBe(0)
  })

  it('refuses bad amounts, currencies, dates and contacts of another tenant, naming the field', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const base = { pipelineId: pipeline.id, name: 'Bad' }
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, amountMinor: 12.5 }),
      400,
      'BAD_REQUEST',
      'amountMinor',
    )
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, currency: 'EURO' }),
      400,
      'BAD_REQUEST',
      'currency',
    )
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, currency: 'XXQ' }),
      400,
      'BAD_REQUEST',
      'currency',
    )
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, expectedCloseDate: '2026-02-31x' }),
      400,
      'BAD_REQUEST',
      'expectedCloseDate',
    )
    const foreign = await seedContact(other)
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, contactId: foreign }),
      400,
      'BAD_REQUEST',
      'contactId',
    )
    expectProblem(
      await api(t).post('/api/v1/deals', { ...base, ownerUserId: other.userId }),
      400,
      'BAD_REQUEST',
      'ownerUserId',
    )
    expect(await dealCount(t.tenantId)).toBe(0)
  })

  it('keeps branch-scoped members to their own branches', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const north = await addBranch(t, 'north')
    const agent = await addMember(t, 'agent', { branchIds: [t.branchId] })
    const mine = await agent.post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Mine' })
    expect(mine.status).toBe(201)
    expect(mine.body.branchId).toBe(t.branchId)
    expectProblem(
      await agent.post('/api/v1/deals', {
        pipelineId: pipeline.id,
        name: 'Theirs',
        branchId: north.branchId,
      }),
      403,
      'FORBIDDEN',
    )
    expectProblem(
      await agent.post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Everyone', branchId: null }),
      400,
      'BAD_REQUEST',
      'branchId',
    )
    const theirs = await api(t).post('/api/v1/deals', {
      pipelineId: pipeline.id,
      name: 'North',
      branchId: north.branchId,
    })
    expectProblem(await agent.get(`/api/v1/deals/${theirs.body.id}`), 404, 'NOT_FOUND')
    const everyone = await api(t).post('/api/v1/deals', {
      pipelineId: pipeline.id,
      name: 'Everyone',
      branchId: null,
    })
    expect((await agent.get(`/api/v1/deals/${everyone.body.id}`)).status).toBe(200)
    expectProblem(
      await agent.post(`/api/v1/deals/${everyone.body.id}/move`, {
        stageId: pipeline.stages[1]!.id,
        version: 1,
      }),
      403,
      'FORBIDDEN',
    )
    const listed = await agent.get('/api/v1/deals')
    expect(listed.body.items.map((d: { name: string }) => d.name).sort()).toEqual(['Everyone', 'Mine'])
  })
})
