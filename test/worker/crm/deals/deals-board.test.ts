// Deals, the board: per-currency column totals with weighted amounts, and the top cards.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { api, defaultPipeline } from './deals-fixtures.ts'

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
