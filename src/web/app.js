import { callApi, describeError, parseDocument } from "./api.js";
import { configureChips } from "./chips.js";
import { h, show } from "./dom.js";
import { editView } from "./edit-view.js";
import { parseOnlyView } from "./parse-view.js";
import { rankingView } from "./rank-view.js";
import { recommendationView } from "./recommend-view.js";
import { matchReportView } from "./report-view.js";

let health = { capabilities: {} };

const EXAMPLE_RESUME = `Alex Morgan
Data Engineer

Experience
Data Engineer, Northwind Analytics — Jan 2020 to present
- Built batch pipelines in Python and SQL on PostgreSQL; scheduled them with Airflow.
- Moved reporting to a dbt project; cut nightly run time by 40%.

Software Developer, Contoso — Mar 2017 to Dec 2019
- Wrote Java services and REST APIs; maintained CI with Jenkins.

Skills
Python, SQL, PostgreSQL, Airflow, dbt, Java, Git, Docker

Education
BSc Computer Science, University of Leeds, 2016`;

const EXAMPLE_JOB = `Senior Data Engineer

About the role
You will own our data platform and the pipelines that feed analytics.

Requirements
- 5+ years of experience as a data engineer
- Strong Python and SQL
- Experience with Airflow or a similar orchestrator
- Kubernetes and Terraform

Nice to have
- Spark
- dbt

Education
- Bachelor's degree in computer science or a related field`;

async function boot() {
  setUpTabs();
  document.getElementById("match-form").addEventListener("submit", onMatch);
  document.getElementById("rank-form").addEventListener("submit", onRank);
  document.getElementById("recommend-form").addEventListener("submit", onRecommend);
  document.getElementById("example-button").addEventListener("click", () => {
    document.getElementById("resume-text").value = EXAMPLE_RESUME;
    document.getElementById("job-text").value = EXAMPLE_JOB;
    document.getElementById("match-button").focus();
  });
  try {
    health = await callApi("/api/health");
    configureChips(health.capabilities);
    const graph = health.graph;
    document.getElementById("graph-status").textContent =
      graph.skills + graph.occupations === 0
        ? "No graph imported — open-vocabulary mode"
        : `Graph: ${graph.occupations.toLocaleString()} occupations · ${graph.skills.toLocaleString()} skills`;
    renderAbout();
    if (!health.capabilities.recommend) {
      document.getElementById("recommend-button").disabled = true;
      setMessage(
        "recommend-message",
        "Recommendations need the recommend module, which is not installed in this build yet.",
      );
    }
    if (!health.capabilities.rank) {
      document.getElementById("rank-button").disabled = true;
      setMessage("rank-message", "Ranking needs the match module, which is not installed in this build yet.");
    }
  } catch (error) {
    document.getElementById("graph-status").textContent = `Service unavailable: ${describeError(error)}`;
  }
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    }
    tab.focus();
  };
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(tabs[(index + step + tabs.length) % tabs.length]);
      else if (event.key === "Home") select(tabs[0]);
      else if (event.key === "End") select(tabs[tabs.length - 1]);
      else return;
      event.preventDefault();
    });
  }
}

function setMessage(id, text, isError = false) {
  const element = document.getElementById(id);
  element.textContent = text;
  element.classList.toggle("error", isError);
}

function documentInput(fileId, textId) {
  const file = document.getElementById(fileId).files[0];
  const text = document.getElementById(textId).value;
  return file ? { file } : text.trim() ? { text } : null;
}

async function onMatch(event) {
  event.preventDefault();
  const resumeInput = documentInput("resume-file", "resume-text");
  const jobInput = documentInput("job-file", "job-text");
  const result = document.getElementById("match-result");
  if (!resumeInput || !jobInput) {
    setMessage("match-message", "Give both a resume and a job: upload a file or paste text.", true);
    return;
  }
  const button = document.getElementById("match-button");
  button.disabled = true;
  setMessage("match-message", "Reading the documents…");
  try {
    const [resume, job] = await Promise.all([
      parseDocument("resume", resumeInput),
      parseDocument("job", jobInput),
    ]);
    if (health.capabilities.match) {
      setMessage("match-message", "Matching…");
      const report = await callApi("/api/match", {
        method: "POST",
        json: { resume: { text: resume.text }, job: { text: job.text } },
      });
      show(result, matchReportView(report, resume, job));
      if (health.capabilities.edit) {
        setMessage("match-message", "Looking for honest edits…");
        const proposal = await callApi("/api/edit", {
          method: "POST",
          json: { resume: { text: resume.text }, job: { text: job.text } },
        });
        result.append(editView(proposal));
      }
    } else {
      show(result, parseOnlyView(resume, job));
    }
    setMessage("match-message", "Done.");
    result.focus();
  } catch (error) {
    setMessage("match-message", describeError(error), true);
  } finally {
    button.disabled = false;
  }
}

