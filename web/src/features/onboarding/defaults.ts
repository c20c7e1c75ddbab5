// Guesses that pre-fill the wizard, so most people only confirm: pure, and tested in workerd.
import type { TemplateId } from '../../../../worker/modules/sites/content/site-content.ts'

// Word starts per template, matched at the start of a word of the organisation's name.
const TEMPLATE_HINTS: [TemplateId, string[]][] = [
  [
    'clinic',
    [
      'clinic',
      'dent',
      'doctor',
      'medic',
      'health',
      'physio',
      'pharma',
      'hospital',
      'vet',
      'ortho',
      'derma',
      'eye',
    ],
  ],
  ['salon', ['salon', 'spa', 'beauty', 'hair', 'barber', 'nail', 'lash', 'brow', 'makeup', 'tattoo']],
  ['real-estate', ['realt', 'real estate', 'estate', 'propert', 'homes', 'housing', 'letting', 'rental']],
  [
    'professional-services',
    ['law', 'legal', 'account', 'consult', 'agency', 'advis', 'associates', 'partners', 'tax', 'insurance'],
  ],
  [
    'retail',
    ['shop', 'store', 'boutique', 'mart', 'market', 'fashion', 'outlet', 'supply', 'books', 'florist'],
  ],
  [
    'restaurant',
    ['restaurant', 'cafe', 'café', 'kitchen', 'bistro', 'trattoria', 'pizz', 'bakery', 'grill', 'diner'],
  ],
]

/** The template an organisation's name suggests ("Verma Dental" → clinic); restaurant otherwise. */
export function guessTemplate(name: string): TemplateId {
  const text = ` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')}`
  const found = TEMPLATE_HINTS.find(([, hints]) => hints.some((hint) => text.includes(` ${hint}`)))
  return found?.[0] ?? 'restaurant'
}

/** Two-letter region codes (ISO 3166-1), for the country list. */
export const REGION_CODES = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ ' +
  'FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR ' +
  'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH ' +
  'MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK ' +
  'PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC ' +
  'TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ')

/** The region of a language tag ("en-IN" → IN, "de" → DE by likely subtags), or US. */
export function defaultCountry(language: string | undefined): string {
  try {
    const region = language ? new Intl.Locale(language).maximize().region : undefined
    return region && REGION_CODES.includes(region) ? region : 'US'
  } catch {
    return 'US'
  }
}

/** Countries by their name in the given language, for a select. */
export function countryOptions(language: string | undefined): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null
  try {
    names = new Intl.DisplayNames(language ? [language, 'en'] : ['en'], { type: 'region' })
  } catch {
    names = null
  }
  return REGION_CODES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, language),
  )
}

/** Colours offered as one-tap choices; all dark enough for white text on buttons. */
export const COLOUR_PRESETS = [
  { name: 'Teal', hex: '#0f766e' },
  { name: 'Blue', hex: '#1d4ed8' },
  { name: 'Violet', hex: '#6d28d9' },
  { name: 'Rose', hex: '#be123c' },
  { name: 'Orange', hex: '#c2410c' },
  { name: 'Green', hex: '#15803d' },
  { name: 'Slate', hex: '#334155' },
] as const

export const DEFAULT_BRANCH_NAME = 'Main branch'
