import { useId } from 'react'
import { TextField } from '../../app/components/TextField.tsx'
import { CustomFieldInputs } from '../crm-fields/CustomFieldInputs.tsx'
import { OwnerBranchSelects } from '../crm-records/OwnerBranchSelects.tsx'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { searchCompanies, searchContacts } from './deals-api.ts'
import { COMMON_CURRENCIES } from './money.ts'
import { RecordPicker } from './RecordPicker.tsx'
import type { DealDraftForm } from './useDealDraft.ts'

/** What the deal is worth (the currency offered from the common ones, kept upper case) and when it should close. */
export function ValueFields({ form }: { form: DealDraftForm }) {
  const id = useId()
  const { draft, set, fieldError } = form
  return (
    <>
      <div className="field-pair">
        <TextField
          label="Value"
          hint="Use a dot for decimals"
          inputMode="decimal"
          value={draft.amount}
          error={form.amountError || fieldError('amountMinor')}
          onChange={(e) => set('amount', e.currentTarget.value)}
        />
        <TextField
          label="Currency"
          value={draft.currency}
          list={`${id}-currencies`}
          maxLength={3}
          autoCapitalize="characters"
          error={fieldError('currency')}
          onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
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
        value={draft.closeDate}
        error={fieldError('expectedCloseDate')}
        onChange={(e) => set('closeDate', e.currentTarget.value)}
      />
    </>
  )
}

interface LinkProps {
  form: DealDraftForm
  /** A new deal defaults to you and the contact's branch; an edit may clear both. */
  mode: 'new' | 'edit'
  choices: RecordChoices
}

/** Who the deal is with (a contact and a company, found by typing), who owns it, and its custom fields. */
export function DealLinkFields({ form, mode, choices }: LinkProps) {
  const { draft, set, fieldError } = form
  return (
    <>
      <RecordPicker
        label="Contact"
        value={draft.contact}
        onChange={(contact) => set('contact', contact)}
        search={searchContacts}
        error={fieldError('contactId')}
      />
      <RecordPicker
        label="Company"
        value={draft.company}
        onChange={(company) => set('company', company)}
        search={searchCompanies}
        error={fieldError('companyId')}
      />
      <div className="field-pair">
        <OwnerBranchSelects
          mode={mode}
          choices={choices}
          value={draft}
          onChange={set}
          errorOf={fieldError}
          noBranchLabel={mode === 'new' ? "The contact's branch" : 'Whole organisation'}
        />
      </div>
      <CustomFieldInputs
        defs={choices.defs}
        value={draft.customFields}
        onChange={(v) => set('customFields', v)}
        errors={form.customErrors}
      />
    </>
  )
}
