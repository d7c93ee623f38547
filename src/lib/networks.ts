// Social networks: the names people know them by.

const NAMES: Record<string, string> = {
  x: "X",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  github: "GitHub",
  linkedin: "LinkedIn",
  youtube: "YouTube",
};

/** `x` → `X`, `github` → `GitHub`. */
export function networkName(network: string): string {
  return NAMES[network] ?? network;
}
