import { skillChips } from "./chips.js";
import { h } from "./dom.js";

/** The candidate's view: the generated ideal job and the jobs ranked for them, with reasons. */
export function recommendationView(result) {
  const ideal = result.idealJob;
  return h(
    "div",
    {},
    ideal
      ? h(
          "section",
          { class: "card", "aria-labelledby": "ideal-title" },
          h("h2", { id: "ideal-title" }, `Your ideal job: ${ideal.title}`),
          h("p", { class: "hint" }, `Generated from the skill–occupation graph (${ideal.seniority} level).`),
          ideal.summary ? h("p", {}, ideal.summary) : null,
          h("h3", {}, "Essential skills"),
          skillChips(
            ideal.essentialSkills.map((label) => ({ label })),
            { label: "Essential skills of the ideal job" },
          ),
          ideal.optionalSkills.length > 0
            ? [
                h("h3", {}, "Optional skills"),
                skillChips(
                  ideal.optionalSkills.map((label) => ({ label })),
                  { label: "Optional skills of the ideal job" },
                ),
              ]
            : null,
        )
      : null,
    h(
      "section",
      { class: "card", "aria-labelledby": "recommended-title" },
      h("h2", { id: "recommended-title" }, "Recommended jobs"),
      result.jobs.length === 0
        ? h("p", {}, "No jobs to recommend from: store jobs (POST /api/jobs) or paste some.")
        : h(
            "ol",
            { id: "recommended-jobs", class: "recommended" },
            result.jobs.map((entry) =>
              h(
                "li",
                {},
                h("strong", {}, entry.job.title),
                entry.reasons.length > 0
                  ? h(
                      "ul",
                      { class: "hint" },
                      entry.reasons.map((reason) => h("li", {}, reason)),
                    )
                  : null,
              ),
            ),
          ),
    ),
  );
}
