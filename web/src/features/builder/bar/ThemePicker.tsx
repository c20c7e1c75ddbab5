import type { Theme } from '../../../../../worker/modules/sites/content/site-content.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { Disclosure } from './Disclosure.tsx'

const SURFACES = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'tinted', label: 'Tinted with the brand colour' },
] as const
const CORNERS = [
  { value: 'rounded', label: 'Rounded' },
  { value: 'square', label: 'Square' },
  { value: 'pill', label: 'Pill-shaped buttons' },
] as const
const HEADERS = [
  { value: 'solid', label: 'Solid brand colour' },
  { value: 'gradient', label: 'Brand colour gradient' },
  { value: 'plain', label: 'Plain' },
] as const
const DENSITIES = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
] as const

/** The look the template sets, adjustable; colours and fonts come from the brand. */
export function ThemePicker({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const set = (patch: Partial<Theme>) => onChange({ ...theme, ...patch })
  return (
    <Disclosure label="Theme">
      {() => (
        <div className="panel-fields">
          <p className="muted">Colours, logo and fonts come from the brand.</p>
          <SelectField
            label="Page background"
            value={theme.surface}
            options={SURFACES}
            onChange={(surface) => set({ surface })}
          />
          <SelectField
            label="Corners"
            value={theme.corners}
            options={CORNERS}
            onChange={(corners) => set({ corners })}
          />
          <SelectField
            label="Header"
            value={theme.header}
            options={HEADERS}
            onChange={(header) => set({ header })}
          />
          <SelectField
            label="Spacing"
            value={theme.density}
            options={DENSITIES}
            onChange={(density) => set({ density })}
          />
        </div>
      )}
    </Disclosure>
  )
}
