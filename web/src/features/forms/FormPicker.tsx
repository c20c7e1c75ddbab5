import { useEffect, useState } from 'react'
import { handleLinkClick, matchRoute, pathTo, usePathname } from '../../app/router.ts'
import { SelectField } from '../builder/fields/SelectField.tsx'
import { type LeadForm, listForms } from './forms-api.ts'

const BUILT_IN = ''

/**
 * The builder's choice of which form a lead_form section shows: the built-in one or a saved
 * form of the site being built (its id comes from the builder's address).
 */
export function FormPicker({
  formId,
  onChange,
}: {
  formId: string | undefined
  onChange: (formId: string | undefined) => void
}) {
  const siteId = matchRoute(usePathname()).params.siteId ?? ''
  const [forms, setForms] = useState<LeadForm[] | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    if (!siteId) return
    const controller = new AbortController()
    listForms(siteId, controller.signal).then(setForms, () => {
      if (!controller.signal.aborted) setError('Could not load this site’s forms.')
    })
    return () => controller.abort()
  }, [siteId])

  const known = forms?.some((f) => f.id === formId) ?? true
  const options = [
    { value: BUILT_IN, label: 'Built-in form (name, e-mail, phone, message)' },
    ...(forms ?? []).map((f) => ({ value: f.id, label: f.name })),
    ...(formId && !known
      ? [{ value: formId, label: 'An archived form (the built-in form shows instead)' }]
      : []),
  ]
  return (
    <div className="form-picker">
      <SelectField
        label="Form"
        value={formId ?? BUILT_IN}
        options={options}
        hint={error || (forms === null ? 'Loading this site’s forms…' : undefined)}
        onChange={(value) => onChange(value === BUILT_IN ? undefined : value)}
      />
      {siteId && (
        <a className="form-picker__link" href={pathTo('lead-forms', { siteId })} onClick={handleLinkClick}>
          Create and edit this site’s forms
        </a>
      )}
    </div>
  )
}
