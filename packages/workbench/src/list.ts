// The subject list: filtering and sorting the compact per-subject columns of an audit, and the
// window of rows a virtualised list draws. Pure functions, tested in Node.
import { OUTCOME_CODES, type SubjectRows } from "./protocol.js";

/** What the list is filtered by. */
export interface ListFilter {
  readonly text: string;
  readonly outcome: string;
  readonly kind: string;
}

/** How the list is sorted. */
export type ListSort = "file" | "severity" | "label" | "failures";

/**
 * The indices of the subjects that pass the filter, in the order asked for. The text matches the
 * label (id and name) and the organisation, case-insensitively; an empty text, outcome or kind
 * matches every subject. Sorting is stable (ties keep file order).
 */
export function selectRows(rows: SubjectRows, filter: ListFilter, sort: ListSort): Uint32Array {
  const text = filter.text.trim().toLowerCase();
  const outcome = filter.outcome === "" ? -1 : OUTCOME_CODES.indexOf(filter.outcome as (typeof OUTCOME_CODES)[number]);
  const kind = filter.kind === "" ? -1 : rows.kinds.indexOf(filter.kind);
  // The text is matched once per distinct organisation, not once per subject.
  const organizationMatches = rows.organizations.map((organization) => text !== "" && organization.toLowerCase().includes(text));
  const picked: number[] = [];
  const total = rows.label.length;
  if (filter.kind !== "" && kind === -1) return new Uint32Array(0);
  for (let index = 0; index < total; index++) {
    if (outcome !== -1 && rows.outcome[index] !== outcome) continue;
    if (kind !== -1 && rows.kind[index] !== kind) continue;
    if (text !== "" && !(rows.label[index] as string).toLowerCase().includes(text) && organizationMatches[rows.organization[index] as number] !== true) continue;
    picked.push(index);
  }
  const by: Record<ListSort, ((a: number, b: number) => number) | undefined> = {
    file: undefined,
    severity: (a, b) => (rows.outcome[a] as number) - (rows.outcome[b] as number) || (rows.fail[b] as number) - (rows.fail[a] as number) || a - b,
    failures: (a, b) => (rows.fail[b] as number) - (rows.fail[a] as number) || (rows.manual[b] as number) - (rows.manual[a] as number) || a - b,
    label: (a, b) => compareText(rows.label[a] as string, rows.label[b] as string) || a - b,
  };
  const compare = by[sort];
  if (compare !== undefined) picked.sort(compare);
  return Uint32Array.from(picked);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows a virtualised list draws: those in view, plus `overscan` on each side. */
export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): { first: number; last: number } {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: -1 };
  // Scrolled past the end (the list just got shorter): the last rows.
  const first = Math.min(Math.max(0, count - 1 - overscan), Math.max(0, Math.floor(Math.max(0, scrollTop) / rowHeight) - overscan));
  const last = Math.min(count - 1, Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first, last };
}
