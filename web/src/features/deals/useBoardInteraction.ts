// Moving cards on the board, by pointer (HTML5 drag and drop, with a drop marker) and by
// keyboard (roving focus with the arrows; Space picks a card up, the arrows carry it, Space
// drops it, Escape puts it back), each step said in the live region. The page decides what a
// drop means (`commit`): a dialog for won/lost, the server, reconciling.
import { type DragEvent, type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react'
import { locate, type Spot, withMove } from './board-state.ts'
import type { Board } from './deals-api.ts'

interface Options {
  board: Board | null
  /** Without crm.write cards open, but do not move. */
  readOnly: boolean
  /** Shows a preview while a card is carried by keyboard. */
  preview: (board: Board) => void
  /** A card was dropped somewhere new: `next` shows it there, `before` is the board it left. */
  commit: (dealId: string, next: Board, before: Board) => void
  announce: (text: string) => void
  open: (dealId: string) => void
}

interface Carry {
  dealId: string
  before: Board
}

const nameOf = (board: Board, dealId: string) => {
  const at = locate(board, dealId)
  return (at && board.columns[at.column]?.deals[at.index]?.name) || 'The deal'
}

/** "Qualified, position 2 of 4" for where the card is on `board`. */
export function whereIs(board: Board, dealId: string): string {
  const at = locate(board, dealId)
  if (!at) return ''
  const col = board.columns[at.column]
  const stage = board.pipeline.stages.find((s) => s.id === col?.stageId)
  return `${stage?.name ?? 'Stage'}, position ${at.index + 1} of ${col?.deals.length ?? 0}`
}

/** The drop index among the column's cards (the dragged one left out) under the pointer. */
function indexAt(list: HTMLElement, clientY: number, draggedId: string): number {
  const cards = [...list.querySelectorAll<HTMLElement>('[data-deal-id]')].filter(
    (el) => el.dataset.dealId !== draggedId,
  )
  const below = cards.findIndex((el) => {
    const rect = el.getBoundingClientRect()
    return clientY < rect.top + rect.height / 2
  })
  return below === -1 ? cards.length : below
}

export function useBoardInteraction({ board, readOnly, preview, commit, announce, open }: Options) {
  const [focusId, setFocusId] = useState<string | null>(null)
  const [carry, setCarry] = useState<Carry | null>(null)
  const [drag, setDrag] = useState<Carry | null>(null)
  const [marker, setMarker] = useState<Spot | null>(null)
  const boardRef = useRef<HTMLDivElement>(null)
  const refocus = useRef(false)

  // A card carried to another column is a new element there: give it the focus back.
  useLayoutEffect(() => {
    if (!refocus.current || !focusId) return
    refocus.current = false
    boardRef.current?.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(focusId)}"]`)?.focus()
  })

  const firstId = board?.columns.find((c) => c.deals.length > 0)?.deals[0]?.id ?? null
  const tabStopId = board && focusId && locate(board, focusId) ? focusId : firstId

  const focusCard = (dealId: string) => {
    setFocusId(dealId)
    refocus.current = true
  }

  const rtl = () => !!boardRef.current && getComputedStyle(boardRef.current).direction === 'rtl'

  /** Moving focus without a card: up/down the column, sideways to the nearest column with cards. */
  function roam(b: Board, dealId: string, key: string): boolean {
    const at = locate(b, dealId)
    if (!at) return false
    const deals = b.columns[at.column]?.deals ?? []
    let target: string | undefined
    if (key === 'ArrowUp') target = deals[at.index - 1]?.id
    else if (key === 'ArrowDown') target = deals[at.index + 1]?.id
    else if (key === 'Home') target = deals[0]?.id
    else if (key === 'End') target = deals.at(-1)?.id
    else {
      const step = (key === 'ArrowRight') !== rtl() ? 1 : -1
      for (let c = at.column + step; c >= 0 && c < b.columns.length; c += step) {
        const other = b.columns[c]?.deals ?? []
        if (other.length > 0) {
          target = other[Math.min(at.index, other.length - 1)]?.id
          break
        }
      }
    }
    if (target) focusCard(target)
    return true
  }

  /** Carrying a card: the arrows move it, one column or one place at a time. */
  function carryStep(b: Board, dealId: string, key: string): void {
    const at = locate(b, dealId)
    if (!at) return
    let to: Spot | null = null
    if (key === 'ArrowUp' && at.index > 0) to = { column: at.column, index: at.index - 1 }
    else if (key === 'ArrowDown' && at.index < (b.columns[at.column]?.deals.length ?? 0) - 1)
      to = { column: at.column, index: at.index + 1 }
    else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const column = at.column + ((key === 'ArrowRight') !== rtl() ? 1 : -1)
      const target = b.columns[column]
      if (target) to = { column, index: Math.min(at.index, target.deals.length) }
    }
    if (!to) return
    const next = withMove(b, dealId, to)
    preview(next)
    focusCard(dealId)
    announce(whereIs(next, dealId))
  }

  function drop(b: Board, c: Carry) {
    setCarry(null)
    const from = locate(c.before, c.dealId)
    const to = locate(b, c.dealId)
    if (from && to && from.column === to.column && from.index === to.index) {
      announce(`${nameOf(b, c.dealId)} dropped where it was.`)
      return
    }
    commit(c.dealId, b, c.before)
  }

  function cancel(c: Carry) {
    setCarry(null)
    preview(c.before)
    focusCard(c.dealId)
    announce(`Move cancelled. ${nameOf(c.before, c.dealId)} is back in ${whereIs(c.before, c.dealId)}.`)
  }

  function onCardKeyDown(dealId: string, event: KeyboardEvent<HTMLElement>) {
    if (!board) return
    const key = event.key
    if (carry?.dealId === dealId) {
      if (key === ' ' || key === 'Enter') drop(board, carry)
      else if (key === 'Escape' || key === 'Tab') {
        cancel(carry)
        if (key === 'Tab') return
      } else if (key.startsWith('Arrow')) carryStep(board, dealId, key)
      else return
      event.preventDefault()
      return
    }
    if (key === ' ' && !readOnly) {
      setCarry({ dealId, before: board })
      announce(
        `Picked up ${nameOf(board, dealId)}. ${whereIs(board, dealId)}. Arrow keys move it, Space drops it, Escape cancels.`,
      )
    } else if (key === 'Enter') open(dealId)
    else if (!(key.startsWith('Arrow') || key === 'Home' || key === 'End') || !roam(board, dealId, key))
      return
    event.preventDefault()
  }

  function cardProps(dealId: string) {
    return {
      tabStop: dealId === tabStopId,
      grabbed: carry?.dealId === dealId || drag?.dealId === dealId,
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => onCardKeyDown(dealId, event),
      onFocus: () => setFocusId(dealId),
      onOpen: () => {
        if (!carry) open(dealId)
      },
      onDragStart: (event: DragEvent<HTMLElement>) => {
        if (!board || carry || readOnly) return event.preventDefault()
        event.dataTransfer.setData('text/plain', dealId)
        event.dataTransfer.effectAllowed = 'move'
        setDrag({ dealId, before: board })
      },
      onDragEnd: () => {
        setDrag(null)
        setMarker(null)
      },
    }
  }

  function columnProps(column: number) {
    return {
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!drag) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
        const index = indexAt(event.currentTarget, event.clientY, drag.dealId)
        if (marker?.column !== column || marker.index !== index) setMarker({ column, index })
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (!drag) return
        event.preventDefault()
        const to = { column, index: indexAt(event.currentTarget, event.clientY, drag.dealId) }
        const c = drag
        setDrag(null)
        setMarker(null)
        const from = locate(c.before, c.dealId)
        if (from && from.column === to.column && from.index === to.index) return
        commit(c.dealId, withMove(c.before, c.dealId, to), c.before)
      },
    }
  }

  return {
    boardRef,
    marker,
    draggingId: drag?.dealId ?? null,
    /** A card is being moved: live updates wait until it lands. */
    busy: carry !== null || drag !== null,
    cardProps,
    columnProps,
  }
}
