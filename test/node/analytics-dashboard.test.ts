// The analytics dashboard's pure parts: its periods and the address that carries its state, the
// changes said in words, and the branch league's order.
import { describe, expect, it } from 'vitest'
import { countChange, rateChange, valueLabel } from '../../web/src/features/analytics/analytics-format.ts'
import { presetPeriod, searchOf, stateFromSearch } from '../../web/src/features/analytics/analytics-range.ts'
import { apiSortOf, nextSort, sortLeague } from '../../web/src/features/analytics/league-sort.ts'
import type { LeagueRow } from '../../worker/modules/analytics/analytics.schemas.ts'

const TODAY = '2026-11-21'

describe('periods and the address', () => {
  it('counts presets back from today, UTC days, both ends included', () => {
    expect(presetPeriod('7', TODAY)).toEqual({ preset: '7', from: '2026-11-15', to: TODAY })
    expect(presetPeriod('month', TODAY)).toEqual({ preset: 'month', from: '2026-11-01', to: TODAY })
    expect(presetPeriod('12m', TODAY)).toEqual({ preset: '12m', from: '2025-11-22', to: TODAY })
    expect(presetPeriod('12m', '2028-02-29').from).toBe('2027-03-02')
  })

  it('reads a report link, recognises presets, and falls back to 30 days on a bad period', () => {
    const state = stateFromSearch(`?brandId=brd_1&from=2026-11-15&to=${TODAY}`, TODAY)
    expect(state).toEqual({
      brandId: 'brd_1',
      branchId: '',
      period: { preset: '7', from: '2026-11-15', to: TODAY },
      compare: true,
    })
    expect(stateFromSearch('?from=2026-10-01&to=2026-10-31&compare=none', TODAY)).toMatchObject({
      period: { preset: 'custom', from: '2026-10-01', to: '2026-10-31' },
      compare: false,
    })
    expect(stateFromSearch('?from=2026-11-30&to=2026-11-01', TODAY).period).toEqual(presetPeriod('30', TODAY))
    expect(stateFromSearch('?from=2024-01-01&to=2026-11-01', TODAY).period.preset).toBe('30')
  })

  it('writes back what it read', () => {
    const search = `?branchId=bra_2&from=2026-11-01&to=${TODAY}&compare=none`
    expect(searchOf(stateFromSearch(search, TODAY))).toBe(search)
  })
})

describe('changes in words', () => {
  it('says up, down, no change or up from zero, and nothing without a comparison', () => {
    expect(countChange(135, 90)).toEqual({ direction: 'up', text: 'Up 50% from 90' })
    expect(countChange(36, 40)).toEqual({ direction: 'down', text: 'Down 10% from 40' })
    expect(countChange(12, 12)).toEqual({ direction: 'same', text: 'No change from 12' })
    expect(countChange(5, 0)).toEqual({ direction: 'up', text: 'Up from 0' })
    expect(countChange(5, null).direction).toBe('none')
  })

  it('gives a rate’s change in percentage points', () => {
    expect(rateChange(0.0706, 0.05).text).toBe('Up 2.1 points from 5%')
    expect(rateChange(0.04, 0.05).text).toBe('Down 1 point from 5%')
  })

  it('names empty and coded values', () => {
    expect(valueLabel('source', 'qr')).toBe('QR codes')
    expect(valueLabel('referrer', '')).toBe('Direct (no referrer)')
    expect(valueLabel('campaign', '')).toBe('(none)')
    expect(valueLabel('country', '')).toBe('Unknown')
  })
})

describe('the branch league', () => {
  const row = (name: string, visitors: number, previous: number | null, views = 10): LeagueRow => ({
    branchId: `bra_${name}`,
    name,
    brandId: 'brd_1',
    visitors,
    views,
    actions: 0,
    scans: 0,
    leads: 0,
    conversionRate: 0,
    previous,
  })
  const rows = [row('Harbour', 35, 5), row('Airport', 35, 20), row('Downtown', 50, 0)]

  it('sorts by a column, ties by name A to Z whichever the direction', () => {
    const names = (sorted: LeagueRow[]) => sorted.map((r) => r.name)
    expect(names(sortLeague(rows, { key: 'visitors', direction: 'descending' }))).toEqual([
      'Downtown',
      'Airport',
      'Harbour',
    ])
    expect(names(sortLeague(rows, { key: 'visitors', direction: 'ascending' }))).toEqual([
      'Airport',
      'Harbour',
      'Downtown',
    ])
    // Growth from nothing first, then Harbour (+100%), then Airport (−50%).
    expect(names(sortLeague(rows, { key: 'change', direction: 'descending' }))).toEqual([
      'Downtown',
      'Harbour',
      'Airport',
    ])
  })

  it('flips a sorted column, starts names A to Z and numbers highest first', () => {
    expect(nextSort({ key: 'visitors', direction: 'descending' }, 'visitors').direction).toBe('ascending')
    expect(nextSort({ key: 'visitors', direction: 'descending' }, 'name').direction).toBe('ascending')
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'leads').direction).toBe('descending')
  })

  it('asks the CSV in the same order only when the API can sort that way', () => {
    expect(apiSortOf({ key: 'visitors', direction: 'descending' })).toEqual({ sort: 'visitors' })
    expect(apiSortOf({ key: 'visitors', direction: 'ascending' })).toEqual({})
    expect(apiSortOf({ key: 'change', direction: 'descending' })).toEqual({})
  })
})
