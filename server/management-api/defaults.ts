/**
 * Where the API's defaults differ from the console's: a monitoring system declaring an incident means
 * it, so POST /incidents publishes unless told `"publish": false`. The route and the document both use this.
 */
export const CREATE_INCIDENT_DEFAULTS = { publish: true } as const;
