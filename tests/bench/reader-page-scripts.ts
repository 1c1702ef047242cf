// In-page code for the reader benchmark, as strings: tsx would wrap named functions in a helper
// the page does not have.

/** Click the option marked `data-bench="long"`; ms to the frame with text, and with every highlight. */
export const openAndPaint = (highlights: number) => `(async () => {
  const start = performance.now()
  let textAt = 0
  document.querySelector('[data-bench="long"]').click()
  await new Promise((resolve) => {
    const check = () => {
      if (!textAt && document.querySelectorAll('.article-text p').length >= 50) textAt = performance.now() - start
      const all = document.querySelectorAll('.article-text .hl').length >= ${highlights}
      return all ? requestAnimationFrame(resolve) : requestAnimationFrame(check)
    }
    check()
  })
  return [performance.now() - start, textAt]
})()`

/**
 * Select ten characters in the open article (paragraph `run`, cycling), press 1, and time the
 * new highlight. The key press is dispatched at the start of a frame (in a requestAnimationFrame
 * callback), so the time does not depend on where in the frame interval it fell: `keyMs` runs from
 * the key press to the end of that frame's rendering (the message posted in the same callback is
 * handled after the frame's style, layout and paint). The message is posted before the key press,
 * so that work the handlers leave for after the frame (a React transition, a request) is not
 * counted as the frame's. Within 16.7 ms, the highlight shows in the next frame. `answerMs` runs
 * from the end of the API answer that confirmed it to the end of the frame showing the
 * confirmed (active) highlight; it includes the wait for that frame.
 */
export const newHighlight = (run: number, profile = false) => `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const rendered = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  const paragraphs = [...document.querySelectorAll('.article-text p')].filter((p) => p.textContent.length > 40)
  const paragraph = paragraphs[(${run} * 7) % paragraphs.length]
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let node = walker.nextNode()
  while (node && node.textContent.length < 14) node = walker.nextNode()
  window.getSelection().setBaseAndExtent(node, 2, node, 12)
  paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  while (!document.querySelector('.selection-toolbar')) await frame()
  const activeBefore = document.querySelector('.article-text .hl-active')?.className ?? ''
  performance.clearResourceTimings()
  const pending = () => document.querySelector('.article-text [class*="ann-pending-"]')
  const [keyMs, handledMs] = await new Promise((resolve) => requestAnimationFrame(async () => {
    if (${profile}) console.profile('new highlight')
    const start = performance.now()
    const frameEnd = rendered()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }))
    const handled = performance.now() - start
    await Promise.resolve() // after the microtasks the handlers queued, still before this frame renders
    const inFrame = pending()
    let end = await frameEnd
    if (!inFrame) {
      // Not painted in this frame: measured to the end of the frame that shows it.
      while (!pending()) await frame()
      end = await rendered()
    }
    if (${profile}) console.profileEnd('new highlight')
    resolve([end - start, handled])
  }))
  const confirmed = () => {
    const active = document.querySelector('.article-text .hl-active')
    return !pending() && active && active.className !== activeBefore
  }
  const waitedFrom = performance.now()
  while (!confirmed()) {
    if (performance.now() - waitedFrom > 10000) throw new Error('the new highlight was never confirmed')
    await frame()
  }
  const seenAt = performance.now()
  const paintedAt = await rendered()
  // The last answer before the frame that showed the confirmed highlight brought it: the create
  // call's own (it carries the new id), or the list refetched after main's change event.
  const answers = performance.getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('/api/listAnnotations') || entry.name.endsWith('/api/createAnnotation'))
  const answeredAt = Math.max(...answers.map((entry) => entry.responseEnd).filter((end) => end <= seenAt))
  return { keyMs, handledMs, answerMs: paintedAt - answeredAt }
})()`

/**
 * Opening a normal article beside the open one: a Ctrl+click on the library row marked
 * `data-bench="beside"`, timed to the frame after the second pane shows the article's paragraphs.
 */
export const openBesideAndPaint = () => `(async () => {
  const start = performance.now()
  const row = document.querySelector('[data-bench="beside"]')
  row.dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }))
  await new Promise((resolve) => {
    const check = () =>
      document.querySelector('[data-pane="pane-beside"] .article-text p') ? requestAnimationFrame(resolve) : requestAnimationFrame(check)
    check()
  })
  return performance.now() - start
})()`
