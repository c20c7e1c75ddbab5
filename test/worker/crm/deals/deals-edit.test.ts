// Deals, editing, listing and deleting: versioned edits, filters, sort and cursors, deletion
// (not by agents), and another tenant's deal answering 404.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../team/team-helpers.ts'
import { api, defaultPipeline, expectProblem } from './deals-fixtures.ts'

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
