/**
 * Prefixed, time-sortable ids (`lead_01JD3Q…`): a 48-bit millisecond timestamp and 80 random
 * bits in Crockford base32, so ids sort by creation and a glance tells what they name.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export const ID_PREFIXES = {
  tenant: 'ten',
  user: 'usr',
  membership: 'mem',
  plan: 'plan',
  brand: 'brd',
  branch: 'bra',
  site: 'site',
  siteVersion: 'sv',
  hostname: 'host',
  contact: 'con',
  lead: 'lead',
  pipeline: 'pipe',
  stage: 'stg',
  activity: 'act',
  deadLetter: 'dl',
  request: 'req',
  session: 'ses',
  emailToken: 'etk',
  recoveryCode: 'rc',
  invitation: 'inv',
  apiKey: 'key',
  auditEvent: 'aud',
  dataExport: 'exp',
  qrLogin: 'qr',
  staffMember: 'stf',
  media: 'med',
  slugRedirect: 'slr',
  qrCode: 'qrc',
  qrScan: 'scan',
  qrBatch: 'qrb',
  leadTouch: 'tch',
  leadForm: 'lfm',
  leadSource: 'lsrc',
  company: 'cmp',
  deal: 'deal',
  dealStageChange: 'dsc',
  stageAutomation: 'sau',
  activityTemplate: 'atpl',
  crmField: 'fld',
  crmView: 'view',
  attachment: 'att',
  crmImport: 'imp',
  crmUndo: 'undo',
  scoringRule: 'srul',
  sourceDelivery: 'sdl',
  routingRule: 'rrl',
  webhookEndpoint: 'whe',
  webhookDelivery: 'whd',
  analyticsEvent: 'evt',
  funnel: 'fnl',
  analyticsReport: 'rpt',
} as const

export type IdKind = keyof typeof ID_PREFIXES

function encodeTime(ms: number): string {
  let out = ''
  let rest = ms
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32] + out
    rest = Math.floor(rest / 32)
  }
  return out
}

function encodeRandom(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let out = ''
  for (const byte of bytes) out += ALPHABET[byte % 32]
  return out
}

/** @example newId('lead') // 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T' */
export function newId(kind: IdKind, now = Date.now()): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(now)}${encodeRandom()}`
}

export const idPattern = (kind: IdKind) => new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`)
