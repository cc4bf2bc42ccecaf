import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeEngine } from "../../src/server/fake-engine.js";
import { CHROMIUM_SKIP_REASON, HAS_CHROMIUM, launchBrowser, RESULTS_FOLDER } from "./browser-harness.js";
import { type Harness, startHarness } from "./server-harness.js";

if (!HAS_CHROMIUM) process.stderr.write(`${CHROMIUM_SKIP_REASON}\n`);

const RESUME = "Sam Example\nData engineer\n\nBuilt pipelines in Python and SQL on PostgreSQL.\n";
const JOB = "Data Engineer\n- Python\n- SQL\n- Kubernetes\n";

async function listen(harness: Harness): Promise<string> {
  await harness.app.listen({ host: "127.0.0.1", port: 0 });
  const address = harness.app.server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

describe.skipIf(!HAS_CHROMIUM)("the web page in Chromium", () => {
  let harness: Harness;
  let base: string;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({ engine: createFakeEngine() });
    base = await listen(harness);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it("uploads a resume, pastes a job and renders the report with evidence", async () => {
    await page.goto(base);
    await expect.poll(() => page.textContent("#graph-status")).toContain("2 occupations");
    const resumeFile = join(RESULTS_FOLDER, "resume-upload.txt");
    writeFileSync(resumeFile, RESUME);
    await page.setInputFiles("#resume-file", resumeFile);
    await page.fill("#job-text", JOB);
    await page.click("#match-button");
    await page.waitForSelector("#requirements-table");
    expect(await page.textContent("#match-score")).toBe("67%");
    expect(await page.locator("#requirements-table tbody tr").count()).toBe(3);
    expect(await page.locator("#resume-view mark").count()).toBeGreaterThan(0);
    await page.locator(".evidence-link").first().click();
    expect(await page.locator("#resume-view mark.active").textContent()).toBe("Python");
    expect(await page.textContent("#gaps-title + h3 + ul")).toContain("Kubernetes");
    await page.waitForSelector("#edits");
    expect(await page.textContent("#edits")).toContain("only you can confirm");
    await page.screenshot({ path: join(RESULTS_FOLDER, "match-report.png"), fullPage: true });
  });

  it("opens a skill chip's graph entry", async () => {
    await page.locator("ul[aria-label='Resume skills'] button", { hasText: "Python" }).click();
    await page.waitForSelector("#skill-dialog[open]");
    await expect
      .poll(() => page.textContent("#skill-dialog-content"))
      .toContain("Essential for these occupations");
    await page.keyboard.press("Escape");
    expect(await page.locator("#skill-dialog[open]").count()).toBe(0);
  });

  it("ranks pasted resumes in the recruiter view", async () => {
    await page.click("#tab-rank");
    await page.fill("#rank-job-text", JOB);
    await page.fill("#rank-pasted", "Weak One\nPython only\n---\nStrong One\nPython, SQL and Kubernetes\n");
    await page.click("#rank-button");
    await page.waitForSelector("#ranking-table");
    const names = await page.locator("#ranking-table tbody th").allTextContents();
    expect(names[0]).toContain("Strong One");
    expect(names[1]).toContain("Weak One");
    await page.screenshot({ path: join(RESULTS_FOLDER, "ranking.png"), fullPage: true });
  });

  it("recommends jobs in the candidate view", async () => {
    await page.click("#tab-candidate");
    await page.fill("#candidate-text", RESUME);
    await page.fill("#candidate-jobs", "Nurse\n- Patient care\n---\nData Engineer\n- Python\n- SQL\n");
    await page.click("#recommend-button");
    await page.waitForSelector("#recommended-jobs");
    const titles = await page.locator("#recommended-jobs > li > strong").allTextContents();
    expect(titles).toEqual(["Data Engineer", "Nurse"]);
    expect(await page.textContent("#ideal-title")).toContain("Fake ideal job");
    await page.screenshot({ path: join(RESULTS_FOLDER, "recommend.png"), fullPage: true });
  });

  it("works from the keyboard alone", async () => {
    await page.goto(base);
    await expect.poll(() => page.textContent("#graph-status")).toContain("occupations");
    let focused = "";
    for (let presses = 0; presses < 30 && focused !== "example-button"; presses += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("example-button");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("match-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#requirements-table");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("match-result");
    await page.focus("#tab-match");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-rank");
    expect(await page.isVisible("#panel-rank")).toBe(true);
    expect(await page.isVisible("#panel-match")).toBe(false);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, textarea")]
        .filter((field) => (field as HTMLInputElement).labels?.length === 0)
        .map((field) => field.id),
    );
    expect(unlabelled).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)("the page on a fresh clone (real modules, no graph)", () => {
  it("shows what is installed and the full report of the example", async () => {
    const harness = await startHarness();
    const browser = await launchBrowser();
    try {
      const base = await listen(harness);
      const page = await browser.context.newPage();
      await page.goto(base);
      await expect.poll(() => page.textContent("#graph-status")).toContain("No graph imported");
      await page.click("#tab-about");
      await page.waitForSelector("#graph-counts");
      expect(await page.textContent("#graph-counts")).toContain("0occupations");
      await page.screenshot({ path: join(RESULTS_FOLDER, "installed.png"), fullPage: true });
      await page.click("#tab-match");
      await page.click("#example-button");
      await page.click("#match-button");
      await expect.poll(() => page.textContent("#match-message"), { timeout: 30_000 }).toBe("Done.");
      expect(await page.locator("#requirements-table tbody tr").count()).toBeGreaterThan(3);
      expect(await page.textContent("#gaps-title + h3 + ul")).toContain("Kubernetes");
      expect(await page.locator("#edits").count()).toBe(1);
      await page.screenshot({ path: join(RESULTS_FOLDER, "example-report.png"), fullPage: true });
    } finally {
      await browser.close();
      await harness.close();
    }
  });

  it("falls back to the parse results when no matcher is served", async () => {
    const { match: _match, edit: _edit, ...withoutMatcher } = createFakeEngine();
    const harness = await startHarness({ engine: withoutMatcher });
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(await listen(harness));
      await expect.poll(() => page.textContent("#graph-status")).toContain("occupations");
      expect(await page.isDisabled("#rank-button")).toBe(true);
      await page.click("#example-button");
      await page.click("#match-button");
      await expect.poll(() => page.textContent("#match-message")).toBe("Done.");
      expect(await page.textContent("#match-result")).toContain("what skillgraph read from each document");
    } finally {
      await browser.close();
      await harness.close();
    }
  });
});
