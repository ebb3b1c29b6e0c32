import { slugify } from "@/lib/domain/slug";
import { randomSuffix, type Random } from "./random";

/**
 * "Title here" → "title-here-k3f9". The suffix keeps slugs unique when titles repeat
 * (the same kind of incident happens more than once); `taken` guards the rare collision.
 */
export function uniqueSlug(title: string, random: Random, taken: Set<string>): string {
  for (;;) {
    const slug = `${slugify(title)}-${randomSuffix(random)}`;
    if (!taken.has(slug)) {
      taken.add(slug);
      return slug;
    }
  }
}
