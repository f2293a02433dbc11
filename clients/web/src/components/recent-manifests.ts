// Manifests this browser created or opened, so the events and payment forms can offer them; the API has no
// "manifests naming me" list, and ids (fair_ + 64 hex) are not something a person types.
const KEY = 'imajin.manifests.v1';

export function recentManifests(): string[] {
  try {
    const ids = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberManifest(id: string): void {
  const ids = [id, ...recentManifests().filter((other) => other !== id)].slice(0, 20);
  localStorage.setItem(KEY, JSON.stringify(ids));
}
