import type { LoadResult } from './load.ts'
import { BUDGET_BYTES, type PageSize } from './sizes.ts'

export interface ScenarioResult extends LoadResult {
  name: string
  description: string
  /** This scenario's requests/s divided by the floor's: 1 means no cost of ours is visible. */
  throughputVsFloor: number
  /** This scenario's median latency divided by the floor's. */
  p50VsFloor: number
}

export function withRatios(
  floor: LoadResult,
  runs: { name: string; description: string; result: LoadResult }[],
): ScenarioResult[] {
  return runs.map(({ name, description, result }) => ({
    name,
    description,
    ...result,
    throughputVsFloor: result.requestsPerSecond / floor.requestsPerSecond,
    p50VsFloor: result.p50 / floor.p50,
  }))
}

/** A plain text table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '-')
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '-')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function scenarioTable(results: ScenarioResult[]): string {
  const rows = results.map((r) => [
    r.name,
    Math.round(r.requestsPerSecond).toLocaleString('en-US'),
    ms(r.p50),
    ms(r.p90),
    ms(r.p99),
    ratio(r.throughputVsFloor),
    ratio(r.p50VsFloor),
    String(r.non2xx + r.errors + r.timeouts),
  ])
  return table(
    ['scenario', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'req/s ÷ floor', 'p50 ÷ floor', 'failed'],
    rows,
  )
}

export function sizeTable(sizes: PageSize[]): string {
  const rows = sizes.map((s) => [
    s.name,
    String(s.status),
    kb(s.raw),
    kb(s.gzip),
    kb(s.brotli),
    s.overBudget ? `OVER ${kb(BUDGET_BYTES)}` : 'ok',
  ])
  return table(['template', 'status', 'html', 'gzip', 'brotli', 'budget'], rows)
}
