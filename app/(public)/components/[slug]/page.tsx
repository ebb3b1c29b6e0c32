import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComponentPage } from "@/components/public/component-page";
import { messages } from "@/lib/i18n";
import { DEFAULT_COMPONENT_RANGE } from "@/lib/public-links";
import { pageLanguage } from "@/server/public/page-language";
import { loadComponentPage } from "./load";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadComponentPage((await params).slug, DEFAULT_COMPONENT_RANGE);
  return { title: found?.view?.component.name ?? messages(pageLanguage(found?.snapshot)).component.notFound };
}

export default async function ComponentDefaultRangePage({ params }: Props) {
  const found = await loadComponentPage((await params).slug, DEFAULT_COMPONENT_RANGE);
  if (!found) return null; // the layout explains
  if (!found.view) notFound();
  return <ComponentPage view={found.view} page={found.snapshot.page} generatedAt={found.snapshot.generatedAt} />;
}
