import type { TenantCtx } from '../../../context.ts'
import type { QrAnalytics } from '../qr.schemas.ts'
import { DEVICE_TYPES, type DeviceType } from '../qr.tables.ts'
import * as repo from './analytics.repo.ts'
import type { DateRangeQuery } from './analytics.schemas.ts'
import { codeScope, type ScopeFilter } from './analytics.scope.ts'
import { dayRange } from './date-range.ts'

/** Lists (codes, countries, cities …) carry the top this many; totals always count everything. */
export const TOP_VALUES = 50

type Count = { value: string; scans: number; uniques: number }

const isDevice = (value: string): value is DeviceType => (DEVICE_TYPES as readonly string[]).includes(value)

/** Scans and uniques per placement of the codes (a code without one counts under ''). */
function byPlacement(codes: { placement: string | null; scans: number; uniques: number }[]): Count[] {
  const sums = new Map<string, Count>()
  for (const code of codes) {
    const value = code.placement ?? ''
    const sum = sums.get(value) ?? { value, scans: 0, uniques: 0 }
    sum.scans += code.scans
    sum.uniques += code.uniques
    sums.set(value, sum)
  }
  return [...sums.values()].sort((a, b) => b.scans - a.scans || a.value.localeCompare(b.value))
}

function byDimension(rows: repo.DimensionTotal[]) {
  const of = (dimension: repo.DimensionTotal['dimension']) =>
    rows
      .filter((row) => row.dimension === dimension)
      .slice(0, TOP_VALUES)
      .map(({ value, scans, uniques }) => ({ value, scans, uniques }))
  return {
    countries: of('country'),
    cities: of('city'),
    devices: of('device').flatMap((row) => (isDevice(row.value) ? [{ ...row, value: row.value }] : [])),
    os: of('os'),
    browsers: of('browser'),
  }
}

/** Every day of the range, zeros where nothing happened. */
function seriesOf(
  days: string[],
  daily: { day: string; scans: number; uniques: number }[],
  leads: { day: string; leads: number }[],
) {
  const totals = new Map(daily.map((row) => [row.day, row]))
  const dayLeads = new Map(leads.map((row) => [row.day, row.leads]))
  return days.map((day) => ({
    day,
    scans: totals.get(day)?.scans ?? 0,
    uniques: totals.get(day)?.uniques ?? 0,
    leads: dayLeads.get(day) ?? 0,
  }))
}

/**
 * Scan analytics for one code, a branch, a brand or everything the actor may see, over UTC
 * days. Read from the daily rollups, never from raw scans, so a year costs the same as a day.
 * Uniques are unique scanners per code and day, summed; bots are counted apart and in nothing else.
 */
export async function getQrAnalytics(
  ctx: TenantCtx,
  filter: ScopeFilter,
  query: DateRangeQuery,
): Promise<QrAnalytics> {
  const range = dayRange(query, ctx.now())
  const span = { tenantId: ctx.tenantId, codes: await codeScope(ctx, filter), from: range.from, to: range.to }
  const [daily, codes, dimensions, leads] = await Promise.all([
    repo.dailyTotals(ctx.d1, span),
    repo.codeTotals(ctx.d1, span),
    repo.dimensionTotals(ctx.d1, span),
    repo.leadsPerDay(ctx.d1, span),
  ])
  const series = seriesOf(range.days, daily, leads)
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const scans = sum(series.map((d) => d.scans))
  const leadCount = sum(series.map((d) => d.leads))
  return {
    from: range.from,
    to: range.to,
    totals: {
      scans,
      uniques: sum(series.map((d) => d.uniques)),
      bots: sum(daily.map((d) => d.bots)),
      leads: leadCount,
      conversionRate: scans === 0 ? 0 : Math.round((leadCount / scans) * 10_000) / 10_000,
    },
    series,
    placements: byPlacement(codes).slice(0, TOP_VALUES),
    codes: codes.slice(0, TOP_VALUES).map((c) => ({
      codeId: c.codeId,
      label: c.label,
      placement: c.placement,
      value: c.label,
      scans: c.scans,
      uniques: c.uniques,
    })),
    ...byDimension(dimensions),
  }
}
