/** `list` with the item at `from` moved to index `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to))
  if (from === target || from < 0 || from >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(target, 0, item as T)
  return next
}

/** Where an item dragged from `from` lands when dropped before (or after) the item at `over`. */
export function dropIndex(from: number, over: number, after: boolean): number {
  const slot = after ? over + 1 : over
  return slot > from ? slot - 1 : slot
}

export const movedMessage = (name: string, index: number, count: number) =>
  `${name} moved to position ${index + 1} of ${count}`
