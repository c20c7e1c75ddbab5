import { TextField } from '../../app/components/TextField.tsx'
import type { CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import { FormActions } from '../crm-records/FormActions.tsx'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { DealLinkFields, ValueFields } from './DealFields.tsx'
import { type Deal, type DealDetail, type RecordChoice, updateDeal } from './deals-api.ts'
import { amountText } from './money.ts'
import { useDealDraft } from './useDealDraft.ts'

interface Props {
  deal: DealDetail
  choices: RecordChoices
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
  const form = useDealDraft(
    () => ({
      name: deal.name,
      amount: amountText(deal.amountMinor, deal.currency),
      currency: deal.currency,
      closeDate: deal.expectedCloseDate ?? '',
      contact: choiceOf(deal.contact),
      company: choiceOf(deal.company),
      ownerUserId: deal.ownerUserId ?? '',
      branchId: deal.branchId ?? '',
      closeReason: deal.closeReason ?? '',
      customFields: deal.customFields as CustomFieldValues,
    }),
    onSessionExpired,
  )
  const { draft, set, fieldError } = form

  async function send(amountMinor: number) {
    const { name, currency, contact, company, ownerUserId, branchId, closeReason } = draft
    const result = await updateDeal(deal.id, {
      version: deal.version,
      name,
      amountMinor,
      currency,
      expectedCloseDate: draft.closeDate || null,
      // A contact or company the reader may not see is kept as it is.
      ...(contact?.id !== deal.contact?.id ? { contactId: contact?.id ?? null } : {}),
      ...(company?.id !== deal.company?.id ? { companyId: company?.id ?? null } : {}),
      ...(ownerUserId !== (deal.ownerUserId ?? '') ? { ownerUserId: ownerUserId || null } : {}),
      ...(branchId !== (deal.branchId ?? '') ? { branchId: branchId || null } : {}),
      ...(deal.status !== 'open' && closeReason.trim() ? { closeReason: closeReason.trim() } : {}),
      customFields: draft.customFields,
    })
    if (result.ok) onSaved(result.deal)
    else onStale(result.message)
  }

  return (
    <form className="form" onSubmit={(event) => form.submit(event, send)} noValidate>
      {form.message && (
        <p role="alert" className="notice notice--error">
          {form.message}
        </p>
      )}
      <TextField
        label="Name"
        value={draft.name}
        required
        maxLength={200}
        error={fieldError('name')}
        onChange={(e) => set('name', e.currentTarget.value)}
      />
      <ValueFields form={form} />
      {deal.status !== 'open' && (
        <TextField
          label={deal.status === 'lost' ? 'Why it was lost' : 'Why it was won'}
          value={draft.closeReason}
          maxLength={500}
          error={fieldError('closeReason')}
          onChange={(e) => set('closeReason', e.currentTarget.value)}
        />
      )}
      <DealLinkFields form={form} mode="edit" choices={choices} />
      <FormActions pending={form.saving} submitLabel="Save changes" onCancel={onCancel} />
    </form>
  )
}
