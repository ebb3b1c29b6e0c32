// The slug rule of incidents, maintenance and the demo data: lower-case ASCII words joined by dashes.

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The readable part of a slug: the title's first 60 characters, or `fallback` when no letter or digit is left. */
export function slugBase(title: string, fallback: string): string {
  return slugify(title).slice(0, 60).replace(/-+$/, "") || fallback;
}
