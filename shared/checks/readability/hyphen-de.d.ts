// `hyphen` ships no type declarations; this covers the one entry point the readability checks use.
declare module 'hyphen/de' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  interface Hyphenator {
    hyphenateSync: (text: string, options?: HyphenateOptions) => string;
  }
  const hyphenator: Hyphenator;
  export default hyphenator;
}
