import { type FormEvent, useEffect, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { type FormErrors, formErrorsOf, noErrors } from '../account/form-errors.ts'
import { addDomain, type BranchChoice, type BrandChoice, type Domain, listBranches } from './domains-api.ts'

type Field = 'hostname' | 'brandId' | 'branchId' | 'includeWww'

// Second-level labels under which a three-label name is still a registrable domain (shop.co.uk).
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'ac',
  'gov',
  'edu',
  'ne',
  'or',
  'firm',
  'gen',
  'ind',
])

/** The www/apex partner of what was typed, if it has one: the server has the final word. */
function partnerOf(typed: string): string | null {
  const host = typed
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '')
  const labels = host.split('.').filter(Boolean)
  const isApex = (l: string[]) => l.length === 2 || (l.length === 3 && SECOND_LEVEL.has(l[1]!))
  if (labels[0] === 'www' && isApex(labels.slice(1))) return labels.slice(1).join('.')
  if (isApex(labels)) return `www.${host}`
  return null
}

export function AddDomainForm({
  brands,
  onAdded,
  onUnauthorized,
}: {
  brands: readonly BrandChoice[]
  onAdded: (domain: Domain) => void
  onUnauthorized: () => void
}) {
  const [hostname, setHostname] = useState('')
  const [brandId, setBrandId] = useState(brands[0]?.id ?? '')
  const [branchId, setBranchId] = useState('')
  const [branches, setBranches] = useState<BranchChoice[] | null>(null)
  const [includeWww, setIncludeWww] = useState(true)
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const id = useId()
  const partner = partnerOf(hostname)

  useEffect(() => {
    setBranchId('')
    setBranches(null)
    if (!brandId) return
    const controller = new AbortController()
    listBranches(brandId, controller.signal).then(setBranches, () => setBranches([]))
    return () => controller.abort()
  }, [brandId])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setErrors(noErrors())
    try {
      const domain = await addDomain({
        hostname: hostname.trim(),
        brandId,
        branchId: branchId || null,
        includeWww: partner ? includeWww : false,
      })
      setHostname('')
      onAdded(domain)
    } catch (error) {
      if (isUnauthorized(error)) return onUnauthorized()
      setErrors(formErrorsOf(error, ['hostname', 'brandId', 'branchId', 'includeWww'] as const))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Connect a domain</h2>
      <div id={`${id}-form-error`} role="alert" className="form-error">
        {errors.form}
      </div>
      <TextField
        label="Hostname"
        hint="A name you own, such as shop.example.com or example.com. You will add DNS records for it next."
        name="hostname"
        required
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        inputMode="url"
        value={hostname}
        onChange={(e) => setHostname(e.target.value)}
        error={errors.fields.hostname}
        formErrorId={errors.form ? `${id}-form-error` : undefined}
      />
      <div className="field">
        <label htmlFor={`${id}-brand`}>Brand</label>
        <select id={`${id}-brand`} value={brandId} onChange={(e) => setBrandId(e.target.value)} required>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-branch`}>Serves</label>
        <select
          id={`${id}-branch`}
          value={branchId}
          onChange={(e) => setBranchId(e.target.value)}
          aria-describedby={`${id}-branch-hint`}
          aria-busy={branches === null}
        >
          <option value="">The whole brand (each branch at /branch-name)</option>
          {(branches ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              Only {b.name} (at /)
            </option>
          ))}
        </select>
        <p id={`${id}-branch-hint`} className="field-hint muted">
          A brand domain lists every branch; a branch domain opens straight on that branch’s page.
        </p>
      </div>
      {partner && (
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-www`}
            checked={includeWww}
            onChange={(e) => setIncludeWww(e.target.checked)}
            aria-describedby={`${id}-www-hint`}
          />
          <label htmlFor={`${id}-www`}>Also connect {partner} and send its visitors here</label>
          <span id={`${id}-www-hint`} className="muted">
            People type both; the second name redirects to the one above. It has its own DNS records.
          </span>
        </div>
      )}
      <button type="submit" className="button button--primary" aria-disabled={pending || !brandId}>
        Connect domain
      </button>
    </form>
  )
}
