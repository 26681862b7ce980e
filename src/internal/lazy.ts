/**
 * A value built on its first use and the same value ever after. For what a module needs only
 * when one of its functions runs (a zod schema that only `extendPolicy` parses with, say), so that
 * importing the package does not build it: nothing but frozen data is built at import.
 *
 * The value is kept in the returned function's closure, not in a module-level variable: it is
 * fixed once built (`build` must be pure, and is called at most once), so whether it has been
 * built yet is not observable state: every call returns the same value either way.
 *
 * @param build - Builds the value; pure.
 * @returns A function returning the value, building it on the first call.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
