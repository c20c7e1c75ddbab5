import type { Branch } from '../brands/brands-api.ts'
import { Field, SelectField, TextAreaField } from '../brands/Field.tsx'
import type { FieldErrors } from '../brands/useSave.ts'
import type { QrTargetType } from './qr-api.ts'
import type { TargetDraft } from './qr-draft.ts'
import { TARGET_LABELS } from './qr-format.ts'
import { useBranchParts } from './useBranchParts.ts'

const NEEDS_BRANCH: readonly QrTargetType[] = ['microsite', 'section', 'lead_form', 'vcard']

/** Where a scan leads: a part of a branch's page, a chat, a review page or any web address. */
export function TargetFields({
  legend,
  value,
  onChange,
  branches,
  path,
  errors,
}: {
  legend: string
  value: TargetDraft
  onChange: (value: TargetDraft) => void
  branches: readonly Branch[]
  /** Where the target sits in the request body, e.g. `target` or `rules.0.target`. */
  path: string
  errors: FieldErrors
}) {
  const set = (patch: Partial<TargetDraft>) => onChange({ ...value, ...patch })
  const branch = branches.find((b) => b.id === value.branchId)
  const needsBranch = NEEDS_BRANCH.includes(value.type)
  const takesBranch = value.type !== 'url'
  return (
    <fieldset className="field-group qr-target">
      <legend>{legend}</legend>
      <SelectField
        label="Leads to"
        path={`${path}.type`}
        errors={errors}
        value={value.type}
        onChange={(e) => set({ type: e.target.value as QrTargetType })}
      >
        {Object.entries(TARGET_LABELS).map(([type, label]) => (
          <option key={type} value={type}>
            {label}
          </option>
        ))}
      </SelectField>
      {takesBranch && (
        <SelectField
          label={needsBranch ? 'Branch' : 'Branch (optional)'}
          path={`${path}.branchId`}
          errors={errors}
          value={value.branchId}
          required={needsBranch}
          onChange={(e) => set({ branchId: e.target.value, sectionId: '', staffMemberId: '' })}
        >
          <option value="">{needsBranch ? 'Choose a branch' : 'No branch'}</option>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.brandName} · {b.name}
            </option>
          ))}
        </SelectField>
      )}
      {value.type === 'section' && <SectionPicker {...{ value, set, branch, path, errors }} />}
      {value.type === 'vcard' && <StaffPicker {...{ value, set, branch, path, errors }} />}
      {value.type === 'whatsapp' && (
        <>
          <Field
            label="WhatsApp number (optional)"
            path={`${path}.phone`}
            errors={errors}
            type="tel"
            autoComplete="off"
            value={value.phone}
            onChange={(e) => set({ phone: e.target.value })}
            hint="With the country code, e.g. +91 98765 43210. Empty: the branch’s WhatsApp number."
          />
          <TextAreaField
            label="Message typed in for them (optional)"
            path={`${path}.message`}
            errors={errors}
            maxLength={500}
            rows={2}
            value={value.message}
            onChange={(e) => set({ message: e.target.value })}
          />
        </>
      )}
      {(value.type === 'review' || value.type === 'url') && (
        <Field
          label={value.type === 'url' ? 'Web address' : 'Review page address (optional)'}
          path={`${path}.url`}
          errors={errors}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          required={value.type === 'url'}
          value={value.url}
          onChange={(e) => set({ url: e.target.value })}
          hint={
            value.type === 'review'
              ? 'E.g. your Google “write a review” link. Empty: the reviews section of the branch page.'
              : 'A full address starting with https://'
          }
        />
      )}
    </fieldset>
  )
}

interface PartProps {
  value: TargetDraft
  set: (patch: Partial<TargetDraft>) => void
  branch: Branch | undefined
  path: string
  errors: FieldErrors
}

function SectionPicker({ value, set, branch, path, errors }: PartProps) {
  const sections = useBranchParts(branch, 'sections')
  if (!branch) return <p className="field-hint muted">Choose a branch to pick one of its page’s sections.</p>
  if (sections.state === 'failed')
    return (
      <Field
        label="Section id"
        path={`${path}.sectionId`}
        errors={errors}
        value={value.sectionId}
        onChange={(e) => set({ sectionId: e.target.value })}
        hint="The page’s sections could not be loaded; type the section’s id from the builder."
      />
    )
  return (
    <SelectField
      label="Section"
      path={`${path}.sectionId`}
      errors={errors}
      value={value.sectionId}
      required
      aria-busy={sections.state === 'loading'}
      onChange={(e) => set({ sectionId: e.target.value })}
      hint="The page opens scrolled to it."
    >
      <option value="">{sections.state === 'loading' ? 'Loading sections…' : 'Choose a section'}</option>
      {sections.state === 'ready' &&
        sections.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
    </SelectField>
  )
}

function StaffPicker({ value, set, branch, path, errors }: PartProps) {
  const staff = useBranchParts(branch, 'staff')
  if (!branch) return null
  return (
    <SelectField
      label="Whose card"
      path={`${path}.staffMemberId`}
      errors={errors}
      value={value.staffMemberId}
      onChange={(e) => set({ staffMemberId: e.target.value })}
    >
      <option value="">The branch’s own card</option>
      {staff.state === 'ready' &&
        staff.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
    </SelectField>
  )
}