async function onRank(event) {
  event.preventDefault();
  const jobInput = documentInput("rank-job-file", "rank-job-text");
  const files = [...document.getElementById("rank-files").files];
  const pasted = document
    .getElementById("rank-pasted")
    .value.split(/^\s*---+\s*$/m)
    .map((text) => text.trim())
    .filter(Boolean);
  if (!jobInput || files.length + pasted.length === 0) {
    setMessage("rank-message", "Give a job and at least one resume.", true);
    return;
  }
  const button = document.getElementById("rank-button");
  button.disabled = true;
  setMessage("rank-message", "Reading the documents…");
  try {
    const job = await parseDocument("job", jobInput);
    const resumes = [];
    for (const file of files) {
      const parsed = await parseDocument("resume", { file });
      resumes.push({ text: parsed.text, name: file.name });
    }
    for (const text of pasted) resumes.push({ text, name: text.split("\n")[0].slice(0, 80) });
    setMessage("rank-message", `Ranking ${resumes.length} resumes…`);
    const ranking = await callApi("/api/rank", {
      method: "POST",
      json: { job: { text: job.text }, resumes },
    });
    const result = document.getElementById("rank-result");
    show(result, rankingView(ranking));
    setMessage("rank-message", "Done.");
    result.focus();
  } catch (error) {
    setMessage("rank-message", describeError(error), true);
  } finally {
    button.disabled = health.capabilities.rank !== true;
  }
}

async function onRecommend(event) {
  event.preventDefault();
  const resumeInput = documentInput("candidate-file", "candidate-text");
  if (!resumeInput) {
    setMessage("recommend-message", "Give a resume: upload a file or paste text.", true);
    return;
  }
  const pastedJobs = document
    .getElementById("candidate-jobs")
    .value.split(/^\s*---+\s*$/m)
    .map((text) => text.trim())
    .filter(Boolean);
  const button = document.getElementById("recommend-button");
  button.disabled = true;
  setMessage("recommend-message", "Reading the resume…");
  try {
    const resume = await parseDocument("resume", resumeInput);
    const jobs = [];
    for (const [index, text] of pastedJobs.entries()) {
      const parsed = await parseDocument("job", { text });
      const skills = [
        ...(parsed.parsed?.requiredSkills ?? []),
        ...(parsed.parsed?.preferredSkills ?? []),
      ].map((item) => item.name);
      const title = parsed.parsed?.title?.text ?? text.split("\n")[0].slice(0, 120);
      jobs.push({ id: `pasted-${index + 1}`, title, description: text, skills });
    }
    setMessage("recommend-message", "Recommending…");
    const body = { resume: { text: resume.text }, top: 10, ...(jobs.length > 0 ? { jobs } : {}) };
    const recommendation = await callApi("/api/recommend", { method: "POST", json: body });
    const result = document.getElementById("recommend-result");
    show(result, recommendationView(recommendation));
    setMessage("recommend-message", "Done.");
    result.focus();
  } catch (error) {
    setMessage("recommend-message", describeError(error), true);
  } finally {
    button.disabled = health.capabilities.recommend !== true;
  }
}

function renderAbout() {
  const { graph, capabilities, store } = health;
  const rows = Object.entries(capabilities).map(([name, available]) =>
    h("tr", {}, h("th", { scope: "row" }, name), h("td", {}, available ? "installed" : "not yet")),
  );
  show(
    document.getElementById("about-content"),
    h(
      "div",
      { class: "counts", id: "graph-counts" },
      h("div", { class: "count" }, h("strong", {}, graph.occupations.toLocaleString()), "occupations"),
      h("div", { class: "count" }, h("strong", {}, graph.skills.toLocaleString()), "skills"),
      h("div", { class: "count" }, h("strong", {}, graph.relations.toLocaleString()), "relations"),
    ),
    h(
      "p",
      {},
      graph.sources.length > 0
        ? `Graph sources: ${graph.sources.join(", ")}.`
        : "No graph imported yet: skills are matched by their words (open-vocabulary mode).",
    ),
    graph.sources.length === 0
      ? h("p", {}, "Import one with ", h("code", {}, "skillgraph graph import esco PATH"), " and restart.")
      : null,
    h(
      "p",
      {},
      `Data store: ${store.kind}${store.reachable ? "" : " (unreachable)"}. Version ${health.version}.`,
    ),
    h("table", {}, h("caption", { class: "hint" }, "Capabilities of this build"), h("tbody", {}, rows)),
    (health.notes ?? []).length > 0
      ? h(
          "ul",
          { class: "notice" },
          health.notes.map((note) => h("li", {}, note)),
        )
      : null,
  );
}

boot();
