import { useCallback, useState } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useLoad } from '../../../app/useLoad.ts'
import { ExportCsvLink } from '../../qr/analytics/ExportCsvLink.tsx'
import { AnalyticsFilters } from '../AnalyticsFilters.tsx'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { plural } from '../analytics-format.ts'
import { showingWords } from '../funnels/scope-words.ts'
import { useDashboardState } from '../useDashboardState.ts'
import { AttributionControls } from './AttributionControls.tsx'
import { AttributionView } from './AttributionView.tsx'
import { type AttributionQuery, attributionCsvUrl, type GroupBy, getAttribution } from './attribution-api.ts'
import { DEFAULT_HALF_LIFE_HOURS, GROUPS, MODELS } from './attribution-format.ts'
import { LeadLookup } from './LeadLookup.tsx'

const isGroup = (value: string | null): value is GroupBy => value !== null && Object.hasOwn(GROUPS, value)

/** The grouping and half-life a link asked for (`?groupBy=&halfLifeHours=`), else the defaults. */
function optionsFromUrl(): { groupBy: GroupBy; halfLifeHours: number } {
  const query = new URLSearchParams(location.search)
  const groupBy = query.get('groupBy')
  const hours = Number(query.get('halfLifeHours'))
  return {
    groupBy: isGroup(groupBy) ? groupBy : 'source',
    halfLifeHours: hours >= 1 && hours <= 720 ? hours : DEFAULT_HALF_LIFE_HOURS,
  }
}

/** /app/analytics/attribution: which sources, campaigns or placements brought the leads, four ways. */
export function AttributionPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const { today, state, params, setState } = useDashboardState()
  const [options, setOptions] = useState(optionsFromUrl)
  const query: AttributionQuery = {
    from: params.from,
    to: params.to,
    brandId: params.brandId,
    branchId: params.branchId,
    ...options,
  }
  const report = useLoad(JSON.stringify(query), (signal) => getAttribution(query, signal), expired)
  const data = report.data
  const status = report.loading
    ? 'Crediting the leads…'
    : data
      ? `${showingWords(data.scope, data.period)} ${plural(data.leads, 'lead')}.`
      : ''

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Attribution</h1>
      </div>
      <AnalyticsTabs current="attribution" />
      <p className="muted">
        Each lead’s touches (QR scans, campaign links, other websites, direct visits) credited four ways, so
        you can compare them side by side.
      </p>
      <ul className="an-model-notes">
        {MODELS.map((model) => (
          <li key={model.id}>
            <strong>{model.label}:</strong> {model.hint.toLowerCase()}.
          </li>
        ))}
      </ul>
      <AnalyticsFilters
        state={state}
        today={today}
        onChange={setState}
        onSessionExpired={expired}
        compare={false}
      />
      <AttributionControls
        groupBy={options.groupBy}
        halfLifeHours={options.halfLifeHours}
        onChange={(groupBy, halfLifeHours) => setOptions({ groupBy, halfLifeHours })}
      />
      <p role="status" className="muted">
        {status}
      </p>
      {report.error && !report.loading && (
        <LoadError onRetry={report.retry}>Could not credit the leads. {report.error}</LoadError>
      )}
      {data && !report.error && (
        <div aria-busy={report.loading || undefined} className={report.loading ? 'an-stale' : undefined}>
          {data.leads === 0 ? (
            <p className="empty-state">No leads in this period for this scope.</p>
          ) : (
            <AttributionView report={data} />
          )}
          <div className="an-csv">
            <ExportCsvLink
              href={attributionCsvUrl(query)}
              what="the attribution"
              onSessionExpired={onSessionExpired}
            />
          </div>
        </div>
      )}
      <LeadLookup />
    </>
  )
}
