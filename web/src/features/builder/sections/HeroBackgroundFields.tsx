import { useId } from 'react'
import type { SectionOf } from '../../../../../worker/modules/sites/content/sections.ts'
import { MediaPicker } from '../../media/MediaPicker.tsx'
import { FieldFrame } from '../fields/FieldFrame.tsx'
import { SelectField } from '../fields/SelectField.tsx'

type Background = SectionOf<'hero'>['background']

const KINDS = [
  { value: 'color', label: 'Brand colour' },
  { value: 'image', label: 'Image' },
  { value: 'video', label: 'Video' },
] as const

/** What is behind the headline: the brand colour, an image, or a looping video with its poster. */
export function HeroBackgroundFields({
  value,
  onChange,
}: {
  value: Background
  onChange: (b: Background) => void
}) {
  const id = useId()
  const set = (patch: Partial<Background>) => onChange({ ...value, ...patch })
  return (
    <fieldset className="field-group">
      <legend>Background</legend>
      <SelectField
        label="Background kind"
        value={value.kind}
        options={KINDS}
        onChange={(kind) => set({ kind })}
      />
      {value.kind === 'image' && (
        <MediaPicker
          label="Background image"
          value={value.mediaId ?? null}
          onChange={(ref) => set({ mediaId: ref?.id })}
        />
      )}
      {value.kind === 'video' && (
        <>
          <MediaPicker
            label="Background video"
            kind="video"
            help="Plays muted and looped."
            value={value.mediaId ?? null}
            onChange={(ref) => set({ mediaId: ref?.id })}
          />
          <MediaPicker
            label="Poster image"
            help="Shown while the video loads, and instead of it for visitors who prefer less motion."
            value={value.posterMediaId ?? null}
            onChange={(ref) => set({ posterMediaId: ref?.id })}
          />
        </>
      )}
      {value.kind !== 'color' && (
        <FieldFrame
          id={`${id}-overlay`}
          label={`Darkening over the ${value.kind}`}
          hint="Keeps the headline readable on a busy picture."
        >
          <div className="range-field">
            <input
              id={`${id}-overlay`}
              type="range"
              min={0}
              max={0.9}
              step={0.05}
              value={value.overlay}
              aria-describedby={`${id}-overlay-hint`}
              aria-valuetext={`${Math.round(value.overlay * 100)}%`}
              onChange={(e) => set({ overlay: Number(e.target.value) })}
            />
            <output htmlFor={`${id}-overlay`}>{Math.round(value.overlay * 100)}%</output>
          </div>
        </FieldFrame>
      )}
    </fieldset>
  )
}
