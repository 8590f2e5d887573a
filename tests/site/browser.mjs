// The site in a real browser (headless Chromium through puppeteer-core): the home page opens from
// file://, a link leads to a note, its math is typeset as MathML with a real layout, and the search
// box finds a note by a word of its text and opens it with the keyboard.
// Usage: node browser.mjs SITE_DIR CHROMIUM
import puppeteer from "puppeteer-core";
import path from "node:path";
import fs from "node:fs";
import { createRequire } from "node:module";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const [site, chromium] = process.argv.slice(2);
const fail = (message) => { console.error("FAIL: " + message); process.exitCode = 1; };
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"],
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => { if (!r.url().startsWith("file://")) requests.push(r.url()); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  await page.goto("file://" + path.resolve(site, "index.html"));
  const title = await page.$eval("h1", (h) => h.textContent);
  if (!title) fail("the home page has no title");
  const link = await page.$('a[href="notes/attention-transformers.html"]');
  if (!link) fail("the home page does not link to attention-transformers");
  await Promise.all([page.waitForNavigation(), link.click()]);
  if (!page.url().endsWith("/notes/attention-transformers.html")) fail("the link did not open the note: " + page.url());
  // MathML laid out by the browser: a formula has a real size, and a display formula is a block.
  const math = await page.$$eval("math", (all) => all.map((m) => {
    const r = m.getBoundingClientRect();
    return { w: r.width, h: r.height, display: m.getAttribute("display"), css: getComputedStyle(m).display };
  }));
  if (math.length < 20) fail("expected many formulas, found " + math.length);
  if (!math.every((m) => m.w > 0 && m.h > 0)) fail("a formula has no size: it is not typeset");
  if (!math.some((m) => m.display === "block" && m.css.startsWith("block"))) fail("display math is not laid out as a block");

  // Search: '/' focuses the box, typing finds notes, Enter opens the first.
  await page.keyboard.press("/");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (focused !== "np-search") fail("'/' does not focus the search box");
  await page.keyboard.type("Bradley-Terry");
  await page.waitForSelector("#np-results li a", { timeout: 10000 });
  const results = await page.$$eval("#np-results li a", (as) => as.map((a) => ({ href: a.getAttribute("href"), text: a.textContent, marks: a.querySelectorAll("mark").length })));
  if (!results.length) fail("the search found nothing");
  if (!results.some((r) => r.href.includes("rlhf-ppo.html"))) fail("the search for Bradley-Terry does not find the RLHF note: " + JSON.stringify(results.slice(0, 3)));
  if (!results.some((r) => r.marks > 0)) fail("the results do not highlight the words searched for");
  await page.keyboard.press("ArrowDown");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  if (!page.url().includes("/notes/")) fail("Enter did not open a result: " + page.url());

  // axe-core: no serious or critical accessibility violation on the home page, a module page and
  // a note heavy with math, in light and in dark mode.
  for (const scheme of ["light", "dark"]) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    for (const target of ["index.html", "modules/17-deep-learning.html", "notes/attention-transformers.html"]) {
      await page.goto("file://" + path.resolve(site, target));
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      for (const v of bad) fail(`axe (${scheme}) on ${target}: ${v.id} (${v.impact}): ${v.help}; e.g. ${v.nodes[0] && v.nodes[0].target.join(" ")}`);
    }
  }

  if (requests.length) fail("the site asked another host for " + requests.join(", "));
  if (errors.length) fail("script errors: " + errors.join("; "));
  if (!process.exitCode) console.log(`the site works in Chromium: ${math.length} formulas typeset, ${results.length} search results`);
} finally {
  await browser.close();
}
