/** A namespace's texts: nested keys, strings at the leaves. */
export type TextTree = { readonly [key: string]: string | TextTree };

/** The same keys as `T`, any wording: the English texts must mirror the Italian ones key by key. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * Declares a feature's texts. Italian is the reference language (the product speaks Italian by
 * default); the compiler refuses an English tree that misses or adds a key.
 */
export function defineTexts<T extends TextTree>(texts: { it: T; en: SameKeys<T> }) {
  return texts;
}
