/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<group>`, `<hemisphereLight>`…).
 *
 * react-three-fiber's <Canvas> registers the whole `three` namespace so that any element works, which keeps
 * every class of three.js in the bundle (about 45 KB gzip we never run). At build time
 * `src/tools/r3fCataloguePlugin.ts` hands this module to <Canvas> in place of `three`, so only these classes are
 * registered and the rest of three.js is tree-shaken. An element missing here fails with react-three-fiber's
 * "is not part of the THREE namespace" error; `tests/scene/threeCatalogue.test.ts` checks that every element
 * written in src/ is listed. (`<primitive>` is built in and needs no entry.)
 */
export { Color, DirectionalLight, Group, HemisphereLight, Mesh } from 'three'
