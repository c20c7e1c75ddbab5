// Who is on the tenant's pages right now: each visitor hash last seen per rollup scope (the
// tenant's, a brand's, a branch's), in the hub's own SQLite storage, forgotten after the window.

export const LIVE_WINDOW_MS = 5 * 60_000

export interface SeenVisitor {
  /** Rollup scopes the event counted in (tenant, brand, branch ids). */
  scopes: string[]
  visitor: string
  /** Epoch milliseconds of the event. */
  at: number
}

export function ensureLiveTable(sql: SqlStorage) {
  sql.exec(
    'create table if not exists live_visitors (scope text not null, visitor text not null, at integer not null, primary key (scope, visitor))',
  )
  sql.exec('create index if not exists live_visitors_at on live_visitors (at)')
}

export function noteSeen(sql: SqlStorage, seen: SeenVisitor[], now: number) {
  for (const { scopes, visitor, at } of seen) {
    // A late event cannot make someone "live" again.
    if (at < now - LIVE_WINDOW_MS) continue
    for (const scope of scopes)
      sql.exec(
        'insert into live_visitors (scope, visitor, at) values (?, ?, ?) on conflict (scope, visitor) do update set at = max(at, excluded.at)',
        scope,
        visitor,
        at,
      )
  }
  sql.exec('delete from live_visitors where at < ?', now - LIVE_WINDOW_MS)
}

export function countLive(sql: SqlStorage, scopes: string[], now: number): number {
  if (scopes.length === 0) return 0
  const marks = scopes.map(() => '?').join(', ')
  const row = sql
    .exec<{ n: number }>(
      `select count(distinct visitor) as n from live_visitors where at >= ? and scope in (${marks})`,
      now - LIVE_WINDOW_MS,
      ...scopes,
    )
    .one()
  return row.n
}
