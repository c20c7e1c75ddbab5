import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { brandsPath } from './links.ts'
import { SitesTable } from './SitesTable.tsx'
import { listSites } from './sites-api.ts'

const fetchSites = (signal?: AbortSignal) => listSites(signal).then((list) => list.data)

export function SitesPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const { data: sites, error, reload } = useResource(fetchSites, onSessionExpired)
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Sites</h1>
      </div>
      <p className="muted">
        Each branch has its own page. Edit one to change its sections, look and languages, then publish it.
      </p>
      {error && <LoadError onRetry={reload}>Could not load the sites. {error}</LoadError>}
      {sites === null && !error && <p className="muted">Loading sites…</p>}
      {sites?.length === 0 && (
        <div className="empty-state">
          <p>No sites yet. A site is created with each branch.</p>
          <a className="button button--primary" href={brandsPath()} onClick={handleLinkClick}>
            Add a brand and a branch
          </a>
        </div>
      )}
      {sites && sites.length > 0 && <SitesTable sites={sites} />}
    </>
  )
}
