// Deals, moving between stages: stage history and timeline, stale versions, closing as won or
// lost and reopening, and exact ordering within a board column.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { api, defaultPipeline, expectProblem, pgRows } from './deals-fixtures.ts'

describe('moving deals', () => {
  async function setup() {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const create = (name: string, stageName = 'New') =>
      api(t)
        .post('/api/v1/deals', {
          pipelineId: pipeline.id,
          stageId: stage(stageName),
          name,
          amountMinor: 10_000,
        })
        .then((r) => r.body)
    return { t, pipeline, stage, create }
  }

  it('moves a deal to another stage, recording how long it sat in the last one', async () => {
    const { t, stage, create } = await setup()
    const deal = await create('Move me')
    const moved = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Proposal'),
      version: 1,
    })
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({ stageId: stage('Proposal'), version: 2, status: 'open' })
    const changes = await pgRows<{
      from_stage_id: string
      to_stage_id: string
      seconds_in_from_stage: number
    }>(
      sql`select from_stage_id, to_stage_id, seconds_in_from_stage from deal_stage_changes
          where tenant_id = ${t.tenantId} and deal_id = ${deal.id} and from_stage_id is not null`,
    )
    expect(changes).toEqual([
      {
        from_stage_id: stage('New'),
        to_stage_id: stage('Proposal'),
        seconds_in_from_stage: expect.any(Number),
      },
    ])
    const timeline = await pgRows<{ subject: string }>(
      sql`select subject from activities where tenant_id = ${t.tenantId} and deal_id = ${deal.id} order by created_at`,
    )
    expect(timeline.map((a) => a.subject)).toEqual(['Created in New', 'Moved to Proposal'])
  })

  it('answers a stale version with 409 and the deal as it is now, changing nothing', async () => {
    const { t, stage, create } = await setup()
    const deal = await create('Contested')
    await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Contacted'), version: 1 })
    const stale = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Proposal'),
      version: 1,
    })
    expectProblem(stale, 409, 'CONFLICT')
    expect(stale.body.deal).toMatchObject({ id: deal.id, stageId: stage('Contacted'), version: 2 })
    expect((await api(t).get(`/api/v1/deals/${deal.id}`)).body.stageId).toBe(stage('Contacted'))
  })

  it('refuses a stage of another pipeline', async () => {
    const { t, create } = await setup()
    const deal = await create('Stay')
    const other = await api(t).post('/api/v1/pipelines', { name: 'Other' })
    const res = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: other.body.stages[0].id,
      version: 1,
    })
    expectProblem(res, 400, 'BAD_REQUEST', 'stageId')
    expect(res.body.detail).toBe('stage is not in this pipeline')
  })

  it('closes a deal as won or lost (lost needs a reason) and reopens it', async () => {
    const { t, stage, create } = await setup()
    const deal = await create('Close me')
    const noReason = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Lost'),
      version: 1,
    })
    expectProblem(noReason, 400, 'BAD_REQUEST', 'closeReason')
    const lost = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Lost'),
      version: 1,
      closeReason: 'Went with a competitor',
    })
    expect(lost.body).toMatchObject({ status: 'lost', closeReason: 'Went with a competitor' })
    expect(lost.body.closedAt).toEqual(expect.any(String))
    const won = await api(t).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Won'), version: 2 })
    expect(won.body).toMatchObject({ status: 'won', closeReason: null })
    const reopened = await api(t).post(`/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Proposal'),
      version: 3,
    })
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, closeReason: null })
  })

  it('places a deal before or after another one of the column', async () => {
    const { t, stage, create } = await setup()
    const a = await create('A', 'Qualified')
    const b = await create('B', 'Qualified')
    const c = await create('C')
    const order = async () =>
      (await api(t).get(`/api/v1/pipelines/${c.pipelineId}/board`)).body.columns
        .find((col: { stageId: string }) => col.stageId === stage('Qualified'))
        .deals.map((d: { name: string }) => d.name)
    expect(await order()).toEqual(['B', 'A'])
    await api(t).post(`/api/v1/deals/${c.id}/move`, {
      stageId: stage('Qualified'),
      version: 1,
      afterDealId: b.id,
    })
    expect(await order()).toEqual(['B', 'C', 'A'])
    await api(t).post(`/api/v1/deals/${a.id}/move`, {
      stageId: stage('Qualified'),
      version: 1,
      beforeDealId: b.id,
    })
    expect(await order()).toEqual(['A', 'B', 'C'])
    expectProblem(
      await api(t).post(`/api/v1/deals/${a.id}/move`, {
        stageId: stage('New'),
        version: 2,
        beforeDealId: b.id,
      }),
      400,
      'BAD_REQUEST',
      'beforeDealId',
    )
  })

  it('keeps ordering exact through many drops at the same spot', async () => {
    const { t, stage, create } = await setup()
    const top = await create('Top', 'Proposal')
    const bottom = await create('Bottom', 'Proposal')
    // Created at the top: Bottom is first. Drop cards between the two, always right after it.
    const names: string[] = []
    for (let i = 0; i < 45; i++) {
      const card = await create(`Card ${i}`)
      await api(t).post(`/api/v1/deals/${card.id}/move`, {
        stageId: stage('Proposal'),
        version: 1,
        afterDealId: bottom.id,
      })
      names.unshift(`Card ${i}`)
    }
    const board = await api(t).get(`/api/v1/pipelines/${top.pipelineId}/board?limit=100`)
    const column = board.body.columns.find((col: { stageId: string }) => col.stageId === stage('Proposal'))
    expect(column.deals.map((d: { name: string }) => d.name)).toEqual(['Bottom', ...names, 'Top'])
  }, 60_000)
})
