// Chat channels (Slack, Microsoft Teams, Discord, generic JSON) as subscribers: they hear the same
// announcements as email through the same outbox (server/outbox/chat.ts, worker.ts).
export { confirmChat } from "./confirm-chat";
export { createChatChannel } from "./create-chat-channel";
export { deleteChatChannel } from "./delete-chat-channel";
export { enableChatChannel } from "./enable-chat-channel";
export { leaveChat } from "./leave-chat";
export { listChatChannels, type ChatChannelListRow } from "./list-chat-channels";
export { subscribeChat, SUBSCRIBE_CHAT_ANSWER } from "./subscribe-chat";
export * from "./schemas";
export type { ChatChannelView } from "./view";
