/**
 * Vite build plugin: react-three-fiber's <Canvas> imports `three` as a namespace and registers all of it
 * (`extend(THREE)`), which defeats tree-shaking. This plugin resolves that one import, and only for that file,
 * to src/scene/threeCatalogue.ts: the classes our JSX uses. The rest of react-three-fiber (and drei, and our
 * code) still imports the real `three`. This is the "own exports file, aliased" approach react-three-fiber's
 * docs describe for bundle size.
 *
 * Build only: in dev, Vite pre-bundles dependencies before plugins see their imports, so dev keeps the whole
 * namespace (more forgiving, never stricter than the build the tests run against).
 */
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/** The module in react-three-fiber that holds `extend(THREE)` inside <Canvas>. */
export const CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/

export const CATALOGUE_MODULE = fileURLToPath(new URL('../scene/threeCatalogue.ts', import.meta.url))

/** Where an import of `source` from `importer` should go instead, or null to leave it alone. */
export function redirectThreeImport(source: string, importer: string | undefined): string | null {
  return source === 'three' && importer !== undefined && CANVAS_MODULE.test(importer)
    ? CATALOGUE_MODULE
    : null
}

export function r3fCataloguePlugin(): Plugin {
  let redirected = 0
  return {
    name: 'r3f-three-catalogue',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      redirected = 0
    },
    resolveId(source, importer) {
      const target = redirectThreeImport(source, importer)
      if (target) redirected++
      return target
    },
    buildEnd(error) {
      // If react-three-fiber moves its Canvas to another file, say so rather than silently ship all of three.
      if (!error && redirected === 0 && this.getModuleIds) {
        const ids = [...this.getModuleIds()]
        if (ids.some((id) => /[\\/]@react-three[\\/]fiber[\\/]/.test(id)))
          this.warn(
            'react-three-fiber was bundled but its <Canvas> module was not found: all of three.js is included. ' +
              'Update CANVAS_MODULE in src/tools/r3fCataloguePlugin.ts.',
          )
      }
    },
  }
}
