// Names: display and sorting.
export function fullName(p: { given: string; family: string }): string {
  return `${p.given} ${p.family}`;
}

const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Sort by family name, then given name, ignoring case and accents. */
export function byFamilyName<T extends { given: string; family: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => collator.compare(a.family, b.family) || collator.compare(a.given, b.given));
}

/** Initials for a monogram: `Loubna Ben Allal` → `LB`. */
export function initials(p: { given: string; family: string }): string {
  const first = (s: string) => Array.from(s.trim())[0] ?? "";
  return (first(p.given) + first(p.family)).toUpperCase();
}

export const titleCollator = collator;
