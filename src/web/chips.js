import { callApi, describeError } from "./api.js";
import { h, show } from "./dom.js";

let capabilities = {};

/** Tell the chips what the service can look up (from /api/health). */
export function configureChips(serviceCapabilities) {
  capabilities = serviceCapabilities ?? {};
}

/**
 * A list of skill chips. Each item: {label, id?, variant?: "missing" | "partial"}. A chip is a
 * button that opens the skill's graph entry (labels, id, occupations where it is essential or optional).
 */
export function skillChips(items, { label = "Skills" } = {}) {
  if (!items || items.length === 0) return h("p", { class: "hint" }, "None found.");
  return h(
    "ul",
    { class: "chips", "aria-label": label },
    items.map((item) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: `chip ${item.variant ?? ""} ${item.id ? "linked" : ""}`,
            title: item.id ? `Graph id: ${item.id}` : "Look this skill up in the graph",
            onclick: () => openSkill(item),
          },
          item.label,
        ),
      ),
    ),
  );
}

async function openSkill(item) {
  const dialog = document.getElementById("skill-dialog");
  const title = document.getElementById("skill-dialog-title");
  const content = document.getElementById("skill-dialog-content");
  title.textContent = item.label;
  show(content, h("p", {}, "Looking it up…"));
  dialog.showModal();
  try {
    if (item.id && capabilities.graphNodes) {
      show(content, nodeDetails(await callApi(`/api/graph/nodes/${encodeURIComponent(item.id)}`)));
    } else if (capabilities.graphSearch) {
      const { results } = await callApi(
        `/api/graph/search?kind=skill&limit=5&q=${encodeURIComponent(item.label)}`,
      );
      if (results.length === 0) show(content, h("p", {}, "No skill of the graph carries this label."));
      else show(content, h("p", {}, "Closest skills in the graph:"), searchResults(results, content));
    } else {
      show(
        content,
        h("p", {}, "No skill–occupation graph is imported, so this skill is matched by its words only."),
        h("p", { class: "hint" }, "Import ESCO with: skillgraph graph import esco PATH"),
      );
    }
  } catch (error) {
    show(content, h("p", { class: "message error" }, describeError(error)));
  }
}

function searchResults(results, content) {
  return h(
    "ul",
    {},
    results.map((result) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "evidence-link",
            onclick: async () => {
              try {
                show(
                  content,
                  nodeDetails(await callApi(`/api/graph/nodes/${encodeURIComponent(result.id)}`)),
                );
              } catch (error) {
                show(content, h("p", { class: "message error" }, describeError(error)));
              }
            },
          },
          result.label,
        ),
        h("span", { class: "hint" }, ` — ${result.kind}`),
      ),
    ),
  );
}

function nodeDetails(node) {
  const essential = node.related.filter((entry) => entry.relation === "essential");
  const optional = node.related.filter((entry) => entry.relation === "optional");
  const heading = (relation) =>
    node.kind === "skill" ? `${relation} for these occupations` : `${relation} skills of this occupation`;
  return h(
    "div",
    {},
    h("p", {}, h("strong", {}, node.preferredLabel), ` (${node.kind}, source ${node.source})`),
    h("p", { class: "hint" }, h("code", {}, node.id)),
    node.description ? h("p", {}, node.description) : null,
    node.altLabels.length > 0 ? h("p", {}, "Also called: ", node.altLabels.slice(0, 8).join(", ")) : null,
    essential.length > 0
      ? [h("h3", {}, heading("Essential")), h("p", {}, essential.map((entry) => entry.label).join(", "))]
      : null,
    optional.length > 0
      ? [h("h3", {}, heading("Optional")), h("p", {}, optional.map((entry) => entry.label).join(", "))]
      : null,
  );
}
