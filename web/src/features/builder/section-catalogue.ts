import type { SectionType } from '../../../../worker/modules/sites/content/sections.ts'

export interface SectionKind {
  label: string
  /** Decorative; the label carries the meaning. */
  icon: string
  description: string
  /** The branch facts the section shows, edited on the branch rather than here. */
  branchFacts?: string
}

export const SECTION_KINDS: Record<SectionType, SectionKind> = {
  profile: {
    label: 'Profile',
    icon: '◉',
    description: 'Logo, name, tagline and whether the branch is open now.',
  },
  hero: {
    label: 'Hero',
    icon: '▣',
    description: 'A large headline over a colour, image or video, with a button.',
  },
  about: { label: 'About', icon: '¶', description: 'A few paragraphs about the business.' },
  services: {
    label: 'Services',
    icon: '☰',
    description: 'The branch’s services, with prices if you like.',
    branchFacts: 'The services and their prices',
  },
  gallery: {
    label: 'Gallery',
    icon: '▦',
    description: 'A grid of the branch’s photos.',
    branchFacts: 'The photos',
  },
  products: { label: 'Products', icon: '◈', description: 'A catalogue of products with prices and images.' },
  contact: {
    label: 'Contact actions',
    icon: '✆',
    description: 'Buttons to call, chat on WhatsApp, e-mail, get directions or save the contact.',
    branchFacts: 'The phone numbers, WhatsApp number, e-mail and address',
  },
  hours: {
    label: 'Opening hours',
    icon: '◷',
    description: 'The week’s hours, holidays and closures.',
    branchFacts: 'The opening hours, holidays and closures',
  },
  lead_form: { label: 'Lead form', icon: '✉', description: 'A form whose messages arrive as leads.' },
  payment: {
    label: 'Payment',
    icon: '¤',
    description: 'How to pay: UPI ID or a payment link.',
    branchFacts: 'The payment options',
  },
  reviews: {
    label: 'Reviews',
    icon: '★',
    description: 'Customer reviews, a rating and a way to leave feedback.',
  },
  faq: { label: 'FAQ', icon: '?', description: 'Questions and answers.' },
  booking: {
    label: 'Booking request',
    icon: '▤',
    description: 'A form to ask for an appointment or a table.',
  },
  map: {
    label: 'Map',
    icon: '◎',
    description: 'Where the branch is, with directions.',
    branchFacts: 'The address and location',
  },
  social: {
    label: 'Social links',
    icon: '⌘',
    description: 'Links to the branch’s social profiles.',
    branchFacts: 'The social links',
  },
  team: {
    label: 'Team',
    icon: '☺',
    description: 'The branch’s team, each with a personal card.',
    branchFacts: 'The team members',
  },
}

/** Every kind, in the order the picker offers them. */
export const SECTION_TYPES = Object.keys(SECTION_KINDS) as SectionType[]
