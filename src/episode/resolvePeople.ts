// People named in front matter, as ids of the podcast's people or inline objects, resolved to Person records.
import { slug } from 'github-slugger';
import type { Person } from '../core/types.js';

export type PersonRef = string | { id?: string; name: string; url?: string; image?: string; role?: string };

export function resolvePerson(ref: PersonRef, people: ReadonlyMap<string, Person>, role?: string): Person {
  if (typeof ref === 'string') {
    const known = people.get(ref) ?? [...people.values()].find((p) => p.name.toLowerCase() === ref.toLowerCase());
    if (known) return role ? { ...known, role } : known;
    return { id: personId(ref), name: ref, ...(role ? { role } : {}) };
  }
  const known = ref.id ? people.get(ref.id) : undefined;
  return {
    ...(known ?? {}),
    id: ref.id ?? known?.id ?? personId(ref.name),
    name: ref.name,
    ...(ref.url ? { url: ref.url } : {}),
    ...(ref.image ? { image: ref.image } : {}),
    ...(ref.role || role ? { role: ref.role ?? role } : {}),
  };
}

export function personId(name: string): string {
  return slug(name) || 'person';
}
