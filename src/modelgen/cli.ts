// npm run build:model — builds models/body.glb and prints the budget figures.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { buildModel, inputsHash, loadDescription, modelsDir } from './build'

const desc = loadDescription()
const { glb, stats } = await buildModel(desc, (s) => console.log(s))
const out = resolve(modelsDir, 'body.glb')
writeFileSync(out, glb)
const record = {
  note: 'Written by npm run build:model. Tests compare these hashes with the current inputs and body.glb.',
  inputs: inputsHash(),
  glbSha256: createHash('sha256').update(glb).digest('hex'),
  triangles: stats.triangles,
  bytes: stats.bytes,
  coverageFront: Math.round(stats.coverageFront * 1000) / 1000,
  coverageBack: Math.round(stats.coverageBack * 1000) / 1000,
  landmarkMaxErrorMm: Math.round(stats.landmarkMaxErrorMm * 10) / 10,
}
writeFileSync(resolve(modelsDir, 'body.build.json'), JSON.stringify(record, null, 2) + '\n')
console.log(`wrote ${out}`)
console.log(
  [
    `triangles: ${stats.triangles} (skin ${stats.skinTriangles}, muscles ${stats.muscleTriangles}, bones ${stats.boneTriangles}) / budget 500000`,
    `GLB bytes: ${stats.bytes} (${(stats.bytes / 1048576).toFixed(2)} MiB) / budget 3 MB`,
    `muscle meshes: ${stats.muscleMeshes} (${desc.muscles.length} muscles); skin regions: ${stats.regions}`,
    `muscle coverage of trunk and limb skin: front ${(stats.coverageFront * 100).toFixed(1)} %, back ${(stats.coverageBack * 100).toFixed(1)} % (target 85 %)`,
    `landmarks: max ${stats.landmarkMaxErrorMm.toFixed(1)} mm, mean ${stats.landmarkMeanErrorMm.toFixed(1)} mm from the skin before projection`,
    `time: ${stats.seconds.toFixed(1)} s (parts built ${stats.built}, from cache ${stats.cached}) / budget 60 s`,
  ].join('\n'),
)
