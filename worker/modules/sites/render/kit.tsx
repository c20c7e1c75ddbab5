/** @jsxImportSource hono/jsx */
// Small building blocks every section uses: the section frame with its heading and arcs, images.
import type { Child } from 'hono/jsx'
import type { Section } from '../content/sections.ts'
import { standardHeading } from './chrome-strings.ts'
import type { MediaInfo } from './page-model.ts'
import type { PageView } from './page-view.ts'

/** The section's own heading, else its standard heading in the visitor's language. */
export const headingOf = (section: Section, view: PageView) =>
  view.text(section.heading) || standardHeading(section.type, view.language)

function arcClasses(section: Section, view: PageView): string {
  const arcs = section.arcs
  if (!arcs?.enabled) return ''
  view.needs.chunk('arcs')
  if (arcs.color) view.needs.rules.push(`#s-${section.id}{--arc:${arcs.color}}`)
  const top = arcs.position !== 'bottom' ? ' at' : ''
  const bottom = arcs.position !== 'top' ? ' ab' : ''
  return `${top}${bottom} a-${arcs.size}`
}

export function Frame(props: {
  section: Section
  view: PageView
  class: string
  /** Overrides the heading (a hero's headline is its own). Empty: no heading. */
  heading?: string
  children: Child
}) {
  const { section, view } = props
  const heading = props.heading ?? headingOf(section, view)
  const id = `s-${section.id}`
  return (
    <section
      id={id}
      class={`s ${props.class}${arcClasses(section, view)}`}
      // The beacon's section_view (and form) target: which kind of section, not which one.
      data-s={section.type}
      aria-labelledby={heading ? `${id}-h` : undefined}
    >
      {heading ? <h2 id={`${id}-h`}>{heading}</h2> : null}
      {props.children}
    </section>
  )
}

/** An uploaded image with its size (no layout shift) and lazy loading below the fold. */
export function Img(props: {
  media: MediaInfo
  alt: string
  eager?: boolean
  /** The page's largest image above the fold (a hero): fetched first. */
  priority?: boolean
  class?: string
  size?: number
}) {
  const { media } = props
  const [width, height] =
    props.size !== undefined
      ? [props.size, props.size]
      : [media.width ?? undefined, media.height ?? undefined]
  return (
    <img
      src={media.url}
      alt={props.alt}
      width={width}
      height={height}
      class={props.class}
      loading={props.eager ? undefined : 'lazy'}
      fetchpriority={props.priority ? 'high' : undefined}
      decoding="async"
    />
  )
}

/** Paragraphs from text with blank lines between them; single line breaks stay inside one. */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((para) => para.trim())
        .filter(Boolean)
        .map((para) => (
          <p>{para.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}</p>
        ))}
    </>
  )
}
