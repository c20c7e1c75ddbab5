// The analytics bench's tables: each row's throughput and latency next to the floor's, as ratios.
import type { LoadResult } from './load.ts'
import { table } from './report.ts'

export interface Measured {
  name: string
  description: string
  result: LoadResult
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-')
const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)}×` : '-')
const share = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '-')

export const failures = (r: LoadResult) => r.non2xx + r.errors + r.timeouts

/** Answers with the expected status per second: the 204s of the collect endpoint, the 200s of a query. */
export const okPerSecond = (r: LoadResult) => (r.requests - r.non2xx) / r.seconds

/** The first row is the floor; every ratio divides by it. `unit` names the throughput column. */
export function ratioTable(rows: Measured[], unit = 'req/s'): string {
  const floor = rows[0]!.result
  return table(
    [
      'scenario',
      unit,
      'p50 ms',
      'p95 ms',
      'p99 ms',
      `${unit} ÷ floor`,
      'p50 ÷ floor',
      'p95 ÷ floor',
      'failed',
    ],
    rows.map(({ name, result: r }) => [
      name,
      Math.round(okPerSecond(r)).toLocaleString('en-US'),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      share(okPerSecond(r) / okPerSecond(floor)),
      times(r.p50 / floor.p50),
      times(r.p95 / floor.p95),
      String(failures(r)),
    ]),
  )
}
