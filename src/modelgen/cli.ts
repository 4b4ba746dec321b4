// npm run build:model — builds models/body.glb and prints the budget figures.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildModel, loadDescription, modelsDir } from './build'

const desc = loadDescription()
const { glb, stats } = await buildModel(desc, (s) => console.log(s))
const out = resolve(modelsDir, 'body.glb')
writeFileSync(out, glb)
console.log(`wrote ${out}`)
console.log(
  [
    `triangles: ${stats.triangles} (skin ${stats.skinTriangles}, muscles ${stats.muscleTriangles}, bones ${stats.boneTriangles}) / budget 400000`,
    `GLB bytes: ${stats.bytes} (${(stats.bytes / 1048576).toFixed(2)} MiB) / budget 3 MB`,
    `muscle meshes: ${stats.muscleMeshes} (${desc.muscles.length} muscles); skin regions: ${stats.regions}`,
    `landmarks: max ${stats.landmarkMaxErrorMm.toFixed(1)} mm, mean ${stats.landmarkMeanErrorMm.toFixed(1)} mm from the skin before projection`,
    `time: ${stats.seconds.toFixed(1)} s (parts built ${stats.built}, from cache ${stats.cached}) / budget 60 s`,
  ].join('\n'),
)
