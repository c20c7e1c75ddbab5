import type { TemplateDefinition } from './starter.ts'

export const retail: TemplateDefinition = {
  id: 'retail',
  name: 'Retail store',
  industry: 'Shops and retail chains',
  description: 'A product catalogue, store hours, ways to pay and customer reviews.',
  theme: { surface: 'light', corners: 'square', header: 'solid', density: 'compact' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Products, store hours and directions`, 70),
    description: copy(`See what's in store at ${place}, when we're open and how to find us.`, 160),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Everything you need, close to home'),
      subheadline: copy(`Quality products and friendly advice at ${place}. Come in and have a look.`, 240),
      background: { kind: 'image', overlay: 0.35 },
      cta: { label: copy('Get directions'), action: 'directions' },
    },
    { id: 'profile', type: 'profile', tagline: copy('Quality products and friendly advice, every day.') },
    {
      id: 'products',
      type: 'products',
      heading: copy('Shop our range'),
      intro: copy(
        "A selection of what's in store. Stock changes often, so message us if you're after something specific.",
      ),
      items: [
        {
          id: 'tote-bag',
          name: copy('Signature tote bag'),
          description: copy('Sturdy, washable and roomy enough for the weekly shop.'),
          price: '24.00',
          currency: 'USD',
          badge: copy('Best seller'),
        },
        {
          id: 'seasonal-collection',
          name: copy('Seasonal collection'),
          description: copy('New pieces arrive every season. Come in and see what has just landed.'),
          price: '39.00',
          currency: 'USD',
          badge: copy('New'),
        },
        {
          id: 'care-kit',
          name: copy('Care kit'),
          description: copy('Everything you need to keep your purchases looking their best.'),
          price: '12.00',
          currency: 'USD',
        },
        {
          id: 'gift-card',
          name: copy('Gift card'),
          description: copy('The easy present: spend it in store on anything you like.'),
          price: '25.00',
          currency: 'USD',
        },
      ],
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Store hours'),
      note: copy('Holiday hours are posted here as soon as they are set.'),
    },
    {
      id: 'payment',
      type: 'payment',
      heading: copy('Ways to pay'),
      note: copy('Pay in store by card or cash, or online with the options below.'),
    },
    { id: 'reviews', type: 'reviews', heading: copy('Customer reviews'), collectFeedback: true },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Questions and answers'),
      items: [
        {
          id: 'returns',
          question: copy('What is your returns policy?'),
          answer: copy(
            'Bring unused items back with your receipt within 30 days for an exchange or a refund.',
          ),
        },
        {
          id: 'hold-item',
          question: copy('Can you put an item aside for me?'),
          answer: copy("Yes. Message us with what you'd like and we'll hold it for 48 hours."),
        },
        {
          id: 'delivery',
          question: copy('Do you deliver?'),
          answer: copy("Send us a message with your address and we'll let you know the delivery options."),
        },
      ],
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Questions? Ask us'),
      whatsappMessage: copy(`Hi ${names.branchName}, do you have this item in stock?`, 300),
    },
    { id: 'map', type: 'map', heading: copy('Visit the store'), note: copy('Tap the map for directions.') },
    { id: 'social', type: 'social', heading: copy('Follow us for new arrivals') },
    {
      id: 'lead-form',
      type: 'lead_form',
      heading: copy('Looking for something?'),
      intro: copy("Tell us what you need and we'll check the stock and get back to you."),
      submitLabel: copy('Send request'),
    },
  ],
}
