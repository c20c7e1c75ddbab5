/**
 * The name an attachment is shown and downloaded under. No folders, no control or direction-
 * override characters (which make `gpj.exe` read as `exe.jpg`), and an extension that matches
 * the sniffed type: a text file called `invoice.html` downloads as `invoice.html.txt`, so the
 * desktop never opens it as something it is not.
 */
const MAX_NAME = 200

export function cleanFileName(name: string, extensions: readonly string[]): string {
  // Browsers send a `"` in a multipart file name as %22 (HTML's form encoding): undo that.
  const base = (name.replaceAll('%22', '"').split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : ''
  const fitting = extensions.includes(ext)
  if (fitting) return base.length <= MAX_NAME ? base : `${base.slice(0, MAX_NAME - ext.length - 1)}.${ext}`
  return `${(base || 'file').slice(0, MAX_NAME - 10)}.${extensions[0] ?? 'bin'}`
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 8187). */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
