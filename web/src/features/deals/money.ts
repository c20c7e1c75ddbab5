// Deal values travel as integers of the currency's minor unit (cents); these turn them into
// what people read and type, with as many decimals as the currency has (none for JPY).

const digitsCache = new Map<string, number>()

/** How many decimals the currency's minor unit has (2 for EUR, 0 for JPY, 3 for BHD). */
export function minorDigits(currency: string): number {
  const cached = digitsCache.get(currency)
  if (cached !== undefined) return cached
  let digits = 2
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
  } catch {
    // An unknown code: show it with two decimals rather than fail.
  }
  digitsCache.set(currency, digits)
  return digits
}

/** 1250000 EUR → "€12,500.00" in the reader's locale. */
export function formatMoney(
  amountMinor: number,
  currency: string,
  options: { compact?: boolean } = {},
): string {
  const digits = minorDigits(currency)
  const value = amountMinor / 10 ** digits
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      ...(options.compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    }).format(value)
  } catch {
    return `${value.toFixed(digits)} ${currency}`
  }
}

/** What someone typed ("12,500.50", "12500") → minor units, or null when it is not an amount. */
export function parseMoney(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,'_]/g, '').trim()
  if (cleaned === '') return 0
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null
  const digits = minorDigits(currency)
  const [whole = '0', fraction = ''] = cleaned.split('.')
  if (fraction.length > digits) return null
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  return Number.isSafeInteger(minor) ? minor : null
}

/** Minor units → the text an amount input starts with ("12500.50"). */
export function amountText(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency)
  return digits === 0 ? String(amountMinor) : (amountMinor / 10 ** digits).toFixed(digits)
}

export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'INR',
  'AUD',
  'CAD',
  'JPY',
  'AED',
  'SGD',
  'ZAR',
] as const
