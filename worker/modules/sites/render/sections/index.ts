import type { SectionType } from '../../content/sections.ts'
import { about } from './about.tsx'
import { booking } from './booking.tsx'
import { contact } from './contact.tsx'
import { faq } from './faq.tsx'
import { gallery } from './gallery.tsx'
import { hero } from './hero.tsx'
import { hours } from './hours.tsx'
import { leadForm } from './lead-form.tsx'
import { map } from './map.tsx'
import { payment } from './payment.tsx'
import { products } from './products.tsx'
import { profile } from './profile.tsx'
import { reviews } from './reviews.tsx'
import type { SectionRenderer } from './section-renderer.ts'
import { services } from './services.tsx'
import { social } from './social.tsx'
import { team } from './team.tsx'

export const SECTION_RENDERERS: { [T in SectionType]: SectionRenderer<T> } = {
  profile,
  hero,
  about,
  services,
  gallery,
  products,
  contact,
  hours,
  lead_form: leadForm,
  payment,
  reviews,
  faq,
  booking,
  map,
  social,
  team,
}

export { averageRating } from './reviews.tsx'
export { NETWORK_NAMES } from './social.tsx'
