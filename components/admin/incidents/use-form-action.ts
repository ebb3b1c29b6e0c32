import type { FormAction as AnyFormAction } from "@/components/ui/use-form-action";

export { useFormAction } from "@/components/ui/use-form-action";

/** The incident console's actions answer with the incident they acted on. */
export type FormAction = AnyFormAction<{ id: string }>;
