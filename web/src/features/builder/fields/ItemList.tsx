import { type ReactNode, useEffect, useRef, useState } from 'react'
import { moveItem } from '../reorder.ts'

interface ItemListProps<T extends { id: string }> {
  /** Singular noun for one item: "Product", "Review", "Question". */
  noun: string
  items: T[]
  onChange: (items: T[]) => void
  create: () => T
  max: number
  renderItem: (item: T, update: (item: T) => void) => ReactNode
}

/** An editable list of items, each in its own group, with add, move and remove. */
export function ItemList<T extends { id: string }>({
  noun,
  items,
  onChange,
  create,
  max,
  renderItem,
}: ItemListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const [focusItem, setFocusItem] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const lower = noun.toLowerCase()

  useEffect(() => {
    if (!focusItem) return
    listRef.current
      ?.querySelector<HTMLElement>(`[data-item="${focusItem}"] input, [data-item="${focusItem}"] textarea`)
      ?.focus()
    setFocusItem(null)
  }, [focusItem])

  function add() {
    if (items.length >= max) return setStatus(`At most ${max} ${lower}s.`)
    const item = create()
    onChange([...items, item])
    setFocusItem(item.id)
    setStatus(`${noun} ${items.length + 1} added.`)
  }

  function move(index: number, to: number) {
    if (to < 0 || to >= items.length) return
    onChange(moveItem(items, index, to))
    setStatus(`${noun} ${index + 1} moved to position ${to + 1} of ${items.length}.`)
  }

  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index))
    setStatus(`${noun} ${index + 1} removed.`)
    addRef.current?.focus()
  }

  return (
    <div className="item-list">
      <ol ref={listRef} className="item-list__items">
        {items.map((item, index) => (
          <li key={item.id} data-item={item.id}>
            <fieldset className="item-list__item">
              <legend>
                {noun} {index + 1}
              </legend>
              {renderItem(item, (next) => onChange(items.map((it) => (it.id === item.id ? next : it))))}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  Move up
                  <span className="visually-hidden">
                    {' '}
                    {lower} {index + 1}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-disabled={index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  Move down
                  <span className="visually-hidden">
                    {' '}
                    {lower} {index + 1}
                  </span>
                </button>
                <button type="button" className="button button--quiet" onClick={() => remove(index)}>
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    {lower} {index + 1}
                  </span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {items.length === 0 && <p className="muted">No {lower}s yet.</p>}
      <button type="button" ref={addRef} className="button" onClick={add} aria-disabled={items.length >= max}>
        Add {lower}
      </button>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  )
}
