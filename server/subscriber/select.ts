/** The columns every list and page of subscribers shows. */
export const SUBSCRIBER_SUMMARY = { id: true, email: true, status: true, source: true, createdAt: true } as const;

/** Their component choice, by name, or the one incident they follow. */
export const COMPONENT_NAMES = {
  components: { select: { component: { select: { name: true } } } },
  incident: { select: { title: true } },
} as const;
