// The dashboard's reads on the seeded year, as the web app sends them (default comparison with
// the period before included), each through the public API with the owner's bearer token.
import type { League, Overview } from '../../../worker/modules/analytics/analytics.schemas.ts'
import type { BenchOrganisation } from './analytics-seed.ts'

export const QUERY_IDS = ['tenant', 'brand', 'branch', 'league', 'heatmap', 'breakdown'] as const
export type QueryId = (typeof QUERY_IDS)[number]

export interface QueryScenario {
  id: QueryId
  name: string
  description: string
  path: string
}

const DAY_MS = 86_400_000
const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10)

/** Every read over the `days` days ending `lastDay` (a branch's over its last 30). */
export function dashboardQueries(org: BenchOrganisation, lastDay: string, days: number): QueryScenario[] {
  const year = `from=${daysBefore(lastDay, days - 1)}&to=${lastDay}`
  const month = `from=${daysBefore(lastDay, 29)}&to=${lastDay}`
  const brand = org.brandIds[0]!
  const branches = org.branchIds[0]!.length
  const branch = org.branchIds[0]![Math.floor(branches / 2)]!
  const v1 = '/api/v1/analytics'
  const span = days >= 365 ? 'year' : `${days} days`
  return [
    {
      id: 'tenant',
      name: `overview: tenant, ${span}`,
      description: `GET /analytics/overview: the organisation's ${days} days and the ${days} before, from the tenant's own rollup scope`,
      path: `${v1}/overview?${year}`,
    },
    {
      id: 'brand',
      name: `overview: brand, ${span}`,
      description: `the same for one brand of ${branches} branches, from the brand's scope`,
      path: `${v1}/overview?${year}&brandId=${brand}`,
    },
    {
      id: 'branch',
      name: 'overview: branch, 30 days',
      description: 'one branch over its last 30 days and the 30 before',
      path: `${v1}/overview?${month}&branchId=${branch}`,
    },
    {
      id: 'league',
      name: `league: brand, ${span}`,
      description: `GET /analytics/league: the brand's ${branches} branches side by side, with the period before`,
      path: `${v1}/league?${year}&brandId=${brand}`,
    },
    {
      id: 'heatmap',
      name: `heatmap: brand, ${span}`,
      description: `GET /analytics/heatmap: the brand's ${days * 24} hourly rollups folded onto weekday × hour in its branches' time zone`,
      path: `${v1}/heatmap?${year}&brandId=${brand}`,
    },
    {
      id: 'breakdown',
      name: `breakdown: city, tenant, ${span}`,
      description: 'GET /analytics/breakdown?dimension=city for the organisation',
      path: `${v1}/breakdown?${year}&dimension=city`,
    },
  ]
}

/**
 * The seed makes a brand's numbers exactly its branches' sum and the organisation's its brands'
 * (every brand alike), so the answers must agree: a fast answer with wrong numbers is no answer.
 * Returns what disagrees, or nothing.
 */
export function checkAnswers(answers: Map<QueryId, unknown>, org: BenchOrganisation): string[] {
  const tenant = answers.get('tenant') as Overview
  const brand = answers.get('brand') as Overview
  const league = answers.get('league') as League
  const problems: string[] = []
  const branches = org.branchIds[0]!.length
  if (league.rows.length !== branches)
    problems.push(`the league has ${league.rows.length} rows for a brand of ${branches} branches`)
  const leagueViews = league.rows.reduce((n, row) => n + row.views, 0)
  if (leagueViews !== brand.totals.views)
    problems.push(
      `the league's views add up to ${leagueViews}, the brand's overview says ${brand.totals.views}`,
    )
  if (tenant.totals.views !== org.brandIds.length * brand.totals.views)
    problems.push(
      `the organisation's overview says ${tenant.totals.views} views, its ${org.brandIds.length} brands ${org.brandIds.length * brand.totals.views}`,
    )
  return problems
}
