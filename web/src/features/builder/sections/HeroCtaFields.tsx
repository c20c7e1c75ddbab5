import type { SectionOf } from '../../../../../worker/modules/sites/content/sections.ts'
import { TextField } from '../../../app/components/TextField.tsx'
import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { optional } from '../fields/optional.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { invalidIf, WEB_ADDRESS } from '../validate.ts'

type Cta = NonNullable<SectionOf<'hero'>['cta']>

const ACTIONS: readonly { value: Cta['action']; label: string }[] = [
  { value: 'call', label: 'Call the branch' },
  { value: 'whatsapp', label: 'Open a WhatsApp chat' },
  { value: 'lead_form', label: 'Go to the lead form' },
  { value: 'booking', label: 'Go to the booking form' },
  { value: 'directions', label: 'Get directions' },
  { value: 'url', label: 'Open a web address' },
]

/** The hero's button: whether there is one, its label and what it does. */
export function HeroCtaFields({
  value,
  onChange,
}: {
  value: Cta | undefined
  onChange: (cta: Cta | undefined) => void
}) {
  return (
    <fieldset className="field-group">
      <legend>Button</legend>
      <Checkbox
        label="Show a button under the headline"
        checked={value !== undefined}
        onChange={(on) => onChange(on ? { label: {}, action: 'call' } : undefined)}
      />
      {value && (
        <>
          <LocalizedField
            label="Button label"
            hint="Leave empty for a standard label that fits the action."
            value={value.label}
            maxLength={40}
            onChange={(label) => onChange({ ...value, label })}
          />
          <SelectField
            label="When tapped"
            value={value.action}
            options={ACTIONS}
            onChange={(action) => onChange({ ...value, action })}
          />
          {value.action === 'url' && (
            <TextField
              label="Web address"
              type="url"
              required
              value={value.url ?? ''}
              error={value.url ? invalidIf(value.url, WEB_ADDRESS) : 'Enter the address the button opens'}
              onChange={(e) => onChange({ ...value, url: optional(e.target.value) })}
            />
          )}
        </>
      )}
    </fieldset>
  )
}
