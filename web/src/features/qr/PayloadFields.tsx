import { Field, SelectField, TextAreaField } from '../brands/Field.tsx'
import type { FieldErrors } from '../brands/useSave.ts'
import type { StaticKind } from './qr-api.ts'
import type { PayloadDrafts } from './qr-draft.ts'

/** What a static code carries, by its type: the form for a Wi-Fi login, a contact card and so on. */
export function PayloadFields({
  kind,
  payloads,
  onChange,
  errors,
}: {
  kind: StaticKind
  payloads: PayloadDrafts
  onChange: (payloads: PayloadDrafts) => void
  errors: FieldErrors
}) {
  const set = <K extends StaticKind>(k: K, patch: Partial<PayloadDrafts[K]>) =>
    onChange({ ...payloads, [k]: { ...payloads[k], ...patch } })
  const common = { errors }
  return (
    <fieldset className="field-group qr-payload">
      <legend>What the code contains</legend>
      {kind === 'wifi' && (
        <>
          <Field
            label="Network name (SSID)"
            path="payload.ssid"
            {...common}
            required
            maxLength={32}
            autoComplete="off"
            value={payloads.wifi.ssid}
            onChange={(e) => set('wifi', { ssid: e.target.value })}
          />
          <SelectField
            label="Security"
            path="payload.encryption"
            {...common}
            value={payloads.wifi.encryption}
            onChange={(e) =>
              set('wifi', { encryption: e.target.value as PayloadDrafts['wifi']['encryption'] })
            }
          >
            <option value="WPA">WPA / WPA2 / WPA3</option>
            <option value="WEP">WEP</option>
            <option value="nopass">None (open network)</option>
          </SelectField>
          {payloads.wifi.encryption !== 'nopass' && (
            <Field
              label="Password"
              path="payload.password"
              {...common}
              maxLength={63}
              autoComplete="off"
              value={payloads.wifi.password}
              onChange={(e) => set('wifi', { password: e.target.value })}
              hint="Anyone who scans the code can read it."
            />
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={payloads.wifi.hidden}
              onChange={(e) => set('wifi', { hidden: e.target.checked })}
            />
            Hidden network
          </label>
        </>
      )}
      {kind === 'vcard' && (
        <>
          <Field
            label="Name"
            path="payload.name"
            {...common}
            required
            maxLength={120}
            autoComplete="off"
            value={payloads.vcard.name}
            onChange={(e) => set('vcard', { name: e.target.value })}
          />
          {(
            [
              ['organisation', 'Organisation', 'text', 120],
              ['title', 'Job title', 'text', 120],
              ['phone', 'Phone', 'tel', 40],
              ['email', 'E-mail', 'email', 254],
              ['url', 'Website', 'url', 2000],
              ['address', 'Address', 'text', 300],
            ] as const
          ).map(([key, label, type, max]) => (
            <Field
              key={key}
              label={`${label} (optional)`}
              path={`payload.${key}`}
              {...common}
              type={type}
              maxLength={max}
              autoComplete="off"
              value={payloads.vcard[key]}
              onChange={(e) => set('vcard', { [key]: e.target.value })}
            />
          ))}
        </>
      )}
      {kind === 'text' && (
        <TextAreaField
          label="Text"
          path="payload.text"
          {...common}
          required
          maxLength={1000}
          rows={4}
          value={payloads.text.text}
          onChange={(e) => set('text', { text: e.target.value })}
        />
      )}
      {kind === 'sms' && (
        <>
          <PhoneField
            path="payload.phone"
            {...common}
            value={payloads.sms.phone}
            onChange={(phone) => set('sms', { phone })}
          />
          <TextAreaField
            label="Message (optional)"
            path="payload.message"
            {...common}
            maxLength={300}
            rows={3}
            value={payloads.sms.message}
            onChange={(e) => set('sms', { message: e.target.value })}
          />
        </>
      )}
      {kind === 'email' && (
        <>
          <Field
            label="To"
            path="payload.to"
            {...common}
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            value={payloads.email.to}
            onChange={(e) => set('email', { to: e.target.value })}
          />
          <Field
            label="Subject (optional)"
            path="payload.subject"
            {...common}
            maxLength={200}
            value={payloads.email.subject}
            onChange={(e) => set('email', { subject: e.target.value })}
          />
          <TextAreaField
            label="Message (optional)"
            path="payload.body"
            {...common}
            maxLength={1000}
            rows={3}
            value={payloads.email.body}
            onChange={(e) => set('email', { body: e.target.value })}
          />
        </>
      )}
      {kind === 'phone' && (
        <PhoneField
          path="payload.phone"
          {...common}
          value={payloads.phone.phone}
          onChange={(phone) => set('phone', { phone })}
        />
      )}
    </fieldset>
  )
}

function PhoneField({
  path,
  errors,
  value,
  onChange,
}: {
  path: string
  errors: FieldErrors
  value: string
  onChange: (value: string) => void
}) {
  return (
    <Field
      label="Phone number"
      path={path}
      errors={errors}
      type="tel"
      required
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      hint="With the country code, e.g. +91 98765 43210."
    />
  )
}
