// The page script every view bench times with: run an action at the start of a frame, then resolve
// with the milliseconds to the end of the first frame that shows `selector` (the message posted
// after that frame's rendering is handled once it is painted). A view that never paints says what
// it shows instead, rather than hang the run.

/** `act`: page code run at the start; `selector`: what the painted view shows. */
export const actAndPaint = (act: string, selector: string) => `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const rendered = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  return await new Promise((resolve, reject) => requestAnimationFrame(async () => { try {
    const start = performance.now();
    ${act};
    for (;;) {
      await frame()
      if (document.querySelector(${JSON.stringify(selector)})) break
      if (performance.now() - start > 30000)
        throw new Error('not painted: ' + ${JSON.stringify(selector)} + ' in ' + document.body.textContent.slice(0, 300))
    }
    resolve((await rendered()) - start)
  } catch (error) { reject(error) } }))
})()`

/** Page code that clicks what `target` finds, or fails naming it. */
export const clickOn = (target: string) =>
  `(document.querySelector(${JSON.stringify(target)}) ?? (() => { throw new Error('nothing to click: ' + ${JSON.stringify(target)}) })()).click()`
