import { useId } from 'react'
import type { AnalyticsParams, Overview } from './analytics-api.ts'
import { CountTable } from './CountTable.tsx'

const TABLES = [
  { key: 'sources', dimension: 'source', what: 'sources' },
  { key: 'referrers', dimension: 'referrer', what: 'referrers' },
  { key: 'campaigns', dimension: 'campaign', what: 'campaigns' },
  { key: 'placements', dimension: 'placement', what: 'placements' },
  { key: 'countries', dimension: 'country', what: 'countries' },
  { key: 'cities', dimension: 'city', what: 'cities' },
] as const

/** Where visitors come from (sources, referrers, campaigns, QR placements) and where they are. */
export function TopTables({
  overview,
  params,
  onSessionExpired,
}: {
  overview: Overview
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const id = useId()
  return (
    <section className="an-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Where visitors come from</h2>
      <p className="muted">The top ten of each; the CSV has every row.</p>
      <div className="an-tables">
        {TABLES.map((table) => (
          <CountTable
            key={table.key}
            dimension={table.dimension}
            what={table.what}
            rows={overview.top[table.key]}
            params={params}
            onSessionExpired={onSessionExpired}
          />
        ))}
      </div>
    </section>
  )
}
