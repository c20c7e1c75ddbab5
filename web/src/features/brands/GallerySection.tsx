import { useState } from 'react'
import { MediaPicker } from '../media/MediaPicker.tsx'
import { type BranchSectionProps, useBranchSave } from './branch-section.ts'
import { Field } from './Field.tsx'
import { RowButtons } from './RowButtons.tsx'
import { Section } from './Section.tsx'
import { useList } from './useList.ts'

type Image = { mediaId: string; alt: string; url: string }

/** Photos of the branch, in order, each with the text read to people who cannot see it. */
export function GallerySection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const images = useList<Image>(() => props.branch.gallery)
  const [picker, setPicker] = useState(0)

  function submit() {
    const missing = images.items.flatMap((image, i): [string, string][] =>
      image.alt.trim() ? [] : [[`gallery.${i}.alt`, 'Describe the photo for people who cannot see it']],
    )
    if (missing.length > 0) return save.fail('Every photo needs a description.', missing)
    patch(
      { gallery: images.items.map(({ mediaId, alt }) => ({ mediaId, alt: alt.trim() })) },
      'Gallery saved.',
    )
  }

  const e = save.errors
  return (
    <Section title="Gallery" save={save} onSubmit={submit} submitLabel="Save gallery">
      {images.items.length === 0 && <p className="muted">No photos yet.</p>}
      <ol className="plain-list gallery-list">
        {images.items.map((image, i) => (
          <li key={image.mediaId} className="gallery-list__item">
            <img src={image.url} alt="" />
            <Field
              label={`Photo ${i + 1}, description`}
              path={`gallery.${i}.alt`}
              errors={e}
              value={image.alt}
              onChange={(ev) => images.update(i, { alt: ev.target.value })}
              maxLength={200}
              required
              hint="What it shows, such as “Terrace with six tables under olive trees”."
            />
            <RowButtons list={images} index={i} noun="photo" reorder />
          </li>
        ))}
      </ol>
      <MediaPicker
        key={picker}
        label="Add a photo"
        value={null}
        onChange={(ref) => {
          if (!ref || images.items.some((img) => img.mediaId === ref.id)) return
          images.add({ mediaId: ref.id, url: ref.url, alt: '' })
          setPicker((n) => n + 1)
        }}
        help="It joins the end of the gallery; describe it, then save."
      />
    </Section>
  )
}
