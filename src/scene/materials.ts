/**
 * Materials created once per loaded model: the skin (painted per fragment from a region look-up table:
 * essential zones solid, spillover hatched, the patient's pain dotted, so the grading reads in greyscale; plus
 * the patient's own drawing per vertex: "aches" dense dots, "sharp / worst" solid with small holes) and
 * a fibre-striped muscle material (stripes follow TEXCOORD_0, which runs along the fibres).
 */
import * as THREE from 'three'
import { PAIN_MARK_COLOR, PATTERN_PALETTE } from '@/look/palette'

export const LUT_SIZE = 256

/** A 256×1 RGBA texture: one texel per skin region (see state/regionPaint.ts for the channels). */
export function createRegionLut(): THREE.DataTexture {
  const tex = new THREE.DataTexture(new Uint8Array(LUT_SIZE * 4), LUT_SIZE, 1, THREE.RGBAFormat)
  tex.magFilter = THREE.NearestFilter
  tex.minFilter = THREE.NearestFilter
  tex.needsUpdate = true
  return tex
}

const palette = () => PATTERN_PALETTE.map((c) => new THREE.Color(c))

/** Skin material: MeshStandardMaterial plus region painting (three's onBeforeCompile hook). */
export function createSkinMaterial(lut: THREE.DataTexture): THREE.MeshStandardMaterial {
  const mat = new THREE.MeshStandardMaterial({ color: 0xe3c9b5, roughness: 0.72, metalness: 0 })
  const colors = palette()
  const pain = new THREE.Color(PAIN_MARK_COLOR)
  // The colours the shader paints with, for the browser tests that check the key against them (SceneProbe).
  mat.userData.paintColors = { patterns: colors, pain }
  mat.onBeforeCompile = (shader) => {
    shader.uniforms.uRegionLut = { value: lut }
    shader.uniforms.uPalette = { value: colors }
    shader.uniforms.uPainColor = { value: pain }
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float _region;\nflat out float vRegion;\nattribute vec2 _paint;\nout vec2 vPaint;',
      )
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvRegion = _region;\nvPaint = _paint;')
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
flat in float vRegion;
in vec2 vPaint;
uniform sampler2D uRegionLut;
uniform vec3 uPalette[${colors.length}];
uniform vec3 uPainColor;
vec3 paletteColor(float n) {
  int i = int(n + 0.5) - 1;
  vec3 c = uPalette[0];
  for (int k = 0; k < ${colors.length}; k++) { if (k == i) c = uPalette[k]; }
  return c;
}`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
vec4 paint = texelFetch(uRegionLut, ivec2(int(vRegion + 0.5), 0), 0) * 255.0;
vec2 px = gl_FragCoord.xy;
if (paint.r > 0.5) {
  diffuseColor.rgb = mix(diffuseColor.rgb, paletteColor(paint.r), 0.88);
} else if (paint.g > 0.5) {
  float hatch = step(mod(px.x + px.y, 10.0), 4.0);
  diffuseColor.rgb = mix(diffuseColor.rgb, paletteColor(paint.g), mix(0.18, 0.8, hatch));
}
// The patient's drawing (per vertex, x = aches, y = sharp / worst) and areas ticked from the list (B, = aches).
if (vPaint.y > 0.5) {
  // sharp / worst: solid, with small holes through which a pattern drawn under it still shows
  float hole = 1.0 - step(1.5, length(mod(px, 7.0) - 3.5));
  diffuseColor.rgb = mix(uPainColor, diffuseColor.rgb, hole * 0.9);
} else if (vPaint.x > 0.5 || paint.b > 0.5) {
  // aches: dense dots on a light tint
  float dot = 1.0 - step(2.0, length(mod(px, 7.0) - 3.5));
  diffuseColor.rgb = mix(diffuseColor.rgb, uPainColor, max(0.2, dot * 0.95));
}
if (paint.a > 0.5) diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0), 0.25);`,
      )
  }
  mat.customProgramCacheKey = () => 'skin-region-paint-v2'
  return mat
}

/** A small tiling texture of fibre stripes: bands that run along v (the fibres) and vary across u. */
export function createFibreTexture(): THREE.DataTexture {
  const w = 64
  const h = 4
  const data = new Uint8Array(w * h * 4)
  for (let x = 0; x < w; x++) {
    // three soft bands per tile with a little deterministic irregularity
    const s = 0.5 + 0.5 * Math.sin((x / w) * Math.PI * 2 * 3 + Math.sin(x * 1.7) * 0.6)
    const v = Math.round(150 + 105 * s)
    for (let y = 0; y < h; y++) {
      const i = (y * w + x) * 4
      data[i] = data[i + 1] = data[i + 2] = v
      data[i + 3] = 255
    }
  }
  const tex = new THREE.DataTexture(data, w, h, THREE.RGBAFormat)
  tex.wrapS = tex.wrapT = THREE.RepeatWrapping
  // TEXCOORD_0 is in metres (u across, v along): 40 tiles per metre ≈ one band every 8 mm
  tex.repeat.set(40, 40)
  tex.magFilter = THREE.LinearFilter
  tex.minFilter = THREE.LinearMipmapLinearFilter
  tex.generateMipmaps = true
  tex.colorSpace = THREE.SRGBColorSpace
  tex.needsUpdate = true
  return tex
}

/** One material per muscle mesh (so each can be tinted), all sharing one program and one texture. */
export function createMuscleMaterial(fibres: THREE.Texture): THREE.MeshStandardMaterial {
  return new THREE.MeshStandardMaterial({
    color: 0xa8453c,
    roughness: 0.55,
    metalness: 0,
    // The stripes alone carry the fibre direction; adding them as a bump map too made orbit frames ~1.3× slower
    // on software GL (npm run bench: p95 1754 → 1312 ms).
    map: fibres,
  })
}

export function createBoneMaterial(): THREE.MeshStandardMaterial {
  return new THREE.MeshStandardMaterial({ color: 0xe9e2d0, roughness: 0.8, metalness: 0 })
}
