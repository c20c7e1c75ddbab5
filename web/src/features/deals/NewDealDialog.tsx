import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import { CustomFieldInputs, type CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import {
  createDeal,
  type Deal,
  type Pipeline,
  type RecordChoice,
  searchCompanies,
  searchContacts,
} from './deals-api.ts'
import { COMMON_CURRENCIES, parseMoney } from './money.ts'
import { RecordPicker } from './RecordPicker.tsx'
import type { DealChoices } from './useDealChoices.ts'

interface Props {
  pipeline: Pipeline
  stageId?: string
  contact?: RecordChoice | null
  company?: RecordChoice | null
  choices: DealChoices
  onCreated: (deal: Deal) => void
  onClose: () => void
  onSessionExpired: () => void
}

/**
 * "New deal" in a modal dialog: the browser keeps focus inside it, Escape closes it and focus
 * returns to the button that opened it.
 */
export function NewDealDialog(props: Props) {
  const { pipeline, choices, onCreated, onClose, onSessionExpired } = props
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [stageId, setStageId] = useState(props.stageId ?? pipeline.stages[0]?.id ?? '')
  const [amount, setAmount] = useState('')
  const [currency, setCurrency] = useState('USD')
  const [closeDate, setCloseDate] = useState('')
  const [contact, setContact] = useState<RecordChoice | null>(props.contact ?? null)
  const [company, setCompany] = useState<RecordChoice | null>(props.company ?? null)
  const [ownerUserId, setOwner] = useState('')
  const [branchId, setBranch] = useState('')
  const [closeReason, setCloseReason] = useState('')
  const [customFields, setCustomFields] = useState<CustomFieldValues>({})
  const [error, setError] = useState<ApiProblem | string | null>(null)
  const [saving, setSaving] = useState(false)
  const [amountError, setAmountError] = useState('')
  const stage = pipeline.stages.find((s) => s.id === stageId)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    const amountMinor = parseMoney(amount, currency)
    setAmountError(amountMinor === null ? `Type an amount like 12500 or 12500.50 ${currency}` : '')
    if (amountMinor === null) return
    setSaving(true)
    setError(null)
    try {
      const deal = await createDeal({
        pipelineId: pipeline.id,
        stageId,
        name,
        amountMinor,
        currency,
        expectedCloseDate: closeDate || null,
        contactId: contact?.id ?? null,
        companyId: company?.id ?? null,
        ...(ownerUserId ? { ownerUserId } : {}),
        ...(branchId ? { branchId } : {}),
        ...(closeReason && stage?.kind !== 'open' ? { closeReason } : {}),
        ...(Object.keys(customFields).length ? { customFields } : {}),
      })
      onCreated(deal)
      ref.current?.close()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    } finally {
      setSaving(false)
    }
  }

  const fieldError = (field: string) => (error instanceof ApiProblem ? error.fieldError(field) : undefined)
  const message = error instanceof ApiProblem ? error.message : error
  const customErrors = Object.fromEntries(
    (error instanceof ApiProblem ? (error.problem.errors ?? []) : []).map((e) => [e.path, e.message]),
  )
  return (
    <dialog ref={ref} className="deal-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        <h2 id={`${id}-title`}>New deal</h2>
        {message && (
          <p role="alert" className="notice notice--error">
            {message}
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
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select id={`${id}-stage`} value={stageId} onChange={(e) => setStageId(e.currentTarget.value)}>
            {pipeline.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        {stage && stage.kind !== 'open' && (
          <TextField
            label={stage.kind === 'lost' ? 'Why was it lost?' : 'Why was it won? (optional)'}
            value={closeReason}
            required={stage.kind === 'lost'}
            maxLength={500}
            error={fieldError('closeReason')}
            onChange={(e) => setCloseReason(e.currentTarget.value)}
          />
        )}
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
            autoCapitalize="characters"
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
          mode="new"
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
        <div className="deal-dialog__actions">
          <button type="submit" className="button button--primary" aria-disabled={saving}>
            {saving ? 'Creating…' : 'Create deal'}
          </button>
          <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}

interface OwnerAndBranchProps {
  /** A new deal defaults to you and the contact's branch; an edit may clear both. */
  mode: 'new' | 'edit'
  choices: DealChoices
  ownerUserId: string
  branchId: string
  onOwner: (value: string) => void
  onBranch: (value: string) => void
  ownerError?: string
  branchError?: string
}

/** Owner (you unless chosen) and branch (the contact's unless chosen). */
export function OwnerAndBranch(props: OwnerAndBranchProps) {
  const { mode, choices, ownerUserId, branchId, onOwner, onBranch, ownerError, branchError } = props
  const id = useId()
  const owners = mode === 'new' ? choices.owners.filter((o) => o.value !== choices.me) : choices.owners
  return (
    <div className="field-pair">
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={ownerUserId}
          aria-invalid={ownerError ? true : undefined}
          aria-describedby={ownerError ? `${id}-owner-error` : undefined}
          onChange={(e) => onOwner(e.currentTarget.value)}
        >
          <option value="">{mode === 'new' ? 'You' : 'Nobody'}</option>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {ownerError && (
          <p id={`${id}-owner-error`} className="field-error">
            {ownerError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-branch`}>Branch</label>
        <select
          id={`${id}-branch`}
          value={branchId}
          aria-invalid={branchError ? true : undefined}
          aria-describedby={branchError ? `${id}-branch-error` : undefined}
          onChange={(e) => onBranch(e.currentTarget.value)}
        >
          <option value="">{mode === 'new' ? "The contact's branch" : 'Whole organisation'}</option>
          {choices.branches.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
        {branchError && (
          <p id={`${id}-branch-error`} className="field-error">
            {branchError}
          </p>
        )}
      </div>
    </div>
  )
}
