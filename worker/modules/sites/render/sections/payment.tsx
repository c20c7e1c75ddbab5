/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { upiHref } from '../links.ts'
import { qrSvgPath } from '../qr-svg.ts'
import type { SectionRenderer } from './section-renderer.ts'

/** UPI (a deep link on phones, a QR code to scan from a desktop) and an online payment link. */
export const payment: SectionRenderer<'payment'> = {
  css: '.py .bs{margin-block-end:.75rem}.py figure{margin:0 0 .75rem}.py figcaption{font-size:.9rem}',
  render(section, view) {
    const payments = view.data.branch.payments
    if (!payments?.upiId && !payments?.paymentLink) return null
    const { t } = view
    const upi = payments.upiId ? upiHref(payments.upiId, view.data.brand.name) : null
    const qr = upi ? qrSvgPath(upi) : null
    if (qr) view.needs.chunk('qr')
    const note = view.text(section.note) || payments.note
    return (
      <Frame section={section} view={view} class="py">
        <ul class="bs">
          {upi ? (
            <li>
              <a class="b" href={upi}>
                {t.payUpi}
              </a>
            </li>
          ) : null}
          {payments.paymentLink ? (
            <li>
              <a class={upi ? 'b o' : 'b'} href={payments.paymentLink} rel="noopener">
                {t.payOnline}
              </a>
            </li>
          ) : null}
        </ul>
        {qr ? (
          <figure>
            <svg class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t.scanToPay}>
              <path d={qr.path} fill="currentColor" shape-rendering="crispEdges" />
            </svg>
            <figcaption>
              {t.scanToPay} · {t.upiId}: <strong>{payments.upiId}</strong>
            </figcaption>
          </figure>
        ) : null}
        {note ? <p class="m">{note}</p> : null}
      </Frame>
    )
  },
}
