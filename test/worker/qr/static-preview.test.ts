// The designer previews static codes before they are saved with its own copy of the encoders
// (the dashboard cannot bundle the sites module they reach); both must say the same thing.
import { describe, expect, it } from 'vitest'
import { staticContent as previewed } from '../../../web/src/features/qr/static-content.ts'
import type { QrStaticPayload } from '../../../worker/modules/qr/qr.model.ts'
import { staticContent as printed } from '../../../worker/modules/qr/static/encode.ts'

const PAYLOADS: QrStaticPayload[] = [
  { type: 'wifi', ssid: 'Café; "Guest"', password: 'p:a,s\\s', encryption: 'WPA', hidden: true },
  { type: 'wifi', ssid: 'Open', encryption: 'nopass', hidden: false, password: 'ignored' },
  {
    type: 'vcard',
    name: 'Asha Kumari Rao',
    organisation: 'Rao, Sons; Daughters',
    title: 'Head chef',
    phone: '+91 98765 43210',
    email: 'asha@example.com',
    url: 'https://example.com/asha',
    address: `${'12 Long Street, '.repeat(5)}Chennai\nTamil Nadu`,
  },
  { type: 'vcard', name: 'مطعم الياسمين والزيتون للمأكولات الشرقية الأصيلة في دبي' },
  { type: 'text', text: 'Hello 👋 world' },
  { type: 'sms', phone: '+91 (98765) 43210', message: 'Table for 4: 8pm' },
  { type: 'sms', phone: '98765-43210' },
  { type: 'email', to: 'hello+qr@example.com', subject: 'Booking & more', body: 'Line 1\nLine 2 ü' },
  { type: 'phone', phone: '+44 20 7946 0958' },
]

describe('static code preview', () => {
  it.each(PAYLOADS.map((p) => [p.type, p] as const))('%s matches what is printed', (_type, payload) => {
    expect(previewed(payload)).toBe(printed(payload))
  })
})
