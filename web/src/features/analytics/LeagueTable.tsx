import { useCallback, useId, useMemo, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useLoad } from '../../app/useLoad.ts'
import { ExportCsvLink } from '../qr/analytics/ExportCsvLink.tsx'
import { type AnalyticsParams, csvUrl, getLeague, type LeagueRow } from './analytics-api.ts'
import { countChange, formatCount, formatPercent } from './analytics-format.ts'
import { type DashboardState, searchOf } from './analytics-range.ts'
import { ChangeText } from './ChangeText.tsx'
import {
  apiSortOf,
  DEFAULT_SORT,
  LEAGUE_COLUMNS,
  type LeagueSort,
  nextSort,
  sortLeague,
} from './league-sort.ts'

const orderWords = (sort: LeagueSort) =>
  sort.key === 'name'
    ? sort.direction === 'ascending'
      ? 'A to Z'
      : 'Z to A'
    : sort.direction === 'descending'
      ? 'highest first'
      : 'lowest first'

/**
 * Every branch of the brand (or organisation) side by side, sortable by any column, each
 * linking to its own view with the same period.
 */
export function LeagueTable({
  state,
  params,
  onSessionExpired,
}: {
  state: DashboardState
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const id = useId()
  const [sort, setSort] = useState<LeagueSort>(DEFAULT_SORT)
  const fetch = useCallback((signal: AbortSignal) => getLeague(params, signal), [params])
  const league = useLoad(JSON.stringify(params), fetch, onSessionExpired)
  const rows = useMemo(() => sortLeague(league.data?.rows ?? [], sort), [league.data, sort])
  const compared = params.compare === 'previous'
  const columns = LEAGUE_COLUMNS.filter((c) => compared || c.key !== 'change')
  const sortedLabel = LEAGUE_COLUMNS.find((c) => c.key === sort.key)?.label ?? ''
  const linkTo = (row: LeagueRow) =>
    `${pathTo('analytics')}${searchOf({ ...state, brandId: row.brandId, branchId: row.branchId })}`

  return (
    // Not a named region: the table's own scrolling region already bears the name.
    <section className="an-panel">
      <h2>Branch league</h2>
      {league.error && (
        <LoadError onRetry={league.retry}>Could not load the branch league. {league.error}</LoadError>
      )}
      {!league.data && league.loading && (
        <div className="an-skeleton an-skeleton--table" aria-hidden="true" />
      )}
      <p className="muted">
        Sort by any column.{compared ? ' Change compares page views and scans with the previous period.' : ''}
      </p>
      <p role="status" className="visually-hidden">
        {rows.length > 0 ? `Sorted by ${sortedLabel.toLowerCase()}, ${orderWords(sort)}.` : ''}
      </p>
      {league.data && rows.length === 0 && <p className="muted">No branches to compare yet.</p>}
      {rows.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby={`${id}-caption`}>
          <table className="data-table an-table an-league">
            <caption id={`${id}-caption`}>Branch league</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.key === 'name' ? undefined : 'an-num'}
                    aria-sort={sort.key === column.key ? sort.direction : undefined}
                  >
                    <button
                      type="button"
                      className="an-sort"
                      onClick={() => setSort((current) => nextSort(current, column.key))}
                    >
                      {column.label}
                      <span aria-hidden="true" className="an-sort__mark">
                        {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.branchId}>
                  <th scope="row" className="an-cell-name">
                    <a href={linkTo(row)} onClick={handleLinkClick}>
                      {row.name}
                    </a>
                  </th>
                  <td className="an-num">{formatCount(row.visitors)}</td>
                  <td className="an-num">{formatCount(row.views)}</td>
                  <td className="an-num">{formatCount(row.actions)}</td>
                  <td className="an-num">{formatCount(row.scans)}</td>
                  <td className="an-num">{formatCount(row.leads)}</td>
                  <td className="an-num">{formatPercent(row.conversionRate)}</td>
                  {compared && (
                    <td className="an-num">
                      <ChangeText change={countChange(row.views + row.scans, row.previous)} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <div className="an-panel__export">
        <ExportCsvLink
          href={csvUrl('league', params, apiSortOf(sort))}
          what="branches"
          onSessionExpired={onSessionExpired}
        />
      </div>
    </section>
  )
}
