import { feedResponse } from "@/server/feeds/feed-response";

export const GET = () => feedResponse("atom");
