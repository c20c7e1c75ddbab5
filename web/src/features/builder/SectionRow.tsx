import type { DragEvent, KeyboardEvent } from 'react'
import type { Section } from '../../../../worker/modules/sites/content/sections.ts'
import { SECTION_KINDS } from './section-catalogue.ts'

export type RowControl = 'select' | 'up' | 'down'

interface SectionRowProps {
  section: Section
  /** The section's type and heading, for labels and announcements. */
  name: string
  /** Its own heading in the editing language, shown under the type. */
  heading: string
  index: number
  count: number
  selected: boolean
  /** Where a dragged section would land relative to this row, if over it. */
  dropAt: 'before' | 'after' | null
  dragging: boolean
  onSelect: () => void
  onToggle: (enabled: boolean) => void
  onMove: (to: number, control: RowControl) => void
  drag: {
    onDragStart: (e: DragEvent<HTMLLIElement>) => void
    onDragOver: (e: DragEvent<HTMLLIElement>) => void
    onDrop: (e: DragEvent<HTMLLIElement>) => void
    onDragEnd: () => void
  }
}

/** One section in the list: select it, show or hide it, move it by mouse or keyboard. */
export function SectionRow({
  section,
  name,
  heading,
  index,
  count,
  selected,
  dropAt,
  dragging,
  onSelect,
  onToggle,
  onMove,
  drag,
}: SectionRowProps) {
  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    onMove(index + (event.key === 'ArrowUp' ? -1 : 1), 'select')
  }
  const kind = SECTION_KINDS[section.type]
  return (
    <li
      className="section-row"
      data-section={section.id}
      data-selected={selected || undefined}
      data-hidden={!section.enabled || undefined}
      data-drop={dropAt ?? undefined}
      data-dragging={dragging || undefined}
      draggable
      onKeyDown={onKeyDown}
      {...drag}
    >
      <span className="section-row__grip" aria-hidden="true">
        ⠿
      </span>
      <button
        type="button"
        className="section-row__select"
        data-control="select"
        aria-current={selected ? 'true' : undefined}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        onClick={onSelect}
      >
        <span className="section-icon" aria-hidden="true">
          {kind.icon}
        </span>
        <span className="section-row__name">
          {kind.label}
          {heading && <span className="section-row__heading">{heading}</span>}
        </span>
        {!section.enabled && <span className="badge badge--muted">Hidden</span>}
      </button>
      <label className="section-row__toggle">
        <input type="checkbox" checked={section.enabled} onChange={(e) => onToggle(e.target.checked)} />
        <span className="visually-hidden">Show {name}</span>
      </label>
      <button
        type="button"
        className="icon-button"
        data-control="up"
        aria-disabled={index === 0}
        onClick={() => onMove(index - 1, 'up')}
      >
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">Move {name} up</span>
      </button>
      <button
        type="button"
        className="icon-button"
        data-control="down"
        aria-disabled={index === count - 1}
        onClick={() => onMove(index + 1, 'down')}
      >
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">Move {name} down</span>
      </button>
    </li>
  )
}
