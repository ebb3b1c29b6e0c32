import { Fragment, type ReactNode } from "react";

/** Like lib/i18n `fill`, for placeholders that stand for markup: "Updates to {email}." with { email: <strong/> }. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  // split() puts the placeholder names at the odd indexes.
  return parts.map((part, index) => (
    <Fragment key={index}>{index % 2 === 1 ? (Object.hasOwn(values, part) ? values[part] : `{${part}}`) : part}</Fragment>
  ));
}
