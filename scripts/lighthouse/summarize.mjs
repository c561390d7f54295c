// Reads Lighthouse JSON reports named <page>.<formFactor>.<run>.json and prints, per page and form
// factor, the median of each category's score over the runs, as a Markdown table.
// Usage: node summarize.mjs REPORT_DIR
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = {};
for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.json')).sort()) {
  const [page, form] = name.split('.');
  const report = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  const key = `${page} | ${form}`;
  (runs[key] ||= []).push(report);
}
const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const lines = ['| page | form factor | performance | accessibility | best practices | SEO | runs |', '|---|---|---|---|---|---|---|'];
let failed = false;
for (const [key, reports] of Object.entries(runs)) {
  const scores = CATEGORIES.map(c => Math.round(100 * median(reports.map(r => r.categories[c].score))));
  if (scores[0] < 98 || scores.slice(1).some(s => s < 100)) { failed = true; }
  lines.push(`| ${key} | ${scores.join(' | ')} | ${reports.map(r => Math.round(100 * r.categories.performance.score)).join(', ')} |`);
  for (const r of reports) {
    for (const c of CATEGORIES.slice(1)) {
      for (const ref of r.categories[c].auditRefs) {
        const audit = r.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) { console.error(`${key}: ${c}: ${audit.id}: ${audit.title}`); }
      }
    }
  }
}
console.log(lines.join('\n'));
process.exit(failed ? 1 : 0);
