import { type ReactNode, type Ref, useId } from 'react'

interface Props {
  /** Offers "Edit details" (a writer, not already editing). */
  canEdit: boolean
  onEdit: () => void
  /** Announced after a save; left out where the page announces it itself. */
  saved?: string
  /** Takes the focus back after an edit: the heading becomes focusable. */
  headingRef?: Ref<HTMLHeadingElement>
  /** The facts, or the form while editing. */
  children: ReactNode
}

/** A record page's "Details" panel. */
export function DetailsSection({ canEdit, onEdit, saved, headingRef, children }: Props) {
  const id = useId()
  return (
    <section className="record-panel" aria-labelledby={id}>
      <div className="section-header">
        <h2 id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="section-title">
          Details
        </h2>
        {canEdit && (
          <button type="button" className="button" onClick={onEdit}>
            Edit details
          </button>
        )}
      </div>
      {saved !== undefined && (
        <p role="status" className="visually-hidden">
          {saved}
        </p>
      )}
      {children}
    </section>
  )
}
