/**
 * A small W3C WebDriver client (the classic HTTP protocol): enough to drive WebKitWebDriver (WebKitGTK, Safari's
 * engine family) for the cross-engine smoke suite. Every call fails with the driver's own message.
 */

export interface WebDriverSession {
  /** Opens `url` and waits for the page's load event, as WebDriver does. */
  goto(url: string): Promise<void>
  /** Runs `script` (a function body; `arguments` are `args`) in the page and returns its JSON result. */
  execute<T>(script: string, ...args: unknown[]): Promise<T>
  /** A PNG of what the window shows (the viewport), as the user sees it. */
  screenshot(): Promise<Buffer>
  /** A left click (or tap) at a viewport point. */
  click(x: number, y: number): Promise<void>
  setWindowSize(width: number, height: number): Promise<void>
  quit(): Promise<void>
}

async function call<T>(server: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as { value: T & { error?: string; message?: string } }
  if (!res.ok || (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error))
    throw new Error(
      `WebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`,
    )
  return json.value
}

export async function newSession(server: string, capabilities: object): Promise<WebDriverSession> {
  const created = await call<{ sessionId: string }>(server, 'POST', '/session', {
    capabilities: { alwaysMatch: capabilities },
  })
  const base = `/session/${created.sessionId}`
  return {
    goto: (url) => call<null>(server, 'POST', `${base}/url`, { url }).then(() => undefined),
    execute: (script, ...args) => call(server, 'POST', `${base}/execute/sync`, { script, args }),
    screenshot: async () => Buffer.from(await call<string>(server, 'GET', `${base}/screenshot`), 'base64'),
    click: async (x, y) => {
      await call(server, 'POST', `${base}/actions`, {
        actions: [
          {
            type: 'pointer',
            id: 'finger',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y), origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pause', duration: 60 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      })
      await call(server, 'DELETE', `${base}/actions`)
    },
    setWindowSize: (width, height) =>
      call<unknown>(server, 'POST', `${base}/window/rect`, { width, height }).then(() => undefined),
    quit: () => call<null>(server, 'DELETE', base).then(() => undefined),
  }
}
