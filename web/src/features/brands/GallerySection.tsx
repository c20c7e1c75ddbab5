import { useState } from 'react'
import { MediaPicker } from '../media/MediaPicker.tsx'
import type { BranchSectionProps } from './branch-section.ts'
import { move, useBranchSave } from './branch-section.ts'
import { Field } from './Field.tsx'
import { Section } from './Section.tsx'

type Image = { mediaId: string; alt: string; url: string }

/** Photos of the branch, in order, each with the text read to people who cannot see it. */
export function GallerySection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const [images, setImages] = useState<Image[]>(() => props.branch.gallery)
  const [picker, setPicker] = useState(0)

  function submit() {
    const missing = images.flatMap((image, i): [string, string][] =>
      image.alt.trim() ? [] : [[`gallery.${i}.alt`, 'Describe the photo for people who cannot see it']],
    )
    if (missing.length > 0) return save.fail('Every photo needs a description.', missing)
    patch({ gallery: images.map(({ mediaId, alt }) => ({ mediaId, alt: alt.trim() })) }, 'Gallery saved.')
  }

  const e = save.errors
  return (
    <Section title="Gallery" save={save} onSubmit={submit} submitLabel="Save gallery">
      {images.length === 0 && <p className="muted">No photos yet.</p>}
      <ol className="plain-list gallery-list">
        {images.map((image, i) => (
          <li key={image.mediaId} className="gallery-list__item">
            <img src={image.url} alt="" />
            <Field
              label={`Photo ${i + 1}, description`}
              path={`gallery.${i}.alt`}
              errors={e}
              value={image.alt}
              onChange={(ev) =>
                setImages((list) => list.map((img, j) => (j === i ? { ...img, alt: ev.target.value } : img)))
              }
              maxLength={200}
              required
              hint="What it shows, such as “Terrace with six tables under olive trees”."
            />
            <div className="button-row">
              {i > 0 && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setImages((list) => move(list, i, i - 1))}
                >
                  Move up<span className="visually-hidden"> photo {i + 1}</span>
                </button>
              )}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setImages((list) => list.filter((_, j) => j !== i))}
              >
                Remove photo {i + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <MediaPicker
        key={picker}
        label="Add a photo"
        value={null}
        onChange={(ref) => {
          if (!ref || images.some((img) => img.mediaId === ref.id)) return
          setImages((list) => [...list, { mediaId: ref.id, url: ref.url, alt: '' }])
          setPicker((n) => n + 1)
        }}
        help="It joins the end of the gallery; describe it, then save."
      />
    </Section>
  )
}
