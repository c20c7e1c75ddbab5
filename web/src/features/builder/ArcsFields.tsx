import { useId } from 'react'
import type { Arcs } from '../../../../worker/modules/sites/content/sections.ts'
import { Checkbox } from './fields/Checkbox.tsx'
import { FieldFrame } from './fields/FieldFrame.tsx'
import { SelectField } from './fields/SelectField.tsx'

const SIZES = [
  { value: 'sm', label: 'Small' },
  { value: 'md', label: 'Medium' },
  { value: 'lg', label: 'Large' },
] as const

const POSITIONS = [
  { value: 'top', label: 'Top edge' },
  { value: 'bottom', label: 'Bottom edge' },
  { value: 'both', label: 'Both edges' },
] as const

/** The decorative arcs every section may carry on its edges. */
export function ArcsFields({
  value,
  brandColor,
  onChange,
}: {
  value: Arcs
  brandColor: string
  onChange: (arcs: Arcs) => void
}) {
  const id = useId()
  const set = (patch: Partial<Arcs>) => onChange({ ...value, ...patch })
  return (
    <fieldset className="field-group">
      <legend>Decorative arcs</legend>
      <Checkbox
        label="Draw arcs on this section"
        checked={value.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      {value.enabled && (
        <>
          <Checkbox
            label="In the brand colour"
            checked={value.color === null}
            onChange={(brand) => set({ color: brand ? null : brandColor })}
          />
          {value.color !== null && (
            <FieldFrame id={`${id}-color`} label="Arc colour">
              <input
                id={`${id}-color`}
                type="color"
                className="color-input"
                value={value.color}
                onChange={(e) => set({ color: e.target.value })}
              />
            </FieldFrame>
          )}
          <SelectField
            label="Arc size"
            value={value.size}
            options={SIZES}
            onChange={(size) => set({ size })}
          />
          <SelectField
            label="Arc position"
            value={value.position}
            options={POSITIONS}
            onChange={(position) => set({ position })}
          />
        </>
      )}
    </fieldset>
  )
}
