import { skillChips } from "./chips.js";
import { h, percent } from "./dom.js";

/** The recruiter's table: resumes ranked for one job. */
export function rankingView(result) {
  return h(
    "section",
    { class: "card", "aria-labelledby": "ranking-title" },
    h("h2", { id: "ranking-title" }, result.job.title ? `Ranking for “${result.job.title}”` : "Ranking"),
    h(
      "table",
      { id: "ranking-table" },
      h("caption", { class: "hint" }, `${result.ranking.length} resumes, best fit first.`),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Rank"),
          h("th", { scope: "col" }, "Resume"),
          h("th", { scope: "col" }, "Score"),
          h("th", { scope: "col" }, "Decision"),
          h("th", { scope: "col" }, "Missing skills"),
        ),
      ),
      h(
        "tbody",
        {},
        result.ranking.map((row) =>
          h(
            "tr",
            {},
            h("td", {}, String(row.rank)),
            h(
              "th",
              { scope: "row" },
              row.name,
              row.experienceGap ? h("div", { class: "hint" }, "experience gap") : null,
            ),
            h(
              "td",
              {},
              h("div", {}, percent(row.score)),
              h(
                "div",
                { class: "bar", "aria-hidden": "true" },
                h("span", { style: { width: percent(row.score ?? 0) } }),
              ),
            ),
            h("td", {}, h("span", { class: `decision ${row.decision}` }, row.decision)),
            h(
              "td",
              {},
              skillChips(
                row.missingSkills.map((label) => ({ label, variant: "missing" })),
                { label: `Missing skills of ${row.name}` },
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
