// The analytics screens' pure parts: the period (presets, custom checks, the address) and the
// chart arithmetic (every day drawn, round axis steps, the spoken summary).
import { describe, expect, it } from 'vitest'
import {
  countTicks,
  fullSeries,
  labelIndexes,
  seriesSummary,
} from '../../web/src/features/qr/analytics/analytics-format.ts'
import {
  addDays,
  daysBetween,
  eachDay,
  presetRange,
  rangeFromQuery,
  rangeProblem,
} from '../../web/src/features/qr/analytics/date-range.ts'

const TODAY = '2026-03-01'

describe('analytics period', () => {
  it('counts presets back from today, both ends included, across month ends and leap days', () => {
    expect(presetRange('7', TODAY)).toEqual({ preset: '7', from: '2026-02-23', to: TODAY })
    expect(presetRange('30', '2024-03-01')).toEqual({ preset: '30', from: '2024-02-01', to: '2024-03-01' })
    expect(daysBetween(presetRange('90', TODAY).from, TODAY)).toBe(90)
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })

  it('refuses a custom period that is backwards, in the future, too long or not a date', () => {
    expect(rangeProblem('2026-02-01', '2026-02-28', TODAY)).toBe('')
    expect(rangeProblem('2026-02-10', '2026-02-01', TODAY)).toMatch(/on or before/)
    expect(rangeProblem('2026-03-02', '2026-03-05', TODAY)).toMatch(/today or earlier/)
    expect(rangeProblem('2025-01-01', '2026-02-01', TODAY)).toMatch(/at most 366 days/)
    expect(rangeProblem('', '2026-02-01', TODAY)).toMatch(/both dates/)
    expect(rangeProblem('2026-02-31', '2026-03-01', TODAY)).toMatch(/both dates/)
  })

  it('reads the period from the address, naming a preset when it is one, else the last 30 days', () => {
    expect(rangeFromQuery('?from=2026-02-23&to=2026-03-01', TODAY).preset).toBe('7')
    expect(rangeFromQuery('?from=2026-01-05&to=2026-01-09', TODAY)).toEqual({
      preset: 'custom',
      from: '2026-01-05',
      to: '2026-01-09',
    })
    expect(rangeFromQuery('', TODAY)).toEqual(presetRange('30', TODAY))
    expect(rangeFromQuery('?from=2026-02-09&to=2026-01-01', TODAY)).toEqual(presetRange('30', TODAY))
    expect(rangeFromQuery('?from=<script>', TODAY)).toEqual(presetRange('30', TODAY))
  })
})

describe('analytics chart', () => {
  it('draws every day of the period, zero where the API had nothing', () => {
    const series = fullSeries([{ day: '2026-02-27', scans: 4, uniques: 3, leads: 1 }], '2026-02-26', TODAY)
    expect(series.map((p) => p.day)).toEqual(eachDay('2026-02-26', TODAY))
    expect(series.map((p) => p.scans)).toEqual([0, 4, 0, 0])
  })

  it('steps the count axis in round whole numbers that reach the highest day', () => {
    expect(countTicks(0)).toEqual([0, 1])
    expect(countTicks(3)).toEqual([0, 1, 2, 3])
    expect(countTicks(17)).toEqual([0, 5, 10, 15, 20])
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500])
  })

  it('labels at most six days, always the first and the last', () => {
    expect(labelIndexes(3)).toEqual([0, 1, 2])
    const many = labelIndexes(90)
    expect(many).toHaveLength(6)
    expect(many[0]).toBe(0)
    expect(many.at(-1)).toBe(89)
  })

  it('sums the chart up in words, with its busiest day', () => {
    const series = fullSeries(
      [
        { day: '2026-02-27', scans: 4, uniques: 3, leads: 1 },
        { day: '2026-02-28', scans: 1, uniques: 1, leads: 0 },
      ],
      '2026-02-27',
      TODAY,
    )
    const totals = { scans: 5, uniques: 4, bots: 0, leads: 1, conversionRate: 0.2 }
    const summary = seriesSummary(series, totals)
    expect(summary).toMatch(/5 scans by 4 unique scanners/)
    expect(summary).toMatch(/with 4 scans\.$/)
    expect(seriesSummary(series, { ...totals, scans: 0, uniques: 0 })).toMatch(/no scans\.$/)
  })
})
