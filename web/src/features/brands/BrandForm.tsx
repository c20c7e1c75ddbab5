import { useState } from 'react'
import { MediaPicker } from '../media/MediaPicker.tsx'
import { type Brand, type BrandPatch, FONTS, type FontName, updateBrand } from './brands-api.ts'
import { ColorField } from './ColorField.tsx'
import { Field, NameField, orNull, SelectField, SlugField } from './Field.tsx'
import { Section } from './Section.tsx'
import { useSave } from './useSave.ts'

const FONT_LABELS: Record<FontName, string> = {
  system: 'System (the device’s own)',
  humanist: 'Humanist sans',
  geometric: 'Geometric sans',
  classical: 'Classical sans',
  serif: 'Serif',
  'old-style': 'Old-style serif',
  rounded: 'Rounded',
  monospace: 'Monospace',
}
const FONT_NAMES = Object.keys(FONTS) as FontName[]

/** The brand's name, address, look and images; one Save for all of it. */
// Buttons carry white text on the main and accent colours, so those two get a contrast check.
const COLOR_FIELDS = [
  { part: 'primary', label: 'Main colour', checkWhiteText: true },
  { part: 'accent', label: 'Accent (buttons and highlights)', checkWhiteText: true },
  { part: 'background', label: 'Page background', checkWhiteText: false },
  { part: 'text', label: 'Text', checkWhiteText: false },
] as const

export function BrandForm({
  brand,
  canManage,
  onSaved,
  onUnauthorized,
}: {
  brand: Brand
  canManage: boolean
  onSaved: (brand: Brand) => void
  onUnauthorized: () => void
}) {
  const save = useSave(onUnauthorized)
  const [name, setName] = useState(brand.name)
  const [slug, setSlug] = useState(brand.slug)
  const [colors, setColors] = useState({
    primary: brand.colors.primary,
    accent: brand.colors.accent ?? '',
    background: brand.colors.background ?? '',
    text: brand.colors.text ?? '',
  })
  const [fonts, setFonts] = useState(brand.fonts)
  const [logo, setLogo] = useState(brand.logo)
  const [cover, setCover] = useState(brand.cover)
  const [website, setWebsite] = useState(brand.website ?? '')

  function submit() {
    const body: BrandPatch = {
      name: name.trim(),
      colors: {
        primary: colors.primary,
        ...(colors.accent && { accent: colors.accent }),
        ...(colors.background && { background: colors.background }),
        ...(colors.text && { text: colors.text }),
      },
      fonts,
      logoMediaId: logo?.id ?? null,
      coverMediaId: cover?.id ?? null,
      website: orNull(website),
      ...(slug !== brand.slug && { slug: slug.trim() }),
    }
    save.run(
      async () => onSaved(await updateBrand(brand.id, body)),
      'Brand saved. Its pages show the changes now.',
    )
  }

  const color = (key: keyof typeof colors) => (value: string) => setColors((c) => ({ ...c, [key]: value }))
  if (!canManage) return null
  return (
    <Section title="Brand" save={save} onSubmit={submit} submitLabel="Save brand">
      <NameField errors={save.errors} value={name} onChange={setName} />
      <SlugField
        errors={save.errors}
        value={slug}
        onChange={setSlug}
        hint={
          slug !== brand.slug
            ? `Pages move to /${slug || '…'}/…; links and QR codes with /${brand.slug}/… keep working, they redirect to the new address.`
            : `Pages live at /${brand.slug}/{branch}. Lowercase letters, digits and hyphens.`
        }
      />
      {COLOR_FIELDS.map((field) => (
        <ColorField
          key={field.part}
          label={field.label}
          path={`colors.${field.part}`}
          value={colors[field.part]}
          onChange={color(field.part)}
          errors={save.errors}
          optional={field.part !== 'primary'}
          checkWhiteText={field.checkWhiteText}
        />
      ))}
      {(['heading', 'body'] as const).map((part) => (
        <div key={part} className="font-choice">
          <SelectField
            label={part === 'heading' ? 'Headings font' : 'Text font'}
            path={`fonts.${part}`}
            errors={save.errors}
            value={fonts[part]}
            onChange={(e) => setFonts((f) => ({ ...f, [part]: e.target.value as FontName }))}
          >
            {FONT_NAMES.map((font) => (
              <option key={font} value={font}>
                {FONT_LABELS[font]}
              </option>
            ))}
          </SelectField>
          <p className="font-choice__sample" style={{ fontFamily: FONTS[fonts[part]] }} aria-hidden="true">
            {part === 'heading' ? name || 'Your brand' : 'Fresh pasta daily, open until 11 pm.'}
          </p>
        </div>
      ))}
      <MediaPicker
        label="Logo"
        value={logo?.id ?? null}
        url={logo?.url}
        onChange={setLogo}
        help="Square works best; shown small at the top of every page."
      />
      <MediaPicker
        label="Cover image"
        value={cover?.id ?? null}
        url={cover?.url}
        onChange={setCover}
        help="Wide, at least 1600 pixels across; branches without their own use it."
      />
      <Field
        label="Website"
        path="website"
        errors={save.errors}
        type="url"
        inputMode="url"
        value={website}
        onChange={(e) => setWebsite(e.target.value)}
        placeholder="https://"
        hint="Optional. Shown on every branch page."
      />
    </Section>
  )
}
