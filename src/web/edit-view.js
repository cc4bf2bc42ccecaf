import { h } from "./dom.js";

/** Suggested honest edits: each added claim cites the resume; unsupported requirements stay gaps. */
export function editView(proposal) {
  return h(
    "section",
    { class: "card", "aria-labelledby": "edits-title", id: "edits" },
    h("h2", { id: "edits-title" }, "Suggested honest edits"),
    proposal.edits.length === 0
      ? h("p", {}, "No edit to suggest: the resume already shows what it can honestly claim for this job.")
      : h(
          "ol",
          { class: "edits" },
          proposal.edits.map((edit) =>
            h(
              "li",
              {},
              h("p", {}, edit.description),
              edit.before ? h("p", { class: "hint" }, "Before: ", h("code", {}, edit.before)) : null,
              h("p", {}, "After: ", h("code", {}, edit.after)),
              edit.cites.length > 0
                ? h(
                    "p",
                    { class: "hint" },
                    "Based on: ",
                    edit.cites.map((cite) => `“${cite.quote.trim().slice(0, 100)}”`).join(" · "),
                  )
                : null,
            ),
          ),
        ),
    proposal.gaps.length > 0
      ? [
          h("h3", {}, "Not added — only you can confirm these"),
          h(
            "ul",
            {},
            proposal.gaps.map((gap) => h("li", {}, h("strong", {}, gap.requirement), ": ", gap.suggestion)),
          ),
        ]
      : null,
    proposal.diff
      ? h(
          "details",
          {},
          h("summary", {}, "Show the change as a diff"),
          h("pre", { class: "resume-view" }, proposal.diff),
        )
      : null,
  );
}
