import type { TemplateDefinition } from './starter.ts'

export const professionalServices: TemplateDefinition = {
  id: 'professional-services',
  name: 'Professional services',
  industry: 'Consultants, accountants, lawyers and agencies',
  description: 'Who you are, what you do, your team, client feedback and consultation requests.',
  theme: { surface: 'light', corners: 'square', header: 'plain', density: 'comfortable' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Services and consultations`, 70),
    description: copy(`Services, team and client feedback of ${place}. Request a consultation online.`, 160),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Expert advice, clearly explained'),
      subheadline: copy(`${place} helps people and businesses make confident decisions.`, 240),
      background: { kind: 'color', overlay: 0.35 },
      cta: { label: copy('Request a consultation'), action: 'lead_form' },
    },
    {
      id: 'about',
      type: 'about',
      heading: copy('About us'),
      body: copy(
        `At ${place} we take the time to understand your situation before we advise. You get a named expert, fees agreed upfront and answers in plain language.\n\nWe work with individuals, families and businesses of every size.`,
      ),
    },
    {
      id: 'services',
      type: 'services',
      heading: copy('What we do'),
      intro: copy(
        'Our core services. Every engagement starts with a short call to agree the scope and the fees.',
      ),
      showPrices: false,
    },
    { id: 'team', type: 'team', heading: copy('Our team'), intro: copy("The people you'll work with.") },
    { id: 'reviews', type: 'reviews', heading: copy('Client feedback'), collectFeedback: true },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Frequently asked questions'),
      items: [
        {
          id: 'first-meeting',
          question: copy('What happens in the first consultation?'),
          answer: copy(
            'We listen to what you need, explain your options and tell you what working together would involve. There is no obligation to go ahead.',
          ),
        },
        {
          id: 'fees',
          question: copy('How do you charge?'),
          answer: copy(
            'Depending on the work, we charge a fixed fee or an hourly rate, always agreed in writing before we start.',
          ),
        },
        {
          id: 'preparation',
          question: copy('What should I prepare?'),
          answer: copy(
            "Bring any documents related to your question. If you're unsure, we'll send a short checklist when we confirm the meeting.",
          ),
        },
        {
          id: 'online',
          question: copy('Can we meet online?'),
          answer: copy('Yes. We meet at our office or by video call, whichever suits you.'),
        },
      ],
    },
    {
      id: 'lead-form',
      type: 'lead_form',
      heading: copy('Request a consultation'),
      intro: copy(
        'Tell us briefly what you need help with and how to reach you. We reply within one working day.',
      ),
      submitLabel: copy('Request a consultation'),
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Contact us'),
      whatsappMessage: copy(`Hello ${names.branchName}, I'd like to arrange a consultation.`, 300),
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Office hours'),
      note: copy('Meetings outside these hours by appointment.'),
    },
    { id: 'map', type: 'map', heading: copy('Visit our office'), note: copy('Tap the map for directions.') },
    { id: 'social', type: 'social', heading: copy('Follow us') },
  ],
}
