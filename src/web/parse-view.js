import { skillChips } from "./chips.js";
import { h } from "./dom.js";
import { graphSkills, linkedChips } from "./linked-chips.js";

/** Without the match module: what the parsers found in each document. */
export function parseOnlyView(resume, job) {
  return h(
    "div",
    {},
    h(
      "p",
      { class: "notice" },
      "Matching is not installed in this build yet; here is what skillgraph read from each document.",
    ),
    h("div", { class: "two-columns" }, documentCard("Resume", resume), documentCard("Job", job)),
  );
}

function documentCard(title, analysis) {
  const parsed = analysis.parsed ?? {};
  const work = parsed.work ?? [];
  const required = parsed.requiredSkills ?? [];
  const preferred = parsed.preferredSkills ?? [];
  const listed = parsed.skills ?? [];
  return h(
    "section",
    { class: "card", "aria-label": title },
    h("h2", {}, title),
    h(
      "p",
      { class: "hint" },
      `Read as ${analysis.type}; ${analysis.text.length.toLocaleString()} characters.`,
    ),
    analysis.warnings.length > 0
      ? h(
          "ul",
          { class: "hint" },
          analysis.warnings.map((warning) => h("li", {}, warning.message)),
        )
      : null,
    parsed.title?.text ? h("p", {}, h("strong", {}, "Title: "), parsed.title.text) : null,
    work.length > 0
      ? [
          h("h3", {}, "Experience"),
          h(
            "ul",
            {},
            work.map((entry) =>
              h(
                "li",
                {},
                [entry.title, entry.employer].filter(Boolean).join(" — "),
                h("span", { class: "hint" }, ` (${(entry.months / 12).toFixed(1)} years)`),
              ),
            ),
          ),
        ]
      : null,
    required.length > 0
      ? [h("h3", {}, "Required skills"), skillChips(required.map((item) => ({ label: item.name })))]
      : null,
    preferred.length > 0
      ? [h("h3", {}, "Preferred skills"), skillChips(preferred.map((item) => ({ label: item.name })))]
      : null,
    listed.length > 0
      ? [h("h3", {}, "Listed skills"), skillChips(listed.map((item) => ({ label: item.name })))]
      : null,
    h("h3", {}, "Skills linked to the graph"),
    graphSkills(analysis.skills).length > 0
      ? linkedChips(analysis.skills, `${title} skills`)
      : h("p", { class: "hint" }, "None: import a skill–occupation graph (ESCO, O*NET) to link skills."),
    analysis.parsed === null
      ? h("p", { class: "hint" }, "The parser is not installed in this build yet.")
      : null,
  );
}
