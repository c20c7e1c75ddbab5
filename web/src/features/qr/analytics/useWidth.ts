import { type RefObject, useEffect, useRef, useState } from 'react'

/**
 * The element's width in CSS pixels, followed as it changes. Charts draw in that many units,
 * so their text keeps its size on a phone instead of shrinking with the picture.
 */
export function useWidth<E extends Element>(initial: number, min: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(initial)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(min, Math.round(entry.contentRect.width)))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [min])
  return [ref, width]
}
