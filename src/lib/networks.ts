// Social networks, defined once: the ids content may use, the names people know them by, and
// which of them the home page's social post card may show.

const NETWORKS = {
  x: { name: "X", posts: true },
  bluesky: { name: "Bluesky", posts: true },
  mastodon: { name: "Mastodon", posts: true },
  github: { name: "GitHub", posts: false },
  linkedin: { name: "LinkedIn", posts: true },
  youtube: { name: "YouTube", posts: false },
} as const;

export type Network = keyof typeof NETWORKS;

/** Every network a site's account may be on (site.yaml `social`). */
export const NETWORK_IDS = Object.keys(NETWORKS) as [Network, ...Network[]];

/** The networks of a post shown as a card on the home page (edition.yaml `social_post`). */
export const POST_NETWORK_IDS = NETWORK_IDS.filter((n) => NETWORKS[n].posts) as [Network, ...Network[]];

/** `x` → `X`, `github` → `GitHub`. */
export function networkName(network: string): string {
  return NETWORKS[network as Network]?.name ?? network;
}
