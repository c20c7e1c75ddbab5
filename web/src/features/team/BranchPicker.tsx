import { useId } from 'react'
import type { Branch } from './team-api.ts'

/**
 * Every branch, or only some: two radios, then a checkbox per branch. `null` means every
 * branch; an empty list means "some" with none ticked yet, which the form refuses to send.
 */
export function BranchPicker({
  branches,
  value,
  onChange,
  error,
}: {
  branches: readonly Branch[]
  value: readonly string[] | null
  onChange: (value: string[] | null) => void
  error?: string
}) {
  const id = useId()
  const some = value !== null

  function toggle(branchId: string, on: boolean) {
    const current = value ?? []
    onChange(on ? [...current, branchId] : current.filter((b) => b !== branchId))
  }

  return (
    <fieldset
      className="branch-picker"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Branches</legend>
      <div className="checkbox">
        <input
          type="radio"
          id={`${id}-all`}
          name={`${id}-scope`}
          checked={!some}
          onChange={() => onChange(null)}
        />
        <label htmlFor={`${id}-all`}>Every branch</label>
      </div>
      <div className="checkbox">
        <input
          type="radio"
          id={`${id}-some`}
          name={`${id}-scope`}
          checked={some}
          onChange={() => onChange([])}
          disabled={branches.length === 0}
        />
        <label htmlFor={`${id}-some`}>Only these branches</label>
      </div>
      {some && (
        <ul className="plain-list branch-picker__list">
          {branches.map((branch) => (
            <li key={branch.id} className="checkbox">
              <input
                type="checkbox"
                id={`${id}-${branch.id}`}
                checked={value.includes(branch.id)}
                onChange={(e) => toggle(branch.id, e.target.checked)}
              />
              <label htmlFor={`${id}-${branch.id}`}>
                {branch.name} <span className="muted">({branch.brandName})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

/** Branch names for display; a branch this viewer cannot see is named as such. */
export function branchNames(ids: readonly string[] | null, branches: readonly Branch[]): string {
  if (ids === null) return 'Every branch'
  const byId = new Map(branches.map((b) => [b.id, b.name]))
  return ids.map((id) => byId.get(id) ?? 'A branch outside your access').join(', ')
}
