/** The release gate: the version a set of changes needs, and the CHANGELOG section they make. */
import type { Change, Level } from './compare.ts';

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(text: string): Version | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
}

/** The bump from `from` to `to`, or null when `to` is not greater. */
export function bumpOf(from: Version, to: Version): Level | null {
  if (to.major !== from.major) return to.major > from.major ? 'major' : null;
  if (to.minor !== from.minor) return to.minor > from.minor ? 'minor' : null;
  return to.patch > from.patch ? 'patch' : null;
}

/**
 * Whether releasing `next` after `last` covers a change of level `needed`; the reason when not.
 * Before 1.0.0 a breaking change needs a minor bump (0.1.x to 0.2.0), as npm's caret ranges treat it.
 */
export function versionProblem(last: string, next: string, needed: Level | null): string | null {
  const from = parseVersion(last);
  const to = parseVersion(next);
  if (!from || !to) return `cannot compare versions "${last}" and "${next}"`;
  const bump = bumpOf(from, to);
  if (needed === null) return bump === null ? `${next} is not greater than ${last}` : null;
  if (bump === null) return `${next} is not greater than ${last}, and the changes need a ${needed} release`;
  const effective: Level = from.major === 0 && needed === 'major' ? 'minor' : needed;
  const rank = (l: Level) => ['patch', 'minor', 'major'].indexOf(l);
  return rank(bump) >= rank(effective) ? null : `${last} → ${next} is a ${bump} release, but the changes need a ${needed === effective ? needed : `${needed} (a minor before 1.0.0)`} release`;
}

/** A CHANGELOG section for `version`, grouped by level and id, for a person to edit. */
export function changelogSection(version: string, changes: Change[]): string {
  const lines = [`## ${version}`, ''];
  const titles = { major: 'Breaking', minor: 'Added and widened', patch: 'Fixed and documented' } as const;
  for (const level of ['major', 'minor', 'patch'] as const) {
    const of = changes.filter((c) => c.level === level);
    if (of.length === 0) continue;
    lines.push(`### ${titles[level]} (${level})`, '');
    const byId = new Map<string, Change[]>();
    for (const c of of) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
    for (const [id, list] of byId) {
      const ids = list.filter((c) => c.pointer === '/' && /^id (added|removed)$/.test(c.change));
      if (ids.length > 0 && list.length === ids.length) lines.push(`- \`${id}\`: ${ids[0]!.change.replace(/^id /, '')}`);
      else lines.push(`- \`${id}\`: ${[...new Set(list.map((c) => `${c.pointer} ${c.change}`))].join('; ')}`);
    }
    lines.push('');
  }
  if (changes.length === 0) lines.push('- No schema changes.', '');
  return lines.join('\n');
}

/** CHANGELOG.md with the section inserted before the first release section (or replacing an unreleased one of the same version). */
export function insertSection(changelog: string, version: string, section: string): string {
  const existing = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b[^\\n]*\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
  if (existing.test(changelog)) return changelog.replace(existing, section.endsWith('\n') ? section : section + '\n');
  const first = changelog.search(/^## /m);
  return first === -1 ? `${changelog.trimEnd()}\n\n${section}` : `${changelog.slice(0, first)}${section}\n${changelog.slice(first)}`;
}
