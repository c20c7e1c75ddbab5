// Rollup rows written straight into D1 the way the pipeline builds them: each fact adds its
// counts to the `total` row (with its visitors) and to one row per dimension it names, in every
// scope it counts in, and to the hourly row of its hour.
import { env, SELF } from 'cloudflare:test'
import { newId } from '../../../worker/lib/ids.ts'
import type { RollupDimension } from '../../../worker/modules/analytics/analytics.tables.ts'

export interface Counts {
  views?: number
  actions?: number
  scans?: number
  leads?: number
  excluded?: number
}

export interface Fact extends Counts {
  /** ISO instant, e.g. '2025-03-09T10:00:00Z'; its UTC day and hour are the rollups'. */
  at: string
  scopes: string[]
  visitors?: number
  dims?: Partial<Record<Exclude<RollupDimension, 'total'>, string>>
}

const COUNTERS = ['views', 'actions', 'scans', 'leads', 'excluded'] as const
const add = COUNTERS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')

function dailyRow(
  tenantId: string,
  scope: string,
  day: string,
  dimension: string,
  value: string,
  fact: Fact,
) {
  return env.DB.prepare(
    `insert into analytics_daily (scope, tenant_id, day, dimension, value, visitors, views, actions, scans, leads, excluded)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (scope, dimension, day, value) do update set visitors = visitors + excluded.visitors, ${add}`,
  ).bind(
    scope,
    tenantId,
    day,
    dimension,
    value,
    dimension === 'total' ? (fact.visitors ?? 0) : 0,
    ...COUNTERS.map((c) => fact[c] ?? 0),
  )
}

export async function seedFacts(tenantId: string, facts: Fact[]) {
  const statements = facts.flatMap((fact) => {
    const time = Date.parse(fact.at)
    const day = new Date(time).toISOString().slice(0, 10)
    const hour = Math.floor(time / 3_600_000)
    const dims = Object.entries(fact.dims ?? {})
    return fact.scopes.flatMap((scope) => [
      dailyRow(tenantId, scope, day, 'total', '', fact),
      ...dims.map(([dimension, value]) => dailyRow(tenantId, scope, day, dimension, value ?? '', fact)),
      env.DB.prepare(
        `insert into analytics_hourly (scope, tenant_id, hour, views, actions, scans, leads, excluded)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (scope, hour) do update set ${add}`,
      ).bind(scope, tenantId, hour, ...COUNTERS.map((c) => fact[c] ?? 0)),
    ])
  })
  await env.DB.batch(statements)
}

/** A breakdown or top-table row as the API answers it. */
export const countRow = (value: string, views: number, actions: number, scans: number, leads: number) => ({
  value,
  views,
  actions,
  scans,
  leads,
})

/** Another branch of the brand (no site), optionally in another time zone or closed. */
export async function insertBranch(
  t: { tenantId: string; brandId: string },
  name: string,
  options: { timezone?: string; archived?: boolean; brandId?: string } = {},
) {
  const id = newId('branch')
  await env.DB.prepare(
    'insert into branches (id, tenant_id, brand_id, slug, name, timezone, archived_at) values (?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(
      id,
      t.tenantId,
      options.brandId ?? t.brandId,
      `${name.toLowerCase().replaceAll(' ', '-')}-${id.slice(-6).toLowerCase()}`,
      name,
      options.timezone ?? 'UTC',
      options.archived ? Date.now() : null,
    )
    .run()
  return id
}

export async function insertBrand(tenantId: string, name: string) {
  const id = newId('brand')
  await env.DB.prepare('insert into brands (id, tenant_id, slug, name) values (?, ?, ?, ?)')
    .bind(id, tenantId, `${name.toLowerCase()}-${id.slice(-8).toLowerCase()}`, name)
    .run()
  return id
}

/**
 * The CSV's rows as arrays of cells (every cell is quoted; no cell here holds a comma).
 * Response.text() already dropped the byte order mark, see `startsWithBom`.
 */
export function csvCells(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      line
        .slice(1, -1)
        .split('","')
        .map((cell) => cell.replaceAll('""', '"')),
    )
}

/** Whether a CSV download starts with the UTF-8 byte order mark (Response.text() hides it). */
export async function startsWithBom(path: string, token: string) {
  const res = await SELF.fetch(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } })
  const bytes = new Uint8Array(await res.arrayBuffer())
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}
