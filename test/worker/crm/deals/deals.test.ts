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

describe('editing, listing and deleting deals', () => {
  it('edits fields, checks the version when given, and lists with filters and cursors', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const made = []
    for (const [i, amount] of [5_000, 50_000, 500_000].entries()) {
      made.push(
        (
          await api(t).post('/api/v1/deals', {
            pipelineId: pipeline.id,
            stageId: stage('New'),
            name: `Deal ${i}`,
            amountMinor: amount,
          })
        ).body,
      )
    }
    const edited = await api(t).patch(`/api/v1/deals/${made[0].id}`, { name: 'Renamed', version: 1 })
    expect(edited.body).toMatchObject({ name: 'Renamed', version: 2 })
    expectProblem(
      await api(t).patch(`/api/v1/deals/${made[0].id}`, { name: 'Again', version: 1 }),
      409,
      'CONFLICT',
    )
    expectProblem(
      await api(t).patch(`/api/v1/deals/${made[0].id}`, { closeReason: 'Why' }),
      400,
      'BAD_REQUEST',
      'closeReason',
    )
    const filter = JSON.stringify({ conditions: [{ field: 'amountMinor', op: 'gte', value: 50_000 }] })
    const big = await api(t).get(
      `/api/v1/deals?filter=${encodeURIComponent(filter)}&sort=amountMinor&direction=desc`,
    )
    expect(big.body.items.map((d: { name: string }) => d.name)).toEqual(['Deal 2', 'Deal 1'])
    const badFilter = JSON.stringify({ conditions: [{ field: 'nope', op: 'eq', value: 1 }] })
    expectProblem(
      await api(t).get(`/api/v1/deals?filter=${encodeURIComponent(badFilter)}`),
      400,
      'BAD_REQUEST',
    )
    const first = await api(t).get('/api/v1/deals?limit=2')
    expect(first.body.items).toHaveLength(2)
    const second = await api(t).get(`/api/v1/deals?limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body.items).toHaveLength(1)
    expect(second.body.nextCursor).toBeNull()
    const seen = [...first.body.items, ...second.body.items].map((d: { id: string }) => d.id).sort()
    expect(seen).toEqual(made.map((d) => d.id).sort())
    expect((await api(t).get('/api/v1/deals?q=Renamd')).body.items.map((d: { id: string }) => d.id)).toEqual([
      made[0].id,
    ])
  })

  it('deletes a deal (agents may not), hiding it from lists and the board', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const deal = (await api(t).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Gone soon' })).body
    const agent = await addMember(t, 'agent')
    expectProblem(await agent.del(`/api/v1/deals/${deal.id}`), 403, 'FORBIDDEN')
    const gone = await api(t).del(`/api/v1/deals/${deal.id}`)
    expect(gone.body).toMatchObject({ deleted: true, crmUndoId: expect.stringMatching(/^undo_/) })
    expectProblem(await api(t).get(`/api/v1/deals/${deal.id}`), 404, 'NOT_FOUND')
    expect((await api(t).get('/api/v1/deals')).body.items).toEqual([])
    const board = await api(t).get(`/api/v1/pipelines/${pipeline.id}/board`)
    expect(board.body.columns.every((c: { count: number }) => c.count === 0)).toBe(true)
  })

  it("answers 404 for another tenant's deal", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(a)
    const deal = (await api(a).post('/api/v1/deals', { pipelineId: pipeline.id, name: 'Private' })).body
    expectProblem(await api(b).get(`/api/v1/deals/${deal.id}`), 404, 'NOT_FOUND')
    expectProblem(await api(b).patch(`/api/v1/deals/${deal.id}`, { name: 'Stolen' }), 404, 'NOT_FOUND')
    expectProblem(
      await api(b).post(`/api/v1/deals/${deal.id}/move`, { stageId: stage('Won'), version: 1 }),
      404,
      'NOT_FOUND',
    )
    expectProblem(await api(b).del(`/api/v1/deals/${deal.id}`), 404, 'NOT_FOUND')
    expect((await api(a).get(`/api/v1/deals/${deal.id}`)).body).toMatchObject({ name: 'Private', version: 1 })
  })
})

describe('the board', () => {
  it('totals each column per currency with the weighted amount, and lists the top cards', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const make = (stageName: string, amountMinor: number, currency: string, name = 'D') =>
      api(t).post('/api/v1/deals', {
        pipelineId: pipeline.id,
        stageId: stage(stageName),
        name,
        amountMinor,
        currency,
      })
    await make('Qualified', 100_000, 'EUR')
    await make('Qualified', 50_001, 'EUR')
    await make('Qualified', 20_000, 'USD')
    await make('Won', 70_000, 'EUR')
    for (let i = 0; i < 4; i++) await make('New', 1_000, 'EUR', `New ${i}`)
    const board = await api(t).get(`/api/v1/pipelines/${pipeline.id}/board?limit=3`)
    expect(board.status).toBe(200)
    const column = (name: string) =>
      board.body.columns.find((c: { stageId: string }) => c.stageId === stage(name))
    expect(column('Qualified')).toMatchObject({
      count: 3,
      totals: [
        { currency: 'EUR', amountMinor: 150_001, weightedMinor: 75_001 },
        { currency: 'USD', amountMinor: 20_000, weightedMinor: 10_000 },
      ],
    })
    expect(column('Won').totals).toEqual([{ currency: 'EUR', amountMinor: 70_000, weightedMinor: 70_000 }])
    expect(column('New').count).toBe(4)
    expect(column('New').deals.map((d: { name: string }) => d.name)).toEqual(['New 3', 'New 2', 'New 1'])
    expect(column('Lost')).toMatchObject({ count: 0, totals: [], deals: [] })
    expect(board.body.owners).toEqual([{ userId: t.userId, name: expect.any(String) }])
  })
})
