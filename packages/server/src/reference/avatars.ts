/**
 * Initials avatars for the demo contacts (`SV-210.svg`: initials and a hue), drawn here rather
 * than stored: the server answers them at `/api/v1/avatars/…` and a static export writes them
 * into its folder.
 */
export function avatarSvg(name: string): string | undefined {
  const match = /^([A-Z]{1,3})-(\d{1,3})\.svg$/.exec(name);
  if (!match) return undefined;
  const [, initials, hue] = match;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" role="img"><rect width="96" height="96" rx="48"
      fill="hsl(${hue} 45% 35%)"/><text x="48" y="60" font-family="sans-serif" font-size="36" font-weight="600"
        fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}

/** Where the server answers them, below its origin. */
export const AVATAR_PATH = '/api/v1/avatars/';
