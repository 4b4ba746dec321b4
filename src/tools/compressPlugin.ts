/**
 * Vite plugin (build only): writes a gzip copy beside each file worth compressing (`body-….glb.gz`, …), for
 * hosts that serve pre-compressed files (nginx's `gzip_static`, Caddy's `precompressed`; README "Host it").
 * Many hosts do not compress `model/gltf-binary` on the fly, and the model is most of the download: gzip takes
 * it from 2.2 MB to 1.3 MB. Written after the build's files are on disk, so each copy is of the final bytes.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** Kinds of file a host should send compressed (images such as PNG are compressed already). */
export const COMPRESSIBLE = /\.(glb|js|mjs|css|json|html|svg|webmanifest|wasm|txt)$/
/** Smaller files gain too little to be worth a second copy. */
export const MIN_BYTES = 1024

/** Which files of a build get a gzip copy. Pure: unit-tested. */
export function worthCompressing(fileName: string, bytes: number): boolean {
  // Not the worker: written after this plugin runs (pwaPlugin.ts), and asked for rarely.
  return (
    COMPRESSIBLE.test(fileName) &&
    bytes >= MIN_BYTES &&
    !fileName.startsWith('screenshots/') &&
    fileName !== 'sw.js'
  )
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else yield path
  }
}

export function compressPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'bodymap-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      for await (const path of files(outDir)) {
        const bytes = await readFile(path)
        if (worthCompressing(relative(outDir, path), bytes.byteLength))
          await writeFile(`${path}.gz`, gzipSync(bytes, { level: 9 }))
      }
    },
  }
}
