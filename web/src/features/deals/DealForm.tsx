import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import { CustomFieldInputs, type CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import {
  type Deal,
  type DealDetail,
  type RecordChoice,
  searchCompanies,
  searchContacts,
  updateDeal,
} from './deals-api.ts'
import { amountText, COMMON_CURRENCIES, parseMoney } from './money.ts'
import { OwnerAndBranch } from './NewDealDialog.tsx'
import { RecordPicker } from './RecordPicker.tsx'
import type { DealChoices } from './useDealChoices.ts'

interface Props {
  deal: DealDetail
  choices: DealChoices
  onSaved: (deal: Deal) => void
  /** The deal changed meanwhile: the page reloads it and says so. */
  onStale: (message: string) => void
  onCancel: () => void
  onSessionExpired: () => void
}

const choiceOf = (party: { id: string; name: string } | null): RecordChoice | null =>
  party ? { ...party, detail: '' } : null

/** Edits a deal's fields; the version it started from travels along, so nobody's edit is lost. */
export function DealForm({ deal, choices, onSaved, onStale, onCancel, onSessionExpired }: Props) {
  const id = useId()
  const [name, setName] = useState(deal.name)
  const [currency, setCurrency] = useState(deal.currency)
  const [amount, setAmount] = useState(amountText(deal.amountMinor, deal.currency))
  const [closeDate, setCloseDate] = useState(deal.expectedCloseDate ?? '')
  const [contact, setContact] = useState(choiceOf(deal.contact))
  const [company, setCompany] = useState(choiceOf(deal.company))
  const [ownerUserId, setOwner] = useState(deal.ownerUserId ?? '')
  const [branchId, setBranch] = useState(deal.branchId ?? '')
  const [closeReason, setCloseReason] = useState(deal.closeReason ?? '')
  const [customFields, setCustomFields] = useState<CustomFieldValues>(deal.customFields as CustomFieldValues)
  const [error, setError] = useState<ApiProblem | string | null>(null)
  const [amountError, setAmountError] = useState('')
  const [saving, setSaving] = useState(false)

  async function save(event: FormEvent) {
    event.preventDefault()
    const amountMinor = parseMoney(amount, currency)
    setAmountError(amountMinor === null ? `Type an amount like 12500 or 12500.50 ${currency}` : '')
    if (amountMinor === null || saving) return
    setSaving(true)
    setError(null)
    try {
      const result = await updateDeal(deal.id, {
        version: deal.version,
        name,
        amountMinor,
        currency,
        expectedCloseDate: closeDate || null,
        // A contact or company the reader may not see is kept as it is.
        ...(contact?.id !== deal.contact?.id ? { contactId: contact?.id ?? null } : {}),
        ...(company?.id !== deal.company?.id ? { companyId: company?.id ?? null } : {}),
        ...(ownerUserId !== (deal.ownerUserId ?? '') ? { ownerUserId: ownerUserId || null } : {}),
        ...(branchId !== (deal.branchId ?? '') ? { branchId: branchId || null } : {}),
        ...(deal.status !== 'open' && closeReason.trim() ? { closeReason: closeReason.trim() } : {}),
        customFields,
      })
      if (result.ok) onSaved(result.deal)
      else onStale(result.message)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    } finally {
      setSaving(false)
    }
  }

  const fieldError = (field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined)
  const customErrors = Object.fromEntries(
    (error instanceof ApiProblem ? (error.problem.errors ?? []) : []).map((e) => [e.path, e.message]),
  )
  return (
    <form className="form" onSubmit={save} noValidate>
      {error && (
        <p role="alert" className="notice notice--error">
          {error instanceof ApiProblem ? error.message : error}
        </p>
      )}
      <TextField
        label="Name"
        value={name}
        required
        maxLength={200}
        error={fieldError('name')}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <div className="field-pair">
        <TextField
          label="Value"
          hint="Use a dot for decimals"
          inputMode="decimal"
          value={amount}
          error={amountError || fieldError('amountMinor')}
          onChange={(e) => setAmount(e.currentTarget.value)}
        />
        <TextField
          label="Currency"
          value={currency}
          list={`${id}-currencies`}
          maxLength={3}
          error={fieldError('currency')}
          onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
        />
        <datalist id={`${id}-currencies`}>
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <TextField
        label="Expected close date"
        type="date"
        value={closeDate}
        error={fieldError('expectedCloseDate')}
        onChange={(e) => setCloseDate(e.currentTarget.value)}
      />
      {deal.status !== 'open' && (
        <TextField
          label={deal.status === 'lost' ? 'Why it was lost' : 'Why it was won'}
          value={closeReason}
          maxLength={500}
          error={fieldError('closeReason')}
          onChange={(e) => setCloseReason(e.currentTarget.value)}
        />
      )}
      <RecordPicker
        label="Contact"
        value={contact}
        onChange={setContact}
        search={searchContacts}
        error={fieldError('contactId')}
      />
      <RecordPicker
        label="Company"
        value={company}
        onChange={setCompany}
        search={searchCompanies}
        error={fieldError('companyId')}
      />
      <OwnerAndBranch
        mode="edit"
        choices={choices}
        ownerUserId={ownerUserId}
        branchId={branchId}
        onOwner={setOwner}
        onBranch={setBranch}
        ownerError={fieldError('ownerUserId')}
        branchError={fieldError('branchId')}
      />
      <CustomFieldInputs
        defs={choices.defs}
        value={customFields}
        onChange={setCustomFields}
        errors={customErrors}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
