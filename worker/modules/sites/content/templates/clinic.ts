import type { TemplateDefinition } from './starter.ts'

export const clinic: TemplateDefinition = {
  id: 'clinic',
  name: 'Clinic',
  industry: 'Clinics and health practices',
  description: 'Treatments, your doctors, appointment requests and clear answers for first-time patients.',
  theme: { surface: 'light', corners: 'rounded', header: 'solid', density: 'comfortable' },
  seo: ({ place, copy }) => ({
    title: copy(`${place} · Appointments and treatments`, 70),
    description: copy(
      `Treatments, doctors and opening hours at ${place}. Request an appointment online.`,
      160,
    ),
  }),
  sections: ({ place, names, copy }) => [
    {
      id: 'hero',
      type: 'hero',
      headline: copy('Care you can count on'),
      subheadline: copy(
        `Unhurried appointments, clear advice and follow-up that doesn't fall through the cracks, at ${place}.`,
        240,
      ),
      background: { kind: 'color', overlay: 0.35 },
      cta: { label: copy('Request an appointment'), action: 'booking' },
    },
    {
      id: 'about',
      type: 'about',
      heading: copy('About the clinic'),
      body: copy(
        `At ${place}, every visit starts with listening. Our doctors take the time to understand your history and explain your options in plain language.\n\nWe see patients of all ages for check-ups, long-term conditions and everyday health concerns, and we coordinate with specialists when you need one.`,
      ),
    },
    {
      id: 'services',
      type: 'services',
      heading: copy('Treatments'),
      intro: copy(
        'What we offer at this clinic. Prices are a guide: your doctor confirms any cost before treatment.',
      ),
      showPrices: true,
    },
    {
      id: 'team',
      type: 'team',
      heading: copy('Our doctors'),
      intro: copy('Qualified, experienced and easy to talk to.'),
    },
    {
      id: 'hours',
      type: 'hours',
      heading: copy('Clinic hours'),
      note: copy('In an emergency outside these hours, call your local emergency number.'),
    },
    {
      id: 'booking',
      type: 'booking',
      heading: copy('Request an appointment'),
      intro: copy("Choose a treatment and a time that suits you. We'll call or message you to confirm."),
      submitLabel: copy('Request appointment'),
      askService: true,
    },
    {
      id: 'faq',
      type: 'faq',
      heading: copy('Before your visit'),
      items: [
        {
          id: 'insurance',
          question: copy('Do you accept my insurance?'),
          answer: copy(
            "We work with most major insurers. Bring your insurance card to your appointment, or message us beforehand and we'll check your cover.",
          ),
        },
        {
          id: 'first-visit',
          question: copy('What should I bring to my first visit?'),
          answer: copy(
            'Please bring photo ID, your insurance card, a list of the medicines you take and any recent test results. Arrive ten minutes early to fill in a short form.',
          ),
        },
        {
          id: 'reschedule',
          question: copy('How do I change or cancel an appointment?'),
          answer: copy("Call or message us at least 24 hours ahead and we'll find you a new time."),
        },
        {
          id: 'results',
          question: copy('How will I get my test results?'),
          answer: copy(
            'Your doctor contacts you when the results are in and explains what they mean and what comes next.',
          ),
        },
      ],
    },
    {
      id: 'payment',
      type: 'payment',
      heading: copy('Payment'),
      note: copy('Pay at reception after your appointment, or online with the options below.'),
    },
    {
      id: 'contact',
      type: 'contact',
      heading: copy('Contact the clinic'),
      whatsappMessage: copy(`Hello ${names.branchName}, I'd like to ask about an appointment.`, 300),
    },
    {
      id: 'map',
      type: 'map',
      heading: copy('How to find us'),
      note: copy('Tap the map for directions to the clinic.'),
    },
    {
      id: 'lead-form',
      type: 'lead_form',
      heading: copy('Ask us a question'),
      intro: copy(
        "Not sure which treatment you need? Send us a message and our team will get back to you. Please don't send urgent medical information here.",
      ),
      submitLabel: copy('Send message'),
    },
  ],
}
