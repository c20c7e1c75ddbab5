/** A share, or null when there was nothing to divide by (no deals closed is not a 0 % win rate). */
export const rateOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

const digitsCache = new Map<string, number>()

/** How many decimals the currency's minor unit has (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency)
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2
    } catch {
      // Not an ISO 4217 code Intl knows: cents, as deals are entered.
      digits = 2
    }
    digitsCache.set(currency, digits)
  }
  return digits
}

/** Minor units as the amount people read (12550 USD → 125.5), for exports. */
export const majorUnits = (minor: number, currency: string): number => {
  const digits = currencyDigits(currency)
  return Number((minor / 10 ** digits).toFixed(digits))
}
