// One policy for both modes: injected as a <meta> into the built index.html (Electron loads it
// from disk) and sent as a header by the web host. Start from nothing; each exception is needed.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'", // the bundled renderer only: no inline script, no eval
  "style-src 'self'", // the bundled stylesheet; React and ProseMirror set styles through the CSSOM
  "font-src 'self'", // the bundled Thai font (Sarabun)
  "img-src 'self'",
  "connect-src 'self'", // the web host's API; unused under Electron, where IPC is the channel
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')

/** Only a header can forbid framing (a <meta> policy ignores frame-ancestors). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
