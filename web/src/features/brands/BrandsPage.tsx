import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { BranchesList } from './BranchesList.tsx'
import { createBrand, listBranches, listBrands } from './brands-api.ts'
import { NameField } from './Field.tsx'
import { Section } from './Section.tsx'
import { useSave } from './useSave.ts'

/** Every brand with its branches; owners and admins can create a brand here. */
export function BrandsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([listBrands(signal), listBranches({}, signal)]).then(([brands, branches]) => ({
        brands,
        branches,
      })),
    [],
  )
  const { data, error, reload } = useResource(load, onSessionExpired)
  const canManage = session.permissions.includes('brands.manage')

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Brands &amp; branches</h1>
      </div>
      <p className="muted">
        A brand carries the name, colours, fonts and logo; each branch has its own address, hours, team and
        page.
      </p>
      {error && <LoadError onRetry={reload}>Could not load the brands. {error}</LoadError>}
      {!data && !error && <p className="muted">Loading brands…</p>}
      {data?.brands.length === 0 && <p className="empty-state">No brands yet.</p>}
      {data?.brands.map((brand) => (
        <section key={brand.id} className="brand-card" aria-labelledby={`brand-${brand.id}`}>
          <h2 id={`brand-${brand.id}`} className="section-title">
            <a href={pathTo('brand', { brandId: brand.id })} onClick={handleLinkClick}>
              {brand.name}
            </a>
          </h2>
          <p className="muted">
            {brand.path} · {brand.branchCount} {brand.branchCount === 1 ? 'branch' : 'branches'}
          </p>
          <BranchesList branches={data.branches.filter((b) => b.brandId === brand.id)} />
        </section>
      ))}
      {canManage && <CreateBrandForm onUnauthorized={onSessionExpired} />}
    </>
  )
}

function CreateBrandForm({ onUnauthorized }: { onUnauthorized: () => void }) {
  const save = useSave(onUnauthorized)
  const [name, setName] = useState('')
  function submit() {
    if (!name.trim()) return save.fail('Give the brand a name.', [['name', 'Give the brand a name']])
    save.run(async () => {
      const brand = await createBrand({ name: name.trim() })
      navigate(pathTo('brand', { brandId: brand.id }))
    }, 'Brand created.')
  }
  return (
    <Section title="Create a brand" save={save} onSubmit={submit} submitLabel="Create brand">
      <NameField
        errors={save.errors}
        value={name}
        onChange={setName}
        hint="Its address on Vitrine is made from the name; you can change it later."
      />
    </Section>
  )
}
