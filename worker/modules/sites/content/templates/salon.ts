import type { TemplateDefinition } from './starter.ts'

export const salon: TemplateDefinition = {
  id: 'salon',
  name: 'Salon',
  industry: 'Hair and beauty salons',
  description: 'Services with prices, your stylists, a gallery of recent work and online booking.',
  theme: { surface: 'tinted', corners: 'pill', header: 'gradient', density: 'comfortable' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Services, stylists and booking`, 70),
    description: copy(
      `Cuts, colour and care at ${place}. See prices, meet the stylists and book online.`,
      160,
    ),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Look good, feel great'),
      subheadline: copy(`Cuts, colour and care from stylists who listen, at ${place}.`, 240),
      background: { kind: 'image', overlay: 0.3 },
      cta: { label: copy('Book now'), action: 'booking' },
    },
    { id: 'profile', type: 'profile', tagline: copy('Hair, beauty and an hour just for you.') },
    {
      id: 'services',
      type: 'services',
      heading: copy('Services and prices'),
      intro: copy(
        'Prices start from the amount shown and depend on hair length and the products used. Your stylist confirms the price before starting.',
      ),
      showPrices: true,
    },
    {
      id: 'team',
      type: 'team',
      heading: copy('Stylists'),
      intro: copy('Meet the team, and ask for your favourite when you book.'),
    },
    {
      id: 'gallery',
      type: 'gallery',
      heading: copy('Recent work'),
      intro: copy('A few looks from our chairs.'),
    },
    { id: 'reviews', type: 'reviews', heading: copy('What clients say'), collectFeedback: true },
    {
      id: 'booking',
      type: 'booking',
      heading: copy('Book an appointment'),
      intro: copy("Pick a service and a time that works for you. We'll confirm by message."),
      submitLabel: copy('Request booking'),
      askService: true,
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Opening hours'),
      note: copy('Late appointments on request.'),
    },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Good to know'),
      items: [
        {
          id: 'patch-test',
          question: copy('Do I need a patch test before colouring?'),
          answer: copy(
            'Yes, new colour clients need a quick patch test at least 48 hours before. Drop in any time during opening hours.',
          ),
        },
        {
          id: 'running-late',
          question: copy("What if I'm running late?"),
          answer: copy(
            "Let us know as soon as you can. We'll do our best to fit you in, but we may need to shorten or move your appointment.",
          ),
        },
        {
          id: 'products',
          question: copy('Can I buy the products you use?'),
          answer: copy('Yes. Ask your stylist and they will recommend what suits your hair.'),
        },
      ],
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Get in touch'),
      whatsappMessage: copy(`Hi ${names.branchName}, I'd like to book an appointment.`, 300),
    },
    { id: 'map', type: 'map', heading: copy('Find the salon'), note: copy('Tap the map for directions.') },
    { id: 'social', type: 'social', heading: copy('Follow our work') },
  ],
}
