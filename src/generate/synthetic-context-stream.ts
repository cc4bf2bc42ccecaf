import type { ContextAt, GenerationContext } from "./generation-context.js";

const OCCUPATIONS = [
  "Data analyst",
  "Nurse",
  "Welder",
  "Chef",
  "Software developer",
  "Accountant",
  "Electrician",
];
const SKILLS = [
  "SQL",
  "Python",
  "Patient care",
  "Arc welding",
  "Food safety",
  "Bookkeeping",
  "Wiring",
  "Excel",
  "Teamwork",
  "Scheduling",
  "Budgeting",
  "C++",
  "Customer service",
  "Inventory",
  "Statistics",
  "First aid",
];

/**
 * A deterministic synthetic context stream (no graph needed): position i always gives the same
 * occupation, 3–6 skills and a 1–3 role timeline. For tests, demos and benchmarks.
 */
export function syntheticContextStream(options: { length?: number } = {}): ContextAt {
  return (index): GenerationContext | undefined => {
    if (options.length !== undefined && index >= options.length) return undefined;
    const occupation = OCCUPATIONS[index % OCCUPATIONS.length] ?? "Clerk";
    const skillCount = 3 + (index % 4);
    const skills = Array.from({ length: skillCount }, (_, offset) => {
      const label = SKILLS[(index * 5 + offset * 3) % SKILLS.length] ?? "Skill";
      return { id: label.toLowerCase(), label };
    }).filter((skill, position, all) => all.findIndex((other) => other.id === skill.id) === position);
    const roles = 1 + (index % 3);
    let end = 2024 - (index % 5);
    const experiences = Array.from({ length: roles }, (_, role) => {
      const years = 1 + ((index + role * 2) % 5);
      const entry = {
        title: role === 0 ? occupation : `${occupation} assistant ${role}`,
        startYear: end - years,
        endYear: end,
        years,
      };
      end -= years;
      return entry;
    });
    return { occupation: { id: `occ-${occupation}`, label: occupation }, skills, experiences };
  };
}
