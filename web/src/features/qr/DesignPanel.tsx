import { MAX_LOGO_SCALE, MIN_LOGO_SCALE } from '../../../../worker/modules/qr/design/design-rules.ts'
import type { EYE_STYLES, FRAME_STYLES, MODULE_STYLES } from '../../../../worker/modules/qr/qr.model.ts'
import { Field, SelectField } from '../brands/Field.tsx'
import type { FieldErrors } from '../brands/useSave.ts'
import { MediaPicker } from '../media/MediaPicker.tsx'
import type { MediaRef } from '../media/media-api.ts'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { QrColorField } from './QrColorField.tsx'
import type { QrDesign } from './qr-api.ts'

const MODULES: { value: (typeof MODULE_STYLES)[number]; label: string }[] = [
  { value: 'square', label: 'Square' },
  { value: 'rounded', label: 'Rounded' },
  { value: 'dots', label: 'Dots' },
  { value: 'classy', label: 'Classy' },
]
const EYES: { value: (typeof EYE_STYLES)[number]; label: string }[] = [
  { value: 'square', label: 'Square' },
  { value: 'rounded', label: 'Rounded' },
  { value: 'circle', label: 'Circle' },
]
const FRAMES: Record<(typeof FRAME_STYLES)[number], string> = {
  none: 'No frame',
  banner: 'Banner under the code',
  box: 'Box around the code',
  rounded: 'Rounded box',
}
const LEVELS: Record<QrDesign['errorCorrection'], string> = {
  L: 'L: smallest code, recovers 7% damage',
  M: 'M: recovers 15% (the usual choice)',
  Q: 'Q: recovers 25%',
  H: 'H: recovers 30% (needed with a logo)',
}

/**
 * How the code looks: colours (their refusals and advice live from the same rules the server
 * applies), module and eye shapes, a logo, error correction, quiet zone and a frame with a
 * call to action.
 */
export function DesignPanel({
  design,
  onChange,
  logoUrl,
  onLogo,
  errors,
  warnings,
  brandColors,
}: {
  design: QrDesign
  onChange: (design: QrDesign) => void
  logoUrl: string | null
  onLogo: (ref: MediaRef | null) => void
  errors: FieldErrors
  warnings: FieldErrors
  /** The brand's colours, when the code belongs to a brand: offers to start from them. */
  brandColors: { apply: () => void; name: string } | null
}) {
  const set = (patch: Partial<QrDesign>) => onChange({ ...design, ...patch })
  const setFrame = (patch: Partial<QrDesign['frame']>) => set({ frame: { ...design.frame, ...patch } })
  const issue = (path: string) => ({ error: errors.get(path), warning: warnings.get(path) })
  const hasLogo = design.logoMediaId !== null
  const framed = design.frame.style !== 'none'

  return (
    <fieldset className="field-group qr-design">
      <legend>Design</legend>
      {brandColors && (
        <button type="button" className="button button--quiet" onClick={brandColors.apply}>
          Use {brandColors.name}’s colours
        </button>
      )}
      <div className="qr-design__colours">
        <QrColorField
          label="Code colour"
          value={design.foreground}
          onChange={(foreground) => set({ foreground })}
          {...issue('design.foreground')}
        />
        <QrColorField
          label="Background"
          value={design.background}
          onChange={(background) => set({ background })}
          {...issue('design.background')}
        />
        <QrColorField
          label="Eye colour"
          value={design.eyeColor ?? ''}
          onChange={(eyeColor) => set({ eyeColor: eyeColor || undefined })}
          fallback={{ label: 'the code colour', color: design.foreground }}
          {...issue('design.eyeColor')}
        />
      </div>
      <ChoiceGroup
        legend="Module style"
        options={MODULES}
        value={design.moduleStyle}
        onChange={(moduleStyle) => set({ moduleStyle })}
      />
      <ChoiceGroup
        legend="Eye style"
        options={EYES}
        value={design.eyeStyle}
        onChange={(eyeStyle) => set({ eyeStyle })}
        hint="The three corner squares that phones look for first."
      />
      <MediaPicker
        label="Logo"
        value={design.logoMediaId}
        url={logoUrl}
        onChange={onLogo}
        help="Placed in the centre on a plate of the background colour; a code with a logo uses error correction H. For codes, use a PNG, JPEG or GIF under 1 MB."
      />
      {hasLogo && (
        <Field
          label={`Logo size: ${Math.round(design.logoScale * 100)}% of the code’s width`}
          path="design.logoScale"
          errors={errors}
          type="range"
          min={MIN_LOGO_SCALE}
          max={MAX_LOGO_SCALE}
          step={0.01}
          value={design.logoScale}
          onChange={(e) => set({ logoScale: Number(e.target.value) })}
          hint="Small codes shrink the logo further so it never hides too much of the code."
        />
      )}
      <SelectField
        label="Error correction"
        path="design.errorCorrection"
        errors={errors}
        value={design.errorCorrection}
        onChange={(e) => set({ errorCorrection: e.target.value as QrDesign['errorCorrection'] })}
        hint={
          warnings.get('design.errorCorrection') ??
          'Higher levels survive scratches and dirt but need more modules.'
        }
      >
        {Object.entries(LEVELS).map(([level, label]) => (
          <option key={level} value={level}>
            {label}
          </option>
        ))}
      </SelectField>
      <Field
        label="Quiet zone (modules of empty margin)"
        path="design.quietZone"
        errors={errors}
        type="number"
        inputMode="numeric"
        min={2}
        max={10}
        value={design.quietZone}
        onChange={(e) => set({ quietZone: Number(e.target.value) })}
        hint={warnings.get('design.quietZone') ?? 'The standard asks for 4.'}
      />
      <SelectField
        label="Frame"
        path="design.frame.style"
        errors={errors}
        value={design.frame.style}
        onChange={(e) => setFrame({ style: e.target.value as QrDesign['frame']['style'] })}
      >
        {Object.entries(FRAMES).map(([style, label]) => (
          <option key={style} value={style}>
            {label}
          </option>
        ))}
      </SelectField>
      {framed && (
        <>
          <Field
            label="Call to action"
            path="design.frame.text"
            errors={errors}
            value={design.frame.text}
            maxLength={40}
            placeholder="Scan for menu"
            onChange={(e) => setFrame({ text: e.target.value })}
            hint={warnings.get('design.frame.text') ?? 'Up to 40 characters, e.g. “Scan for menu”.'}
          />
          <div className="qr-design__colours">
            <QrColorField
              label="Frame colour"
              value={design.frame.color}
              onChange={(color) => setFrame({ color })}
              {...issue('design.frame.color')}
            />
            <QrColorField
              label="Frame text colour"
              value={design.frame.textColor}
              onChange={(textColor) => setFrame({ textColor })}
              {...issue('design.frame.textColor')}
            />
          </div>
        </>
      )}
    </fieldset>
  )
}
