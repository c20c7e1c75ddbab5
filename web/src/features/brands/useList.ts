import { useState } from 'react'

/** Moves item `from` to `to` in a copy of `list`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}

export interface ListState<T> {
  items: T[]
  update: (index: number, change: Partial<T>) => void
  remove: (index: number) => void
  add: (item: T) => void
  moveUp: (index: number) => void
}

/** The rows of a repeatable part of a form (phones, links, photos…) while they are edited. */
export function useList<T>(initial: () => T[]): ListState<T> {
  const [items, setItems] = useState(initial)
  return {
    items,
    update: (index, change) =>
      setItems((list) => list.map((item, j) => (j === index ? { ...item, ...change } : item))),
    remove: (index) => setItems((list) => list.filter((_, j) => j !== index)),
    add: (item) => setItems((list) => [...list, item]),
    moveUp: (index) => setItems((list) => move(list, index, index - 1)),
  }
}
