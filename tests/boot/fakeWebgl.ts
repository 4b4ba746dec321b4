/**
 * A stand-in WebGL2 context for jsdom (which has none): enough for three's WebGLRenderer to start and clear an
 * empty scene, and it counts the contexts made. Constants are stable numbers; getParameter answers by name.
 */
const names = new Map<number, string>()
const numbers = new Map<string, number>()
const constant = (name: string) => {
  let n = numbers.get(name)
  if (n === undefined) {
    n = 0x1000 + numbers.size
    numbers.set(name, n)
    names.set(n, name)
  }
  return n
}

function parameter(p: number, canvas: HTMLCanvasElement): unknown {
  const name = names.get(p) ?? ''
  if (name === 'VERSION') return 'WebGL 2.0'
  if (name === 'SHADING_LANGUAGE_VERSION') return 'WebGL GLSL ES 3.00'
  if (name === 'VIEWPORT' || name === 'SCISSOR_BOX')
    return new Int32Array([0, 0, canvas.width, canvas.height])
  if (name.startsWith('MAX_')) return 4096
  return 0
}

export function fakeWebgl2(canvas: HTMLCanvasElement, attributes: object = {}): WebGL2RenderingContext {
  const methods: Record<string, (...args: never[]) => unknown> = {
    getParameter: (p: number) => parameter(p, canvas),
    getContextAttributes: () => ({ ...attributes }),
    getExtension: () => null,
    getSupportedExtensions: () => [],
    isContextLost: () => false,
    getShaderPrecisionFormat: () => ({ precision: 23, rangeMin: 127, rangeMax: 127 }),
    getShaderParameter: () => true,
    getProgramParameter: (_program: never, p: number) => (names.get(p)?.startsWith('ACTIVE_') ? 0 : true),
    getShaderInfoLog: () => '',
    getProgramInfoLog: () => '',
    checkFramebufferStatus: () => constant('FRAMEBUFFER_COMPLETE'),
  }
  const target = {
    canvas,
    get drawingBufferWidth() {
      return canvas.width
    },
    get drawingBufferHeight() {
      return canvas.height
    },
  }
  return new Proxy(target, {
    get(t, prop) {
      if (prop in t) return t[prop as keyof typeof t]
      if (typeof prop !== 'string') return undefined
      if (/^[A-Z0-9_]+$/.test(prop)) return constant(prop)
      return methods[prop] ?? (prop.startsWith('create') ? () => ({}) : () => undefined)
    },
  }) as unknown as WebGL2RenderingContext
}
