import { useId } from 'react'
import type { Branch } from '../brands/brands-api.ts'
import { Field, SelectField } from '../brands/Field.tsx'
import type { FieldErrors } from '../brands/useSave.ts'
import type { QrKind } from './qr-api.ts'
import type { QrDraft } from './qr-draft.ts'
import { KIND_HINTS, KIND_LABELS } from './qr-format.ts'

/** The code's type (chosen once), label, placement and branch. */
export function BasicsFields({
  draft,
  set,
  setBranch,
  branches,
  errors,
  kindFixed,
}: {
  draft: QrDraft
  set: (patch: Partial<QrDraft>) => void
  setBranch: (branchId: string) => void
  branches: readonly Branch[]
  errors: FieldErrors
  /** A saved code keeps its type. */
  kindFixed: boolean
}) {
  const id = useId()
  return (
    <fieldset className="field-group qr-basics">
      <legend>The code</legend>
      {kindFixed ? (
        <p>
          <span className="muted">Type: </span>
          {KIND_LABELS[draft.kind]}
        </p>
      ) : (
        <fieldset className="qr-kinds">
          <legend>Type</legend>
          {(Object.keys(KIND_LABELS) as QrKind[]).map((kind) => (
            <label key={kind} className="qr-kind">
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set({ kind })}
                aria-describedby={`${id}-${kind}-hint`}
              />
              <span className="qr-kind__label">{KIND_LABELS[kind]}</span>
              <span id={`${id}-${kind}-hint`} className="qr-kind__hint muted">
                {KIND_HINTS[kind]}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label="Label"
        path="label"
        errors={errors}
        required
        maxLength={120}
        value={draft.label}
        placeholder="Table 4"
        onChange={(e) => set({ label: e.target.value })}
        hint="For you and your team; printed under the code on print sheets."
      />
      <Field
        label="Placement (optional)"
        path="placement"
        errors={errors}
        maxLength={80}
        value={draft.placement}
        placeholder="Window poster"
        onChange={(e) => set({ placement: e.target.value })}
        hint="Where it hangs; analytics compare placements."
      />
      <SelectField
        label="Branch"
        path="branchId"
        errors={errors}
        value={draft.branchId}
        onChange={(e) => setBranch(e.target.value)}
        hint="Its colours are the starting design; managers see the codes of their branches."
      >
        <option value="">None: for the whole organisation</option>
        {branches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.brandName} · {b.name}
          </option>
        ))}
      </SelectField>
    </fieldset>
  )
}
