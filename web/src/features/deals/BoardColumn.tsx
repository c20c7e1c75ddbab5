import { type DragEvent, Fragment, type ReactNode, useId } from 'react'
import type { Spot } from './board-state.ts'
import type { BoardColumnData, Stage } from './deals-api.ts'
import { formatMoney } from './money.ts'

interface Props {
  stage: Stage
  column: BoardColumnData
  index: number
  marker: Spot | null
  draggingId: string | null
  onDragOver: (event: DragEvent<HTMLElement>) => void
  onDrop: (event: DragEvent<HTMLElement>) => void
  renderCard: (dealId: string) => ReactNode
}

/** One stage of the board: its name, count and totals per currency, then its cards in order. */
export function BoardColumn({
  stage,
  column,
  index,
  marker,
  draggingId,
  onDragOver,
  onDrop,
  renderCard,
}: Props) {
  const headingId = useId()
  let seen = 0
  const markerHere = marker?.column === index
  const dropMarker = <li className="deal-drop-marker" aria-hidden="true" />
  return (
    <section className="board-column" data-kind={stage.kind} aria-labelledby={headingId}>
      <header className="board-column__header">
        <h2 id={headingId} className="board-column__title">
          <bdi>{stage.name}</bdi>
          <span className="muted board-column__probability">
            {stage.kind === 'open' ? `${stage.winProbability}%` : stage.kind === 'won' ? 'won' : 'lost'}
          </span>
        </h2>
        <p className="board-column__count">
          {column.count} deal{column.count === 1 ? '' : 's'}
        </p>
        {column.totals.length > 0 && (
          <ul className="board-column__totals">
            {column.totals.map((t) => (
              <li key={t.currency}>
                <span>{formatMoney(t.amountMinor, t.currency)}</span>
                {stage.kind === 'open' && (
                  <span className="muted"> · weighted {formatMoney(t.weightedMinor, t.currency)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </header>
      <ol className="board-column__cards" aria-labelledby={headingId} onDragOver={onDragOver} onDrop={onDrop}>
        {column.deals.map((deal) => {
          const before = markerHere && deal.id !== draggingId && marker.index === seen
          if (deal.id !== draggingId) seen++
          return (
            <Fragment key={deal.id}>
              {before && dropMarker}
              {renderCard(deal.id)}
            </Fragment>
          )
        })}
        {markerHere && marker.index >= seen && dropMarker}
      </ol>
      {column.count > column.deals.length && (
        <p className="muted board-column__more">
          Showing {column.deals.length} of {column.count}.
        </p>
      )}
    </section>
  )
}
