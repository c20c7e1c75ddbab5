import type { DragEvent, KeyboardEvent } from 'react'
import { dealValue, formatCloseDate, partiesOf, STATUS_LABELS } from './deal-format.ts'
import type { Deal } from './deals-api.ts'

interface Props {
  deal: Deal
  ownerName: string | null
  /** The board's one tab stop (roving focus). */
  tabStop: boolean
  grabbed: boolean
  instructionsId: string
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
  onFocus: () => void
  onOpen: () => void
  onDragStart: (event: DragEvent<HTMLElement>) => void
  onDragEnd: () => void
}

/**
 * One deal on the board: a button that opens the deal (Enter or a click), picked up with Space
 * and moved with the arrow keys, or dragged with a pointer.
 */
export function DealCard(props: Props) {
  const { deal, ownerName, tabStop, grabbed } = props
  const parties = partiesOf(deal)
  return (
    <li className="deal-card-slot">
      {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot be an HTML5 drag source in every browser, and its content must stay structured text */}
      <div
        role="button"
        tabIndex={tabStop ? 0 : -1}
        className="deal-card"
        data-deal-id={deal.id}
        data-grabbed={grabbed || undefined}
        aria-roledescription="Draggable deal"
        aria-describedby={props.instructionsId}
        draggable
        onKeyDown={props.onKeyDown}
        onFocus={props.onFocus}
        onClick={props.onOpen}
        onDragStart={props.onDragStart}
        onDragEnd={props.onDragEnd}
      >
        <span className="deal-card__name">
          <bdi>{deal.name}</bdi>
        </span>
        {parties && (
          <span className="deal-card__parties">
            <bdi>{parties}</bdi>
          </span>
        )}
        <span className="deal-card__value">{dealValue(deal)}</span>
        <span className="deal-card__meta">
          {ownerName && <bdi>{ownerName}</bdi>}
          {deal.expectedCloseDate && <span>Closes {formatCloseDate(deal.expectedCloseDate)}</span>}
          {deal.status !== 'open' && (
            <span className="badge" data-status={deal.status}>
              {STATUS_LABELS[deal.status]}
            </span>
          )}
        </span>
      </div>
    </li>
  )
}
