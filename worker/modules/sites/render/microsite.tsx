/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { SiteContent } from '../content/site-content.ts'
import { MICROSITE_CSS } from './microsite.css.ts'

export interface MicrositeView {
  brandName: string
  branchName: string
  primaryColor: string
  content: SiteContent
  /** Where the lead form posts, relative to the host the page is served on. */
  formAction: string
}

/** Gives the form a per-render idempotency key when scripts run; without them the server derives one. */
export const IDEMPOTENCY_SCRIPT =
  "document.querySelectorAll('input[name=idempotencyKey]').forEach(function(i){i.value=crypto.randomUUID()})"

/** The inline stylesheet; its hash goes into the page's Content-Security-Policy. */
export const micrositeStyle = (color: string) => `:root{--brand:${color}}${MICROSITE_CSS}`

export const safeColor = (color: string) => (/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#0f766e')

const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`

export function Microsite({ view }: { view: MicrositeView }) {
  const { content } = view
  const color = safeColor(view.primaryColor)
  return (
    <html lang={content.language} dir={content.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${view.branchName} · ${view.brandName}`}</title>
        <meta name="description" content={content.tagline ?? content.headline} />
        <style>{raw(micrositeStyle(color))}</style>
      </head>
      <body>
        <header>
          <h1>{content.headline}</h1>
          <p>
            {view.brandName} · {view.branchName}
          </p>
          {content.tagline ? <p>{content.tagline}</p> : null}
        </header>
        <main>
          {content.phone || content.email ? (
            <section aria-labelledby="contact">
              <h2 id="contact">Contact</h2>
              <ul class="actions">
                {content.phone ? (
                  <li>
                    <a href={telHref(content.phone)}>Call {content.phone}</a>
                  </li>
                ) : null}
                {content.email ? (
                  <li>
                    <a href={`mailto:${content.email}`}>Email us</a>
                  </li>
                ) : null}
              </ul>
              {content.address ? <p>{content.address}</p> : null}
            </section>
          ) : null}
          {content.about ? (
            <section aria-labelledby="about">
              <h2 id="about">About</h2>
              <p>{content.about}</p>
            </section>
          ) : null}
          {content.leadForm.enabled ? <LeadForm view={view} /> : null}
        </main>
        <footer>Powered by Vitrine</footer>
        <script>{raw(IDEMPOTENCY_SCRIPT)}</script>
      </body>
    </html>
  )
}

function LeadForm({ view }: { view: MicrositeView }) {
  const form = view.content.leadForm
  return (
    <section aria-labelledby="lead-form">
      <h2 id="lead-form">{form.title}</h2>
      <form method="post" action={view.formAction}>
        <label for="lf-name">Name</label>
        <input id="lf-name" name="name" required maxlength={120} autocomplete="name" />
        <label for="lf-email">Email</label>
        <input id="lf-email" name="email" type="email" maxlength={254} autocomplete="email" />
        <label for="lf-phone">Phone</label>
        <input id="lf-phone" name="phone" type="tel" maxlength={24} autocomplete="tel" />
        <label for="lf-message">Message</label>
        <textarea id="lf-message" name="message" maxlength={2000} />
        <div class="hp" aria-hidden="true">
          <label for="lf-website">Leave this empty</label>
          <input id="lf-website" name="website" tabindex={-1} autocomplete="off" />
        </div>
        <input type="hidden" name="idempotencyKey" value="" />
        <p class="note">We reply by email or phone; leave at least one.</p>
        <button type="submit">{form.submitLabel}</button>
      </form>
    </section>
  )
}

export async function renderMicrosite(view: MicrositeView): Promise<string> {
  return `<!doctype html>${await (<Microsite view={view} />).toString()}`
}
