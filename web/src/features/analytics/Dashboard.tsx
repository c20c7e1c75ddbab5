import { useId } from 'react'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { ExportCsvLink } from '../qr/analytics/ExportCsvLink.tsx'
import { ActionsChart } from './ActionsChart.tsx'
import { type AnalyticsParams, csvUrl, type Overview } from './analytics-api.ts'
import type { DashboardState } from './analytics-range.ts'
import { DevicesChart } from './DevicesChart.tsx'
import { ExcludedNote } from './ExcludedNote.tsx'
import { HeatmapPanel } from './HeatmapPanel.tsx'
import { KpiCards } from './KpiCards.tsx'
import { LeagueTable } from './LeagueTable.tsx'
import { TopTables } from './TopTables.tsx'
import { TrafficChart } from './TrafficChart.tsx'

const isEmpty = ({ totals }: Overview) =>
  totals.visitors + totals.views + totals.actions + totals.scans + totals.leads === 0

/** Everything about one scope and period, once its overview has arrived. */
export function Dashboard({
  overview,
  state,
  params,
  onSessionExpired,
}: {
  overview: Overview
  state: DashboardState
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const id = useId()
  const withLeague = overview.scope.level !== 'branch'
  return (
    <>
      <section className="an-panel" aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`} className="visually-hidden">
          Key figures
        </h2>
        <KpiCards overview={overview} />
        <ExcludedNote overview={overview} />
        <div className="an-panel__export">
          <ExportCsvLink
            href={csvUrl('overview', params)}
            what="daily figures"
            onSessionExpired={onSessionExpired}
          />
        </div>
      </section>
      {isEmpty(overview) ? (
        <div className="empty-state an-empty">
          <h2>No visits yet — share your page or QR code</h2>
          <p>
            Nothing was counted for this period. Visitors appear here within seconds of opening your microsite
            or scanning one of your codes.
          </p>
          <p>
            <a href={pathTo('sites')} onClick={handleLinkClick}>
              Your sites
            </a>
            {' · '}
            <a href={pathTo('qr-codes')} onClick={handleLinkClick}>
              Your QR codes
            </a>
          </p>
        </div>
      ) : (
        <>
          <section className="an-panel" aria-labelledby={`${id}-traffic`}>
            <h2 id={`${id}-traffic`}>Visits and actions</h2>
            <div className="an-charts">
              <TrafficChart overview={overview} />
              <ActionsChart overview={overview} />
              <DevicesChart rows={overview.top.devices} />
            </div>
          </section>
          <HeatmapPanel params={params} onSessionExpired={onSessionExpired} />
          <TopTables overview={overview} params={params} onSessionExpired={onSessionExpired} />
          {withLeague && <LeagueTable state={state} params={params} onSessionExpired={onSessionExpired} />}
        </>
      )}
    </>
  )
}
