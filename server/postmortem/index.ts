import { publishPostmortem } from "./publish-postmortem";
import { savePostmortem } from "./save-postmortem";
import { unpublishPostmortem } from "./unpublish-postmortem";

export { publishPostmortem, savePostmortem, unpublishPostmortem };
export * from "./schemas";

/** Every mutating postmortem verb (all need "postmortem:write"), for the authorization matrix. */
export const postmortemVerbs = { savePostmortem, publishPostmortem, unpublishPostmortem };
