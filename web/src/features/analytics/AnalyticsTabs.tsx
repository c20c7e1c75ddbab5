import { handleLinkClick, pathTo } from '../../app/router.ts'

export type AnalyticsSection = 'overview' | 'funnels' | 'attribution' | 'reports'

const SECTIONS: { id: AnalyticsSection; label: string; route: string }[] = [
  { id: 'overview', label: 'Overview', route: 'analytics' },
  { id: 'funnels', label: 'Funnels', route: 'analytics-funnels' },
  { id: 'attribution', label: 'Attribution', route: 'analytics-attribution' },
  { id: 'reports', label: 'Reports', route: 'analytics-reports' },
]

/** The scope and period carried from one analytics screen to the next. */
const CARRIED = ['from', 'to', 'brandId', 'branchId', 'siteId'] as const

function carriedSearch(search: string): string {
  const from = new URLSearchParams(search)
  const to = new URLSearchParams()
  for (const key of CARRIED) {
    const value = from.get(key)
    if (value) to.set(key, value)
  }
  const query = to.toString()
  return query ? `?${query}` : ''
}

/**
 * The analytics screens' own navigation: links (each screen has its address), the current one
 * marked for screen readers with aria-current. The scope and period in the address go along.
 */
export function AnalyticsTabs({ current }: { current: AnalyticsSection }) {
  const search = carriedSearch(location.search)
  return (
    <nav className="an-tabs" aria-label="Analytics">
      <ul className="an-tabs__list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              className="an-tabs__tab"
              href={`${pathTo(section.route)}${search}`}
              aria-current={section.id === current ? 'page' : undefined}
              onClick={handleLinkClick}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
