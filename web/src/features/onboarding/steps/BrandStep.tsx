import { useState } from 'react'
import { TextField } from '../../../app/components/TextField.tsx'
import { MediaPicker } from '../../media/MediaPicker.tsx'
import { COLOUR_PRESETS } from '../defaults.ts'
import { type Brand, type BrandColors, getBrand, type MediaRef, saveBrand } from '../onboarding-api.ts'
import { useStepData } from '../useStepData.ts'
import { useStepSave } from '../useStepSave.ts'
import type { StepProps } from '../wizard-steps.tsx'
import { ColourField } from './ColourField.tsx'
import { StepForm } from './StepForm.tsx'
import { StepLoading } from './StepLoading.tsx'

const FIELDS = ['name', 'primary', 'accent', 'logoMediaId'] as const

/** Step 1: the brand's name (the organisation's, to start with), logo and colours. */
export function BrandStep(props: StepProps) {
  const { brandId, organisationName } = props.status.context
  const data = useStepData<Brand | null>(
    brandId ?? 'new',
    brandId ? (signal) => getBrand(brandId, signal) : null,
    () => null,
    props.onSessionExpired,
  )
  if (data.status !== 'ready') return <StepLoading data={data} />
  return <BrandForm {...props} brand={data.value} defaultName={organisationName} />
}

function BrandForm({
  onSaved,
  onBack,
  onSessionExpired,
  brand,
  defaultName,
}: StepProps & { brand: Brand | null; defaultName: string }) {
  const [name, setName] = useState(brand?.name ?? defaultName)
  const [primary, setPrimary] = useState(brand?.colors.primary.toLowerCase() ?? COLOUR_PRESETS[0].hex)
  const [accent, setAccent] = useState(brand?.colors.accent?.toLowerCase() ?? '')
  const [logo, setLogo] = useState<MediaRef | null>(brand?.logo ?? null)
  // Once created here, Continue again (after a failed reload of the status) updates it.
  const [savedId, setSavedId] = useState(brand?.id ?? null)
  const { pending, errors, run } = useStepSave(FIELDS, onSessionExpired)

  function save() {
    // Keep colours set elsewhere (background, text); only these two are edited here.
    const colors: BrandColors = { ...brand?.colors, primary, accent: accent || undefined }
    const logoMediaId = logo?.id ?? (brand?.logo ? null : undefined)
    return run(async () => {
      setSavedId((await saveBrand(savedId, { name: name.trim(), colors, logoMediaId })).id)
      await onSaved()
    })
  }

  return (
    <StepForm pending={pending} error={errors.form} onSubmit={save} onBack={onBack}>
      <TextField
        label="Brand name"
        name="name"
        hint="As customers know you. Your pages' address starts with it, e.g. /your-brand/branch."
        required
        maxLength={120}
        autoComplete="organization"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fields.name}
      />
      <MediaPicker
        label="Logo (optional)"
        value={logo?.id ?? null}
        url={logo?.url ?? null}
        onChange={setLogo}
        help="A square image works best. You can add it later."
      />
      {errors.fields.logoMediaId && <p className="field-error">Logo: {errors.fields.logoMediaId}</p>}
      <ColourField
        legend="Brand colour"
        hint="Used for your page's header and buttons."
        value={primary}
        onChange={setPrimary}
        error={errors.fields.primary}
      />
      <ColourField
        legend="Accent colour (optional)"
        hint="For highlights; the brand colour is used when there is none."
        value={accent}
        onChange={setAccent}
        optionalLabel="Same as the brand colour"
        fallback={primary}
        error={errors.fields.accent}
      />
    </StepForm>
  )
}
