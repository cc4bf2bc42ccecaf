import { createHash } from "node:crypto";
import { jsonSchemaFor } from "../llm/generate-object.js";
import type { ChatMessage } from "../llm/language-model.js";
import type { GenerationContext } from "./generation-context.js";
import { roleSpan } from "./generation-context.js";
import type { ContextReduction } from "./reduce-context.js";
import { explanationSchema, jobDescriptionSchema, resumeSchema } from "./teacher-schemas.js";

/** Bump when the wording below changes: it is part of the prompt hash recorded in run.json. */
export const PROMPT_VERSION = "rjdb-teacher-v1";

export const TEACHER_SYSTEM_PROMPT =
  "You write realistic synthetic hiring documents for an HR benchmark. Use only the facts given. " +
  "Invent a plausible fictional name, an example.com e-mail and an education line. Reply with one JSON object only.";

const list = (items: string[]): string => items.map((item) => `- ${item}`).join("\n");
const experienceLines = (context: Pick<GenerationContext, "experiences">): string[] =>
  context.experiences.map(
    (role) => `${role.years} years as ${role.title} (${role.startYear} - ${role.endYear})`,
  );

const contextBlock = (context: GenerationContext): string => `Context (JSON): ${JSON.stringify(context)}`;

function messages(user: string): ChatMessage[] {
  return [
    { role: "system", content: TEACHER_SYSTEM_PROMPT },
    { role: "user", content: user },
  ];
}

/** Step 1: the job description from the occupation, skills and experience requirements. */
export function jobDescriptionPrompt(context: GenerationContext): ChatMessage[] {
  return messages(
    [
      `Step: job-description. Write a job description for the occupation "${context.occupation.label}".`,
      `Required skills (one requiredSkills entry each, named exactly as given):\n${list(context.skills.map((skill) => skill.label))}`,
      `Required experience (one requiredExperience entry each):\n${list(experienceLines(context))}`,
      "Add a title, a short summary and 3 to 6 responsibilities.",
      contextBlock(context),
    ].join("\n\n"),
  );
}

/** Step 2: the matched resume, written from the same context. */
export function matchedResumePrompt(context: GenerationContext, jobDescription: string): ChatMessage[] {
  return messages(
    [
      "Step: matched-resume. Write the resume of a candidate who fits the job description below.",
      `List exactly these skills, named as given:\n${list(context.skills.map((skill) => skill.label))}`,
      `List exactly these roles with these years (latest first):\n${list(context.experiences.map(roleSpan))}`,
      "Write a two-sentence summary that uses only these facts.",
      `Job description:\n${jobDescription}`,
      contextBlock(context),
    ].join("\n\n"),
  );
}

/** Step 3: the unmatched resume from the reduced context. */
export function unmatchedResumePrompt(
  context: GenerationContext,
  reduction: ContextReduction,
  matchedResume: string,
): ChatMessage[] {
  const experienceRule =
    reduction.experienceChange === "kept"
      ? "Keep the same job experience as before."
      : reduction.experienceChange === "dropped"
        ? `Remove the role ${reduction.filteredExperience.replace(/^without including /, "")} entirely.`
        : `Change the latest role: ${reduction.filteredExperience}.`;
  return messages(
    [
      "Step: unmatched-resume. Rewrite the resume below for a weaker candidate. Keep name, e-mail and education.",
      `Remove these skills everywhere, including the summary:\n${list(reduction.removedSkills)}`,
      `Keep exactly these skills:\n${list(reduction.keptSkills)}`,
      experienceRule,
      `Roles to list (latest first):\n${list(reduction.reducedExperiences.map(roleSpan))}`,
      `Resume:\n${matchedResume}`,
      contextBlock(context),
    ].join("\n\n"),
  );
}

/** Step 4: the explanation target — why the unmatched resume is the weaker fit. */
export function explanationPrompt(
  jobDescription: string,
  reduction: ContextReduction,
  unmatchedResume: string,
): ChatMessage[] {
  return messages(
    [
      "Step: explanation. Explain why this resume is a weaker match for the job description.",
      `Missing skills (list each in missingSkills):\n${list(reduction.removedSkills)}`,
      `Experience change: ${reduction.filteredExperience}. Describe the gap in experienceGap ("none" when unchanged).`,
      `Job description:\n${jobDescription}`,
      `Resume:\n${unmatchedResume}`,
    ].join("\n\n"),
  );
}

/** sha256 over the prompt version, system prompt, step templates (on a canonical context) and schemas. */
export function promptHash(): string {
  const context: GenerationContext = {
    occupation: { id: "o", label: "Occupation" },
    skills: [
      { id: "a", label: "Skill A" },
      { id: "b", label: "Skill B" },
    ],
    experiences: [{ title: "Role", startYear: 2018, endYear: 2022, years: 4 }],
  };
  const reduction: ContextReduction = {
    removedSkills: ["Skill A"],
    keptSkills: ["Skill B"],
    experienceChange: "kept",
    latestBefore: context.experiences[0] ?? { title: "Role", startYear: 2018, endYear: 2022, years: 4 },
    reducedExperiences: context.experiences,
    filteredExperience: "the same job experience as before",
  };
  const material = JSON.stringify([
    PROMPT_VERSION,
    jobDescriptionPrompt(context),
    matchedResumePrompt(context, "JD"),
    unmatchedResumePrompt(context, reduction, "RESUME"),
    explanationPrompt("JD", reduction, "RESUME"),
    jsonSchemaFor(jobDescriptionSchema),
    jsonSchemaFor(resumeSchema),
    jsonSchemaFor(explanationSchema),
  ]);
  return createHash("sha256").update(material).digest("hex").slice(0, 16);
}
