// A small ESLint plugin with one rule, `layers/imports`: a file under src/ may import only from its own layer and the
// layers it is given in eslint.config.js (LAYERS). Both spellings are checked, `@/scene/x` and relative paths such
// as `../scene/x`, in every kind of import: `import`, `import type`, `export … from`, `import()` and `import('…')`
// types. A folder of src/ that is in no layer is an error too, so a new folder must be given its place.
import path from 'node:path'

/**
 * The layer of a path: its first folder under src/, or for a file at the top of src/ its name without extension
 * (`main`, `strings`). `undefined` when the path is outside src/, `null` when it is inside but in no layer.
 */
function layerOf(file, src, layers) {
  const rel = path.relative(src, file)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  const parts = rel.split(path.sep)
  const first = parts.length === 1 ? parts[0].replace(/\.[^.]*$/, '') : parts[0]
  for (const [name, layer] of Object.entries(layers)) if (layer.paths.includes(first)) return name
  return null
}

/** Where an import specifier points, as an absolute path; `undefined` for a package. */
function target(spec, file, src) {
  const bare = spec.replace(/[?#].*$/, '')
  if (bare.startsWith('@/')) return path.join(src, bare.slice(2))
  if (bare === '.' || bare === '..' || bare.startsWith('./') || bare.startsWith('../')) {
    return path.resolve(path.dirname(file), bare)
  }
  return undefined
}

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers import only from the layers below them (LAYERS in eslint.config.js).' },
    schema: [
      {
        type: 'object',
        properties: {
          src: { type: 'string' },
          layers: { type: 'object' },
          outside: { type: 'array', items: { type: 'string' } },
        },
        required: ['src', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "{{from}} may not import {{to}} ('{{spec}}'). {{from}} imports only {{allowed}}.",
      noLayer: 'src/{{folder}} is in no layer: give it its place in LAYERS (eslint.config.js).',
      targetNoLayer:
        "'{{spec}}' points into src/{{folder}}, which is in no layer (LAYERS in eslint.config.js).",
      outside: "'{{spec}}' reaches outside src/ (only {{outside}} may be imported from there).",
    },
  },
  create(context) {
    const { src, layers, outside = [] } = context.options[0]
    const file = context.filename
    const from = layerOf(file, src, layers)
    if (from === undefined) return {}
    if (from === null) {
      return {
        Program(node) {
          context.report({
            node,
            messageId: 'noLayer',
            data: { folder: path.relative(src, file).split(path.sep)[0] },
          })
        },
      }
    }
    const allowed = layers[from].mayImport
    const anything = allowed.includes('*')
    const root = path.dirname(src)

    function check(node, spec) {
      if (typeof spec !== 'string') return
      const to = target(spec, file, src)
      if (to === undefined) return
      const toLayer = layerOf(to, src, layers)
      if (toLayer === undefined) {
        const rel = path.relative(root, to)
        if (!outside.some((dir) => rel === dir || rel.startsWith(dir + path.sep))) {
          context.report({
            node,
            messageId: 'outside',
            data: { spec, outside: outside.join(', ') || 'nothing' },
          })
        }
        return
      }
      if (toLayer === null) {
        const folder = path.relative(src, to).split(path.sep)[0]
        context.report({ node, messageId: 'targetNoLayer', data: { spec, folder } })
        return
      }
      if (toLayer === from || anything || allowed.includes(toLayer)) return
      const list = allowed.length ? `${from} and ${allowed.join(', ')}` : `${from} itself`
      context.report({ node, messageId: 'forbidden', data: { from, to: toLayer, spec, allowed: list } })
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value)
    return {
      ImportDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value)
      },
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.source
        if (literal?.type === 'Literal') check(literal, literal.value)
      },
    }
  },
}

export const layersPlugin = { meta: { name: 'layers' }, rules: { imports: importsRule } }
