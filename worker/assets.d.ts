declare module '*.ttf' {
  /** Bundled as bytes by the `Data` rule in wrangler.toml. */
  const bytes: ArrayBuffer
  export default bytes
}
