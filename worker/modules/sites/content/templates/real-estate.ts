import type { TemplateDefinition } from './starter.ts'

export const realEstate: TemplateDefinition = {
  id: 'real-estate',
  name: 'Real estate',
  industry: 'Estate agents and property',
  description: 'A full-bleed hero, featured listings, your agents and viewing requests.',
  theme: { surface: 'dark', corners: 'square', header: 'gradient', density: 'comfortable' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Homes to buy and rent`, 70),
    description: copy(`Featured listings and local agents at ${place}. Book a viewing online.`, 160),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Find your next home'),
      subheadline: copy(`${place} helps you buy, sell and rent with local knowledge and honest advice.`, 240),
      // A walk-through video or a photo of a property; the brand's cover image until one is chosen.
      background: { kind: 'image', overlay: 0.45 },
      cta: { label: copy('Book a viewing'), action: 'lead_form' },
    },
    {
      id: 'about',
      type: 'about',
      heading: copy(`Why ${names.brandName}`, 120),
      body: copy(
        `We know the ${names.branchName} area street by street. Whether you're buying your first home, selling or looking for a rental, our agents give you straight answers and keep you updated at every step.`,
      ),
    },
    {
      id: 'products',
      type: 'products',
      heading: copy('Featured listings'),
      intro: copy(
        "A few of the homes on our books right now. Ask for the full list, or tell us what you're looking for.",
      ),
      items: [
        {
          id: 'two-bedroom-apartment',
          name: copy('Bright two-bedroom apartment'),
          description: copy(
            'Top-floor flat with an open-plan kitchen, a balcony and plenty of natural light. Close to shops and transport.',
          ),
          price: '325000',
          currency: 'USD',
          badge: copy('For sale'),
        },
        {
          id: 'family-house',
          name: copy('Family house with garden'),
          description: copy(
            'Three bedrooms, two bathrooms and a private garden on a quiet street near schools.',
          ),
          price: '540000',
          currency: 'USD',
          badge: copy('For sale'),
        },
        {
          id: 'studio-to-rent',
          name: copy('Furnished studio'),
          description: copy(
            'A furnished studio with a kitchenette, ready to move into. Price per month, bills extra.',
          ),
          price: '1200',
          currency: 'USD',
          badge: copy('To rent'),
        },
      ],
    },
    {
      id: 'team',
      type: 'team',
      heading: copy('Agents'),
      intro: copy('Talk to an agent who knows the area.'),
    },
    {
      id: 'lead-form',
      type: 'lead_form',
      heading: copy('Book a viewing'),
      intro: copy(
        'Tell us which property you would like to see and when suits you. An agent will confirm the viewing.',
      ),
      submitLabel: copy('Book a viewing'),
    },
    { id: 'reviews', type: 'reviews', heading: copy('What our clients say'), collectFeedback: true },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Buying, selling and renting'),
      items: [
        {
          id: 'valuation',
          question: copy('How much is my home worth?'),
          answer: copy(
            'Ask for a valuation and an agent will visit, look at recent sales nearby and give you a realistic price.',
          ),
        },
        {
          id: 'fees',
          question: copy('What are your fees?'),
          answer: copy(
            'Fees depend on the service you choose. We explain them upfront, in writing, before you sign.',
          ),
        },
        {
          id: 'mortgage',
          question: copy('Can you help with a mortgage?'),
          answer: copy('We can introduce you to independent mortgage advisers we work with.'),
        },
      ],
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Contact the office'),
      whatsappMessage: copy(`Hello ${names.branchName}, I'm interested in one of your properties.`, 300),
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Office hours'),
      note: copy('Viewings outside these hours by appointment.'),
    },
    { id: 'map', type: 'map', heading: copy('Our office'), note: copy('Tap the map for directions.') },
    { id: 'social', type: 'social', heading: copy('Follow us') },
  ],
}
