/**
 * A sign-in subject of the My Number zone whose `factors` is a getter (answering two kinds of
 * factor, enough for multi-factor sign-in), and how many times it has been read: the fixture of
 * the tests that an accessor is refused without being called.
 *
 * @returns The subject, and a function giving how many times its getter has run.
 */
export function signInWithCountingGetter(): { readonly subject: { kind: string; zone: string; readonly factors: string[] }; readonly reads: () => number } {
  let reads = 0;
  const subject = {
    kind: "sign-in",
    zone: "mynumber",
    get factors() {
      reads++;
      return ["knowledge", "possession"];
    },
  };
  return { subject, reads: () => reads };
}
