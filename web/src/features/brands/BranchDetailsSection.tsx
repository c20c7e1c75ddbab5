import { useMemo, useState } from 'react'
import type { BranchSectionProps } from './branch-section.ts'
import { useBranchSave } from './branch-section.ts'
import { Field } from './Field.tsx'
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
  const set = (key: keyof AddressForm) => (e: { target: { value: string } }) =>
    setAddress((prev) => ({ ...prev, [key]: e.target.value }))

  function submit() {
    const filled = Object.values(address).some((v) => v.trim() !== '')
    const optional = (v: string) => (v.trim() === '' ? undefined : v.trim())
    const coordinate = (v: string) => (v.trim() === '' ? undefined : Number(v))
    patch(
      {
        name: name.trim(),
        timezone,
        ...(slug !== branch.slug && { slug: slug.trim() }),
        address: filled
          ? {
              line1: address.line1.trim(),
              line2: optional(address.line2),
              city: address.city.trim(),
              region: optional(address.region),
              postalCode: optional(address.postalCode),
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
      <Field
        label="Name"
        path="name"
        errors={e}
        value={name}
        onChange={(ev) => setName(ev.target.value)}
        required
        maxLength={120}
      />
      <Field
        label="Address on Vitrine"
        path="slug"
        errors={e}
        value={slug}
        onChange={(ev) => setSlug(ev.target.value.toLowerCase())}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
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
        <Field
          label="Street and number"
          path="address.line1"
          errors={e}
          value={address.line1}
          onChange={set('line1')}
          autoComplete="address-line1"
        />
        <Field
          label="Address line 2 (optional)"
          path="address.line2"
          errors={e}
          value={address.line2}
          onChange={set('line2')}
          autoComplete="address-line2"
        />
        <Field
          label="City"
          path="address.city"
          errors={e}
          value={address.city}
          onChange={set('city')}
          autoComplete="address-level2"
        />
        <Field
          label="Region or state (optional)"
          path="address.region"
          errors={e}
          value={address.region}
          onChange={set('region')}
          autoComplete="address-level1"
        />
        <Field
          label="Postal code (optional)"
          path="address.postalCode"
          errors={e}
          value={address.postalCode}
          onChange={set('postalCode')}
          autoComplete="postal-code"
        />
        <Field
          label="Country code"
          path="address.country"
          errors={e}
          value={address.country}
          onChange={set('country')}
          maxLength={2}
          autoComplete="country"
          hint="Two letters, such as US, IN or FR."
        />
        <Field
          label="Latitude (optional)"
          path="address.latitude"
          errors={e}
          type="number"
          step="any"
          min={-90}
          max={90}
          value={address.latitude}
          onChange={set('latitude')}
          hint="For the map and directions, such as 37.7936."
        />
        <Field
          label="Longitude (optional)"
          path="address.longitude"
          errors={e}
          type="number"
          step="any"
          min={-180}
          max={180}
          value={address.longitude}
          onChange={set('longitude')}
        />
      </fieldset>
    </Section>
  )
}
