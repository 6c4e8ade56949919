// Runs the verify page's own check in Node: the JavaScript between "// BEGIN jw-verify" and
// "// END jw-verify" of the HTML file given as argv[2], as the page has it (nothing copied).
// stdin: {"trust": <trust list> | null, "codes": ["JW1:...", ...]}; with "trust": null the
// trust list is the page's own <script type="application/json" id="vertrouwd"> block, read
// as the page reads it (JSON.parse of the element's text).
// stdout: {"supported": bool, "results": [{"outcome", "reason", "details"}, ...]}.
"use strict";
const fs = require("node:fs");

if (!globalThis.crypto) globalThis.crypto = require("node:crypto").webcrypto; // Node 18

const html = fs.readFileSync(process.argv[2], "utf8");
const code = html.match(/\/\/ BEGIN jw-verify\n([\s\S]*?)\/\/ END jw-verify/);
if (!code) throw new Error("no jw-verify block in " + process.argv[2]);
const JWVerify = new Function(code[1] + "\nreturn JWVerify;")();

function embeddedTrust() {
  const block = html.match(/<script type="application\/json" id="vertrouwd">([\s\S]*?)<\/script>/);
  if (!block) throw new Error("no trust list block");
  return JSON.parse(block[1]);
}

(async () => {
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  const trust = input.trust === null ? embeddedTrust() : input.trust;
  const supported = await JWVerify.supported();
  const results = [];
  for (const text of input.codes) results.push(await JWVerify.verifyCode(text, trust));
  process.stdout.write(JSON.stringify({ supported, trust, results }));
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
