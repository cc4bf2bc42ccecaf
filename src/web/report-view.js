import { skillChips } from "./chips.js";
import { h, percent } from "./dom.js";
import { graphSkills, linkedChips } from "./linked-chips.js";

const VERDICT_LABEL = { met: "Met", partial: "Partial", missing: "Missing", unknown: "Unknown" };
const DECISION_LABEL = { match: "Match", "no-match": "Not a match", unknown: "Cannot tell" };

/** The match report: score, verdict per requirement with evidence highlighted in the resume. */
export function matchReportView(report, resume, job) {
  const evidence = [];
  const rows = report.requirements.map((requirement) => {
    const links = requirement.evidence.map((span) => {
      const index = evidence.push(span) - 1;
      return h(
        "li",
        {},
        h(
          "button",
          { type: "button", class: "evidence-link", onclick: () => focusEvidence(index) },
          `“${span.quote.trim().slice(0, 140)}”`,
        ),
      );
    });
    return h(
      "tr",
      {},
      h("td", {}, h("span", { class: `verdict ${requirement.verdict}` }, VERDICT_LABEL[requirement.verdict])),
      h(
        "td",
        {},
        h("div", {}, requirement.text),
        h("div", { class: "hint" }, kindLabel(requirement.kind), yearsNote(requirement)),
      ),
      h("td", {}, requirement.reason, links.length > 0 ? h("ul", {}, links) : null),
    );
  });
  const value = report.score === null ? 0 : Math.round(report.score * 100);
  const ringColor =
    report.decision === "match"
      ? "var(--met)"
      : report.decision === "no-match"
        ? "var(--missing)"
        : "var(--unknown)";
  return h(
    "div",
    {},
    h(
      "section",
      { class: "card summary", "aria-labelledby": "report-title" },
      h(
        "div",
        {
          class: "score-ring",
          role: "img",
          "aria-label": `Match score ${percent(report.score)}`,
          style: { "--value": String(value), "--ring": ringColor },
        },
        h("span", { id: "match-score" }, percent(report.score)),
      ),
      h(
        "div",
        {},
        h("h2", { id: "report-title" }, report.jobTitle ? `Fit for “${report.jobTitle}”` : "Match report"),
        h(
          "p",
          {},
          h(
            "span",
            { class: `decision ${report.decision}` },
            DECISION_LABEL[report.decision] ?? report.decision,
          ),
          h("span", { class: "hint" }, `  threshold ${percent(report.threshold)}`),
        ),
        h("p", { id: "match-explanation" }, report.explanation),
        report.notes.length > 0
          ? h(
              "ul",
              { class: "hint" },
              report.notes.map((note) => h("li", {}, note)),
            )
          : null,
      ),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "gaps-title" },
      h("h2", { id: "gaps-title" }, "Gaps"),
      h("h3", {}, "Missing skills"),
      skillChips(
        report.missingSkills.map((label) => ({ label, variant: "missing" })),
        { label: "Missing skills" },
      ),
      report.partialSkills.length > 0
        ? [
            h("h3", {}, "Partly covered"),
            skillChips(
              report.partialSkills.map((label) => ({ label, variant: "partial" })),
              { label: "Partly covered skills" },
            ),
          ]
        : null,
      h("h3", {}, "Experience"),
      experienceGapView(report.experienceGap),
      graphSkills(job?.skills).length > 0
        ? [h("h3", {}, "Skills the job names"), linkedChips(job.skills, "Job skills")]
        : null,
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "requirements-title" },
      h("h2", { id: "requirements-title" }, "Requirements"),
      rows.length === 0
        ? h("p", {}, "The job description states no requirements that could be checked.")
        : h(
            "table",
            { id: "requirements-table" },
            h(
              "caption",
              { class: "hint" },
              "Each requirement of the job, with the resume text that supports the verdict.",
            ),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "Verdict"),
                h("th", { scope: "col" }, "Requirement"),
                h("th", { scope: "col" }, "Why"),
              ),
            ),
            h("tbody", {}, rows),
          ),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "resume-title" },
      h("h2", { id: "resume-title" }, "Resume, with evidence highlighted"),
      resumeWithMarks(resume.text, evidence),
      graphSkills(resume.skills).length > 0
        ? [h("h3", {}, "Skills found in the resume"), linkedChips(resume.skills, "Resume skills")]
        : null,
    ),
  );
}

function experienceGapView(gap) {
  if (gap.hasGap === null) return h("p", {}, "The job states no experience that could be compared.");
  const roles = gap.roles.map((role) =>
    h(
      "li",
      {},
      h("span", { class: `verdict ${role.verdict}` }, VERDICT_LABEL[role.verdict]),
      ` ${role.role}: asks ${years(role.requiredYears)}, resume shows ${years(role.resumeYears)}`,
    ),
  );
  return h(
    "div",
    {},
    h(
      "p",
      { id: "experience-gap" },
      gap.hasGap ? `Short by ${gap.yearsShort.toFixed(1)} years in total.` : "No experience gap.",
    ),
    roles.length > 0 ? h("ul", { class: "plain" }, roles) : null,
  );
}

function resumeWithMarks(text, evidence) {
  const spans = evidence
    .map((span, index) => ({ ...span, index }))
    .filter((span) => span.end > span.start && span.end <= text.length)
    .sort((left, right) => left.start - right.start);
  const parts = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start));
    parts.push(h("mark", { id: `evidence-${span.index}`, tabindex: "-1" }, text.slice(span.start, span.end)));
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return h("div", { class: "resume-view", id: "resume-view", "aria-label": "Resume text" }, parts);
}

function focusEvidence(index) {
  // Overlapping spans share the first mark drawn at that place.
  const mark = document.getElementById(`evidence-${index}`) ?? document.querySelector("#resume-view mark");
  if (!mark) return;
  for (const active of document.querySelectorAll("#resume-view mark.active"))
    active.classList.remove("active");
  mark.classList.add("active");
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
  mark.focus({ preventScroll: true });
}

function kindLabel(kind) {
  return (
    {
      "required-skill": "Required skill",
      "preferred-skill": "Preferred skill",
      experience: "Experience",
      education: "Education",
    }[kind] ?? kind
  );
}

function yearsNote(requirement) {
  if (requirement.requiredYears === undefined) return "";
  return ` · asks ${years(requirement.requiredYears)}, has ${years(requirement.resumeYears ?? null)}`;
}

function years(value) {
  return value === null || value === undefined ? "—" : `${Number(value).toFixed(1)} years`;
}
