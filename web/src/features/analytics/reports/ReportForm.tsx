import { useId, useState } from 'react'
import { type BrandBranch, BrandBranchSelects } from '../../qr/analytics/ScopePicker.tsx'
import { EditorForm } from '../EditorForm.tsx'
import { RecipientsField } from './RecipientsField.tsx'
import type { Choice, ReportInput, ScheduledReport } from './reports-api.ts'

type Frequency = ReportInput['frequency']

const FREQUENCIES: { value: Frequency; label: string; hint: string }[] = [
  { value: 'weekly', label: 'Weekly', hint: 'After each week (Monday to Sunday), with that week’s figures' },
  { value: 'monthly', label: 'Monthly', hint: 'After each calendar month, with that month’s figures' },
]

/**
 * A new scheduled report, or changes to one: whose figures, how often, and to whom.
 * A refusal is shown at the top and on each field it names.
 */
export function ReportForm({
  report,
  brands,
  onSubmit,
  onCancel,
  onSessionExpired,
}: {
  report: ScheduledReport | null
  brands: readonly Choice[]
  onSubmit: (input: ReportInput) => Promise<void>
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const [scope, setScope] = useState<BrandBranch>({
    brandId: report?.brandId ?? '',
    branchId: report?.branchId ?? '',
  })
  const [frequency, setFrequency] = useState<Frequency>(report?.frequency ?? 'weekly')
  const [recipients, setRecipients] = useState<string[]>(report?.recipients ?? [''])

  return (
    <EditorForm
      className="an-report-form"
      title={report ? 'Edit the report' : 'New scheduled report'}
      submitLabel={report ? 'Save the report' : 'Schedule the report'}
      onSubmit={() =>
        onSubmit({
          brandId: scope.brandId || null,
          branchId: scope.branchId || null,
          frequency,
          // Blanks are sent too, so the server's message lands beside the empty input.
          recipients: recipients.map((r) => r.trim()),
        })
      }
      onCancel={onCancel}
      onSessionExpired={onSessionExpired}
    >
      {(messageAt) => (
        <>
          <fieldset className="field-group">
            <legend>Whose figures</legend>
            <BrandBranchSelects
              brands={brands}
              allBrands="Whole organisation"
              value={scope}
              onChange={setScope}
            />
            {(messageAt('brandId') ?? messageAt('branchId')) && (
              <p className="field-error">{messageAt('brandId') ?? messageAt('branchId')}</p>
            )}
          </fieldset>
          <fieldset className="field-group">
            <legend>How often</legend>
            {FREQUENCIES.map((f) => (
              <label key={f.value} className="an-option">
                <input
                  type="radio"
                  name={`${id}-frequency`}
                  value={f.value}
                  checked={frequency === f.value}
                  onChange={() => setFrequency(f.value)}
                  aria-describedby={`${id}-${f.value}-hint`}
                />
                <span>
                  {f.label}
                  <span id={`${id}-${f.value}-hint`} className="an-option__hint muted">
                    {f.hint}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <RecipientsField
            value={recipients}
            onChange={setRecipients}
            error={messageAt('recipients')}
            errorAt={(index) => messageAt(`recipients.${index}`)}
          />
        </>
      )}
    </EditorForm>
  )
}
