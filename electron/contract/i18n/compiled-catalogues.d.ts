/** A catalogue compiled when the app is built (`build/messages-plugin.ts`). */
declare module '*.json?messages' {
  // An ambient module may not import a relative path: the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const catalogue: import('./compiled-message').Catalogue;
  export default catalogue;
}
