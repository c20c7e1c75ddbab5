import { useEffect, useId, useRef } from 'react'
import type { SectionType } from '../../../../worker/modules/sites/content/sections.ts'
import { SECTION_KINDS, SECTION_TYPES } from './section-catalogue.ts'
import { usePanelToggle } from './usePanelToggle.ts'

/** "Add section" and the list of the sixteen kinds to choose from, each with what it shows. */
export function AddSection({ onAdd }: { onAdd: (type: SectionType) => void }) {
  const id = useId()
  const { open, setOpen, close, toggle, buttonRef } = usePanelToggle()
  const firstRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (open) firstRef.current?.focus()
  }, [open])

  return (
    <div className="add-section">
      <button
        type="button"
        ref={buttonRef}
        className="button"
        aria-expanded={open}
        aria-controls={`${id}-types`}
        onClick={toggle}
      >
        Add section
      </button>
      {open && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the picker from any of its buttons
        <div
          id={`${id}-types`}
          className="add-section__picker"
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <h3 className="visually-hidden">Choose a kind of section</h3>
          <ul className="plain-list">
            {SECTION_TYPES.map((type, i) => (
              <li key={type}>
                <button
                  type="button"
                  ref={i === 0 ? firstRef : undefined}
                  className="type-choice"
                  aria-describedby={`${id}-${type}`}
                  onClick={() => {
                    setOpen(false)
                    onAdd(type)
                  }}
                >
                  <span className="section-icon" aria-hidden="true">
                    {SECTION_KINDS[type].icon}
                  </span>
                  <span className="type-choice__label">{SECTION_KINDS[type].label}</span>
                  <span id={`${id}-${type}`} className="type-choice__description muted" aria-hidden="true">
                    {SECTION_KINDS[type].description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={close}>
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
