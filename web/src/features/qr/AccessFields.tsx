import { Field } from '../brands/Field.tsx'
import type { FieldErrors } from '../brands/useSave.ts'
import type { QrDraft, UtmDraft } from './qr-draft.ts'

type Patch = (patch: Partial<QrDraft>) => void

/** UTM parameters added to web destinations, so visits from the code show in any analytics tool. */
export function UtmFields({ draft, set, errors }: { draft: QrDraft; set: Patch; errors: FieldErrors }) {
  const setUtm = (patch: Partial<UtmDraft>) => set({ utm: { ...draft.utm, ...patch } })
  const fields = [
    ['source', 'Source', 'qr'],
    ['medium', 'Medium', 'print'],
    ['campaign', 'Campaign (optional)', 'summer-menu'],
    ['term', 'Term (optional)', ''],
    ['content', 'Content (optional)', 'table-tent'],
  ] as const
  return (
    <fieldset className="field-group qr-utm">
      <legend>Campaign tracking</legend>
      <label className="checkbox">
        <input type="checkbox" checked={draft.utmOn} onChange={(e) => set({ utmOn: e.target.checked })} />
        Add UTM parameters to the destination
      </label>
      {draft.utmOn && (
        <div className="qr-utm__fields">
          {fields.map(([key, label, placeholder]) => (
            <Field
              key={key}
              label={`utm_${key}: ${label}`}
              path={`utm.${key}`}
              errors={errors}
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              placeholder={placeholder}
              value={draft.utm[key]}
              onChange={(e) => setUtm({ [key]: e.target.value })}
            />
          ))}
        </div>
      )}
    </fieldset>
  )
}

/** Who may follow the code and until when: a password, a scan limit, an expiry date. */
export function AccessFields({
  draft,
  set,
  errors,
  passwordSaved,
}: {
  draft: QrDraft
  set: Patch
  errors: FieldErrors
  /** The saved code already asks for a password. */
  passwordSaved: boolean
}) {
  return (
    <fieldset className="field-group qr-access">
      <legend>Access</legend>
      <fieldset className="qr-checks">
        <legend>Password</legend>
        {passwordSaved && (
          <label className="checkbox">
            <input
              type="radio"
              name="qr-password"
              checked={draft.passwordMode === 'keep'}
              onChange={() => set({ passwordMode: 'keep', password: '' })}
            />
            Keep the current password
          </label>
        )}
        <label className="checkbox">
          <input
            type="radio"
            name="qr-password"
            checked={draft.passwordMode === 'none'}
            onChange={() => set({ passwordMode: 'none', password: '' })}
          />
          No password
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="qr-password"
            checked={draft.passwordMode === 'set'}
            onChange={() => set({ passwordMode: 'set' })}
          />
          {passwordSaved ? 'Set a new password' : 'Ask for a password'}
        </label>
      </fieldset>
      {draft.passwordMode === 'set' && (
        <Field
          label="Password"
          path="password"
          errors={errors}
          type="password"
          autoComplete="new-password"
          minLength={4}
          maxLength={128}
          value={draft.password}
          onChange={(e) => set({ password: e.target.value })}
          hint="At least 4 characters. People who scan are asked for it before they are sent on."
        />
      )}
      <Field
        label="Scan limit (optional)"
        path="scanLimit"
        errors={errors}
        type="number"
        inputMode="numeric"
        min={1}
        max={10_000_000}
        step={1}
        value={draft.scanLimit}
        onChange={(e) => set({ scanLimit: e.target.value })}
        hint="After this many scans the code stops leading anywhere."
      />
      <Field
        label="Expires (optional)"
        path="expiresAt"
        errors={errors}
        type="datetime-local"
        value={draft.expiresAt}
        onChange={(e) => set({ expiresAt: e.target.value })}
        hint={`In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`}
      />
    </fieldset>
  )
}
