/** Per-request context shared by the Apollo plugins and the subgraph data sources. */
export interface GatewayContext {
  /** The verified viewer, or null when the request carries no Authorization header. */
  viewerDid: string | null;
  requestId: string;
}

export const VIEWER_HEADER = 'x-imajin-viewer';
export const REQUEST_ID_HEADER = 'x-request-id';
