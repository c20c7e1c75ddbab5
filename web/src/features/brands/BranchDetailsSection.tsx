import { useMemo, useState } from 'react'
import { type BranchSectionProps, useBranchSave } from './branch-section.ts'
import { Field, NameField, orUndefined, SlugField } from './Field.tsx'
import { Section } from './Section.tsx'

type AddressForm = Record<
  'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country' | 'latitude' | 'longitude',
  string
>

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value))

/** Name, address on Vitrine, time zone and postal address with coordinates. */
export function BranchDetailsSection(props: BranchSectionProps) {
  const { branch } = props
  const { save, patch } = useBranchSave(props)
  const [name, setName] = useState(branch.name)
  const [slug, setSlug] = useState(branch.slug)
  const [timezone, setTimezone] = useState(branch.timezone)
  const a = branch.address
  const [address, setAddress] = useState<AddressForm>({
    line1: text(a?.line1),
    line2: text(a?.line2),
    city: text(a?.city),
    region: text(a?.region),
    postalCode: text(a?.postalCode),
    country: text(a?.country),
    latitude: text(a?.latitude),
    longitude: text(a?.longitude),
  })
  const zones = useMemo(() => Intl.supportedValuesOf?.('timeZone') ?? [], [])
  /** What every address field shares: its body path, its server error and its state. */
  const bind = (key: keyof AddressForm) => ({
    path: `address.${key}`,
    errors: save.errors,
    value: address[key],
    onChange: (ev: { target: { value: string } }) =>
      setAddress((prev) => ({ ...prev, [key]: ev.target.value })),
  })

  function submit() {
    const filled = Object.values(address).some((v) => v.trim() !== '')
    const coordinate = (v: string) => (v.trim() === '' ? undefined : Number(v))
    patch(
      {
        name: name.trim(),
        timezone,
        ...(slug !== branch.slug && { slug: slug.trim() }),
        address: filled
          ? {
              line1: address.line1.trim(),
              line2: orUndefined(address.line2),
              city: address.city.trim(),
              region: orUndefined(address.region),
              postalCode: orUndefined(address.postalCode),
              country: address.country.trim().toUpperCase(),
              latitude: coordinate(address.latitude),
              longitude: coordinate(address.longitude),
            }
          : null,
      },
      'Details saved.',
    )
  }

  const e = save.errors
  return (
    <Section title="Details and address" save={save} onSubmit={submit} submitLabel="Save details">
      <NameField errors={e} value={name} onChange={setName} />
      <SlugField
        errors={e}
        value={slug}
        onChange={setSlug}
        hint={
          slug !== branch.slug
            ? `The page moves to /${branch.brandSlug}/${slug || '…'}; old links and QR codes keep working, they redirect.`
            : `The page is at ${branch.path}.`
        }
      />
      <Field
        label="Time zone"
        path="timezone"
        errors={e}
        value={timezone}
        onChange={(ev) => setTimezone(ev.target.value)}
        list="branch-time-zones"
        hint="Opening hours are in this zone, such as Europe/Paris."
      />
      <datalist id="branch-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="field-group">
        <legend>Postal address</legend>
        <Field label="Street and number" {...bind('line1')} autoComplete="address-line1" />
        <Field label="Address line 2 (optional)" {...bind('line2')} autoComplete="address-line2" />
        <Field label="City" {...bind('city')} autoComplete="address-level2" />
        <Field label="Region or state (optional)" {...bind('region')} autoComplete="address-level1" />
        <Field label="Postal code (optional)" {...bind('postalCode')} autoComplete="postal-code" />
        <Field
          label="Country code"
          {...bind('country')}
          maxLength={2}
          autoComplete="country"
          hint="Two letters, such as US, IN or FR."
        />
        <Field
          label="Latitude (optional)"
          {...bind('latitude')}
          type="number"
          step="any"
          min={-90}
          max={90}
          hint="For the map and directions, such as 37.7936."
        />
        <Field
          label="Longitude (optional)"
          {...bind('longitude')}
          type="number"
          step="any"
          min={-180}
          max={180}
        />
      </fieldset>
    </Section>
  )
}
