import { useEffect, useId, useState } from 'react'
import { type Choice, type CodeChoice, listBranchChoices, listCodeChoices } from './analytics-api.ts'

export interface ScopeSelection {
  brandId: string
  branchId: string
  qrCodeId: string
}

/**
 * Which numbers to show: a brand (or all), one of its branches (or all), one code (or all).
 * Choosing a wider level clears the narrower ones, whose lists are loaded for the new choice.
 * Without `codes` (the analytics dashboard) it stops at the branch.
 */
export function ScopePicker({
  brands,
  value,
  onChange,
  codes: withCodes = true,
}: {
  brands: readonly Choice[]
  value: ScopeSelection
  onChange: (value: ScopeSelection) => void
  codes?: boolean
}) {
  const id = useId()
  const [codes, setCodes] = useState<CodeChoice[] | null>(null)

  useEffect(() => {
    setCodes(null)
    if (!withCodes) return
    const controller = new AbortController()
    const filter = value.branchId
      ? { branchId: value.branchId }
      : value.brandId
        ? { brandId: value.brandId }
        : {}
    listCodeChoices(filter, controller.signal).then(setCodes, () => setCodes([]))
    return () => controller.abort()
  }, [withCodes, value.brandId, value.branchId])

  return (
    <fieldset className="qr-scope">
      <legend>Show</legend>
      <BrandBranchSelects
        brands={brands}
        allBrands="All brands"
        value={value}
        // A wider choice clears the code.
        onChange={(scope) => onChange({ ...scope, qrCodeId: '' })}
      />
      {withCodes && (
        <div className="field">
          <label htmlFor={`${id}-code`}>Code</label>
          <select
            id={`${id}-code`}
            value={value.qrCodeId}
            aria-busy={codes === null || undefined}
            onChange={(e) => onChange({ ...value, qrCodeId: e.target.value })}
          >
            <option value="">All codes</option>
            {value.qrCodeId && codes && !codes.some((c) => c.id === value.qrCodeId) && (
              <option value={value.qrCodeId}>The code in the address</option>
            )}
            {(codes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.placement ? `${c.label} (${c.placement})` : c.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  )
}

export interface BrandBranch {
  brandId: string
  branchId: string
}

/**
 * A brand (or all, named `allBrands`), then all of its branches or one. Choosing another brand
 * clears the branch; the brand's branches load when it is chosen. An id from the address that
 * is not in the lists stays chosen, named as such.
 */
export function BrandBranchSelects({
  brands,
  allBrands,
  value,
  onChange,
}: {
  brands: readonly Choice[]
  allBrands: string
  value: BrandBranch
  onChange: (value: BrandBranch) => void
}) {
  const id = useId()
  const [branches, setBranches] = useState<Choice[] | null>(null)

  useEffect(() => {
    setBranches(value.brandId ? null : [])
    if (!value.brandId) return
    const controller = new AbortController()
    listBranchChoices(value.brandId, controller.signal).then(setBranches, () => setBranches([]))
    return () => controller.abort()
  }, [value.brandId])

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-brand`}>Brand</label>
        <select
          id={`${id}-brand`}
          value={value.brandId}
          onChange={(e) => onChange({ brandId: e.target.value, branchId: '' })}
        >
          <option value="">{allBrands}</option>
          {value.brandId && !brands.some((b) => b.id === value.brandId) && (
            <option value={value.brandId}>The brand in the address</option>
          )}
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-branch`}>Branch</label>
        <select
          id={`${id}-branch`}
          value={value.branchId}
          disabled={!value.brandId}
          aria-busy={branches === null || undefined}
          aria-describedby={value.brandId ? undefined : `${id}-branch-hint`}
          onChange={(e) => onChange({ ...value, branchId: e.target.value })}
        >
          <option value="">All branches</option>
          {value.branchId && branches && !branches.some((b) => b.id === value.branchId) && (
            <option value={value.branchId}>The branch in the address</option>
          )}
          {(branches ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        {!value.brandId && (
          <p id={`${id}-branch-hint`} className="field-hint muted">
            Choose a brand to pick one of its branches.
          </p>
        )}
      </div>
    </>
  )
}
