import { type DragEvent, useLayoutEffect, useRef, useState } from 'react'
import type { Section, SectionType } from '../../../../worker/modules/sites/content/sections.ts'
import { AddSection } from './AddSection.tsx'
import { useEditingLanguage } from './editing-language.ts'
import { dropIndex, movedMessage } from './reorder.ts'
import { type RowControl, SectionRow } from './SectionRow.tsx'
import { SECTION_KINDS } from './section-catalogue.ts'
import { sectionHeading, sectionName } from './section-name.ts'

interface SectionListProps {
  sections: Section[]
  selectedId: string | null
  onSelect: (id: string) => void
  onMove: (from: number, to: number) => void
  onToggle: (id: string, enabled: boolean) => void
  /** Adds a section and says at which index. */
  onAdd: (type: SectionType) => number
}

/**
 * The page's sections in order. Reordering works three ways: drag and drop, the Move buttons,
 * and Alt+Arrow keys on a focused row; each move is announced with the new position.
 */
export function SectionList({ sections, selectedId, onSelect, onMove, onToggle, onAdd }: SectionListProps) {
  const { language, defaultLanguage } = useEditingLanguage()
  const listRef = useRef<HTMLOListElement>(null)
  const [announcement, setAnnouncement] = useState('')
  const [dragId, setDragId] = useState<string | null>(null)
  const [over, setOver] = useState<{ id: string; after: boolean } | null>(null)
  const [refocus, setRefocus] = useState<{ id: string; control: RowControl } | null>(null)
  const nameOf = (s: Section) => sectionName(s, language, defaultLanguage)

  // Moving a row moves its DOM node, which drops focus; put it back where the person was.
  useLayoutEffect(() => {
    if (!refocus) return
    listRef.current
      ?.querySelector<HTMLElement>(`[data-section="${refocus.id}"] [data-control="${refocus.control}"]`)
      ?.focus()
    setRefocus(null)
  }, [refocus])

  function move(from: number, to: number, control: RowControl) {
    const section = sections[from]
    if (!section) return
    if (to < 0 || to >= sections.length) {
      setAnnouncement(`${nameOf(section)} is already ${to < 0 ? 'first' : 'last'}`)
      return
    }
    onMove(from, to)
    setAnnouncement(movedMessage(nameOf(section), to, sections.length))
    setRefocus({ id: section.id, control })
  }

  function dragHandlers(section: Section, index: number) {
    return {
      onDragStart: (e: DragEvent<HTMLLIElement>) => {
        e.dataTransfer.effectAllowed = 'move'
        e.dataTransfer.setData('text/plain', section.id)
        setDragId(section.id)
      },
      onDragOver: (e: DragEvent<HTMLLIElement>) => {
        if (!dragId) return
        e.preventDefault()
        const box = e.currentTarget.getBoundingClientRect()
        const after = e.clientY > box.top + box.height / 2
        if (over?.id !== section.id || over.after !== after) setOver({ id: section.id, after })
      },
      onDrop: (e: DragEvent<HTMLLIElement>) => {
        e.preventDefault()
        const from = sections.findIndex((s) => s.id === dragId)
        if (from >= 0 && over) {
          const to = dropIndex(from, index, over.after)
          if (to !== from) move(from, to, 'select')
        }
        setDragId(null)
        setOver(null)
      },
      onDragEnd: () => {
        setDragId(null)
        setOver(null)
      },
    }
  }

  function add(type: SectionType) {
    const index = onAdd(type)
    setAnnouncement(`${SECTION_KINDS[type].label} added at position ${index + 1} of ${sections.length + 1}`)
  }

  return (
    <div className="section-list">
      <h2 id="section-list-title" className="section-title">
        Sections
      </h2>
      <p id="section-list-help" className="field-hint muted">
        Drag a section to move it, or focus it and press Alt+Up or Alt+Down.
      </p>
      <ol
        ref={listRef}
        className="section-list__items"
        aria-labelledby="section-list-title"
        aria-describedby="section-list-help"
      >
        {sections.map((section, index) => (
          <SectionRow
            key={section.id}
            section={section}
            name={nameOf(section)}
            heading={sectionHeading(section, language, defaultLanguage)}
            index={index}
            count={sections.length}
            selected={section.id === selectedId}
            dragging={section.id === dragId}
            dropAt={
              over?.id === section.id && dragId !== section.id ? (over.after ? 'after' : 'before') : null
            }
            onSelect={() => onSelect(section.id)}
            onToggle={(enabled) => {
              onToggle(section.id, enabled)
              setAnnouncement(`${nameOf(section)} ${enabled ? 'shown' : 'hidden'} on the page`)
            }}
            onMove={(to, control) => move(index, to, control)}
            drag={dragHandlers(section, index)}
          />
        ))}
      </ol>
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <AddSection onAdd={add} />
    </div>
  )
}
