import type { ApiProblem } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { pathTo } from '../../app/router.ts'
import { CustomFieldInputs } from '../crm-fields/CustomFieldInputs.tsx'
import { OwnerBranchSelects } from '../crm-records/OwnerBranchSelects.tsx'
import { RecordFormFrame } from '../crm-records/RecordFormFrame.tsx'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { useRecordForm } from '../crm-records/useRecordForm.ts'
import { searchCompanies } from '../deals/deals-api.ts'
import { RecordPicker } from '../deals/RecordPicker.tsx'
import { type CompanyDraft, clashingCompanyId } from './company-draft.ts'

interface Props {
  mode: 'new' | 'edit'
  initial: CompanyDraft
  choices: RecordChoices
  submitLabel: string
  /** The company being edited: it cannot be its own parent, so it is left out of the picker. */
  companyId?: string
  /** Saves; a refusal (ApiProblem) is shown by the form, on the fields it names. */
  onSubmit: (draft: CompanyDraft) => Promise<void>
  onCancel?: () => void
  onSessionExpired: () => void
}

/** Every field of a company, custom fields and the parent company included. */
export function CompanyForm({
  mode,
  initial,
  choices,
  submitLabel,
  companyId,
  onSubmit,
  onCancel,
  onSessionExpired,
}: Props) {
  const form = useRecordForm(initial, onSubmit, onSessionExpired)
  const { draft, set, textField, fieldError } = form
  const clash = clashOf(form.problem)
  const parentSearch = async (q: string, signal?: AbortSignal) =>
    (await searchCompanies(q, signal)).filter((c) => c.id !== companyId)

  return (
    <RecordFormFrame
      className="form company-form"
      form={form}
      clash={
        clash && clash !== companyId
          ? { href: pathTo('company', { companyId: clash }), label: 'Open the company with this domain' }
          : null
      }
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextField label="Name" required maxLength={200} dir="auto" {...textField('name')} />
      <div className="contact-form__row">
        <TextField
          label="Domain"
          hint="e.g. acme.com; a web address works too"
          maxLength={300}
          dir="ltr"
          autoComplete="off"
          {...textField('domain')}
        />
        <TextField label="Website" type="url" maxLength={2000} dir="ltr" {...textField('website')} />
      </div>
      <div className="contact-form__row">
        <TextField label="Industry" maxLength={120} dir="auto" {...textField('industry')} />
        <TextField
          label="Employees"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          {...textField('employees')}
        />
      </div>
      <div className="contact-form__row">
        <TextField
          label="Phone"
          type="tel"
          maxLength={40}
          hint="With +country code, or give the country below"
          {...textField('phone')}
        />
        <TextField
          label="Phone country (two letters, e.g. GB)"
          maxLength={2}
          autoComplete="off"
          {...textField('phoneCountry')}
        />
      </div>
      <div className="contact-form__row">
        <TextField label="City" maxLength={120} dir="auto" {...textField('city')} />
        <TextField label="Country" maxLength={80} dir="auto" {...textField('country')} />
      </div>
      <RecordPicker
        label="Parent company"
        value={draft.parent}
        onChange={(parent) => set('parent', parent)}
        search={parentSearch}
        error={fieldError('parentId')}
      />
      <div className="contact-form__row">
        <OwnerBranchSelects
          mode={mode}
          choices={choices}
          value={draft}
          onChange={set}
          errorOf={fieldError}
          keepUnknown
        />
      </div>
      <TextField label="Tags" hint="Separate tags with commas" dir="auto" {...textField('tags')} />
      <CustomFieldInputs
        defs={choices.defs}
        value={draft.customFields}
        errors={form.customErrors}
        onChange={(v) => set('customFields', v)}
      />
    </RecordFormFrame>
  )
}

const clashOf = (problem: ApiProblem | null) =>
  problem?.status === 409 ? clashingCompanyId(problem.problem.detail) : null
