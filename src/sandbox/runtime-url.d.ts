/** URL of the self-contained sandbox runtime bundle (see src/build/sandbox-runtime-plugin.ts). */
declare module 'virtual:lab-sandbox-runtime' {
  const url: string;
  export default url;
}
