import { type Ref, useId } from 'react'
import { SelectAllBox } from '../../app/components/SelectAllBox.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { ScoreBadge } from '../scoring/ScoreBadge.tsx'
import { formatDate, LIFECYCLE_LABELS } from './contact-format.ts'
import type { Contact } from './contacts-api.ts'

interface Props {
  contacts: readonly Contact[]
  caption: string
  /** Null when the viewer cannot change contacts: no selection column then. */
  selected: ReadonlySet<string> | null
  onSelect: (ids: readonly string[], on: boolean) => void
  ownerName: (userId: string | null) => string
  ref?: Ref<HTMLElement>
}

export function ContactsTable({ contacts, caption, selected, onSelect, ownerName, ref }: Props) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={ref} className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table contacts-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {selected && (
              <td className="contacts-table__select">
                <SelectAllBox
                  ids={contacts.map((c) => c.id)}
                  selected={selected}
                  onSelect={onSelect}
                  label="Select every contact shown"
                />
              </td>
            )}
            <th scope="col">Name</th>
            <th scope="col">E-mail and phone</th>
            <th scope="col">Company</th>
            <th scope="col">Stage</th>
            <th scope="col">Owner</th>
            <th scope="col">Score</th>
            <th scope="col">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              {selected && (
                <td className="contacts-table__select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${c.name}`}
                    checked={selected.has(c.id)}
                    onChange={(e) => onSelect([c.id], e.target.checked)}
                  />
                </td>
              )}
              <th scope="row">
                <a href={pathTo('contact', { contactId: c.id })} onClick={handleLinkClick}>
                  <bdi>{c.name}</bdi>
                </a>
                {c.tags.length > 0 && <span className="cell-code muted">{c.tags.join(', ')}</span>}
              </th>
              <td className="cell-wrap">
                {c.email && <bdi className="cell-line">{c.email}</bdi>}
                {c.phone && (
                  <bdi className="cell-line" dir="ltr">
                    {c.phone}
                  </bdi>
                )}
              </td>
              <td>
                {c.primaryCompany ? <bdi>{c.primaryCompany.name}</bdi> : <span className="muted">—</span>}
              </td>
              <td>{LIFECYCLE_LABELS[c.lifecycleStage] ?? c.lifecycleStage}</td>
              <td>{c.ownerUserId ? ownerName(c.ownerUserId) : <span className="muted">Nobody</span>}</td>
              <td>
                <ScoreBadge score={c.score} reasons={c.scoreReasons} scoredAt={c.scoredAt} />
              </td>
              <td className="nowrap">
                {c.lastActivityAt ? (
                  <time dateTime={c.lastActivityAt}>{formatDate(c.lastActivityAt)}</time>
                ) : (
                  <span className="muted">None yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
