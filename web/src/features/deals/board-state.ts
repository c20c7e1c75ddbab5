// The board as the page holds it, and the pure changes a drag makes to it: the card leaves one
// column and lands in another at an index, counts and totals follow, and the move the server
// needs (the neighbour it lands next to) is read off the result.
import type { Board, BoardColumnData, Deal } from './deals-api.ts'

export interface Spot {
  column: number
  index: number
}

/** Where a deal is on the board, or null. */
export function locate(board: Board, dealId: string): Spot | null {
  for (const [column, col] of board.columns.entries()) {
    const index = col.deals.findIndex((d) => d.id === dealId)
    if (index >= 0) return { column, index }
  }
  return null
}

function withAmount(col: BoardColumnData, deal: Deal, sign: 1 | -1, probability: number): BoardColumnData {
  const totals = col.totals.map((t) => ({ ...t }))
  let total = totals.find((t) => t.currency === deal.currency)
  if (!total) {
    total = { currency: deal.currency, amountMinor: 0, weightedMinor: 0 }
    totals.push(total)
    totals.sort((a, b) => a.currency.localeCompare(b.currency))
  }
  total.amountMinor += sign * deal.amountMinor
  total.weightedMinor = Math.round((total.amountMinor * probability) / 100)
  return {
    ...col,
    count: col.count + sign,
    // A currency whose last deal left drops out (the server's answer will say the same).
    totals: totals.filter((t) => !(sign === -1 && t.currency === deal.currency && t.amountMinor === 0)),
  }
}

const probabilityOf = (board: Board, stageId: string) =>
  board.pipeline.stages.find((s) => s.id === stageId)?.winProbability ?? 0

/** The board with `dealId` moved to `to` (its index counted without the deal itself). */
export function withMove(board: Board, dealId: string, to: Spot): Board {
  const from = locate(board, dealId)
  if (!from) return board
  const deal = board.columns[from.column]?.deals[from.index]
  const target = board.columns[to.column]
  if (!deal || !target) return board
  const moved: Deal = { ...deal, stageId: target.stageId }
  const columns = board.columns.map((col, i) => {
    let next = col
    if (i === from.column) {
      next = { ...next, deals: next.deals.filter((d) => d.id !== dealId) }
      if (from.column !== to.column) next = withAmount(next, deal, -1, probabilityOf(board, col.stageId))
    }
    if (i === to.column) {
      const deals = [...next.deals]
      deals.splice(Math.min(to.index, deals.length), 0, moved)
      next = { ...next, deals }
      if (from.column !== to.column) next = withAmount(next, deal, 1, probabilityOf(board, col.stageId))
    }
    return next
  })
  return { ...board, columns }
}

/** The neighbour the server places the card by: below the card above it, else above the one below. */
export function anchorOf(board: Board, dealId: string): { afterDealId?: string; beforeDealId?: string } {
  const at = locate(board, dealId)
  if (!at) return {}
  const deals = board.columns[at.column]?.deals ?? []
  const above = deals[at.index - 1]
  if (above) return { afterDealId: above.id }
  const below = deals[at.index + 1]
  return below ? { beforeDealId: below.id } : {}
}

/** The board with one card replaced by the server's copy (version, position, status). */
export function withDeal(board: Board, deal: Deal): Board {
  return {
    ...board,
    columns: board.columns.map((col) => ({
      ...col,
      deals: col.deals.map((d) => (d.id === deal.id ? deal : d)),
    })),
  }
}

/** Whether the board already shows this version of the deal where the event says it is. */
export function showsVersion(board: Board, event: { id: string; stageId: string; version: number }): boolean {
  const at = locate(board, event.id)
  const deal = at ? board.columns[at.column]?.deals[at.index] : undefined
  return deal !== undefined && deal.version === event.version && deal.stageId === event.stageId
}
