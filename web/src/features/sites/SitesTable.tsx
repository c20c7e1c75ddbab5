import { handleLinkClick, pathTo } from '../../app/router.ts'
import { formatDateTime, livePageUrl, STATUS_DESCRIPTION, STATUS_LABEL } from './site-status.ts'
import type { SiteSummary } from './sites-api.ts'

/** Every branch site: where it lives, whether it is live, and the way into the builder. */
export function SitesTable({ sites }: { sites: SiteSummary[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table sites-table">
        <caption>
          {sites.length === 1 ? 'One site' : `${sites.length} sites`}, one for each branch, by brand.
        </caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Status</th>
            <th scope="col">Last published</th>
            <th scope="col">Live page</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <SiteRow key={site.id} site={site} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function SiteRow({ site }: { site: SiteSummary }) {
  const name = `${site.brandName} · ${site.branchName}`
  return (
    <tr>
      <th scope="row">
        {name}
        <span className="cell-code muted">{site.path}</span>
      </th>
      <td>
        <span className="badge site-status" data-status={site.status} title={STATUS_DESCRIPTION[site.status]}>
          {STATUS_LABEL[site.status]}
        </span>
      </td>
      <td>
        {site.publishedVersion ? (
          <>
            {formatDateTime(site.publishedVersion.publishedAt)}
            <span className="cell-code muted">Version {site.publishedVersion.number}</span>
          </>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td>
        {site.publishedVersion ? (
          <a href={livePageUrl(site)} target="_blank" rel="noreferrer">
            Open <span className="visually-hidden">the live page of {name}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : (
          <span className="muted">Not live</span>
        )}
      </td>
      <td>
        <a
          className="button button--quiet"
          href={pathTo('builder', { siteId: site.id })}
          onClick={handleLinkClick}
        >
          Edit<span className="visually-hidden"> {name}</span>
        </a>
      </td>
    </tr>
  )
}
