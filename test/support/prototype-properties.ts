/**
 * Sets properties on Object.prototype for the duration of `run` (enumerable or not, as a polluter
 * would choose), and always removes them: the pollution tests' one way to pollute.
 *
 * @param values - The properties to set.
 * @param run - What to run while they are set.
 * @param enumerable - Whether `for…in` sees them.
 * @returns What `run` returns.
 */
export function withPrototypeProperties<T>(values: Readonly<Record<string, unknown>>, run: () => T, { enumerable }: { readonly enumerable: boolean }): T {
  const keys = Object.keys(values);
  try {
    for (const key of keys) Object.defineProperty(Object.prototype, key, { value: values[key], configurable: true, writable: true, enumerable });
    return run();
  } finally {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  }
}
