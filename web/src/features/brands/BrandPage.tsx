import { useCallback } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { AddBranchForm } from './AddBranchForm.tsx'
import { BranchesList } from './BranchesList.tsx'
import { BrandForm } from './BrandForm.tsx'
import { type Brand, getBrand, listBranches } from './brands-api.ts'

/** One brand: its look and images, and its branches with a form to add one. */
export function BrandPage({
  brandId,
  session,
  onSessionExpired,
}: {
  brandId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([getBrand(brandId, signal), listBranches({ brandId, archived: 'include' }, signal)]).then(
        ([brand, branches]) => ({ brand, branches }),
      ),
    [brandId],
  )
  const { data, setData, error, reload } = useResource(load, onSessionExpired)
  const canManage = session.permissions.includes('brands.manage')

  if (error) return <LoadError onRetry={reload}>Could not load the brand. {error}</LoadError>
  if (!data) return <p className="muted">Loading the brand…</p>
  const { brand, branches } = data
  const onSaved = (next: Brand) => setData((d) => d && { ...d, brand: next })

  return (
    <>
      <p className="breadcrumbs">
        <a href={pathTo('brands')} onClick={handleLinkClick}>
          Brands &amp; branches
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>{brand.name}</h1>
      </div>
      <p className="muted">
        Pages at <span className="nowrap">{brand.path}/…</span>
      </p>
      {canManage ? (
        <BrandForm brand={brand} canManage onSaved={onSaved} onUnauthorized={onSessionExpired} />
      ) : (
        <p className="notice">
          Only owners and admins can change the brand; you can edit your branches below.
        </p>
      )}
      <h2 className="section-title">Branches</h2>
      <BranchesList branches={branches} />
      {canManage && <AddBranchForm brandId={brand.id} onUnauthorized={onSessionExpired} />}
    </>
  )
}
