/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import { sha256Base64 } from '../../../lib/crypto.ts'
import { LANGUAGES, type LanguageCode } from '../content/languages.ts'
import { contrast, safeColor, textOn } from './palette.ts'

const STYLE =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f7f7f5}main{max-width:32rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:.75rem}h1{font-size:1.5rem;margin-top:0}a{color:#0f766e}'

export interface StatusView {
  title: string
  message: string
  items?: string[]
  backHref?: string
  /** The back link's text in the page's language. */
  backLabel?: string
  language?: string
  /** The business the page speaks for (QR links): its colour on the page, its logo above the title. */
  brand?: { name: string; color: string; logoUrl: string | null }
  /** One secret field posted back to `action`, e.g. the password of a protected QR link. */
  secret?: { action: string; label: string; submitLabel: string; error?: string }
  /**
   * Markup placed after the message (a form shown again to correct), with its rules and the
   * origins its scripts and frames come from; it may post to this host.
   */
  body?: { html: string; css: string; scriptOrigins?: string[]; frameOrigins?: string[] }
}

const FORM_STYLE =
  'label{display:block;font-weight:600;margin:1.5rem 0 .25rem}input{box-sizing:border-box;width:100%;font:inherit;padding:.625rem .75rem;border:1px solid #52606d;border-radius:.5rem}button{margin-top:1rem;font:inherit;font-weight:600;padding:.625rem 1.25rem;border:0;border-radius:.5rem;background:#0f766e;color:#fff;cursor:pointer}:focus-visible{outline:3px solid #1f2933;outline-offset:2px}.err{color:#b42318;font-weight:600}'
const BRAND_STYLE =
  '.logo{display:block;max-height:3.5rem;max-width:12rem;margin-bottom:1rem}.org{font-weight:600;margin:0 0 .5rem}'

/** The brand colour as the page's accent; links fall back to ink where the colour would not read. */
function brandStyle(color: string) {
  const accent = safeColor(color)
  const link = contrast(accent, '#ffffff') >= 4.5 ? accent : '#1f2933'
  return `${BRAND_STYLE}main{border-top:.375rem solid ${accent}}a{color:${link}}button{background:${accent};color:${textOn(accent)}}`
}

/** Where a logo may load from: our own paths, or the origin of an absolute http(s) address. */
function imageSource(url: string | null | undefined): string | null {
  if (!url) return null
  if (url.startsWith('/') && !url.startsWith('//')) return "'self'"
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null
  } catch {
    return null
  }
}

function SecretForm({ form }: { form: NonNullable<StatusView['secret']> }) {
  return (
    <form method="post" action={form.action}>
      <label for="secret">{form.label}</label>
      {form.error ? (
        <p id="secret-error" class="err" role="alert">
          {form.error}
        </p>
      ) : null}
      <input
        id="secret"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        aria-invalid={form.error ? 'true' : undefined}
        aria-describedby={form.error ? 'secret-error' : undefined}
      />
      <button type="submit">{form.submitLabel}</button>
    </form>
  )
}

const directionOf = (language: string) =>
  Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language as LanguageCode].dir : 'ltr'

/** Small no-JS pages for visitors: not found, gone, thank you, please fix these fields. Never indexed. */
export async function renderStatusPage(view: StatusView): Promise<{ html: string; csp: string }> {
  const style = `${STYLE}${view.secret ? FORM_STYLE : ''}${view.body?.css ?? ''}${view.brand ? brandStyle(view.brand.color) : ''}`
  const logoSource = imageSource(view.brand?.logoUrl)
  const page = (
    <html lang={view.language ?? 'en'} dir={directionOf(view.language ?? 'en')}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{view.title}</title>
        <style>{raw(style)}</style>
      </head>
      <body>
        <main>
          {view.brand && logoSource ? (
            <img class="logo" src={view.brand.logoUrl ?? ''} alt={view.brand.name} />
          ) : view.brand ? (
            <p class="org">{view.brand.name}</p>
          ) : null}
          <h1>{view.title}</h1>
          <p>{view.message}</p>
          {view.items?.length ? (
            <ul>
              {view.items.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : null}
          {view.secret ? <SecretForm form={view.secret} /> : null}
          {view.body ? raw(view.body.html) : null}
          {view.backHref ? <a href={view.backHref}>{view.backLabel ?? 'Back'}</a> : null}
        </main>
      </body>
    </html>
  )
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${await sha256Base64(style)}'`,
    ...(logoSource ? [`img-src ${logoSource}`] : []),
    ...(view.body?.scriptOrigins?.length ? [`script-src ${view.body.scriptOrigins.join(' ')}`] : []),
    ...(view.body?.frameOrigins?.length ? [`frame-src ${view.body.frameOrigins.join(' ')}`] : []),
    ...(view.secret || view.body ? ["form-action 'self'"] : []),
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
  return { html: `<!doctype html>${await page.toString()}`, csp }
}
