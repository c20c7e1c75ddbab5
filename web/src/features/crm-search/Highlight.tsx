import type { ReactNode } from 'react'
import type { Highlighted } from './search-api.ts'

/**
 * Text with the server's matched stretches marked: plain React text and <mark> elements, so
 * nothing in a record's text is ever read as HTML.
 */
export function Highlight({ value }: { value: Highlighted }) {
  const { text } = value
  const parts: ReactNode[] = []
  let at = 0
  for (const { start, length } of value.highlights) {
    if (start < at || start >= text.length) continue
    const end = Math.min(text.length, start + length)
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  parts.push(text.slice(at))
  return <bdi>{parts}</bdi>
}
