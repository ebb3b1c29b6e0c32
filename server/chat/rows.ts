import type { Tx } from "@/server/context";
import { DELIVERY_LOG_FIELDS } from "@/server/delivery/log-fields";
import { NotFoundError } from "@/server/errors";

/** The channel, or NotFoundError: the verbs on one channel start here. */
export async function findChatChannel(tx: Tx, channelId: string) {
  const row = await tx.chatChannel.findUnique({ where: { id: channelId } });
  if (!row) throw NotFoundError.withMessage("This chat channel does not exist");
  return row;
}

/** A channel's delivery log: the `take` newest, with what each was about. */
export const chatDeliveriesOf = (take: number) =>
  ({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      ...DELIVERY_LOG_FIELDS,
      notification: { select: { kind: true, incident: { select: { title: true } }, maintenance: { select: { title: true } } } },
    },
  }) as const;
