import type { Section } from '../../../../../worker/modules/sites/content/sections.ts'
import { AboutForm } from './AboutForm.tsx'
import { BookingForm } from './BookingForm.tsx'
import { ContactForm } from './ContactForm.tsx'
import { FaqForm } from './FaqForm.tsx'
import { GalleryForm } from './GalleryForm.tsx'
import { HeroForm } from './HeroForm.tsx'
import { HoursForm } from './HoursForm.tsx'
import { LeadFormForm } from './LeadFormForm.tsx'
import { MapForm } from './MapForm.tsx'
import { PaymentForm } from './PaymentForm.tsx'
import { ProductsForm } from './ProductsForm.tsx'
import { ProfileForm } from './ProfileForm.tsx'
import { ReviewsForm } from './ReviewsForm.tsx'
import { ServicesForm } from './ServicesForm.tsx'
import { SocialForm } from './SocialForm.tsx'
import { TeamForm } from './TeamForm.tsx'

/** The form of the section's own type. */
export function SectionFields({
  section,
  onChange,
}: {
  section: Section
  onChange: (section: Section) => void
}) {
  switch (section.type) {
    case 'profile':
      return <ProfileForm section={section} onChange={onChange} />
    case 'hero':
      return <HeroForm section={section} onChange={onChange} />
    case 'about':
      return <AboutForm section={section} onChange={onChange} />
    case 'services':
      return <ServicesForm section={section} onChange={onChange} />
    case 'gallery':
      return <GalleryForm section={section} onChange={onChange} />
    case 'products':
      return <ProductsForm section={section} onChange={onChange} />
    case 'contact':
      return <ContactForm section={section} onChange={onChange} />
    case 'hours':
      return <HoursForm section={section} onChange={onChange} />
    case 'lead_form':
      return <LeadFormForm section={section} onChange={onChange} />
    case 'payment':
      return <PaymentForm section={section} onChange={onChange} />
    case 'reviews':
      return <ReviewsForm section={section} onChange={onChange} />
    case 'faq':
      return <FaqForm section={section} onChange={onChange} />
    case 'booking':
      return <BookingForm section={section} onChange={onChange} />
    case 'map':
      return <MapForm section={section} onChange={onChange} />
    case 'social':
      return <SocialForm section={section} onChange={onChange} />
    case 'team':
      return <TeamForm section={section} onChange={onChange} />
  }
}
