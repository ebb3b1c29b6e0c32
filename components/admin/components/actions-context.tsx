"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/server/action-result";
import type { ReorderComponentsInput } from "@/server/component/schemas";
import type { FormAction } from "@/components/ui/use-form-action";

/** The page's server actions, handed down once (components/ never imports from app/). */
export type ComponentActions = {
  createComponent: FormAction;
  updateComponent: FormAction;
  createGroup: FormAction;
  updateGroup: FormAction;
  setShowcase: (componentId: string, showcase: boolean) => Promise<ActionResult>;
  setStatus: (componentId: string, status: string) => Promise<ActionResult>;
  reorder: (input: ReorderComponentsInput) => Promise<ActionResult>;
  deleteComponent: (componentId: string) => Promise<ActionResult>;
  deleteGroup: (groupId: string) => Promise<ActionResult>;
};

const ActionsContext = createContext<ComponentActions | null>(null);

export const ComponentActionsProvider = ActionsContext.Provider;

export function useComponentActions(): ComponentActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error("useComponentActions outside ComponentActionsProvider");
  return actions;
}
