import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComponentPage } from "@/components/public/component-page";
import { fill, messages, plural } from "@/lib/i18n";
import { COMPONENT_RANGES } from "@/lib/public-links";
import { pageLanguage } from "@/server/public/page-language";
import { loadComponentPage } from "../load";

type Props = { params: Promise<{ slug: string; range: string }> };

const rangeOf = (value: string) => COMPONENT_RANGES.find((range) => String(range) === value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, range } = await params;
  const days = rangeOf(range);
  const found = days ? await loadComponentPage(slug, days) : null;
  const lang = pageLanguage(found?.snapshot);
  const m = messages(lang).component;
  if (!found?.view || !days) return { title: m.notFound };
  return { title: fill(m.title, { name: found.view.component.name, range: plural(lang, m.days, days) }) };
}

export default async function ComponentRangePage({ params }: Props) {
  const { slug, range } = await params;
  const days = rangeOf(range);
  if (!days) notFound();
  const found = await loadComponentPage(slug, days);
  if (!found) return null; // the layout explains
  if (!found.view) notFound();
  return <ComponentPage view={found.view} page={found.snapshot.page} generatedAt={found.snapshot.generatedAt} />;
}
