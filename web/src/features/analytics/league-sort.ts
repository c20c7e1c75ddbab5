// Sorting the branch league table. Pure.
import type { LeagueRow } from '../../../../worker/modules/analytics/analytics.schemas.ts'

export const LEAGUE_COLUMNS = [
  { key: 'name', label: 'Branch' },
  { key: 'visitors', label: 'Visitors' },
  { key: 'views', label: 'Page views' },
  { key: 'actions', label: 'Actions' },
  { key: 'scans', label: 'QR scans' },
  { key: 'leads', label: 'Leads' },
  { key: 'conversionRate', label: 'Conversion' },
  { key: 'change', label: 'Change' },
] as const
export type LeagueKey = (typeof LEAGUE_COLUMNS)[number]['key']

export interface LeagueSort {
  key: LeagueKey
  direction: 'ascending' | 'descending'
}

export const DEFAULT_SORT: LeagueSort = { key: 'visitors', direction: 'descending' }

/** Views + scans now against the previous period's, as a share; new traffic counts as +∞. */
export function leagueChange(row: LeagueRow): number | null {
  if (row.previous === null) return null
  const now = row.views + row.scans
  if (row.previous === 0) return now === 0 ? 0 : Number.POSITIVE_INFINITY
  return (now - row.previous) / row.previous
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function compare(a: LeagueRow, b: LeagueRow, key: LeagueKey): number {
  if (key === 'name') return collator.compare(a.name, b.name)
  if (key === 'change') return (leagueChange(a) ?? 0) - (leagueChange(b) ?? 0) || 0
  return a[key] - b[key]
}

/** The rows in `sort`'s order; ties by name, A to Z, whatever the direction. */
export function sortLeague(rows: readonly LeagueRow[], sort: LeagueSort): LeagueRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const primary = compare(a, b, sort.key)
    if (primary !== 0 && !Number.isNaN(primary)) return sign * primary
    return collator.compare(a.name, b.name)
  })
}

/** A click on a column: the other direction when it is already sorted on, else its natural one. */
export function nextSort(current: LeagueSort, key: LeagueKey): LeagueSort {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  return { key, direction: key === 'name' ? 'ascending' : 'descending' }
}

const API_SORTS: readonly LeagueKey[] = ['views', 'visitors', 'leads', 'conversionRate', 'scans']

/** The API's `sort` for the same order (it sorts highest first only), so the CSV follows the screen. */
export function apiSortOf(sort: LeagueSort): Record<string, string> {
  return sort.direction === 'descending' && API_SORTS.includes(sort.key) ? { sort: sort.key } : {}
}
