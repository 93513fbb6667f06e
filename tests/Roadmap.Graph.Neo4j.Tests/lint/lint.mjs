// Checks Cypher statements with Neo4j's own Cypher 5 parser, offline.
// Input: a JSON file (path as the first argument) holding [{"name": "...", "statement": "..."}].
// Output: one line per problem, "name: line:col message"; the exit code is 1 when any statement has a syntax error.
// Undefined parameters are expected (the backend binds them at run time) and are not reported.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const ErrorSeverity = 1; // LSP DiagnosticSeverity.Error
const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failures = 0;
for (const { name, statement } of statements) {
  const { diagnostics } = lintCypherQuery(statement, {});
  for (const d of diagnostics.filter(isNotParamError)) {
    if (d.severity !== ErrorSeverity) continue;
    failures++;
    console.log(`${name}: ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.replace(/\s+/g, ' ')}`);
  }
}
console.log(`checked ${statements.length} statements, ${failures} syntax errors`);
process.exit(failures > 0 ? 1 : 0);
