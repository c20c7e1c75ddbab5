import QRCode from 'qrcode-svg'

export type QrEcl = 'L' | 'M' | 'Q' | 'H'

type Model = QRCode.Model & { dataList: { parsedData: number[] }[] }

// qrcode-svg's encoder model, reached through an instance: the package exports only the
// wrapper, and the model's prototype has no constructor link, so a model is built the way
// its constructor does it.
const probe = (ecl: QrEcl) => new QRCode({ content: 'x', padding: 0, ecl }).qrcode
const MODEL_PROTOTYPE: object = Object.getPrototypeOf(probe('M'))
const newModel = (typeNumber: number, errorCorrectLevel: number): Model =>
  Object.assign(Object.create(MODEL_PROTOTYPE), {
    typeNumber,
    errorCorrectLevel,
    modules: null,
    moduleCount: 0,
    dataCache: null,
    dataList: [],
  })
const ECL_NUMBER: Record<QrEcl, number> = {
  L: probe('L').errorCorrectLevel,
  M: probe('M').errorCorrectLevel,
  Q: probe('Q').errorCorrectLevel,
  H: probe('H').errorCorrectLevel,
}

const utf8 = new TextEncoder()

/**
 * The code's modules, `[row][column]`, true for dark, without quiet zone. The content is
 * encoded as plain UTF-8 bytes in the smallest version that holds it: qrcode-svg's own byte
 * encoder prefixes a byte order mark to any non-ASCII text (which some readers show, or which
 * breaks a `BEGIN:VCARD` at the start) and mis-encodes characters outside the BMP.
 * Throws a plain Error when the content does not fit a version 40 code.
 * @example qrMatrix('https://vitrine.dev/q/h7Kq2xZp', 'H').length // 29
 */
export function qrMatrix(content: string, ecl: QrEcl): boolean[][] {
  if (content.length === 0) throw new Error('A QR code needs some content')
  const bytes = Array.from(utf8.encode(content))
  for (let version = minVersion(bytes.length); version <= 40; version++) {
    const model = newModel(version, ECL_NUMBER[ecl])
    model.addData(content)
    const segment = model.dataList[0]
    if (!segment) throw new Error('The QR encoder lost its data')
    segment.parsedData = bytes
    try {
      model.make()
    } catch (error) {
      // "code length overflow": too much for this version; try the next one.
      if (error instanceof Error && error.message.includes('overflow')) continue
      throw error
    }
    return model.modules.map((row) => row.map((dark) => dark === true))
  }
  throw new Error(
    `The content is too long for a QR code (${bytes.length} bytes; at most ${MAX_BYTES[ecl]} at error correction ${ecl})`,
  )
}

/** Byte-mode capacity of a version 40 code per error correction level. */
export const MAX_BYTES: Record<QrEcl, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 }

// Version 1 holds at most 17 bytes; each version adds at least ~8. Starting near the answer
// keeps long contents from paying for dozens of failed attempts.
const minVersion = (bytes: number) => Math.max(1, Math.min(40, Math.floor(bytes / 80)))
