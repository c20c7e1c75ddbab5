import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { BranchDetailsSection } from './BranchDetailsSection.tsx'
import { archiveBranch, type Branch, getBranch } from './brands-api.ts'
import { ContactSection } from './ContactSection.tsx'
import { GallerySection } from './GallerySection.tsx'
import { HoursSection } from './HoursSection.tsx'
import { PaymentsSection } from './PaymentsSection.tsx'
import { ServicesSection } from './ServicesSection.tsx'
import { SocialSection } from './SocialSection.tsx'
import { StaffSection } from './StaffSection.tsx'

/** Everything about one branch, in sections that each save on their own, then its team. */
export function BranchPage({
  branchId,
  session,
  onSessionExpired,
}: {
  branchId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback((signal?: AbortSignal) => getBranch(branchId, signal), [branchId])
  const { data: branch, setData, error, reload } = useResource(load, onSessionExpired)
  const [archiveError, setArchiveError] = useState('')

  if (error) return <LoadError onRetry={reload}>Could not load the branch. {error}</LoadError>
  if (!branch) return <p className="muted">Loading the branch…</p>

  const canEdit = session.permissions.includes('sites.edit')
  const props = { branch, onSaved: (next: Branch) => setData(next), onUnauthorized: onSessionExpired }

  async function archive() {
    setArchiveError('')
    try {
      await archiveBranch(branchId)
      navigate(pathTo('brand', { brandId: branch?.brandId ?? '' }))
      return true
    } catch (cause) {
      setArchiveError(messageOf(cause))
      return false
    }
  }

  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('brands')} onClick={handleLinkClick}>
          Brands &amp; branches
        </a>{' '}
        ›{' '}
        <a href={pathTo('brand', { brandId: branch.brandId })} onClick={handleLinkClick}>
          {branch.brandName}
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>{branch.name}</h1>
      </div>
      <p>
        {branch.published ? (
          <a href={branch.path} target="_blank" rel="noreferrer">
            {branch.path}
            <span className="visually-hidden"> (the live page, opens in a new tab)</span>
          </a>
        ) : (
          <span className="muted">{branch.path}: not published yet.</span>
        )}{' '}
        <a href={pathTo('builder', { siteId: branch.siteId })} onClick={handleLinkClick}>
          Edit the page’s sections
        </a>
        {session.permissions.includes('sla.manage') && (
          <>
            {' '}
            <a href={pathTo('branch-lead-settings', { branchId: branch.id })} onClick={handleLinkClick}>
              Lead handling and response target
            </a>
          </>
        )}
      </p>
      {branch.archivedAt ? (
        <p className="notice notice--warning">
          This branch was archived on {new Date(branch.archivedAt).toLocaleDateString()}. Its page tells
          visitors it has closed; its details can no longer be changed.
        </p>
      ) : canEdit ? (
        <>
          <BranchDetailsSection {...props} />
          <ContactSection {...props} />
          <HoursSection {...props} />
          <ServicesSection {...props} />
          <GallerySection {...props} />
          <SocialSection {...props} />
          <PaymentsSection {...props} />
          <StaffSection branch={branch} onUnauthorized={onSessionExpired} />
          {session.permissions.includes('brands.manage') && (
            <section className="form danger-zone" aria-labelledby="archive-title">
              <h2 id="archive-title">Archive this branch</h2>
              <p>
                For a branch that has closed for good: its page tells visitors so, and it no longer counts
                against your plan. This cannot be undone here.
              </p>
              {archiveError && (
                <p role="alert" className="field-error">
                  {archiveError}
                </p>
              )}
              <ConfirmButton
                question={`Archive ${branch.name}?`}
                confirmLabel="Archive branch"
                onConfirm={archive}
              >
                Archive branch
              </ConfirmButton>
            </section>
          )}
        </>
      ) : (
        <p className="notice">You can view this branch; changing it needs an owner, admin or manager.</p>
      )}
    </>
  )
}
