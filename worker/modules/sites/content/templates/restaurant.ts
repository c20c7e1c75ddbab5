import type { TemplateDefinition } from './starter.ts'

export const restaurant: TemplateDefinition = {
  id: 'restaurant',
  name: 'Restaurant',
  industry: 'Restaurants and cafés',
  description:
    'Menu highlights, opening hours, table reservations and the questions guests ask before they come.',
  theme: { surface: 'light', corners: 'rounded', header: 'gradient', density: 'comfortable' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Menu, hours and reservations`, 70),
    description: copy(
      `Fresh food, made here. See the menu and opening hours of ${place}, and book a table.`,
      160,
    ),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Fresh food, made here'),
      subheadline: copy(
        `Seasonal dishes cooked from scratch every day at ${place}. Drop in, or book a table and we'll have it ready.`,
        240,
      ),
      background: { kind: 'image', overlay: 0.4 },
      cta: { label: copy('Book a table'), action: 'booking' },
    },
    {
      id: 'profile',
      type: 'profile',
      tagline: copy('Seasonal cooking, friendly service and a table waiting for you.'),
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Opening hours'),
      note: copy(
        'The kitchen takes last orders 30 minutes before closing. Holiday hours are posted here first.',
      ),
    },
    {
      id: 'products',
      type: 'products',
      heading: copy('Menu highlights'),
      intro: copy("A few favourites from our menu. Ask about today's specials when you visit."),
      items: [
        {
          id: 'garden-salad',
          name: copy('Garden salad'),
          description: copy('Crisp leaves, roasted seeds, shaved vegetables and a lemon-herb dressing.'),
          price: '9.50',
          currency: 'USD',
          badge: copy('Vegetarian'),
        },
        {
          id: 'grilled-chicken',
          name: copy('Grilled chicken plate'),
          description: copy(
            'Marinated overnight and grilled to order, with seasonal vegetables and our house sauce.',
          ),
          price: '16.00',
          currency: 'USD',
        },
        {
          id: 'pasta-of-the-day',
          name: copy("Chef's pasta of the day"),
          description: copy('Fresh pasta with a sauce that follows the market. Ask what is cooking today.'),
          price: '14.00',
          currency: 'USD',
          badge: copy('Daily'),
        },
        {
          id: 'chocolate-cake',
          name: copy('Warm chocolate cake'),
          description: copy('Baked to order with a soft centre, served with vanilla ice cream.'),
          price: '7.50',
          currency: 'USD',
        },
      ],
    },
    {
      id: 'gallery',
      type: 'gallery',
      heading: copy('A look inside'),
      intro: copy('Our dining room, our kitchen and some of the plates that leave it.'),
    },
    { id: 'reviews', type: 'reviews', heading: copy('What our guests say'), collectFeedback: true },
    {
      id: 'booking',
      type: 'booking',
      heading: copy('Reserve a table'),
      intro: copy("Tell us the day, the time and how many guests. We'll confirm by phone or message."),
      submitLabel: copy('Request a table'),
      askService: false,
    },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Good to know'),
      items: [
        {
          id: 'reservations',
          question: copy('Do I need a reservation?'),
          answer: copy(
            "Walk-ins are always welcome, but evenings and weekends fill up fast. Reserve a table above and we'll confirm it.",
          ),
        },
        {
          id: 'parking',
          question: copy('Is there parking nearby?'),
          answer: copy(
            'Yes. There is street parking close by, and the map below shows the nearest car parks.',
          ),
        },
        {
          id: 'dietary',
          question: copy('Can you cater for allergies and dietary needs?'),
          answer: copy(
            'Yes. There are vegetarian dishes on the menu every day, and the kitchen can adapt most dishes for allergies. Just tell us when you order.',
          ),
        },
        {
          id: 'groups',
          question: copy('Do you host groups and private events?'),
          answer: copy("We do. Send us the date and the size of your group below and we'll suggest a menu."),
        },
      ],
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Get in touch'),
      whatsappMessage: copy(`Hello ${names.branchName}, I'd like to ask about a table.`, 300),
    },
    { id: 'map', type: 'map', heading: copy('Find us'), note: copy('Tap the map for directions.') },
    { id: 'social', type: 'social', heading: copy('Follow us') },
    {
      id: 'lead-form',
      type: 'lead_form',
      heading: copy('Events and catering'),
      intro: copy(
        "Planning a party, an office lunch or catering? Tell us what you have in mind and we'll get back to you within a day.",
      ),
      submitLabel: copy('Send enquiry'),
    },
  ],
}
