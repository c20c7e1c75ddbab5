import { useCallback, useId } from 'react'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { listCompanyPeople } from './companies-api.ts'

/** The people linked to the company (linking happens on the contact's page). */
export function CompanyPeople({
  companyId,
  onSessionExpired,
}: {
  companyId: string
  onSessionExpired: () => void
}) {
  const titleId = useId()
  const fetchPage = useCallback(
    (_query: string, cursor: string | null, signal?: AbortSignal) =>
      listCompanyPeople(companyId, cursor, signal),
    [companyId],
  )
  const pages = usePages(companyId, fetchPage, onSessionExpired)
  return (
    <section className="record-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        People
      </h2>
      {pages.phase === 'loading' && <p className="muted">Loading people…</p>}
      {pages.phase === 'failed' && (
        <LoadError onRetry={pages.retry}>Could not load the people. {pages.error}</LoadError>
      )}
      {pages.phase !== 'loading' && pages.phase !== 'failed' && pages.items.length === 0 && (
        <p className="muted">Nobody yet. Link people to this company from their contact page.</p>
      )}
      {pages.items.length > 0 && (
        <ul className="company-people">
          {pages.items.map(({ contact, role, isPrimary }) => (
            <li key={contact.id}>
              <a href={pathTo('contact', { contactId: contact.id })} onClick={handleLinkClick}>
                <bdi>{contact.name}</bdi>
              </a>
              {(role || contact.jobTitle) && (
                <span className="muted">
                  {' · '}
                  <bdi>{role || contact.jobTitle}</bdi>
                </span>
              )}
              {contact.email && (
                <span className="muted">
                  {' · '}
                  <bdi dir="ltr">{contact.email}</bdi>
                </span>
              )}
              {!isPrimary && <span className="muted"> · not their main company</span>}
            </li>
          ))}
        </ul>
      )}
      {pages.nextCursor !== null && pages.phase !== 'failed' && (
        <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={() => void pages.loadMore()} />
      )}
    </section>
  )
}
