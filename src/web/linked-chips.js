import { skillChips } from "./chips.js";

/** Mentions linked to a graph skill (open-vocabulary phrases are left out). */
export function graphSkills(skills) {
  return (skills ?? []).filter((skill) => skill.id);
}

/** Chips for graph-linked mentions, one per skill. */
export function linkedChips(skills, label) {
  const seen = new Set();
  const items = [];
  for (const skill of graphSkills(skills)) {
    const key = skill.id ?? skill.label;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ label: skill.label, id: skill.id ?? undefined });
  }
  return skillChips(items, { label });
}
