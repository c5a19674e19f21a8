/** URL of the self-contained sandbox runtime bundle (see vite-runtime-plugin.ts). */
declare module 'virtual:lab-sandbox-runtime' {
  const url: string;
  export default url;
}
