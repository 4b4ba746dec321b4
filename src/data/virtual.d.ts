/** URL of the validated dataset JSON (provided by src/data/vitePlugin.ts). */
declare module 'virtual:dataset-url' {
  const url: string
  export default url
}
