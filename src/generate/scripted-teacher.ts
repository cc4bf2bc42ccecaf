import { createHash } from "node:crypto";
import type { ChatMessage } from "../llm/language-model.js";

/**
 * A scripted teacher for tests and demos: reads the step and the facts from this pipeline's own
 * prompts and answers with valid JSON that passes every gate. Exported like the fake model, so
 * tests of the pipeline (and the local wire-format server) need no real LLM.
 */
export function scriptedTeacherReply(messages: ChatMessage[]): string {
  const prompt = messages.filter((message) => message.role === "user")[0]?.content ?? "";
  const step = /^Step: ([\w-]+)\./m.exec(prompt)?.[1] ?? "";
  const blocks = prompt.split("\n\n");
  const listAfter = (heading: string): string[] => {
    const block = blocks.find((candidate) => candidate.startsWith(heading)) ?? "";
    return block
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2));
  };
  const occupation = /occupation "([^"]*)"/.exec(prompt)?.[1] ?? "Specialist";
  const digest = createHash("sha256").update(prompt.slice(0, 4000)).digest("hex");
  const person = `Candidate ${digest.slice(0, 6)}`;

  if (step === "job-description") {
    const skills = listAfter("Required skills");
    return JSON.stringify({
      title: occupation,
      summary: `We are hiring a ${occupation} (${digest.slice(0, 8)}) to join a growing team.`,
      requiredSkills: skills.map((skill) => ({ skill, description: `Hands-on ${skill} in daily work.` })),
      requiredExperience: listAfter("Required experience"),
      responsibilities: [`Deliver ${occupation.toLowerCase()} work on time.`, "Collaborate with the team."],
    });
  }
  const roles = (heading: string) =>
    listAfter(heading).map((line) => {
      const match = /^(.*) \((\d{4}) - (\d{4})\)$/.exec(line);
      return {
        title: match?.[1] ?? line,
        startYear: Number(match?.[2] ?? 2000),
        endYear: Number(match?.[3] ?? 2001),
      };
    });
  if (step === "matched-resume") {
    return JSON.stringify({
      name: person,
      email: `${digest.slice(0, 6)}@example.com`,
      education: "Bachelor's degree",
      summary: `Experienced professional ${digest.slice(6, 12)}.`,
      skills: listAfter("List exactly these skills"),
      experience: roles("List exactly these roles"),
    });
  }
  if (step === "unmatched-resume") {
    const resume = prompt.slice(prompt.indexOf("Resume:\n"));
    return JSON.stringify({
      name: /Name: (.*)/.exec(resume)?.[1] ?? person,
      email: /Email: (.*)/.exec(resume)?.[1] ?? "someone@example.com",
      education: "Bachelor's degree",
      summary: `Professional ${digest.slice(0, 6)}.`,
      skills: listAfter("Keep exactly these skills"),
      experience: roles("Roles to list"),
    });
  }
  const missing = listAfter("Missing skills");
  return JSON.stringify({
    missingSkills: missing,
    experienceGap: /Experience change: (.*?)\. Describe/.exec(prompt)?.[1] ?? "none",
    explanation: `The resume lacks ${missing.join(", ")}.`,
  });
}
