/**
 * Actors: the people (with their roles), organisations, countries and places the sources
 * name, each with its name variants and how often it is mentioned.
 */
import type { Actor } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
import { engineItem } from './item.js';
import { registryFor } from './people/registry.js';

export function findActors(ctx: AnalysisContext): Actor[] {
  const registry = registryFor(ctx);
  return registry.entities.map((e) => ({
    ...engineItem('actors', `${e.kind}:${e.name}`, e.cites.slice(0, 1)),
    name: e.name,
    kind: e.kind,
    role: e.kind === 'person' ? registry.roleOf(e) : null,
    mentions: e.mentions,
    aliases: [...e.aliases].filter((a) => a.toLowerCase() !== e.name.toLowerCase()),
  }));
}
