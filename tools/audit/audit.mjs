// Audits a GraphQL server against the GraphQL over HTTP spec with graphql-http's own suite.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql
// It prints every result that is not "ok" and a closing "N passed, N failed" line (warnings
// count as failures: the project's bar is zero of each), and exits non-zero on any.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
let failed = 0;
for (const r of results) {
  if (r.status !== 'ok') {
    failed++;
    console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}`);
  }
}
console.log(`audit: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
