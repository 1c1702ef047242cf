// Work the user does not see (sending a new highlight to main) waits until the frame that shows
// their action is painted: started in the key press, a request's own set-up (about 4–8 ms for a
// fetch in Chromium) lengthened that frame past 16.7 ms in an article with 1,000 highlights.

/** Resolves after the next frame is painted, or after `fallbackMs` when no frame comes (a hidden window draws none). */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    requestAnimationFrame(() => {
      // A message posted in the frame's callbacks arrives after that frame is rendered.
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        clearTimeout(timer)
        resolve()
      }
      channel.port2.postMessage(null)
    })
  })
}
