// Analytics rollups written straight into the running platform's local D1, as the events
// pipeline would have left them: days in the past (which no real request can produce) with
// known counts, so the dashboard's figures, comparisons and league order can be asserted exactly.
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../../scripts/lib/platform.ts'

const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js')

export interface Counts {
  visitors?: number
  views?: number
  actions?: number
  scans?: number
  leads?: number
  excluded?: number
}

/** One branch's rollup rows for one day: [dimension, value, counts]; `total` carries the day. */
export type DayRows = [dimension: string, value: string, counts: Counts][]

export interface BranchDay {
  branchId: string
  day: string
  rows: DayRows
  /** The UTC hour of the day all of its views, actions, scans and leads happened in. */
  hour: number
}

const COUNTERS = ['visitors', 'views', 'actions', 'scans', 'leads', 'excluded'] as const
const q = (value: string) => `'${value.replaceAll("'", "''")}'`

function add(into: Map<string, Required<Counts>>, key: string, counts: Counts) {
  const sum = into.get(key) ?? { visitors: 0, views: 0, actions: 0, scans: 0, leads: 0, excluded: 0 }
  for (const counter of COUNTERS) sum[counter] += counts[counter] ?? 0
  into.set(key, sum)
}

/**
 * SQL for the branches' rows and the same rows summed into the brand's and the tenant's scope
 * (every event adds to each of its scopes), daily and hourly.
 */
export function rollupSql(tenantId: string, brandId: string, days: readonly BranchDay[]): string {
  const daily = new Map<string, Required<Counts>>()
  const hourly = new Map<string, Required<Counts>>()
  for (const { branchId, day, rows, hour } of days) {
    const epochHour = Date.parse(`${day}T00:00:00Z`) / 3_600_000 + hour
    for (const scope of [tenantId, brandId, branchId]) {
      for (const [dimension, value, counts] of rows) {
        add(daily, JSON.stringify([scope, dimension, day, value]), counts)
        if (dimension === 'total') add(hourly, JSON.stringify([scope, epochHour]), counts)
      }
    }
  }
  const statements = [...daily].map(([key, c]) => {
    const [scope, dimension, day, value] = JSON.parse(key) as string[]
    return `INSERT INTO analytics_daily (scope, tenant_id, day, dimension, value, visitors, views, actions, scans, leads, excluded) VALUES (${[scope, tenantId, day, dimension, value].map((v) => q(v ?? '')).join(', ')}, ${c.visitors}, ${c.views}, ${c.actions}, ${c.scans}, ${c.leads}, ${c.excluded});`
  })
  for (const [key, c] of hourly) {
    const [scope, hour] = JSON.parse(key) as [string, number]
    statements.push(
      `INSERT INTO analytics_hourly (scope, tenant_id, hour, views, actions, scans, leads, excluded) VALUES (${q(scope)}, ${q(tenantId)}, ${hour}, ${c.views}, ${c.actions}, ${c.scans}, ${c.leads}, ${c.excluded});`,
    )
  }
  return statements.join('\n')
}

/** Runs `sql` against the local D1 of the platform whose state folder is `stateDir`, while it runs. */
export async function executeD1(stateDir: string, sql: string): Promise<void> {
  const file = join(stateDir, `analytics-seed-${Date.now()}.sql`)
  writeFileSync(file, sql)
  await promisify(execFile)(
    process.execPath,
    [WRANGLER, 'd1', 'execute', 'DB', '--local', '--persist-to', join(stateDir, 'miniflare'), '--file', file],
    { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
  )
}
