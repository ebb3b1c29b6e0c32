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

/**
 * Component page slugs, derived from names on every snapshot (components have no stored slug): the
 * oldest component keeps the plain slug, later ones with the same name get `-2`, `-3`…; a name with
 * no letter or digit uses the id. Renaming a component moves its page; its id always answers too.
 */
export function componentSlugs(components: ReadonlyArray<{ id: string; name: string; createdAt: Date }>): Map<string, string> {
  const ordered = [...components].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const taken = new Set(ordered.map((c) => c.id));
  const slugs = new Map<string, string>();
  for (const component of ordered) {
    const base = slugBase(component.name, component.id);
    let slug = base;
    for (let n = 2; taken.has(slug) && slug !== component.id; n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(component.id, slug);
  }
  return slugs;
}
