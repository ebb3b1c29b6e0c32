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
 * Component page slugs. A stored slug (given when the component was made) stays, whatever the name
 * becomes, so a renamed component keeps its address. One without (made before slugs were stored, or
 * straight in the database) gets one from its name: the oldest keeps the plain slug, later ones with the
 * same name `-2`, `-3`…, never one already held; a name with no letter or digit uses the id. The id
 * always answers too.
 */
export function componentSlugs(
  components: ReadonlyArray<{ id: string; name: string; createdAt: Date; slug?: string | null }>,
): Map<string, string> {
  const ordered = [...components].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const taken = new Set(ordered.map((c) => c.id));
  const slugs = new Map<string, string>();
  for (const component of ordered) {
    if (component.slug) {
      taken.add(component.slug);
      slugs.set(component.id, component.slug);
    }
  }
  for (const component of ordered) {
    if (slugs.has(component.id)) continue;
    const base = slugBase(component.name, component.id);
    let slug = base;
    for (let n = 2; taken.has(slug) && slug !== component.id; n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(component.id, slug);
  }
  return slugs;
}
