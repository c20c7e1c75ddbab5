import { useEffect, useId, useState } from 'react'
import { type Choice, listBranchChoices } from './reports-api.ts'

export interface ScopeValue {
  brandId: string
  branchId: string
}

/**
 * Whose numbers: the organisation or one brand, then all of it or one of its branches.
 * Choosing another brand clears the branch; the brand's branches load when it is chosen.
 */
export function ScopeSelects({
  brands,
  value,
  onChange,
}: {
  brands: readonly Choice[]
  value: ScopeValue
  onChange: (value: ScopeValue) => void
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
          <option value="">Whole organisation</option>
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
