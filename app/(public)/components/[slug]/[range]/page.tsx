import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComponentPage } from "@/components/public/component-page";
import { COMPONENT_RANGES } from "@/lib/public-links";
import { loadComponentPage } from "../load";

type Props = { params: Promise<{ slug: string; range: string }> };

const rangeOf = (value: string) => COMPONENT_RANGES.find((range) => String(range) === value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, range } = await params;
  const days = rangeOf(range);
  const found = days ? await loadComponentPage(slug, days) : null;
  return { title: found?.view ? `${found.view.component.name}, last ${days} days` : "Component not found" };
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
