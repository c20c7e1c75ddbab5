import { useState } from 'react'
import { TextField } from '../../../app/components/TextField.tsx'
import { DEFAULT_BRANCH_NAME, defaultCountry } from '../defaults.ts'
import { type Branch, type BranchInput, getBranch, saveBranch } from '../onboarding-api.ts'
import { useStepData } from '../useStepData.ts'
import { useStepSave } from '../useStepSave.ts'
import type { StepProps } from '../wizard-steps.tsx'
import { CountrySelect } from './CountrySelect.tsx'
import { StepForm } from './StepForm.tsx'
import { StepLoading } from './StepLoading.tsx'

const FIELDS = ['name', 'line1', 'city', 'country', 'number', 'whatsapp'] as const
type Field = (typeof FIELDS)[number]

/** Step 2: the first branch, where customers find it and how they reach it. */
export function BranchStep(props: StepProps) {
  const { branchId } = props.status.context
  const data = useStepData<Branch | null>(
    branchId ?? 'new',
    branchId ? (signal) => getBranch(branchId, signal) : null,
    () => null,
    props.onSessionExpired,
  )
  if (data.status !== 'ready') return <StepLoading data={data} />
  return <BranchForm {...props} branch={data.value} />
}

function BranchForm({
  status,
  onSaved,
  onBack,
  onSessionExpired,
  branch,
}: StepProps & { branch: Branch | null }) {
  const [values, setValues] = useState(() => ({
    name: branch?.name ?? DEFAULT_BRANCH_NAME,
    line1: branch?.address?.line1 ?? '',
    city: branch?.address?.city ?? '',
    country: branch?.address?.country ?? defaultCountry(navigator.language),
    phone: branch?.phones[0]?.number ?? '',
    whatsapp: branch?.whatsapp ?? '',
  }))
  // Once created here, Continue again (after a failed reload of the status) updates it.
  const [savedId, setSavedId] = useState(branch?.id ?? null)
  const { pending, errors, setErrors, run } = useStepSave(FIELDS, onSessionExpired)
  const brandId = status.context.brandId

  const bind = (field: keyof typeof values) => ({
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
  })

  function save() {
    const halfAddress = !values.line1.trim() !== !values.city.trim()
    if (halfAddress) {
      const missing: Field = values.line1.trim() ? 'city' : 'line1'
      setErrors({
        form: 'Add both the street and the city, or leave both empty.',
        fields: { [missing]: missing === 'city' ? 'Add the city too.' : 'Add the street too.' },
      })
      return
    }
    return run(async () => {
      const target = savedId ? { branchId: savedId } : { brandId: brandId ?? '' }
      setSavedId((await saveBranch(target, branchInput(values, branch))).id)
      await onSaved()
    })
  }

  return (
    <StepForm pending={pending} error={errors.form} onSubmit={save} onBack={onBack}>
      <TextField
        label="Branch name"
        hint="The area or street works well, e.g. Downtown. It ends your page's address."
        required
        maxLength={120}
        {...bind('name')}
        error={errors.fields.name}
      />
      <TextField
        label="Street address (optional)"
        autoComplete="address-line1"
        maxLength={200}
        {...bind('line1')}
        error={errors.fields.line1}
      />
      <TextField
        label="City (optional)"
        autoComplete="address-level2"
        maxLength={100}
        {...bind('city')}
        error={errors.fields.city}
      />
      <CountrySelect
        value={values.country}
        onChange={(country) => setValues((v) => ({ ...v, country }))}
        error={errors.fields.country}
      />
      <TextField
        label="Phone (optional)"
        type="tel"
        autoComplete="tel"
        hint="With the country code, e.g. +1 415 555 0100. Visitors can call it with one tap."
        maxLength={24}
        {...bind('phone')}
        error={errors.fields.number}
      />
      <TextField
        label="WhatsApp number (optional)"
        type="tel"
        hint="Adds a 'Chat on WhatsApp' button."
        maxLength={24}
        {...bind('whatsapp')}
        error={errors.fields.whatsapp}
      />
    </StepForm>
  )
}

type Values = { name: string; line1: string; city: string; country: string; phone: string; whatsapp: string }

/**
 * The request body. Details not edited here (postcode, further phones) are kept as they were;
 * an empty field is sent as null only to clear what was saved before.
 */
function branchInput(values: Values, branch: Branch | null): BranchInput {
  const line1 = values.line1.trim()
  const city = values.city.trim()
  const phone = values.phone.trim()
  const whatsapp = values.whatsapp.trim()
  const otherPhones = branch?.phones.slice(1) ?? []
  const phones = phone
    ? [{ label: branch?.phones[0]?.label ?? 'Phone', number: phone }, ...otherPhones]
    : otherPhones
  const body: BranchInput = { name: values.name.trim() }
  if (line1 && city) body.address = { ...branch?.address, line1, city, country: values.country }
  else if (branch?.address) body.address = null
  if (phones.length > 0 || (branch?.phones.length ?? 0) > 0) body.phones = phones
  if (whatsapp) body.whatsapp = whatsapp
  else if (branch?.whatsapp) body.whatsapp = null
  return body
}
