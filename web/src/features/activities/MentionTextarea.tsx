import { type KeyboardEvent, useId, useRef, useState } from 'react'
import type { CrmMembers } from './useCrmMembers.ts'

interface MentionTextareaProps {
  label: string
  value: string
  onChange: (value: string) => void
  members: CrmMembers['members']
  /** A member was picked from the list: their id joins the note's mentions. */
  onMention: (member: { userId: string; name: string }) => void
  required?: boolean
  error?: string
  hint?: string
  rows?: number
}

// "@" then up to 30 letters at the caret, after a space or at the start: someone being mentioned.
const MENTION_AT_CARET = /(^|\s)@([\p{L}\p{N}._-]{0,30})$/u

/**
 * A textarea where typing "@" offers the organisation's members (a list of suggestions): arrow
 * keys move through the suggestions, Enter or Tab picks one, Escape closes the list. The body
 * keeps "@Name"; the member's id is handed to `onMention`.
 */
export function MentionTextarea(props: MentionTextareaProps) {
  const { label, value, onChange, members, onMention, required, error, hint, rows = 4 } = props
  const id = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)

  const q = query?.toLowerCase() ?? ''
  const matches =
    query === null
      ? []
      : members
          .filter(
            (m) =>
              m.name
                .toLowerCase()
                .split(/\s+/)
                .some((w) => w.startsWith(q)) || m.name.toLowerCase().includes(q),
          )
          .slice(0, 6)
  const open = matches.length > 0

  function readQuery(text: string, caret: number) {
    const match = MENTION_AT_CARET.exec(text.slice(0, caret))
    setQuery(match ? (match[2] ?? '') : null)
    setActive(0)
  }

  function pick(member: { userId: string; name: string }) {
    const node = area.current
    const caret = node?.selectionStart ?? value.length
    const before = value
      .slice(0, caret)
      .replace(MENTION_AT_CARET, (_, space: string) => `${space}@${member.name} `)
    const next = before + value.slice(caret)
    onChange(next)
    onMention(member)
    setQuery(null)
    requestAnimationFrame(() => {
      node?.focus()
      node?.setSelectionRange(before.length, before.length)
    })
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + matches.length) % matches.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const member = matches[active]
      if (member) {
        event.preventDefault()
        pick(member)
      }
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setQuery(null)
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field mention-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      <textarea
        ref={area}
        id={id}
        rows={rows}
        value={value}
        required={required}
        // A textarea may not take the combobox role; as a textbox it still names its suggestions
        // and the one chosen (aria-activedescendant), and the status below counts them aloud.
        aria-autocomplete="list"
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          onChange(e.target.value)
          readQuery(e.target.value, e.target.selectionStart)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="Members to mention"
        className="mention-list"
        hidden={!open}
      >
        {matches.map((member, index) => (
          <div
            key={member.userId}
            id={`${id}-option-${index}`}
            role="option"
            // Reached through aria-activedescendant from the textarea, never by Tab.
            tabIndex={-1}
            aria-selected={index === active}
            className="mention-list__option"
            // Keeps the focus in the textarea, so the pick lands at its caret.
            onMouseDown={(e) => {
              e.preventDefault()
              pick(member)
            }}
          >
            {member.name}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {open
          ? `${matches.length} member${matches.length === 1 ? '' : 's'} found; arrow keys to choose, Enter to pick`
          : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
