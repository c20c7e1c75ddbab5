import type { Arcs, Section, SectionType } from '../../../../worker/modules/sites/content/sections.ts'

const NO_ARCS: Arcs = { enabled: false, color: null, size: 'md', position: 'bottom' }

/** An id for a section of `type` that no section in `taken` has: `gallery`, `gallery-2` … */
export function uniqueSectionId(type: SectionType, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base = type.replace(/_/g, '-')
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

/** A short random id for a list item (product, review, question). */
export const newItemId = () => crypto.randomUUID().slice(0, 8)

/** A section of `type` with the defaults the server would give it, ready to edit. */
export function newSection(type: SectionType, taken: Iterable<string>): Section {
  const base = { id: uniqueSectionId(type, taken), enabled: true, arcs: { ...NO_ARCS }, heading: {} }
  switch (type) {
    case 'profile':
      return { ...base, type, tagline: {}, showLogo: true, showOpenNow: true }
    case 'hero':
      return { ...base, type, headline: {}, subheadline: {}, background: { kind: 'color', overlay: 0.35 } }
    case 'about':
      return { ...base, type, body: {} }
    case 'services':
      return { ...base, type, intro: {}, showPrices: true }
    case 'gallery':
    case 'team':
      return { ...base, type, intro: {} }
    case 'products':
      return { ...base, type, intro: {}, items: [] }
    case 'contact':
      return {
        ...base,
        type,
        actions: ['call', 'whatsapp', 'email', 'directions', 'save_contact'],
        whatsappMessage: {},
      }
    case 'hours':
    case 'payment':
    case 'map':
      return { ...base, type, note: {} }
    case 'lead_form':
      return { ...base, type, intro: {}, submitLabel: {}, askPhone: true, askEmail: true, askMessage: true }
    case 'reviews':
      return { ...base, type, reviews: [], collectFeedback: true }
    case 'faq':
      return { ...base, type, items: [] }
    case 'booking':
      return { ...base, type, intro: {}, submitLabel: {}, askService: true }
    case 'social':
      return { ...base, type }
  }
}
